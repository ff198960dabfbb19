// Computing the data of every provider's scorecard (tests/bench/run.sh runs it on the large demo,
// given by ACO_BENCH_DB): the window sums and peer comparisons alone, and everything a scorecard
// shows, including each primary care provider's pursuit list and care gaps.

#include "scorecards/scorecard.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {

bool haveFile(benchmark::State& state)
{
    if (std::getenv("ACO_BENCH_DB"))
        return true;
    state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
    return false;
}

aco::ScorecardOptions options()
{
    aco::ScorecardOptions o;
    o.period = aco::Period(2026, 9);
    o.window = aco::Window::Rolling12;
    return o;
}

// Sums of the window and the prior window for every measure and provider: the part to compare
// with the sqlite3 shell running the same queries.
void windowSums(benchmark::State& state)
{
    if (!haveFile(state))
        return;
    const aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(std::getenv("ACO_BENCH_DB")));
    const aco::ScorecardOptions o = options();
    for (auto _ : state) {
        const auto current = aco::ResultSums::load(store.db(), aco::windowRange(o.window, o.period));
        const auto prior = aco::ResultSums::load(store.db(), aco::priorWindowRange(o.window, o.period));
        benchmark::DoNotOptimize(current.isEmpty() || prior.isEmpty());
    }
}
BENCHMARK(windowSums)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Sums of the window and the prior window for every measure and provider, and the comparisons.
void sumsAndComparisons(benchmark::State& state)
{
    if (!haveFile(state))
        return;
    const aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(std::getenv("ACO_BENCH_DB")));
    for (auto _ : state) {
        const aco::ScorecardBuilder builder(store.db(), options());
        benchmark::DoNotOptimize(builder.providers().size());
    }
}
BENCHMARK(sumsAndComparisons)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

// Everything every scorecard shows.
void allScorecardData(benchmark::State& state)
{
    if (!haveFile(state))
        return;
    const aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(std::getenv("ACO_BENCH_DB")));
    size_t rows = 0;
    for (auto _ : state) {
        const aco::ScorecardBuilder builder(store.db(), options());
        for (const aco::Provider& provider : builder.providers())
            rows += builder.build(provider).rows.size();
    }
    benchmark::DoNotOptimize(rows);
}
BENCHMARK(allScorecardData)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);

} // namespace

BENCHMARK_MAIN();
