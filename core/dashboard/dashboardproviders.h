#pragma once

#include "dashboard/dashboard.h"

#include <vector>

namespace aco {

// The dashboard's provider-level figures: how many providers reach each tier, and who moved
// most. Reads the roster and the year's tier schemes once; the sums come from the caller.
class DashboardProviders
{
  public:
    struct Movers
    {
        std::vector<DashboardMover> improvers;
        std::vector<DashboardMover> decliners;
    };

    DashboardProviders(const Database& db, const std::vector<Measure>& measures,
                       const DashboardRequest& request);

    // One distribution per measure with a valid tier scheme in the year, in measure order; a
    // scheme that fails validation is left out with a note saying why.
    std::vector<TierDistribution> tierDistributions(const ResultSums& current,
                                                    QStringList& notes) const;
    // The codes of the tiered measures, or of the quality measures when there are none.
    QStringList headline(const std::vector<TierDistribution>& tiers) const;
    // Each provider's largest move on the headline measures among those reaching the minimum
    // denominator in both windows and beyond the funnel's limits for a change (isRealChange at
    // the request's moverLimit); cost measures, which have no funnel, are left out. The
    // request's number of improvers and of decliners.
    Movers movers(const QStringList& codes, const ResultSums& current,
                  const ResultSums& prior) const;

  private:
    const std::vector<Measure>& m_measures;
    DashboardRequest m_request;
    std::vector<Provider> m_providers; // id, NPI and name only
    std::vector<TierScheme> m_schemes;
};

} // namespace aco
