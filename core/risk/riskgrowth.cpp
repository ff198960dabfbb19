#include "riskgrowth.h"

#include <algorithm>

namespace aco {

namespace {

constexpr double capPoints = 0.03; // "3 percent"

} // namespace

RiskGrowthRuleInfo riskGrowthRuleFor(int agreementStartYear)
{
    RiskGrowthRuleInfo info;
    info.agreementStartYear = agreementStartYear;
    info.benchmarkYear = agreementStartYear - 1;
    if (agreementStartYear <= 2018) {
        info.rule = RiskGrowthRule::NewlyAndContinuouslyAssigned;
        info.citation =
            QStringLiteral("42 CFR 425.602(a)(8), 425.603(c)(8), 425.604(a), 425.610(a)(1)");
        info.description = QStringLiteral(
            "Agreement periods that began before July 2019: newly assigned beneficiaries are "
            "adjusted by their HCC scores, continuously assigned ones by demographics unless "
            "their HCC score fell; there is no percentage cap.");
    } else if (agreementStartYear <= 2023) {
        info.rule = RiskGrowthRule::ThreePercentCap;
        info.citation = QStringLiteral("42 CFR 425.605(a)(1)(ii), 425.610(a)(2)(i)");
        info.description = QStringLiteral(
            "Agreement periods that began from July 2019 to 2023: a rise in prospective HCC risk "
            "scores from benchmark year 3 counts up to 3% over the agreement period, for each "
            "enrollment type; a fall counts in full.");
    } else {
        info.rule = RiskGrowthRule::DemographicGrowthPlusThreePercent;
        info.citation = QStringLiteral("42 CFR 425.605(a)(1)(ii), 425.610(a)(2)(ii); 87 FR 69777");
        info.description = QStringLiteral(
            "Agreement periods that began in 2024 or later: a rise in prospective HCC risk scores "
            "from benchmark year 3 counts up to the rise in demographic risk scores plus 3 "
            "percentage points, for each enrollment type; a fall counts in full.");
    }
    return info;
}

RiskGrowth riskGrowth(RiskGrowthRule rule, double benchmarkScore, double performanceScore,
                      std::optional<double> benchmarkDemographic,
                      std::optional<double> performanceDemographic)
{
    RiskGrowth g;
    g.benchmarkScore = benchmarkScore;
    g.performanceScore = performanceScore;
    g.ratio = benchmarkScore > 0.0 ? performanceScore / benchmarkScore : 1.0;
    switch (rule) {
    case RiskGrowthRule::NewlyAndContinuouslyAssigned:
        break;
    case RiskGrowthRule::ThreePercentCap:
        g.capRatio = 1.0 + capPoints;
        break;
    case RiskGrowthRule::DemographicGrowthPlusThreePercent: {
        const bool demographics =
            benchmarkDemographic && performanceDemographic && *benchmarkDemographic > 0.0;
        g.capRatio =
            (demographics ? *performanceDemographic / *benchmarkDemographic : 1.0) + capPoints;
        break;
    }
    }
    g.honouredRatio = g.capRatio ? std::min(g.ratio, *g.capRatio) : g.ratio;
    g.capped = g.capRatio && g.ratio > *g.capRatio;
    return g;
}

} // namespace aco
