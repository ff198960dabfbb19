#pragma once

#include "import/importkind.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace aco {

class Database;
class ImportRowReader;

// The rules and the writing of one kind of import file. The importer reads the file once: every
// row goes through importRow(), which reports each problem and remembers what checks across rows
// need, and, while no problem has been found in the file, writes the row too, inside the one
// transaction that a problem anywhere rolls back. A dry run only checks.
class KindImport
{
public:
    virtual ~KindImport() = default;

    // Prepares the writing, inside the import's transaction: not called for a dry run.
    virtual void beginWrite(Database& db) = 0;
    // Checks the current row, every problem reported through `row`; when `write` is true and the
    // row has no problem, stores it.
    virtual void importRow(ImportRowReader& row, bool write) = 0;
    // Checks across rows once all are read (duplicates), reporting through `reader`.
    virtual void finishChecks(ImportRowReader& reader) { (void)reader; }
    // After the last row of a file without problems, still inside the transaction.
    virtual void finishWrite(Database& db) { (void)db; }

    // The rules of `kind`, with what they need to know of the ACO's file read from `db`.
    static std::unique_ptr<KindImport> create(ImportKind kind, const Database& db);
};

// Lookups by code, NPI or MBI, with std::string_view keys as read from a file.
struct TextHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};
using IdByText = std::unordered_map<std::string, std::int64_t, TextHash, std::equal_to<>>;

// The first column's text to the second's id, for every row of `sql`.
IdByText loadIds(const Database& db, std::string_view sql);
// The id of `key`, or nullopt; `key` may be empty (nullopt).
std::optional<std::int64_t> findId(const IdByText& ids, std::string_view key);

// Finds rows that repeat a key, naming the line where it first appeared.
class DuplicateKeys
{
public:
    // The line where `key` was first seen, or nullopt when it is new (and is now remembered).
    std::optional<int> seen(std::string key, int line);

private:
    std::unordered_map<std::string, int> m_lines;
};

} // namespace aco
