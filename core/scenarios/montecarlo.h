#pragma once

#include "scenarios/scenario.h"
#include "scenarios/scenariobasis.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

struct MonteCarloOptions
{
    int trials = 10000;
    std::uint64_t seed = 1;
    // Coefficient of variation of the year's expenditures (of the amount, for a typed-in
    // amount); nullopt: the basis's value from the monthly history.
    std::optional<double> expenditureCv;
    double qualitySd = 0.0; // standard deviation of the quality score (0-1 scale)
    int bins = 20;
};

struct MonteCarloSummary
{
    double mean = 0.0; // in cents
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
};

struct HistogramBin
{
    double lowCents = 0.0; // the last bin includes its upper edge
    double highCents = 0.0;
    int count = 0;
};

// One input moved alone to its 5th and 95th percentile, the others at their base values.
struct TornadoEntry
{
    QString input; // "expenditures", "qualityScore"
    double lowInput = 0.0;
    double highInput = 0.0;
    std::int64_t lowResultCents = 0; // earned savings with the input at its low value
    std::int64_t highResultCents = 0;
    std::int64_t swingCents = 0; // |high - low|
};

struct RecipientSummary
{
    std::int64_t id = 0;
    QString name;
    MonteCarloSummary payment;
};

struct MonteCarloResult
{
    int trials = 0;
    double expenditureCv = 0.0;     // the one used
    double probabilityEarned = 0.0; // P(earned savings > 0)
    MonteCarloSummary earned;
    std::vector<HistogramBin> histogram;
    std::vector<RecipientSummary> recipients; // in basis order
    std::vector<TornadoEntry> tornado;        // largest swing first
};

// Options with the scenario's own uncertainty (Scenario::expenditureCv and qualitySd).
MonteCarloOptions monteCarloOptions(const Scenario& scenario, int trials, std::uint64_t seed);

// Earned savings (or losses) of a scenario with the given expenditure and quality, in cents:
// the MSSP reconciliation for the MSSP source, the amount scaled by `expenditureFactor` otherwise.
std::int64_t scenarioEarnedCents(const Scenario& scenario, const ScenarioBasis& basis,
                                 double expenditureFactor = 1.0,
                                 std::optional<double> qualityScore = std::nullopt);

// The scenario's earned savings and payments under uncertainty. Deterministic for a seed on every
// build: the draws use the project's own fully specified generator and normal transform.
MonteCarloResult runMonteCarlo(const Scenario& scenario, const ScenarioBasis& basis,
                               const MonteCarloOptions& options = {});

} // namespace aco
