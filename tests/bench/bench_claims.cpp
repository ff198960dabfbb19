// Computing every claims-based measure, attribution and expenditure from a file's CCLF claims:
// the work that ends every CCLF load. The file is given by ACO_BENCH_CLAIMS_DB (tests/bench/
// cclf_load.sh loads the medium demo's deliveries into one); each run is rolled back.
// newMonth: one monthly delivery (ACO_BENCH_CLAIMS_MONTH, a zip) loaded into a copy of a file
// that has every delivery before it (ACO_BENCH_CLAIMS_BEFORE), each phase timed: reading and
// storing the records, the measures computed again, the risk scores and the commit; and, not
// timed, whether the facts kept are those a reading of every claim gives.

#include "claims/cclfload.h"
#include "claimsmeasures/claimsfacts.h"
#include "claimsmeasures/claimsresults.h"
#include "keptfacts.h"
#include "store/store.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <chrono>
#include <sys/resource.h>

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

// CPU seconds of the process so far, user and system.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

void newMonth(benchmark::State& state)
{
    const char* before = std::getenv("ACO_BENCH_CLAIMS_BEFORE");
    const char* month = std::getenv("ACO_BENCH_CLAIMS_MONTH");
    if (!before || !month) {
        state.SkipWithError("set ACO_BENCH_CLAIMS_BEFORE to a file and ACO_BENCH_CLAIMS_MONTH to the next delivery");
        return;
    }
    const QString copy = QString::fromLocal8Bit(before) + QStringLiteral(".bench");
    // Phases by the load's progress: the records until "Computing the measures", then the
    // measures until "Computing the CMS-HCC risk scores", then the risk scores.
    struct Phase
    {
        double wall = 0, cpu = 0;
    };
    Phase records, measures, risk;
    std::int64_t readAgain = 0;
    bool everyClaimRead = false;
    size_t factsDiffer = 0;
    double peakLoad = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        if (!QFile::copy(QString::fromLocal8Bit(before), copy)) {
            state.SkipWithError("cannot copy the file");
            return;
        }
        aco::Store store = aco::Store::open(copy);
        state.ResumeTiming();
        using Clock = std::chrono::steady_clock;
        auto mark = Clock::now();
        double cpuMark = cpuSeconds();
        Phase* current = &records;
        const auto next = [&](Phase* phase) {
            const auto now = Clock::now();
            const double cpu = cpuSeconds();
            current->wall += std::chrono::duration<double>(now - mark).count();
            current->cpu += cpu - cpuMark;
            mark = now;
            cpuMark = cpu;
            current = phase;
        };
        const aco::CclfLoadResult result =
            aco::loadCclf(store.db(), {QString::fromLocal8Bit(month)}, false, [&](int, const QString& what) {
                if (current == &records && what.startsWith(QStringLiteral("Computing the measures")))
                    next(&measures);
                else if (current == &measures && what.startsWith(QStringLiteral("Computing the CMS-HCC")))
                    next(&risk);
                return true;
            });
        next(nullptr);
        if (!result.ok() || !result.written) {
            state.SkipWithError("the delivery did not load");
            return;
        }
        readAgain = result.measures.reading.beneficiariesReadAgain;
        everyClaimRead = result.measures.reading.everyClaimRead;
        // The facts kept, against a reading of every claim (not timed; its memory not counted).
        state.PauseTiming();
        if (peakLoad == 0)
            peakLoad = peakResidentMiB();
        factsDiffer = aco::test::compareKeptFacts(store.db()).differ;
        state.ResumeTiming();
    }
    const double n = static_cast<double>(state.iterations());
    state.counters["records_wall_s"] = records.wall / n;
    state.counters["records_cpu_s"] = records.cpu / n;
    state.counters["measures_wall_s"] = measures.wall / n;
    state.counters["measures_cpu_s"] = measures.cpu / n;
    state.counters["risk_commit_wall_s"] = risk.wall / n;
    state.counters["risk_commit_cpu_s"] = risk.cpu / n;
    state.counters["beneficiaries_read_again"] = static_cast<double>(readAgain);
    state.counters["every_claim_read"] = everyClaimRead ? 1 : 0;
    state.counters["facts_unlike_every_claim"] = static_cast<double>(factsDiffer);
    state.counters["peak_MiB"] = peakLoad;
    QFile::remove(copy);
    QFile::remove(copy + QStringLiteral("-wal"));
}
BENCHMARK(newMonth)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

} // namespace

BENCHMARK_MAIN();
