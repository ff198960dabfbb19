#pragma once

#include <optional>
#include <vector>

namespace aco {

// Control limits of a funnel plot (Spiegelhalter, "Funnel plots for comparing institutional
// performance", Stat Med 2005;24:1185): how far a unit with denominator n may lie from the
// target by chance alone.
class FunnelLimits
{
public:
    enum class Kind {
        Proportion, // numerator out of denominator (percent measures)
        Rate,       // events over exposure (per 1,000 measures: events over member-months)
    };

    static constexpr double z95 = 1.959964;   // two-sided 95%
    static constexpr double z998 = 3.090232;  // two-sided 99.8%

    // `target` is the proportion, or the events per unit of exposure, that the funnel is
    // centred on; `tau2` the overdispersion (0: none).
    FunnelLimits(Kind kind, double target, double tau2 = 0.0);

    struct Band
    {
        double lower;
        double upper;
    };
    // The limits at denominator n, as a proportion or as events per unit of exposure, for the
    // two-sided coverage whose normal quantile is z (z95 or z998).
    //  - Proportions: sin^2(asin(sqrt(p)) -/+ z sqrt(1/(4n) + tau2)), clipped to [0, 1].
    //  - Rates without overdispersion: exact Poisson limits on the count expected at n,
    //    E = target x n: lower chi2(a/2; 2E)/2, upper chi2(1 - a/2; 2E + 2)/2, divided by n.
    //  - Rates with overdispersion: the same square-root scale as proportions,
    //    (sqrt(r) -/+ z sqrt(1/(4n) + tau2))^2, floored at 0.
    Band at(double n, double z) const;

    Kind kind() const { return m_kind; }
    double target() const { return m_target; }
    double tau2() const { return m_tau2; }

private:
    Kind m_kind;
    double m_target;
    double m_tau2;
};

// One unit on a funnel plot: its numerator (events) and denominator (exposure).
struct FunnelUnit
{
    double numerator;
    double denominator;
};

// The additive overdispersion of Spiegelhalter's section 5 (DerSimonian-Laird): z-scores on
// the variance-stabilised scale (arcsine for proportions, square root for rates), winsorised at
// their 10th and 90th percentiles, give phi = mean(z^2); with k units and weights w = 4n,
// tau2 = (k phi - (k - 1)) / (sum w - sum w^2 / sum w), and 0 when phi <= (k - 1) / k.
double overdispersion(FunnelLimits::Kind kind, double target, const std::vector<FunnelUnit>& units);

} // namespace aco
