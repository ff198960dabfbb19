#pragma once

#include "risk/recapture.h"
#include "risk/riskchange.h"

#include <QDate>

#include <cstdint>
#include <optional>

namespace aco {

class Database;

// What a primary care provider's scorecard shows of CMS-HCC risk: the panel's average against
// the ACO's for the scorecard's year, the patients whose score changed most since the prior year
// and since the prior quarter, and the conditions to document again this year. Patient names and
// MBIs are as stored: the page masks them as it masks every patient list.
struct ScorecardRisk
{
    int paymentYear = 0;
    AverageRisk aco;                           // every beneficiary scored for the year
    PanelRiskChanges year;                     // the stored scores: the year against the one before
    QuarterRiskChanges quarter;                // interim scores from the claims, quarter on quarter
    RecaptureList recapture;                   // every entry; the page shows what fits
};

// The risk part of a provider's scorecard for `paymentYear`, with lists as of `asOf`, at most
// `limit` changes each way; nothing when the file has no scores for the year (no claims).
// `aco` is acoAverageRisk(db, paymentYear), which a batch computes once.
std::optional<ScorecardRisk> scorecardRisk(const Database& db, std::int64_t providerId,
                                           const std::optional<AverageRisk>& aco,
                                           int paymentYear, const QDate& asOf, int limit);

} // namespace aco
