#include "demo/demoplans.h"

#include "demo/demomeasures.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>

namespace aco::demo {

namespace {

double logistic(double x)
{
    return 1.0 / (1.0 + std::exp(-x));
}

double logit(double p)
{
    return std::log(p / (1.0 - p));
}

size_t catalogIndex(std::string_view code)
{
    return static_cast<size_t>(measureId(code) - 1);
}

} // namespace

int plannedExposure(const DemoProvider& p, Cohort cohort, int m)
{
    const Period period = firstPeriod.addMonths(m);
    if (period < p.joined)
        return 0;
    const int sinceJoining = period.index() - p.joined.index();
    const double rampUp = p.joined > firstPeriod && sinceJoining < 6 ? 0.3 + 0.7 * sinceJoining / 6.0 : 1.0;
    const double growth = 0.95 + 0.05 * m / (monthCount - 1);
    return static_cast<int>(std::lround(p.cohort[static_cast<int>(cohort)] * growth * rampUp));
}

double plannedRate(std::string_view code, const DemoProvider& provider, int date)
{
    const size_t index = catalogIndex(code);
    const MeasureDef& def = measureCatalog()[index];
    const int month = (date / 10000) * 12 + date / 100 % 100 - 1;
    const double years = std::max(0, month - firstPeriod.index()) / 12.0;
    const int year = std::clamp(date / 10000, firstPeriod.year(), lastPeriod.year()) - firstPeriod.year();
    return logistic(logit(def.base) + provider.effect[index] + provider.yearEffect[index][static_cast<size_t>(year)] +
                    def.trendPerYear * years);
}

void drawPlans(DemoContext& context)
{
    context.report(15, "Planning the measures");
    DemoRandom random(context.options.seed, ResultStream);
    const auto& catalog = measureCatalog();

    // Each provider's effect on each measure: partly its general quality, partly its own; and a
    // third as much again from year to year, so that some providers improve and others decline.
    for (size_t mi = 0; mi < catalog.size(); ++mi) {
        const MeasureDef& def = catalog[mi];
        const double sign = std::strcmp(def.direction, "higher") == 0 ? 1.0 : -1.0;
        for (DemoProvider& p : context.providers) {
            p.effect[mi] = sign * def.spread * (0.55 * p.quality + 0.835 * random.normal());
            for (double& year : p.yearEffect[mi])
                year = def.spread * 0.35 * random.normal();
        }
    }

    // Each primary care panel's month: who is enrolled, what their care costs, how many acute
    // stays and ED visits it has. Cost moves with the panel's risk, the practice's style and the
    // provider's quality; events with the provider's effect, the trend and the season.
    const MeasureDef& cost = catalog[catalogIndex("TCOC")];
    const MeasureDef& admissions = catalog[catalogIndex("ADM")];
    const MeasureDef& visits = catalog[catalogIndex("EDV")];
    for (DemoProvider& p : context.providers) {
        if (!p.primaryCare)
            continue;
        for (int m = 0; m < monthCount; ++m) {
            DemoMonthPlan& plan = p.plan[static_cast<size_t>(m)];
            plan.members = plannedMembers(p, m);
            if (plan.members <= 0)
                continue;
            const Period period = firstPeriod.addMonths(m);
            const double years = m / 12.0;
            const auto season = [&](const MeasureDef& def) {
                return def.seasonal * std::cos(2.0 * std::numbers::pi * (period.month() - def.peakMonth) / 12.0);
            };
            const double noise = std::exp(random.normal(0.0, 1.8 / std::sqrt(plan.members)));
            const double pmpm = cost.base * std::exp(cost.trendPerYear * years + season(cost)) * p.costFactor *
                                p.meanRisk * std::exp(-0.04 * p.quality) * noise;
            plan.costCents = std::llround(plan.members * pmpm * 100.0);
            const auto events = [&](const MeasureDef& def) {
                const size_t index = catalogIndex(def.code);
                const double effect = p.effect[index] + p.yearEffect[index][static_cast<size_t>(period.year() - firstPeriod.year())];
                const double perMemberMonth = def.base / 12000.0 * std::exp(effect + def.trendPerYear * years + season(def)) *
                                              std::pow(p.meanRisk, 0.9);
                return random.poisson(plan.members * perMemberMonth);
            };
            plan.admissions = events(admissions);
            plan.edVisits = events(visits);
        }
    }
}

} // namespace aco::demo
