#include "demo/democontext.h"
#include "demo/demomeasures.h"
#include "demo/demoplans.h"
#include "demo/demorandom.h"
#include "statistics/quantile.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace aco::demo {

namespace {

constexpr int firstYear = firstPeriod.year();
constexpr int minimumForCutPoints = 20; // denominator below which a provider does not set tiers

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

bool reports(const MeasureDef& m, const DemoProvider& p)
{
    switch (m.reporters) {
    case Reporters::PrimaryCare:
        return p.primaryCare;
    case Reporters::Everyone:
        return true;
    case Reporters::PrimaryCareAndSpecialties:
        return p.primaryCare || std::strstr(m.specialties, p.specialty.c_str()) != nullptr;
    }
    return false;
}

double displayValue(const MeasureDef& m, double numerator, double denominator)
{
    if (std::strcmp(m.unit, "percent") == 0)
        return 100.0 * numerator / denominator;
    if (std::strcmp(m.unit, "per_1000") == 0)
        return 12000.0 * numerator / denominator;
    return numerator / denominator / 100.0; // pmpm: cents per member-month to dollars
}

} // namespace

void writeEhrResults(DemoContext& context)
{
    context.report(18, "Writing the EHR's measure results");
    DemoRandom random(context.options.seed, ResultStream + 100);
    const auto& catalog = measureCatalog();
    auto insert = context.db.prepare("INSERT INTO measure_result (measure_id, period, provider_id, "
                                     "numerator, denominator) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (size_t mi = 0; mi < catalog.size(); ++mi) {
        const MeasureDef& def = catalog[mi];
        if (fromClaims(def))
            continue;
        const bool meetings = std::strcmp(def.code, "ENG") == 0;
        for (int m = 0; m < monthCount; ++m) {
            const Period period = firstPeriod.addMonths(m);
            const double years = m / 12.0;
            const double season = def.seasonal * std::cos(2.0 * std::numbers::pi * (period.month() - def.peakMonth) / 12.0);
            for (const DemoProvider& provider : context.providers) {
                if (!reports(def, provider))
                    continue;
                int denominator = 0;
                std::int64_t numerator = 0;
                const double effect =
                    provider.effect[mi] + provider.yearEffect[mi][static_cast<size_t>(period.year() - firstYear)];
                if (meetings) {
                    // Monthly meetings, none in July and December.
                    denominator = period < provider.joined || period.month() == 7 || period.month() == 12 ? 0 : 1;
                    numerator = random.chance(logistic(logit(def.base) + effect)) ? 1 : 0;
                } else {
                    denominator = plannedExposure(provider, def.cohort, m);
                    numerator = random.binomial(denominator, logistic(logit(def.base) + effect +
                                                                      def.trendPerYear * years + season));
                }
                if (denominator <= 0)
                    continue;
                insert.bind(1, measureId(def.code)).bind(2, period.toInt()).bind(3, provider.id)
                    .bind(4, numerator).bind(5, denominator).run();
            }
        }
    }
}

void writeTierSchemes(DemoContext& context)
{
    // Tier cut-points for each year from the primary care providers' results of the year before,
    // as written (from the claims or the EHR): the 40th, 60th, 75th and 90th percentiles in the
    // better direction.
    context.report(95, "Writing tier schemes");
    Database& db = context.db;
    const auto& catalog = measureCatalog();
    auto sums = db.prepare(R"sql(
        SELECT r.provider_id, sum(r.numerator), sum(r.denominator)
        FROM measure_result r JOIN provider p ON p.id = r.provider_id
        WHERE r.measure_id = ?1 AND r.period BETWEEN ?2 AND ?3 AND p.kind = 'primary_care'
        GROUP BY r.provider_id)sql");
    auto tier = db.prepare("INSERT INTO tier_scheme (measure_id, year, baseline, better, "
                           "best, extra_credit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const MeasureDef& def : catalog) {
        if (std::strcmp(def.domain, "engagement") == 0)
            continue;
        const bool higher = std::strcmp(def.direction, "higher") == 0;
        const double step = std::strcmp(def.unit, "percent") == 0 ? 0.1 : 1.0;
        for (int year = firstYear + 1; year <= lastPeriod.year(); ++year) {
            std::vector<std::pair<double, double>> totals; // numerator, denominator per provider
            sums.bind(1, measureId(def.code)).bind(2, (year - 1) * 100 + 1).bind(3, (year - 1) * 100 + 12);
            while (sums.step())
                totals.emplace_back(sums.real(1), sums.real(2));
            sums.reset();
            // Small panels are left out unless too few providers would remain.
            std::vector<double> values;
            for (double minimum : {double(minimumForCutPoints), 1.0}) {
                values.clear();
                for (const auto& [numerator, denominator] : totals)
                    if (denominator >= minimum)
                        values.push_back(displayValue(def, numerator, denominator));
                if (values.size() >= 4)
                    break;
            }
            if (values.size() < 4)
                continue;
            std::sort(values.begin(), values.end());
            double cuts[4];
            const double levels[4] = {0.40, 0.60, 0.75, 0.90};
            for (int i = 0; i < 4; ++i) {
                const double q = higher ? levels[i] : 1.0 - levels[i];
                cuts[i] = std::round(quantileOfSorted(values, q) / step) * step;
                if (i > 0 && (higher ? cuts[i] <= cuts[i - 1] : cuts[i] >= cuts[i - 1]))
                    cuts[i] = cuts[i - 1] + (higher ? step : -step);
            }
            tier.bind(1, measureId(def.code)).bind(2, year).bind(3, cuts[0]).bind(4, cuts[1])
                .bind(5, cuts[2]).bind(6, cuts[3]).run();
        }
    }
}

} // namespace aco::demo
