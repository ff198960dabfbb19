#include "claimsmeasures/claimsresults.h"

#include "claimsmeasures/claimsaggregator.h"
#include "claimsmeasures/claimsfacts.h"

namespace aco {

ClaimsMeasuresReport recomputeClaimsMeasures(Database& db)
{
    const ClaimsFacts all = readClaimsFacts(db, ClaimsCodes::builtIn());
    if (all.firstMonth == 0)
        return {};
    ClaimsAggregator aggregator(db, all.firstMonth, all.lastMonth);
    aggregator.setClaimsPresent(all.hasPartA, all.hasPartB);
    for (size_t id = 1; id < all.facts.size(); ++id)
        aggregator.add(all.rosterId[id], all.facts[id]);
    return aggregator.finish();
}

} // namespace aco
