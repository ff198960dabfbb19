#include "statistics/funnel.h"

#include "statistics/quantile.h"

#include <boost/math/distributions/chi_squared.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace aco {

namespace {

// Standard normal upper tail, for turning z back into the coverage of the exact limits.
double upperTail(double z)
{
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

double chiSquaredQuantile(double degreesOfFreedom, double probability)
{
    return boost::math::quantile(boost::math::chi_squared(degreesOfFreedom), probability);
}

// The variance-stabilising transform and its inverse: arcsine of the root for proportions,
// the root for rates; both have variance 1/(4n).
double transform(FunnelLimits::Kind kind, double value)
{
    return kind == FunnelLimits::Kind::Proportion ? std::asin(std::sqrt(std::clamp(value, 0.0, 1.0)))
                                                  : std::sqrt(std::max(value, 0.0));
}

} // namespace

FunnelLimits::FunnelLimits(Kind kind, double target, double tau2)
    : m_kind(kind), m_target(target), m_tau2(std::max(tau2, 0.0))
{
}

FunnelLimits::Band FunnelLimits::at(double n, double z) const
{
    if (n <= 0.0)
        return {0.0, m_kind == Kind::Proportion ? 1.0 : std::numeric_limits<double>::infinity()};
    if (m_kind == Kind::Rate && m_tau2 == 0.0) {
        const double alpha = 2.0 * upperTail(z);
        const double expected = m_target * n;
        const double lower = expected > 0.0 ? chiSquaredQuantile(2.0 * expected, alpha / 2.0) / 2.0 : 0.0;
        const double upper = chiSquaredQuantile(2.0 * expected + 2.0, 1.0 - alpha / 2.0) / 2.0;
        return {lower / n, upper / n};
    }
    const double centre = transform(m_kind, m_target);
    const double halfWidth = z * std::sqrt(1.0 / (4.0 * n) + m_tau2);
    if (m_kind == Kind::Proportion) {
        // The arcsine scale ends at 0 and pi/2; beyond them the limit is the end itself.
        const auto back = [](double a) {
            const double clipped = std::clamp(a, 0.0, std::acos(0.0));
            const double s = std::sin(clipped);
            return s * s;
        };
        return {back(centre - halfWidth), back(centre + halfWidth)};
    }
    const double low = std::max(centre - halfWidth, 0.0);
    const double high = centre + halfWidth;
    return {low * low, high * high};
}

double overdispersion(FunnelLimits::Kind kind, double target, const std::vector<FunnelUnit>& units)
{
    std::vector<double> z;
    double sumW = 0.0;
    double sumW2 = 0.0;
    const double centre = transform(kind, target);
    for (const FunnelUnit& u : units) {
        if (u.denominator <= 0.0)
            continue;
        const double y = transform(kind, u.numerator / u.denominator);
        z.push_back((y - centre) * 2.0 * std::sqrt(u.denominator));
        const double w = 4.0 * u.denominator;
        sumW += w;
        sumW2 += w * w;
    }
    const auto k = static_cast<double>(z.size());
    if (z.size() < 2)
        return 0.0;
    std::vector<double> sorted = z;
    std::sort(sorted.begin(), sorted.end());
    const double low = quantileOfSorted(sorted, 0.10);
    const double high = quantileOfSorted(sorted, 0.90);
    double phi = 0.0;
    for (double value : z) {
        const double w = std::clamp(value, low, high);
        phi += w * w;
    }
    phi /= k;
    if (k * phi <= k - 1.0)
        return 0.0;
    return (k * phi - (k - 1.0)) / (sumW - sumW2 / sumW);
}

} // namespace aco
