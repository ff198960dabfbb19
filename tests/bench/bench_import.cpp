// The import's goal: 5 million monthly measure results checked and written at 500,000 rows a
// second or better on two cores. Each run imports the same extract into a fresh copy of the
// ACO file (the copy is not timed); the rows replace the demo's results for those months.

#include "importbenchdata.h"

#include "import/importer.h"
#include "store/store.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <stdexcept>

namespace {

void importResults(benchmark::State& state, bool dryRun)
{
    const aco::bench::ImportBenchData& data = aco::bench::importBenchData();
    const QString copy = data.database + QStringLiteral(".run");
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!QFile::copy(data.database, copy))
            throw std::runtime_error("cannot copy the benchmark's file");
        state.ResumeTiming();
        aco::Store store = aco::Store::open(copy);
        const aco::ImportReport report =
            aco::importCsvFile(store.db(), aco::ImportKind::Results, data.results, dryRun);
        if (!report.ok() || report.written == dryRun)
            throw std::runtime_error("the benchmark's import failed");
        benchmark::DoNotOptimize(report.rows);
    }
    state.SetItemsProcessed(state.iterations() * data.rows);
    state.counters["rows"] = static_cast<double>(data.rows);
}

void importFiveMillionResults(benchmark::State& state)
{
    importResults(state, false);
}

void checkFiveMillionResults(benchmark::State& state)
{
    importResults(state, true);
}

} // namespace

BENCHMARK(importFiveMillionResults)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();
BENCHMARK(checkFiveMillionResults)->Unit(benchmark::kSecond)->Iterations(3)->UseRealTime();

BENCHMARK_MAIN();
