#pragma once

#include "risk/risksegment.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace aco {

class Database;

// A beneficiary's CMS-HCC score for a payment year as the file keeps it (risk_score), computed
// from the claims by scoreRiskYears.
struct StoredRiskScore
{
    std::int64_t beneficiaryId = 0;
    int paymentYear = 0;
    RiskSegment segment = RiskSegment::CommunityNonDualAged;
    double raw = 0.0;
    double normalized = 0.0; // the payment score: raw / the normalization factor, 3 decimals
    std::vector<int> hccs;   // payment HCCs by number, ascending
    int modelYear = 0;       // the payment year of the tables it was scored with
};

// One beneficiary's score for a payment year, or nothing.
std::optional<StoredRiskScore> storedRiskScore(const Database& db, std::int64_t beneficiaryId,
                                               int paymentYear);
// Every score of a payment year, by beneficiary id.
std::vector<StoredRiskScore> storedRiskScores(const Database& db, int paymentYear);
// The scores of a payment year of the beneficiaries `ids` that have one, in the order of `ids`.
std::vector<StoredRiskScore> storedRiskScores(const Database& db, std::span<const std::int64_t> ids,
                                              int paymentYear);
// The payment years with scores, ascending.
std::vector<int> scoredPaymentYears(const Database& db);

// HCC numbers as CMS's software lists them: "HCC37 HCC226".
QString hccListText(std::span<const int> hccs);

} // namespace aco
