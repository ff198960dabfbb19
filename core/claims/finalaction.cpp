#include "claims/finalaction.h"

#include <algorithm>

namespace aco {

namespace {

void byEffectiveDate(std::vector<RelatedClaim>& related)
{
    std::sort(related.begin(), related.end(), [](const RelatedClaim& a, const RelatedClaim& b) {
        if (a.effectiveDate != b.effectiveDate)
            return a.effectiveDate < b.effectiveDate;
        return a.claimId != b.claimId ? a.claimId < b.claimId : a.rowId < b.rowId;
    });
}

} // namespace

void markFinalActions(std::vector<RelatedClaim>& related)
{
    byEffectiveDate(related);
    for (RelatedClaim& claim : related)
        claim.action = claim.adjustment == 1 ? RelatedClaim::UnmatchedCancellation : RelatedClaim::Final;
    for (RelatedClaim& cancellation : related) {
        if (cancellation.adjustment != 1)
            continue;
        RelatedClaim* mirror = nullptr;
        RelatedClaim* any = nullptr;
        for (RelatedClaim& candidate : related) {
            if (candidate.adjustment == 1 || candidate.action != RelatedClaim::Final ||
                candidate.effectiveDate > cancellation.effectiveDate)
                continue;
            if (!any)
                any = &candidate;
            if (candidate.cents == -cancellation.cents) {
                mirror = &candidate;
                break;
            }
        }
        if (RelatedClaim* cancelled = mirror ? mirror : any) {
            cancelled->action = RelatedClaim::Cancelled;
            cancellation.action = RelatedClaim::Cancelled;
        }
    }
}

void markPartDFinalAction(std::vector<RelatedClaim>& related)
{
    byEffectiveDate(related);
    for (RelatedClaim& claim : related)
        claim.action = RelatedClaim::Cancelled;
    if (!related.empty() && related.back().adjustment != 1)
        related.back().action = RelatedClaim::Final;
}

} // namespace aco
