// Computing every claims-based measure, attribution and expenditure from a file's CCLF claims:
// the work that ends every CCLF load. The file is given by ACO_BENCH_CLAIMS_DB (tests/bench/
// cclf_load.sh loads the medium demo's deliveries into one); each run is rolled back.

#include "claimsmeasures/claimsfacts.h"
#include "claimsmeasures/claimsresults.h"
#include "store/store.h"

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace {

QString benchFile()
{
    const char* path = std::getenv("ACO_BENCH_CLAIMS_DB");
    return path ? QString::fromLocal8Bit(path) : QString();
}

double peakResidentMiB()
{
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0.0;
}

// Reading the facts alone: one pass over each claims table.
void readFacts(benchmark::State& state)
{
    const QString path = benchFile();
    if (path.isEmpty()) {
        state.SkipWithError("set ACO_BENCH_CLAIMS_DB to a file with CCLF claims");
        return;
    }
    aco::Store store = aco::Store::openReadOnly(path);
    store.db().exec("PRAGMA mmap_size = 0");
    size_t people = 0;
    for (auto _ : state) {
        const aco::ClaimsFacts facts = aco::readClaimsFacts(store.db(), aco::ClaimsCodes::builtIn());
        people = facts.facts.size();
        benchmark::DoNotOptimize(facts);
    }
    state.counters["beneficiaries"] = static_cast<double>(people);
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK(readFacts)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// Everything a load recomputes: facts, outcomes, and the rows written (then rolled back).
void recomputeAll(benchmark::State& state)
{
    const QString path = benchFile();
    if (path.isEmpty()) {
        state.SkipWithError("set ACO_BENCH_CLAIMS_DB to a file with CCLF claims");
        return;
    }
    aco::Store store = aco::Store::open(path);
    store.db().exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -262144");
    std::int64_t memberMonths = 0;
    for (auto _ : state) {
        aco::Transaction transaction(store.db()); // rolled back
        const aco::ClaimsMeasuresReport report = aco::recomputeClaimsMeasures(store.db());
        memberMonths = report.memberMonths;
    }
    state.counters["member_months"] = static_cast<double>(memberMonths);
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK(recomputeAll)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

BENCHMARK_MAIN();
