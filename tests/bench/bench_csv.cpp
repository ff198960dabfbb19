// Which CSV reader the importer should use: ours (CsvScanner, and CsvReader's text records on top
// of it) against Debian's libcsv, each reading the same 5-million-row results extract from
// memory and counting fields. Ours also tracks the line of every field, which libcsv does not.

#include "importbenchdata.h"

#include "csv/csvreader.h"
#include "csv/csvscanner.h"

#include <QFile>

#include <benchmark/benchmark.h>

#ifdef ACO_HAVE_LIBCSV
#include <csv.h>
#endif

#include <stdexcept>
#include <vector>

namespace {

const QByteArray& extract()
{
    static const QByteArray bytes = [] {
        QFile file(aco::bench::importBenchData().results);
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the benchmark's extract");
        return file.readAll();
    }();
    return bytes;
}

void setCounters(benchmark::State& state, std::int64_t records)
{
    state.SetItemsProcessed(state.iterations() * records);
    state.SetBytesProcessed(state.iterations() * extract().size());
}

void ourScanner(benchmark::State& state)
{
    const QByteArray& bytes = extract();
    std::int64_t records = 0;
    for (auto _ : state) {
        aco::CsvScanner scanner(std::string_view(bytes.constData(), size_t(bytes.size())));
        std::vector<aco::CsvField> fields;
        std::vector<aco::CsvSyntaxProblem> problems;
        int line = 0;
        size_t count = 0;
        records = 0;
        while (scanner.next(fields, line, problems)) {
            count += fields.size();
            ++records;
        }
        benchmark::DoNotOptimize(count);
    }
    setCounters(state, records);
}

void ourTextReader(benchmark::State& state)
{
    const QByteArray& bytes = extract();
    std::int64_t records = 0;
    for (auto _ : state) {
        aco::CsvReader reader(bytes, QStringLiteral("results.csv"));
        size_t count = 0;
        records = 0;
        while (const auto record = reader.next()) {
            count += size_t(record->fields.size());
            ++records;
        }
        benchmark::DoNotOptimize(count);
    }
    setCounters(state, records);
}

#ifdef ACO_HAVE_LIBCSV
struct LibcsvCounts
{
    size_t fields = 0;
    std::int64_t records = 0;
};

void libcsv(benchmark::State& state)
{
    const QByteArray& bytes = extract();
    std::int64_t records = 0;
    for (auto _ : state) {
        csv_parser parser;
        if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
            throw std::runtime_error("csv_init failed");
        LibcsvCounts counts;
        const auto onField = [](void*, size_t, void* data) {
            ++static_cast<LibcsvCounts*>(data)->fields;
        };
        const auto onRecord = [](int, void* data) { ++static_cast<LibcsvCounts*>(data)->records; };
        if (csv_parse(&parser, bytes.constData(), size_t(bytes.size()), onField, onRecord,
                      &counts) != size_t(bytes.size()))
            throw std::runtime_error(csv_strerror(csv_error(&parser)));
        csv_fini(&parser, onField, onRecord, &counts);
        csv_free(&parser);
        records = counts.records;
        benchmark::DoNotOptimize(counts.fields);
    }
    setCounters(state, records);
}
BENCHMARK(libcsv)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

} // namespace

BENCHMARK(ourScanner)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(ourTextReader)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
