#include "claimsmeasures/claimsaggregator.h"
#include "demo/democlaims.h"
#include "demo/demorandom.h"
#include "store/database.h"

#include <cmath>
#include <string_view>

namespace aco::demo {

namespace {

struct YearTerms
{
    int year;
    const char* track;
    double savingsRate; // how far below its benchmark the ACO spends, before noise
    double qualityScore;
};

// The ACO entered the BASIC glide path in 2022 and moves one level each year.
constexpr YearTerms terms[] = {
    {2023, "BASIC_B", 0.008, 0.84},
    {2024, "BASIC_C", 0.031, 0.87},
    {2025, "BASIC_D", 0.042, 0.89},
    {2026, "BASIC_E", 0.027, 0.88},
};
constexpr int agreementStart = 2022;

} // namespace

void writePerformanceYears(DemoContext& context, const std::vector<ClaimsAggregator::MonthSpending>& spending)
{
    DemoRandom random(context.options.seed, FinanceStream);
    auto year = context.db.prepare(R"sql(
        INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
            assigned_beneficiaries, benchmark_per_capita_cents, quality_score, low_revenue,
            msr, mlr)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?9))sql");

    for (const YearTerms& t : terms) {
        // The benchmark is set so that the year's spending lands near the intended savings rate.
        std::int64_t memberMonths = 0;
        std::int64_t spent = 0;
        int months = 0;
        for (int m = 0; m < monthCount && static_cast<size_t>(m) < spending.size(); ++m) {
            if (firstPeriod.addMonths(m).year() != t.year)
                continue;
            for (size_t type = 0; type < ClaimsCodes::enrollmentCount; ++type) {
                memberMonths += spending[static_cast<size_t>(m)].members[type];
                spent += spending[static_cast<size_t>(m)].cents[type];
            }
            ++months;
        }
        if (months == 0 || memberMonths == 0)
            continue;
        const double perCapita = 12.0 * static_cast<double>(spent) / static_cast<double>(memberMonths);
        const double rate = t.savingsRate + random.normal(0.0, 0.006);
        const auto benchmark = static_cast<std::int64_t>(std::llround(perCapita / (1.0 - rate)));
        const auto assigned = static_cast<std::int64_t>(std::llround(static_cast<double>(memberMonths) / months));
        year.bind(1, t.year)
            .bind(2, t.track)
            .bind(3, agreementStart)
            .bind(4, t.year - agreementStart + 1)
            .bind(5, assigned)
            .bind(6, benchmark)
            .bind(7, t.qualityScore);
        // Two-sided levels elect a fixed 2% MSR and MLR. One-sided levels use CMS's size table,
        // which starts at 5,000 beneficiaries; below it CMS sets larger rates (MSR x sqrt(N) is
        // about 2.9 in the published results), so a small ACO carries its own.
        const bool twoSided = std::string_view(t.track) >= "BASIC_C";
        if (twoSided) {
            year.bind(8, 0.02).bind(9, 0.02);
        } else if (assigned < 5000) {
            const double msr = std::round(2.9 / std::sqrt(static_cast<double>(assigned)) * 1000.0) / 1000.0;
            year.bind(8, msr).bind(9, msr);
        }
        year.run();
    }
}

} // namespace aco::demo
