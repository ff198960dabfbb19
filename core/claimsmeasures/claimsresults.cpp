#include "claimsmeasures/claimsresults.h"

#include "claims/claimschanges.h"
#include "claimsmeasures/beneficiaryoutcome.h"
#include "claimsmeasures/claimsaggregator.h"
#include "claimsmeasures/claimsfacts.h"
#include "error.h"

#include <algorithm>
#include <thread>
#include <vector>

namespace aco {

ClaimsMeasuresReport recomputeClaimsMeasures(Database& db)
{
    ClaimsChanges everything;
    everything.everything = true;
    return recomputeClaimsMeasures(db, everything);
}

ClaimsMeasuresReport recomputeClaimsMeasures(Database& db, const ClaimsChanges& changes,
                                             const ClaimsProgress& progress)
{
    // Reading the facts is most of the work (60%), the outcomes most of the rest.
    const auto done = [&](int percent) {
        if (progress && !progress(percent))
            throw Error("Computing the claims-based measures was cancelled.");
    };
    const ClaimsFacts all = updateClaimsFacts(db, ClaimsCodes::builtIn(), changes, [&](int percent) {
        return !progress || progress(percent * 60 / 100);
    });
    if (all.firstMonth == 0)
        return {};
    ClaimsAggregator aggregator(db, all.firstMonth, all.lastMonth);
    aggregator.setClaimsPresent(all.hasPartA, all.hasPartB);
    // The outcomes a block at a time, half of each on another thread (the two cores of a modest
    // machine), added in order.
    constexpr size_t block = 4096;
    std::vector<BeneficiaryOutcome> outcomes(block);
    const auto compute = [&](size_t from, size_t to, size_t first) {
        for (size_t id = from; id < to; ++id) {
            const BeneficiaryFacts& f = all.facts[id];
            outcomes[id - first] = f.memberMonths.empty() ? BeneficiaryOutcome()
                                                          : computeOutcome(f, all.firstMonth, all.lastMonth);
        }
    };
    for (size_t first = 1; first < all.facts.size(); first += block) {
        done(60 + static_cast<int>(30 * first / all.facts.size()));
        const size_t last = std::min(all.facts.size(), first + block);
        const size_t middle = first + (last - first) / 2;
        std::thread other(compute, middle, last, first);
        compute(first, middle, first);
        other.join();
        for (size_t id = first; id < last; ++id)
            aggregator.add(all.rosterId[id], all.facts[id], outcomes[id - first]);
    }
    done(90);
    ClaimsMeasuresReport report = aggregator.finish();
    report.reading = all.reading;
    done(100);
    return report;
}

} // namespace aco
