#include "scenarios/montecarlo.h"

#include "demo/demorandom.h"
#include "error.h"
#include "mssp/msspcalculator.h"
#include "scenarios/allocator.h"
#include "statistics/quantile.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <thread>

namespace aco {

namespace {

// The standard normal's 95th percentile: the tornado moves each input to its 5th and 95th.
constexpr double z95 = 1.6448536269514722;

std::optional<double> baseQuality(const Scenario& scenario, const ScenarioBasis& basis)
{
    if (scenario.qualityScore)
        return scenario.qualityScore;
    return basis.mssp ? basis.mssp->qualityScore : std::nullopt;
}

MonteCarloSummary summarise(const std::vector<double>& sorted, double mean)
{
    return {mean, quantileOfSorted(sorted, 0.05), quantileOfSorted(sorted, 0.50),
            quantileOfSorted(sorted, 0.95)};
}

// Threads for a run: up to two (the goal is one second on a two-core machine), and only when there
// is enough work to repay starting one. The result does not depend on this number.
size_t workerCount(size_t trials, size_t recipients)
{
    constexpr size_t maximum = 2;
    constexpr size_t minimumWork = 200'000; // trial-recipients per extra thread
    const size_t hardware = std::max<size_t>(1, std::thread::hardware_concurrency());
    const size_t byWork =
        std::max<size_t>(1, trials * std::max<size_t>(1, recipients) / minimumWork);
    return std::max<size_t>(1, std::min({maximum, hardware, byWork, trials}));
}

std::int64_t paymentTotal(const std::vector<std::vector<std::int64_t>>& sums, size_t recipient)
{
    std::int64_t total = 0;
    for (const auto& worker : sums)
        total += worker[recipient];
    return total;
}

} // namespace

MonteCarloOptions monteCarloOptions(const Scenario& scenario, int trials, std::uint64_t seed)
{
    MonteCarloOptions options;
    options.trials = trials;
    options.seed = seed;
    options.expenditureCv = scenario.expenditureCv;
    options.qualitySd = scenario.qualitySd;
    return options;
}

std::int64_t scenarioEarnedCents(const Scenario& scenario, const ScenarioBasis& basis,
                                 double expenditureFactor, std::optional<double> qualityScore)
{
    if (scenario.source == Scenario::Source::Amount)
        return std::llround(static_cast<double>(scenario.amountCents) * expenditureFactor);
    if (!basis.mssp)
        throw Error("The scenario's savings come from the MSSP, but no performance year is loaded.",
                    Error::Kind::Usage);
    MsspInput input = *basis.mssp;
    input.expenditureTotal *= (1.0 + scenario.expenditureChange) * expenditureFactor;
    if (qualityScore)
        input.qualityScore = qualityScore;
    else if (scenario.qualityScore)
        input.qualityScore = scenario.qualityScore;
    return MsspCalculator().calculate(input).earnedCents;
}

MonteCarloResult runMonteCarlo(const Scenario& scenario, const ScenarioBasis& basis,
                               const MonteCarloOptions& options)
{
    if (options.trials < 1)
        throw Error("A Monte Carlo run needs at least one trial.", Error::Kind::Usage);
    if (options.bins < 1)
        throw Error("A Monte Carlo histogram needs at least one bin.", Error::Kind::Usage);
    const double cv = options.expenditureCv.value_or(basis.historyExpenditureCv);
    if (!std::isfinite(cv) || cv < 0.0 || !std::isfinite(options.qualitySd) ||
        options.qualitySd < 0.0)
        throw Error("The expenditure CV and the quality standard deviation must not be negative.",
                    Error::Kind::Usage);

    MonteCarloResult result;
    result.trials = options.trials;
    result.expenditureCv = cv;
    const std::optional<double> quality = baseQuality(scenario, basis);
    const bool varyQuality =
        options.qualitySd > 0.0 && quality && scenario.source == Scenario::Source::Mssp;
    auto qualityAt = [&](double z) {
        return std::clamp(*quality + options.qualitySd * z, 0.0, 1.0);
    };

    // Separate streams, so that adding quality uncertainty leaves the expenditure draws alone.
    // Every draw is made here, on one thread and in trial order, before any trial runs: the
    // trials then depend on the seed alone, never on how many threads share them out.
    demo::DemoRandom expenditureDraws(options.seed, 1);
    demo::DemoRandom qualityDraws(options.seed, 2);
    const auto trialCount = static_cast<size_t>(options.trials);
    std::vector<double> factors(trialCount);
    for (double& f : factors)
        f = std::max(0.0, 1.0 + cv * expenditureDraws.normal());
    std::vector<double> qualities(varyQuality ? trialCount : 0);
    for (double& q : qualities)
        q = qualityAt(qualityDraws.normal());

    const Allocator allocator(scenario, basis);
    const size_t n = basis.recipients.size();
    std::vector<double> earned(trialCount);
    // Each worker runs a fixed, contiguous range of trials and sums its payments in whole cents.
    // Integer sums are exact and associative, so adding the workers' sums gives exactly the
    // sequential result whatever the number of threads.
    const size_t threads = workerCount(trialCount, n);
    std::vector<std::vector<std::int64_t>> paymentSums(threads, std::vector<std::int64_t>(n, 0));
    std::vector<std::exception_ptr> failures(threads);
    auto work = [&](size_t worker) {
        try {
            const size_t first = trialCount * worker / threads;
            const size_t last = trialCount * (worker + 1) / threads;
            std::vector<std::int64_t> payments(n, 0);
            std::vector<std::int64_t>& sums = paymentSums[worker];
            for (size_t t = first; t < last; ++t) {
                const std::optional<double> q =
                    varyQuality ? std::optional<double>(qualities[t]) : std::nullopt;
                const std::int64_t cents = scenarioEarnedCents(scenario, basis, factors[t], q);
                earned[t] = static_cast<double>(cents);
                allocator.payments(cents, payments);
                for (size_t i = 0; i < n; ++i)
                    sums[i] += payments[i];
            }
        } catch (...) {
            failures[worker] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> pool;
        for (size_t worker = 1; worker < threads; ++worker)
            pool.emplace_back(work, worker);
        work(0);
    } // joins
    for (const std::exception_ptr& failure : failures)
        if (failure)
            std::rethrow_exception(failure);

    // In trial order, as a single thread would add them.
    double earnedSum = 0.0;
    int positive = 0;
    for (double e : earned) {
        earnedSum += e;
        positive += e > 0.0 ? 1 : 0;
    }
    const double trials = static_cast<double>(options.trials);
    result.probabilityEarned = positive / trials;
    std::sort(earned.begin(), earned.end());
    result.earned = summarise(earned, earnedSum / trials);

    const double low = earned.front();
    const double high = earned.back();
    const double width = (high - low) / options.bins;
    for (int b = 0; b < options.bins; ++b)
        result.histogram.push_back(
            {low + b * width, b + 1 == options.bins ? high : low + (b + 1) * width, 0});
    for (double e : earned) {
        const int b =
            width > 0.0 ? std::min(options.bins - 1, static_cast<int>((e - low) / width)) : 0;
        ++result.histogram[static_cast<size_t>(b)].count;
    }

    // Each payment is a non-decreasing function of the pool (up to a cent of rounding), so its
    // percentiles are the payments at the pool's percentiles: no need to keep every trial's
    // payment to every recipient.
    std::vector<std::int64_t> at5(n), at50(n), at95(n);
    allocator.payments(std::llround(result.earned.p5), at5);
    allocator.payments(std::llround(result.earned.p50), at50);
    allocator.payments(std::llround(result.earned.p95), at95);
    for (size_t i = 0; i < n; ++i)
        result.recipients.push_back({basis.recipients[i].id,
                                     basis.recipients[i].name,
                                     {static_cast<double>(paymentTotal(paymentSums, i)) / trials,
                                      double(at5[i]), double(at50[i]), double(at95[i])}});

    auto entry = [](QString input, double lowInput, double highInput, std::int64_t lowResult,
                    std::int64_t highResult) {
        return TornadoEntry{std::move(input), lowInput,   highInput,
                            lowResult,        highResult, std::abs(highResult - lowResult)};
    };
    const double baseExpenditure =
        scenario.source == Scenario::Source::Mssp && basis.mssp
            ? basis.mssp->expenditureTotal * (1.0 + scenario.expenditureChange)
            : static_cast<double>(scenario.amountCents) / 100.0;
    const double lowFactor = std::max(0.0, 1.0 - z95 * cv);
    const double highFactor = 1.0 + z95 * cv;
    result.tornado.push_back(entry(scenario.source == Scenario::Source::Mssp
                                       ? QStringLiteral("expenditures")
                                       : QStringLiteral("amount"),
                                   baseExpenditure * lowFactor, baseExpenditure * highFactor,
                                   scenarioEarnedCents(scenario, basis, lowFactor),
                                   scenarioEarnedCents(scenario, basis, highFactor)));
    if (varyQuality)
        result.tornado.push_back(entry(QStringLiteral("qualityScore"), qualityAt(-z95),
                                       qualityAt(z95),
                                       scenarioEarnedCents(scenario, basis, 1.0, qualityAt(-z95)),
                                       scenarioEarnedCents(scenario, basis, 1.0, qualityAt(z95))));
    std::stable_sort(
        result.tornado.begin(), result.tornado.end(),
        [](const TornadoEntry& a, const TornadoEntry& b) { return a.swingCents > b.swingCents; });
    return result;
}

} // namespace aco
