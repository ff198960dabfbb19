#include "dashboard/dashboardenrollment.h"

#include "store/database.h"

namespace aco {

namespace {

// expenditure_by_type's enrollment_type and performance_year's benchmark columns, in the order
// of EnrollmentType.
constexpr const char* typeKeys[enrollmentTypeCount] = {"esrd", "disabled", "aged_dual",
                                                       "aged_non_dual"};

} // namespace

std::optional<double> EnrollmentSpending::pmpm() const
{
    if (beneficiaryMonths <= 0)
        return std::nullopt;
    return static_cast<double>(expenditureCents) / 100.0 / static_cast<double>(beneficiaryMonths);
}

std::optional<double> EnrollmentSpending::benchmarkPmpm() const
{
    if (!benchmarkPerCapitaCents)
        return std::nullopt;
    return static_cast<double>(*benchmarkPerCapitaCents) / 100.0 / 12.0;
}

DashboardEnrollment loadDashboardEnrollment(const Database& db, int year, Period period)
{
    DashboardEnrollment result;
    result.risk = acoRiskGrowth(db, year);
    for (int t = 0; t < enrollmentTypeCount; ++t)
        result.spending[static_cast<size_t>(t)].type = static_cast<EnrollmentType>(t);

    const int last = period.year() > year ? year * 100 + 12 : period.toInt();
    auto spent = db.prepare(
        "SELECT enrollment_type, sum(beneficiary_months), sum(expenditure_cents) FROM "
        "expenditure_by_type WHERE period BETWEEN ?1 AND ?2 GROUP BY enrollment_type");
    spent.bind(1, year * 100 + 1);
    spent.bind(2, last);
    while (spent.step()) {
        const QString key = spent.text(0);
        for (size_t t = 0; t < result.spending.size(); ++t) {
            if (key != QLatin1String(typeKeys[t]))
                continue;
            result.spending[t].beneficiaryMonths = spent.int64(1);
            result.spending[t].expenditureCents = spent.int64(2);
            result.hasSpending = result.hasSpending || spent.int64(1) > 0;
        }
    }

    auto benchmark = db.prepare(
        "SELECT benchmark_esrd_cents, benchmark_disabled_cents, benchmark_aged_dual_cents, "
        "benchmark_aged_non_dual_cents FROM performance_year WHERE year = ?1");
    benchmark.bind(1, year);
    if (benchmark.step()) {
        for (int t = 0; t < enrollmentTypeCount; ++t)
            if (!benchmark.isNull(t))
                result.spending[static_cast<size_t>(t)].benchmarkPerCapitaCents = benchmark.int64(t);
        // The years import gives the four together or none.
        result.hasBenchmark = !benchmark.isNull(0);
    }
    return result;
}

} // namespace aco
