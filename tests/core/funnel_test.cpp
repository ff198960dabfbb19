#include "statistics/funnel.h"
#include "statistics/funnelchange.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aco;

// Expected values were computed independently with Python's math module: the arcsine formula
// directly, and chi-squared quantiles by bisection on the regularised incomplete gamma function;
// the Poisson ones agree with published tables of exact limits (count 1: 0.0253-5.5716; count
// 10: 4.7954-18.3904).

TEST(Funnel, ProportionLimitsFollowTheArcsineFormula)
{
    const FunnelLimits f(FunnelLimits::Kind::Proportion, 0.5);
    const auto b95 = f.at(100, FunnelLimits::z95);
    EXPECT_NEAR(b95.lower, 0.4026280227441715, 1e-12);
    EXPECT_NEAR(b95.upper, 0.5973719772558286, 1e-12);
    const auto b998 = f.at(100, FunnelLimits::z998);
    EXPECT_NEAR(b998.lower, 0.3479358741868676, 1e-12);
    EXPECT_NEAR(b998.upper, 0.6520641258131324, 1e-12);
}

TEST(Funnel, ProportionLimitsNearZeroAndOneAreClipped)
{
    const auto low = FunnelLimits(FunnelLimits::Kind::Proportion, 0.02).at(50, FunnelLimits::z95);
    EXPECT_NEAR(low.lower, 1.0934033753676368e-05, 1e-15);
    EXPECT_NEAR(low.upper, 0.07663156616485817, 1e-12);
    const auto high = FunnelLimits(FunnelLimits::Kind::Proportion, 0.98).at(50, FunnelLimits::z95);
    EXPECT_NEAR(high.lower, 0.923368433835142, 1e-12);
    EXPECT_NEAR(high.upper, 0.9999890659662464, 1e-12);
    // n = 1: the band covers everything.
    const auto one = FunnelLimits(FunnelLimits::Kind::Proportion, 0.5).at(1, FunnelLimits::z95);
    EXPECT_DOUBLE_EQ(one.lower, 0.0);
    EXPECT_DOUBLE_EQ(one.upper, 1.0);
    // A target of 0 or 1 stays inside [0, 1].
    const auto zero = FunnelLimits(FunnelLimits::Kind::Proportion, 0.0).at(10, FunnelLimits::z998);
    EXPECT_DOUBLE_EQ(zero.lower, 0.0);
    EXPECT_GT(zero.upper, 0.0);
    EXPECT_LE(FunnelLimits(FunnelLimits::Kind::Proportion, 1.0).at(10, FunnelLimits::z998).upper, 1.0);
}

TEST(Funnel, RateLimitsAreExactPoissonOnTheExpectedCount)
{
    // Target 0.01 events per unit: at n = 100 the expected count is 1, at n = 1,000 it is 10.
    const FunnelLimits f(FunnelLimits::Kind::Rate, 0.01);
    const auto one = f.at(100, FunnelLimits::z95);
    EXPECT_NEAR(one.lower * 100, 0.025317807057564132, 1e-9);
    EXPECT_NEAR(one.upper * 100, 5.571643433568028, 1e-9);
    const auto ten95 = f.at(1000, FunnelLimits::z95);
    EXPECT_NEAR(ten95.lower * 1000, 4.79538866655807, 1e-9);
    EXPECT_NEAR(ten95.upper * 1000, 18.390356113904332, 1e-9);
    const auto ten998 = f.at(1000, FunnelLimits::z998);
    EXPECT_NEAR(ten998.lower * 1000, 2.9605207861742446, 1e-9);
    EXPECT_NEAR(ten998.upper * 1000, 24.13396945521042, 1e-9);
    const auto half = f.at(50, FunnelLimits::z998);
    EXPECT_NEAR(half.lower * 50, 7.854001939600059e-07, 1e-12);
    EXPECT_NEAR(half.upper * 50, 8.133117007183731, 1e-9);
}

TEST(Funnel, ZeroEventsGiveALowerLimitOfZero)
{
    const auto band = FunnelLimits(FunnelLimits::Kind::Rate, 0.0).at(1000, FunnelLimits::z95);
    EXPECT_DOUBLE_EQ(band.lower, 0.0);
    // chi2(0.975; 2) / 2 = -ln(0.025) = 3.6889 events: with no expected events the upper limit
    // is that many events over the exposure.
    EXPECT_NEAR(band.upper * 1000, -std::log(0.025), 1e-5);
}

TEST(Funnel, OverdispersionOfProportions)
{
    // Ten units of 100 with 30, 35, ... 75 events: pooled 0.525; winsorised phi = 7.0745,
    // tau2 = (10 phi - 9) / (4,000 - 160,000 / 4,000) = 0.017151356.
    std::vector<FunnelUnit> units;
    for (int x = 30; x <= 75; x += 5)
        units.push_back({double(x), 100.0});
    const double tau2 = overdispersion(FunnelLimits::Kind::Proportion, 0.525, units);
    EXPECT_NEAR(tau2, 0.01715135616827369, 1e-12);
    // With it, the 95% limits at n = 200 around 0.3 widen to those computed by hand.
    const auto band = FunnelLimits(FunnelLimits::Kind::Proportion, 0.3, 0.001).at(200, FunnelLimits::z95);
    EXPECT_NEAR(band.lower, 0.21872976836743382, 1e-12);
    EXPECT_NEAR(band.upper, 0.38816495887468, 1e-12);
}

TEST(Funnel, OverdispersionOfRates)
{
    const std::vector<FunnelUnit> units = {{5, 1000}, {8, 1200}, {12, 900}, {20, 1100}, {3, 800}};
    const double tau2 = overdispersion(FunnelLimits::Kind::Rate, 48.0 / 5000.0, units);
    EXPECT_NEAR(tau2, 0.0005444331245199164, 1e-13);
    const auto band = FunnelLimits(FunnelLimits::Kind::Rate, 48.0 / 5000.0, tau2).at(1000, FunnelLimits::z95);
    EXPECT_NEAR(band.lower, 0.001826421412715612, 1e-12);
    EXPECT_NEAR(band.upper, 0.023477142950849916, 1e-12);
}

TEST(Funnel, NoOverdispersionWhenUnitsAgreeWithTheTarget)
{
    // phi = 0 <= (k - 1) / k.
    const std::vector<FunnelUnit> units = {{50, 100}, {100, 200}, {25, 50}};
    EXPECT_DOUBLE_EQ(overdispersion(FunnelLimits::Kind::Proportion, 0.5, units), 0.0);
    // Overdispersion off leaves the limits exact.
    const auto off = FunnelLimits(FunnelLimits::Kind::Proportion, 0.5, 0.0).at(100, FunnelLimits::z95);
    EXPECT_NEAR(off.lower, 0.4026280227441715, 1e-12);
}

// A change is real when it lies outside the funnel's limits for a difference: around the pooled
// value at the effective denominator n1 n2 / (n1 + n2). Limits worked with Python's math module
// (proportions) and from published chi-squared tables (rates).
TEST(FunnelChange, AProportionThatMovedMoreThanChanceAllows)
{
    using K = FunnelLimits::Kind;
    // 30/100 to 45/100: pooled 75/200 = 0.375, effective denominator 50. The arcsine limits at
    // 95% are 0.375 - 0.12771 and 0.375 + 0.13725: +0.15 is beyond them. At 99.8% the upper one
    // is 0.375 + 0.21665: +0.15 is within.
    EXPECT_TRUE(isRealChange(K::Proportion, {30, 100}, {45, 100}, FunnelLimits::z95));
    EXPECT_FALSE(isRealChange(K::Proportion, {30, 100}, {45, 100}, FunnelLimits::z998));
    // The same fall: 45/100 to 30/100, below the lower limit (-0.12771) at 95%.
    EXPECT_TRUE(isRealChange(K::Proportion, {45, 100}, {30, 100}, FunnelLimits::z95));
    // 3/10 to 6/10 doubles too, but on an effective denominator of 5 the 95% limits are
    // 0.45 - 0.36432 and 0.45 + 0.40034: +0.30 is noise.
    EXPECT_FALSE(isRealChange(K::Proportion, {3, 10}, {6, 10}, FunnelLimits::z95));
    // 300/1,000 to 360/1,000: six points on a large panel; limits 0.33 - 0.04051 and
    // 0.33 + 0.04182 at 95% (real), 0.33 + 0.06640 at 99.8% (not).
    EXPECT_TRUE(isRealChange(K::Proportion, {300, 1000}, {360, 1000}, FunnelLimits::z95));
    EXPECT_FALSE(isRealChange(K::Proportion, {300, 1000}, {360, 1000}, FunnelLimits::z998));
    EXPECT_FALSE(isRealChange(K::Proportion, {30, 100}, {30, 100}, FunnelLimits::z95));
}

TEST(FunnelChange, ARateThatMovedMoreThanChanceAllows)
{
    using K = FunnelLimits::Kind;
    // 10 events in 1,000 member-months, then 30 in as many: given 40 events, the second window's
    // are Binomial(40, 1/2) under no change, and P(X >= 30) = 0.0011107 (sum of C(40, i) / 2^40
    // for i >= 30, worked with Python's math.comb): below 0.025 (95%), above 0.001 (99.8%).
    EXPECT_TRUE(isRealChange(K::Rate, {10, 1000}, {30, 1000}, FunnelLimits::z95));
    EXPECT_FALSE(isRealChange(K::Rate, {10, 1000}, {30, 1000}, FunnelLimits::z998));
    EXPECT_TRUE(isRealChange(K::Rate, {30, 1000}, {10, 1000}, FunnelLimits::z95));
    // 1 event in 50 member-months, then 3: the same tripling, but P(X >= 3) = 5/16 of Bin(4, 1/2).
    EXPECT_FALSE(isRealChange(K::Rate, {1, 50}, {3, 50}, FunnelLimits::z95));
    // 2 events, then none: P(X = 0) = 1/4 of Bin(2, 1/2); a rate that fell to zero is not news.
    EXPECT_FALSE(isRealChange(K::Rate, {2, 200}, {0, 200}, FunnelLimits::z95));
    // 20 then none: P(X = 0) = 2^-20. Unequal exposures: 10 in 1,000 then 10 in 3,000 (a third
    // of the rate) gives Bin(20, 3/4), P(X <= 10) = 0.013864: real at 95%.
    EXPECT_TRUE(isRealChange(K::Rate, {20, 2000}, {0, 2000}, FunnelLimits::z95));
    EXPECT_TRUE(isRealChange(K::Rate, {10, 1000}, {10, 3000}, FunnelLimits::z95));
    EXPECT_FALSE(isRealChange(K::Rate, {10, 1000}, {10, 3000}, FunnelLimits::z998));
    // Nothing to compare without a denominator in both windows.
    EXPECT_FALSE(isRealChange(K::Rate, {0, 0}, {30, 1000}, FunnelLimits::z95));
}
