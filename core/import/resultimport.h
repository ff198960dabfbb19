#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace aco {

// Monthly measure results by provider. Every (measure, month) present in the file replaces all
// of that measure's results for the month: an extract holds a month's results for every
// provider, and a provider missing from it has none. Millions of rows are expected, so a row is
// checked without allocating, keys are compared as packed integers, rows are inserted in
// batches, and a large import rebuilds the table's secondary index once at the end rather than
// updating it row by row.
class ResultImport : public KindImport
{
public:
    explicit ResultImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;
    void finishChecks(ImportRowReader& reader) override;
    void finishWrite(Database& db) override;

private:
    struct MeasureRef
    {
        std::string code;
        std::int64_t id;
        bool percent;
    };
    struct Row
    {
        std::uint32_t measure;  // index into m_measures
        int period;             // yyyymm
        std::uint32_t provider; // index into m_providerIds
        std::int64_t numerator;
        std::int64_t denominator;
    };
    static constexpr int batchSize = 64;

    std::optional<Row> read(ImportRowReader& row) const;
    static std::uint64_t keyOf(const Row& row);
    void write(const Row& row, std::uint64_t key);
    // Inserts `rows` pending rows from `from` with `statement`, which takes that many.
    void insert(Statement& statement, int from, int rows);
    void dropIndexes();

    std::vector<MeasureRef> m_measures;
    std::unordered_map<std::uint64_t, std::uint32_t> m_providerIndex; // by NPI as a number
    std::vector<std::int64_t> m_providerIds;
    std::vector<std::uint64_t> m_providerNpis;
    std::vector<std::pair<std::uint64_t, int>> m_keys; // key, line

    Database* m_db = nullptr;
    std::optional<Statement> m_remove;
    std::optional<Statement> m_insertOne;
    std::optional<Statement> m_insertBatch;
    std::unordered_set<std::uint64_t> m_replaced; // (measure, month) keys already removed
    std::uint64_t m_lastReplaced = ~std::uint64_t(0);
    std::array<Row, batchSize> m_pending{};
    int m_pendingCount = 0;
    std::int64_t m_written = 0;
    std::int64_t m_rebuildAfter = 0;           // rows written after which the indexes are dropped
    std::vector<std::string> m_droppedIndexes; // their CREATE statements, run again at the end
};

} // namespace aco
