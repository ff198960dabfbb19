#pragma once

#include <QString>

#include <cstdint>

namespace aco::bench {

// The import benchmarks' data, made once per process in a temporary folder: the small demo ACO
// with 1,000 more providers (imported), and a results extract for all of its 1,025 providers
// and 14 measures over enough months to make `rows` rows.
struct ImportBenchData
{
    QString database;
    QString results;
    std::int64_t rows = 0;
};

const ImportBenchData& importBenchData();

} // namespace aco::bench
