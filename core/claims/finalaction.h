#pragma once

#include <cstdint>
#include <vector>

namespace aco {

// One claim (Part A header) or claim line (Part B, DME, Part D) among a set of related claims:
// those with the same natural key (CCLF IP 5.1.2).
struct RelatedClaim
{
    enum Action { Cancelled = 0, Final = 1, UnmatchedCancellation = 2 };

    std::int64_t rowId = 0;
    int adjustment = 0;    // CLM_ADJSMT_TYPE_CD: 0 original, 1 cancellation, 2 adjustment
    int effectiveDate = 0; // CLM_EFCTV_DT, YYYYMMDD
    std::int64_t cents = 0; // the payment, signed (cancellations negative)
    std::int64_t claimId = 0; // CUR_CLM_UNIQ_ID, to order claims of one effective date
    int action = Final;    // the result
};

// Marks the final-action claims of one set of related Part A, Part B or DME claims (CCLF IP
// 5.2.1-5.2.3): each cancellation, taken in order of effective date, is paired with an original or
// adjustment that it can have cancelled (effective no later than itself, not yet paired),
// preferring one whose payment it mirrors, and the earliest of those; both are dropped. What is
// left unpaired is final; a cancellation with nothing to cancel (its claim came before the file's
// data) is marked UnmatchedCancellation. For the packet's example (5.3.2) this keeps claims #4,
// #7 and one of #2 and #5.
void markFinalActions(std::vector<RelatedClaim>& related);

// Part D (CCLF IP 3.3 and 5.2.4): every delivery holds final-action claims only, so of a set of
// related claims the most recent (by effective date, then claim id) is final, unless it is a
// cancellation (a deletion), in which case none is.
void markPartDFinalAction(std::vector<RelatedClaim>& related);

} // namespace aco
