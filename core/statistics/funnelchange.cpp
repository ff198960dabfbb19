#include "statistics/funnelchange.h"

#include <boost/math/distributions/binomial.hpp>

#include <cmath>

namespace aco {

namespace {

bool isRealProportionChange(const FunnelUnit& before, const FunnelUnit& after, double z)
{
    const double pooled = (before.numerator + after.numerator) / (before.denominator + after.denominator);
    const double effective =
        before.denominator * after.denominator / (before.denominator + after.denominator);
    const FunnelLimits::Band band = FunnelLimits(FunnelLimits::Kind::Proportion, pooled).at(effective, z);
    const double change = after.numerator / after.denominator - before.numerator / before.denominator;
    // A tolerance for values that sit on a limit only through rounding.
    constexpr double tolerance = 1e-12;
    return change > band.upper - pooled + tolerance || change < band.lower - pooled - tolerance;
}

bool isRealRateChange(const FunnelUnit& before, const FunnelUnit& after, double z)
{
    const double events = std::round(before.numerator + after.numerator);
    if (events <= 0.0)
        return false;
    const double observed = std::round(after.numerator);
    const double share = after.denominator / (before.denominator + after.denominator);
    const boost::math::binomial_distribution<double> chance(events, share);
    const double tail = 0.5 * std::erfc(z / std::sqrt(2.0)); // (1 - coverage) / 2
    const double atMost = boost::math::cdf(chance, observed);
    const double atLeast = observed > 0.0 ? boost::math::cdf(boost::math::complement(chance, observed - 1.0))
                                          : 1.0;
    return atMost < tail || atLeast < tail;
}

} // namespace

bool isRealChange(FunnelLimits::Kind kind, const FunnelUnit& before, const FunnelUnit& after,
                  double z)
{
    if (before.denominator <= 0.0 || after.denominator <= 0.0)
        return false;
    return kind == FunnelLimits::Kind::Proportion ? isRealProportionChange(before, after, z)
                                                  : isRealRateChange(before, after, z);
}

} // namespace aco
