#pragma once

#include <QString>

#include <optional>

namespace aco {

// How much of a rise in an ACO's risk scores the Shared Savings Program's benchmark honours: the
// rule of the ACO's agreement period, and its arithmetic. Sources in docs/risk.md.
enum class RiskGrowthRule
{
    // Agreement periods beginning on or before January 1, 2019 (42 CFR 425.602(a)(8),
    // 425.603(c)(8), 425.604(a)(1)-(3), 425.610(a)(1)): newly assigned beneficiaries by their
    // prospective HCC scores, continuously assigned ones by demographics unless their HCC score
    // fell. No percentage cap; not modelled here.
    NewlyAndContinuouslyAssigned,
    // Agreement periods beginning July 1, 2019 through 2023 (42 CFR 425.605(a)(1)(ii),
    // 425.610(a)(2)(i)): positive adjustments in prospective HCC risk scores are capped at 3
    // percent between benchmark year 3 and any performance year of the agreement period, for each
    // Medicare enrollment type; falls are not capped.
    ThreePercentCap,
    // Agreement periods beginning on January 1, 2024 or later (42 CFR 425.605(a)(1)(ii),
    // 425.610(a)(2)(ii), from the CY 2023 Physician Fee Schedule final rule, 87 FR 69777): the cap
    // is the growth in the ACO's demographic risk scores plus 3 percentage points.
    DemographicGrowthPlusThreePercent,
};

struct RiskGrowthRuleInfo
{
    RiskGrowthRule rule = RiskGrowthRule::ThreePercentCap;
    int agreementStartYear = 0;
    int benchmarkYear = 0; // BY3: the year before the agreement period began
    QString citation;      // "42 CFR 425.605(a)(1)(ii), 425.610(a)(2)(i)"
    QString description;   // one sentence for the reader
};

// The rule of an agreement period that began in `agreementStartYear`. The file keeps only the
// year: a start in 2019 is taken as July 1, 2019, the first under the capped rule (the agreement
// periods that began on January 1, 2019 follow the earlier one).
RiskGrowthRuleInfo riskGrowthRuleFor(int agreementStartYear);

// The arithmetic, on aggregate (average) scores of one enrollment type: the growth from benchmark
// year 3 to the performance year as a ratio, the most the benchmark honours, and what it honours.
struct RiskGrowth
{
    double benchmarkScore = 0.0;
    double performanceScore = 0.0;
    double ratio = 1.0;             // performance / benchmark
    std::optional<double> capRatio; // 1.03; demographic ratio + 0.03; none for the earlier rule
    double honouredRatio = 1.0;     // min(ratio, cap): what adjusts the benchmark
    bool capped = false;            // the rise went past the cap

    double growth() const { return ratio - 1.0; }
    double honouredGrowth() const { return honouredRatio - 1.0; }
};

// `benchmarkDemographic` and `performanceDemographic` are the same beneficiaries' demographic
// scores, which the 2024 rule needs; without them it takes their growth as none (a cap of 3%).
RiskGrowth riskGrowth(RiskGrowthRule rule, double benchmarkScore, double performanceScore,
                      std::optional<double> benchmarkDemographic = std::nullopt,
                      std::optional<double> performanceDemographic = std::nullopt);

} // namespace aco
