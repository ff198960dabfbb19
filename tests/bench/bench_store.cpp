// Opening an ACO Workbench file and reading what the window shows first (the ACO and its
// provider roster). The file is given by ACO_BENCH_DB (tests/bench/run.sh makes the large demo).

#include "organisation.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <cstdlib>

namespace {

QString benchFile()
{
    const char* path = std::getenv("ACO_BENCH_DB");
    return path ? QString::fromLocal8Bit(path) : QString();
}

void openAndListProviders(benchmark::State& state)
{
    const QString path = benchFile();
    if (path.isEmpty()) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    size_t providers = 0;
    for (auto _ : state) {
        aco::Store store = aco::Store::open(path);
        const auto info = aco::loadAcoInfo(store.db());
        const auto roster = aco::loadProviders(store.db());
        providers = roster.size();
        benchmark::DoNotOptimize(info);
    }
    state.counters["providers"] = static_cast<double>(providers);
}
BENCHMARK(openAndListProviders)->Unit(benchmark::kMillisecond)->UseRealTime();

void openOnly(benchmark::State& state)
{
    const QString path = benchFile();
    if (path.isEmpty()) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    for (auto _ : state) {
        aco::Store store = aco::Store::open(path);
        benchmark::DoNotOptimize(store.schemaVersion());
    }
}
BENCHMARK(openOnly)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
