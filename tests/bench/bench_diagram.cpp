// What an edit of a driver diagram kept arranged costs: storing it arranges it first
// (DiagramRepository::save), on the window's thread. The file is given by ACO_BENCH_DB; its 2026
// diagram is edited (the demo's: 24 boxes, 27 links).

#include "diagrams/crossingreduction.h"
#include "diagrams/diagramrepository.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <cstdlib>

namespace {

// The arrangement alone, from the stored order.
void arrange(benchmark::State& state)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    aco::Store store = aco::Store::openReadOnly(QString::fromLocal8Bit(path));
    const auto diagram = aco::DiagramRepository(store.db()).load(2026);
    if (!diagram) {
        state.SkipWithError("the file has no 2026 driver diagram");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(aco::CrossingReduction::arranged(*diagram));
    state.counters["boxes"] = diagram->nodeCount();
}
BENCHMARK(arrange)->Unit(benchmark::kMillisecond)->UseRealTime();

// An edit as the window stores it: arranged, then written in one transaction (on a copy).
void storeArranged(benchmark::State& state)
{
    const char* path = std::getenv("ACO_BENCH_DB");
    if (!path) {
        state.SkipWithError("set ACO_BENCH_DB to an ACO Workbench file");
        return;
    }
    const QString copy = QString::fromLocal8Bit(path) + QStringLiteral(".bench-diagram");
    QFile::remove(copy);
    if (!QFile::copy(QString::fromLocal8Bit(path), copy)) {
        state.SkipWithError("the file cannot be copied beside itself");
        return;
    }
    {
        aco::Store store = aco::Store::open(copy);
        aco::DiagramRepository repository(store.db());
        aco::DriverDiagram diagram = *repository.load(2026);
        diagram.setOrderedByHand(false);
        for (auto _ : state)
            benchmark::DoNotOptimize(repository.save(diagram));
    }
    QFile::remove(copy);
}
BENCHMARK(storeArranged)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
