#include "dashboard/dashboardproviders.h"

#include "error.h"
#include "statistics/funnelchange.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aco {

namespace {

std::vector<Provider> loadNames(const Database& db)
{
    auto query =
        db.prepare("SELECT id, npi, last_name, first_name, credential FROM provider ORDER BY id");
    std::vector<Provider> providers;
    while (query.step()) {
        Provider p;
        p.id = query.int64(0);
        p.npi = query.text(1);
        p.lastName = query.text(2);
        p.firstName = query.text(3);
        p.credential = query.text(4);
        providers.push_back(std::move(p));
    }
    return providers;
}

bool before(const DashboardMover& a, const DashboardMover& b)
{
    if (std::abs(a.score) != std::abs(b.score))
        return std::abs(a.score) > std::abs(b.score);
    if (a.providerName != b.providerName)
        return a.providerName < b.providerName;
    return a.providerId < b.providerId;
}

} // namespace

DashboardProviders::DashboardProviders(const Database& db, const std::vector<Measure>& measures,
                                       const DashboardRequest& request)
    : m_measures(measures), m_request(request), m_providers(loadNames(db)),
      m_schemes(loadTierSchemes(db, request.year))
{
}

std::vector<TierDistribution> DashboardProviders::tierDistributions(const ResultSums& current,
                                                                    QStringList& notes) const
{
    std::vector<TierDistribution> distributions;
    for (const Measure& measure : m_measures) {
        const TierScheme* scheme = findTierScheme(m_schemes, measure.id);
        if (!scheme)
            continue;
        try {
            scheme->validate(measure);
        } catch (const Error& error) {
            notes << QString::fromStdString(error.what());
            continue;
        }
        TierDistribution distribution{measure, {}, 0};
        for (const auto& [provider, sums] : current.forMeasure(measure.id)) {
            if (sums.denominator <= 0)
                continue;
            if (sums.denominator < m_request.minimumDenominator) {
                ++distribution.belowMinimum;
                continue;
            }
            const TierAssessment assessment =
                assessTier(*scheme, measure, static_cast<double>(sums.numerator),
                           static_cast<double>(sums.denominator));
            ++distribution.providers[static_cast<size_t>(assessment.tier)];
        }
        distributions.push_back(distribution);
    }
    return distributions;
}

QStringList DashboardProviders::headline(const std::vector<TierDistribution>& tiers) const
{
    QStringList codes;
    for (const TierDistribution& distribution : tiers)
        codes << distribution.measure.code;
    if (codes.isEmpty())
        for (const Measure& measure : m_measures)
            if (measure.domain == QLatin1String("quality"))
                codes << measure.code;
    return codes;
}

DashboardProviders::Movers DashboardProviders::movers(const QStringList& codes,
                                                      const ResultSums& current,
                                                      const ResultSums& prior) const
{
    std::unordered_map<std::int64_t, DashboardMover> largest; // per provider
    const double currentMonths = windowRange(m_request.window, m_request.period).months();
    const double priorMonths = priorWindowRange(m_request.window, m_request.period).months();
    for (const Measure& measure : m_measures) {
        // Spending sums do not say how much of a move is chance (no funnel), so cost is left out.
        if (!codes.contains(measure.code) || measure.unit == Measure::Unit::Pmpm)
            continue;
        const auto kind = measure.unit == Measure::Unit::Percent ? FunnelLimits::Kind::Proportion
                                                                 : FunnelLimits::Kind::Rate;
        // A monthly status counts each beneficiary once a month: per beneficiary, as the funnel.
        const auto unitOf = [&](const Sums& s, double months) {
            const double divisor = measure.monthlyStatus ? months : 1.0;
            return FunnelUnit{static_cast<double>(s.numerator) / divisor,
                              static_cast<double>(s.denominator) / divisor};
        };
        struct Pair
        {
            const Provider* provider;
            double prior;
            double now;
            Sums priorSums;
            Sums nowSums;
            bool real; // outside the funnel's limits for a change
        };
        std::vector<Pair> pairs;
        for (const Provider& p : m_providers) {
            const Sums now = current.get(measure.id, p.id);
            const Sums then = prior.get(measure.id, p.id);
            const std::int64_t minimum = std::max(1, m_request.minimumDenominator);
            if (now.denominator < minimum || then.denominator < minimum)
                continue;
            pairs.push_back({&p,
                             measure.value(static_cast<double>(then.numerator),
                                           static_cast<double>(then.denominator)),
                             measure.value(static_cast<double>(now.numerator),
                                           static_cast<double>(now.denominator)),
                             then, now,
                             isRealChange(kind, unitOf(then, priorMonths), unitOf(now, currentMonths),
                                          m_request.moverLimit)});
        }
        if (pairs.size() < 2)
            continue;
        // The spread of the prior values (population standard deviation) is the yardstick.
        double mean = 0.0;
        for (const Pair& pair : pairs)
            mean += pair.prior;
        mean /= static_cast<double>(pairs.size());
        double variance = 0.0;
        for (const Pair& pair : pairs)
            variance += (pair.prior - mean) * (pair.prior - mean);
        const double spread = std::sqrt(variance / static_cast<double>(pairs.size()));
        if (spread <= 0.0)
            continue;
        for (const Pair& pair : pairs) {
            if (!pair.real)
                continue;
            const double change = pair.now - pair.prior;
            const double score = (measure.higherIsBetter ? change : -change) / spread;
            const auto it = largest.find(pair.provider->id);
            if (it != largest.end() && std::abs(it->second.score) >= std::abs(score))
                continue;
            largest[pair.provider->id] = {pair.provider->id,
                                          pair.provider->displayName(),
                                          pair.provider->npi,
                                          measure,
                                          pair.prior,
                                          pair.now,
                                          score,
                                          pair.priorSums.denominator,
                                          pair.nowSums.denominator};
        }
    }

    Movers movers;
    for (const auto& [id, mover] : largest) {
        if (mover.score > 0.0)
            movers.improvers.push_back(mover);
        else if (mover.score < 0.0)
            movers.decliners.push_back(mover);
    }
    for (auto* list : {&movers.improvers, &movers.decliners}) {
        std::sort(list->begin(), list->end(), before);
        if (list->size() > static_cast<size_t>(std::max(0, m_request.moverCount)))
            list->resize(static_cast<size_t>(std::max(0, m_request.moverCount)));
    }
    return movers;
}

} // namespace aco
