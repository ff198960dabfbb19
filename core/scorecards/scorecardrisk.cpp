#include "scorecards/scorecardrisk.h"

namespace aco {

std::optional<ScorecardRisk> scorecardRisk(const Database& db, std::int64_t providerId,
                                           const std::optional<AverageRisk>& aco,
                                           int paymentYear, const QDate& asOf, int limit)
{
    if (!aco || limit <= 0)
        return std::nullopt;
    ScorecardRisk risk;
    risk.paymentYear = paymentYear;
    risk.aco = *aco;
    risk.year = yearRiskChanges(db, providerId, paymentYear, limit);
    risk.quarter = quarterRiskChanges(db, providerId, asOf, limit);
    risk.recapture = recaptureList(db, providerId, asOf);
    return risk;
}

} // namespace aco
