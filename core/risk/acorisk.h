#pragma once

#include "risk/riskgrowth.h"
#include "risk/risksegment.h"

#include <QStringList>

#include <array>
#include <optional>

namespace aco {

class Database;

// The ACO's average normalized CMS-HCC score of one Medicare enrollment type in a performance
// year and in benchmark year 3, and how much of the change the benchmark honours.
struct EnrollmentRisk
{
    EnrollmentType type = EnrollmentType::AgedNonDual;
    int beneficiaries = 0;
    std::optional<double> average;
    int benchmarkBeneficiaries = 0;
    std::optional<double> benchmarkAverage;
    std::optional<RiskGrowth> growth; // when both years have scores
};

// The dashboard's risk numbers for a performance year: the average by enrollment type, its change
// since benchmark year 3 (the year before the agreement period began), and the cap on that change
// under the agreement period's rule.
struct AcoRiskGrowth
{
    int performanceYear = 0;
    std::optional<RiskGrowthRuleInfo> rule; // none when the file has no such performance year
    int beneficiaries = 0;                  // scored in the performance year
    std::optional<double> average;          // of all of them
    std::array<EnrollmentRisk, enrollmentTypeCount>
        types;           // ESRD, disabled, aged/dual, aged/non-dual
    int withoutType = 0; // scored, but without a Medicare status
    QStringList notes;   // what the reader should know about these numbers
};

// From the stored scores (risk_score) of payment years `performanceYear` and benchmark year 3, and
// the agreement period of performance_year. A beneficiary's enrollment type is their Medicare
// status and dual status now (the roster keeps no history); averages are plain means over the
// beneficiaries scored (CMS weights by person-years).
AcoRiskGrowth acoRiskGrowth(const Database& db, int performanceYear);

} // namespace aco
