#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;
struct Measure;

// The toolkit's five tiers, from no payment to the measure's full maximum.
enum class Tier { BelowBaseline, Baseline, Better, Best, ExtraCredit };
QString tierName(Tier tier); // "Below baseline", "Baseline", "Better", "Best", "Extra credit"

// Cut-points and payouts of one measure in one year: reaching a cut-point (at or beyond it in
// the measure's better direction) earns that tier's share of the measure's maximum payment.
struct TierScheme
{
    std::int64_t measureId = 0;
    int year = 0;
    std::array<double, 4> cutPoints{}; // baseline, better, best, extra credit; in display units
    std::array<double, 4> payouts{0.20, 0.50, 0.75, 1.00};

    // Throws aco::Error naming the measure and year when the cut-points do not run strictly in
    // the measure's better direction or the payouts are not increasing shares within 0-100%.
    void validate(const Measure& measure) const;
};

// Where a value stands in a scheme, and what it takes to reach the next tier.
struct TierAssessment
{
    Tier tier = Tier::BelowBaseline;
    double payout = 0.0;
    std::optional<Tier> nextTier;
    std::optional<double> nextThreshold;
    std::optional<double> gap; // distance to the next cut-point in display units, positive
    // For rates of counted events (percent and per 1,000): how many more events (higher is
    // better) or fewer (lower is better) at the same denominator reach the next tier.
    std::optional<std::int64_t> countGap;
};

TierAssessment assessTier(const TierScheme& scheme, const Measure& measure, double numerator,
                          double denominator);

// "3 more screenings for Best (80.0%)", "12 fewer admissions for Better (250)": for
// counted measures, how many more (or fewer) events reach the next tier over a window of
// `months`, or how many more patients when the denominator counts the eligible patients each
// month (the summed gap is then spread over the window's months). Costs give the gap in dollars
// per member per month ("$62 PMPM lower for Best ($1,000)"). "Top tier reached" at the top.
QString nextTierText(const Measure& measure, const TierAssessment& tier, int months);

// Every tier scheme of a year, keyed by nothing in particular: find one with findTierScheme.
std::vector<TierScheme> loadTierSchemes(const Database& db, int year);
const TierScheme* findTierScheme(const std::vector<TierScheme>& schemes, std::int64_t measureId);

} // namespace aco
