#include "demo/democontext.h"
#include "demo/demomeasures.h"
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
constexpr int yearCount = lastPeriod.year() - firstYear + 1;
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

// Beneficiaries in a cohort in month `m`: panels grow a little over the three years, and a
// provider who joined recently builds up a panel over six months.
int exposure(const DemoProvider& p, Cohort cohort, int m)
{
    const Period period = firstPeriod.addMonths(m);
    if (period < p.joined)
        return 0;
    const int sinceJoining = period.index() - p.joined.index();
    const double rampUp = p.joined > firstPeriod && sinceJoining < 6 ? 0.3 + 0.7 * sinceJoining / 6.0 : 1.0;
    const double growth = 0.95 + 0.05 * m / (monthCount - 1);
    return static_cast<int>(std::lround(p.cohort[static_cast<int>(cohort)] * growth * rampUp));
}

double displayValue(const MeasureDef& m, double numerator, double denominator)
{
    if (std::strcmp(m.unit, "percent") == 0)
        return 100.0 * numerator / denominator;
    if (std::strcmp(m.unit, "per_1000") == 0)
        return 12000.0 * numerator / denominator;
    return numerator / denominator / 100.0; // pmpm: cents per member-month to dollars
}

struct Sums
{
    double numerator = 0.0;
    double denominator = 0.0;
};

} // namespace

void writeMeasureResults(DemoContext& context)
{
    context.report(40, "Writing monthly measure results");
    DemoRandom random(context.options.seed, ResultStream);
    const auto& catalog = measureCatalog();
    const size_t providerCount = context.providers.size();

    // Admissions of each provider's patients per month are the discharges that readmission and
    // follow-up measures count.
    // Specialists' discharges are those of the patients they treat.
    std::vector<std::array<int, monthCount>> discharges(providerCount);
    for (size_t p = 0; p < providerCount; ++p) {
        if (context.providers[p].primaryCare)
            continue;
        for (int m = 0; m < monthCount; ++m)
            discharges[p][static_cast<size_t>(m)] =
                random.poisson(0.03 * exposure(context.providers[p], Cohort::Panel, m));
    }
    // Per measure, provider and calendar year: summed results, for the tier cut-points.
    std::vector<std::vector<std::array<Sums, yearCount>>> yearly(
        catalog.size(), std::vector<std::array<Sums, yearCount>>(providerCount));

    auto insert = context.db.prepare("INSERT INTO measure_result (measure_id, period, provider_id, "
                                     "numerator, denominator) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (size_t mi = 0; mi < catalog.size(); ++mi) {
        const MeasureDef& def = catalog[mi];
        const bool percent = std::strcmp(def.unit, "percent") == 0;
        const bool cost = std::strcmp(def.unit, "pmpm") == 0;
        const bool dischargeBased = std::strcmp(def.code, "READM") == 0 || std::strcmp(def.code, "FU7") == 0;
        const bool meetings = std::strcmp(def.code, "ENG") == 0;
        const double sign = std::strcmp(def.direction, "higher") == 0 ? 1.0 : -1.0;

        std::vector<double> effect(providerCount);
        for (size_t p = 0; p < providerCount; ++p)
            effect[p] = sign * def.spread * (0.55 * context.providers[p].quality + 0.835 * random.normal());

        for (int m = 0; m < monthCount; ++m) {
            const Period period = firstPeriod.addMonths(m);
            const double years = m / 12.0;
            const double season = def.seasonal * std::cos(2.0 * std::numbers::pi * (period.month() - def.peakMonth) / 12.0);
            const int yearIndex = period.year() - firstYear;
            for (size_t p = 0; p < providerCount; ++p) {
                const DemoProvider& provider = context.providers[p];
                if (!reports(def, provider))
                    continue;
                int denominator = 0;
                std::int64_t numerator = 0;
                if (meetings) {
                    // Monthly meetings, none in July and December.
                    denominator = period < provider.joined || period.month() == 7 || period.month() == 12 ? 0 : 1;
                    numerator = random.chance(logistic(logit(def.base) + effect[p])) ? 1 : 0;
                } else if (percent) {
                    denominator = dischargeBased ? discharges[p][static_cast<size_t>(m)]
                                                 : exposure(provider, def.cohort, m);
                    const double rate = logistic(logit(def.base) + effect[p] + def.trendPerYear * years + season);
                    numerator = random.binomial(denominator, rate);
                } else if (cost) {
                    denominator = exposure(provider, def.cohort, m);
                    if (denominator > 0) {
                        const double noise = std::exp(random.normal(0.0, 1.8 / std::sqrt(denominator)));
                        const double pmpm = def.base * std::exp(def.trendPerYear * years + season) * provider.costFactor *
                                            provider.meanRisk * std::exp(-0.04 * provider.quality) * noise;
                        numerator = std::llround(denominator * pmpm * 100.0);
                    }
                } else { // events per 1,000 beneficiaries a year, over member-months
                    denominator = exposure(provider, def.cohort, m);
                    const double perMemberMonth = def.base / 12000.0 *
                                                  std::exp(effect[p] + def.trendPerYear * years + season) *
                                                  std::pow(provider.meanRisk, 0.9);
                    numerator = random.poisson(denominator * perMemberMonth);
                    if (std::strcmp(def.code, "ADM") == 0)
                        discharges[p][static_cast<size_t>(m)] = static_cast<int>(numerator);
                }
                if (denominator <= 0)
                    continue;
                insert.bind(1, measureId(def.code)).bind(2, period.toInt()).bind(3, provider.id)
                    .bind(4, numerator).bind(5, denominator).run();
                Sums& sums = yearly[mi][p][static_cast<size_t>(yearIndex)];
                sums.numerator += static_cast<double>(numerator);
                sums.denominator += denominator;
                if (cost) {
                    context.memberMonths[static_cast<size_t>(m)] += denominator;
                    context.expenditureCents[static_cast<size_t>(m)] += numerator;
                }
            }
        }
        context.report(40 + static_cast<int>(45 * (mi + 1) / catalog.size()), "Writing monthly measure results");
    }

    // Tier cut-points for each year from the primary care providers' results of the year before:
    // the 40th, 60th, 75th and 90th percentiles in the better direction.
    auto tier = context.db.prepare("INSERT INTO tier_scheme (measure_id, year, baseline, better, "
                                   "best, extra_credit) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (size_t mi = 0; mi < catalog.size(); ++mi) {
        const MeasureDef& def = catalog[mi];
        if (std::strcmp(def.domain, "engagement") == 0)
            continue;
        const bool higher = std::strcmp(def.direction, "higher") == 0;
        const double step = std::strcmp(def.unit, "percent") == 0 ? 0.1 : 1.0;
        for (int y = 1; y < yearCount; ++y) {
            // Small panels are left out unless too few providers would remain.
            std::vector<double> values;
            for (double minimum : {double(minimumForCutPoints), 1.0}) {
                values.clear();
                for (size_t p = 0; p < providerCount; ++p) {
                    const Sums& s = yearly[mi][p][static_cast<size_t>(y - 1)];
                    if (context.providers[p].primaryCare && s.denominator >= minimum)
                        values.push_back(displayValue(def, s.numerator, s.denominator));
                }
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
            tier.bind(1, measureId(def.code)).bind(2, firstYear + y).bind(3, cuts[0]).bind(4, cuts[1])
                .bind(5, cuts[2]).bind(6, cuts[3]).run();
        }
    }
}

} // namespace aco::demo
