// The scenario simulation's goal: 10,000 Monte Carlo trials with an allocation to 5,000 providers
// each, in under a second on two cores. The basis is built in memory (a typed-in amount, shared
// by beneficiaries), so that the benchmark needs no file and measures the simulation alone.

#include "scenarios/largestremainder.h"
#include "scenarios/montecarlo.h"

#include <benchmark/benchmark.h>

#include <vector>

namespace {

aco::ScenarioBasis basis(int recipients)
{
    aco::ScenarioBasis b;
    b.historyExpenditureCv = 0.03;
    for (int i = 1; i <= recipients; ++i) {
        aco::ScenarioRecipient r;
        r.id = i;
        r.name = QStringLiteral("Provider %1").arg(i);
        // Uneven panels (100 to 2,600), so that remainders differ.
        r.beneficiaries = 100 + (i * 7919) % 2500;
        r.employedBeneficiaries = i % 3 == 0 ? 0 : r.beneficiaries;
        b.recipients.push_back(r);
    }
    return b;
}

aco::Scenario scenario()
{
    aco::Scenario s;
    s.source = aco::Scenario::Source::Amount;
    s.amountCents = 400'000'000; // $4 million
    s.basis = aco::Scenario::Basis::Beneficiaries;
    s.infrastructureBasisPoints = 2000;
    s.providerBasisPoints = 8000;
    return s;
}

void monteCarlo(benchmark::State& state)
{
    const aco::ScenarioBasis b = basis(static_cast<int>(state.range(0)));
    const aco::Scenario s = scenario();
    aco::MonteCarloOptions options;
    options.trials = static_cast<int>(state.range(1));
    options.expenditureCv = 0.5; // wide enough that the pool's size varies a lot
    for (auto _ : state) {
        const aco::MonteCarloResult result = aco::runMonteCarlo(s, b, options);
        benchmark::DoNotOptimize(result.earned.mean);
    }
}
BENCHMARK(monteCarlo)->Args({5000, 10000})->Unit(benchmark::kMillisecond)->UseRealTime();

void distributeCents(benchmark::State& state)
{
    const aco::ScenarioBasis b = basis(static_cast<int>(state.range(0)));
    std::vector<double> weights;
    for (const auto& r : b.recipients)
        weights.push_back(static_cast<double>(r.beneficiaries));
    for (auto _ : state) {
        const auto shares = aco::distributeCents(320'000'001, weights);
        benchmark::DoNotOptimize(shares.data());
    }
}
BENCHMARK(distributeCents)->Arg(5000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
