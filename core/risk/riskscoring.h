#pragma once

#include "risk/hccset.h"
#include "risk/risksegment.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <vector>

namespace aco {

class Database;
class RiskModel;
struct RiskRosterEntry;

// The model a payment year is scored with: the program's own for that year, else the latest it
// has (the year's notes say so), until other years' tables are added.
const RiskModel& riskModelFor(int paymentYear);

// One beneficiary's score for a payment year: the segment that applies and its raw score, the
// payment score (raw / the model's normalization factor, to three decimals), and the payment
// HCCs.
struct BeneficiaryRisk
{
    RiskSegment segment = RiskSegment::CommunityNonDualAged;
    double raw = 0.0;
    double normalized = 0.0;
    HccSet hccs;
};

// Scores `person` (who must be scorable()) for `paymentYear` from `conditions`, the HCCs their
// diagnoses of the year before gave (RiskModel::addConditions with person.modelInput()).
BeneficiaryRisk scoreBeneficiary(const RiskModel& model, int paymentYear,
                                 const RiskRosterEntry& person, const HccSet& conditions);

// What scoring one payment year did.
struct RiskYearSummary
{
    int paymentYear = 0;
    int modelYear = 0; // the payment year of the tables used
    int scored = 0;
    int withoutDemographics = 0; // no birth date or no sex in the roster: not scored
    int deceased = 0;            // died before the payment year: not scored
    int withDiagnoses = 0;       // scored with at least one HCC
    int newEnrollees = 0;
    int unknownOrec = 0;        // OREC blank or unknown, scored as entitled by age
    int esrd = 0;               // ESRD (Medicare status 11, 21, 31), scored with CMS-HCC
    std::int64_t diagnoses = 0; // accepted diagnoses read from the claims for the year before
    std::array<int, riskSegmentCount> bySegment{};
    double averageRaw = 0.0;
    double averageNormalized = 0.0;
};

struct RiskScoringResult
{
    std::vector<RiskYearSummary> years;
    QStringList notes; // what the user should know: another year's tables, ESRD, no claims
};

// Scores every beneficiary of the roster with a birth date and a sex, alive when the year began,
// for each payment year from the diagnoses of the claims dated in the year before (RiskClaims),
// and stores the scores (risk_score), replacing what those years had: one transaction, or a
// savepoint of the caller's. The claims are read once for all the years.
RiskScoringResult scoreRiskYears(Database& db, std::vector<int> paymentYears);

// A payment year to score again after a load, and whose scores: the beneficiaries (the claims'
// bene_id) whose claims of the year before changed. When they are few (a tenth of the roster or
// less, as when a delivery brings some old claims of a new member) only theirs are scored again,
// through the claims' beneficiary index; else every beneficiary's.
struct RiskYearChange
{
    int paymentYear = 0;
    std::vector<std::int64_t> claimsIds;
};

// scoreRiskYears for the changes, in one transaction or a savepoint of the caller's; the summary
// of a year scored for some beneficiaries counts theirs alone, and the year is in `partialYears`.
struct RiskRescoreResult
{
    RiskScoringResult scoring;
    std::vector<int> partialYears;
};
RiskRescoreResult rescoreRiskYears(Database& db, std::vector<RiskYearChange> changes);

} // namespace aco
