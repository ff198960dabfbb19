#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace aco {

class Database;

// What `aco-workbench check` reports about a file.
struct CheckReport
{
    int schemaVersion = 0;
    std::vector<std::pair<std::string, std::int64_t>> rowCounts; // table name, rows
    std::vector<std::string> problems;                           // empty when the file is sound
    QString contentHash;                                         // SHA-256 of every table's rows

    bool ok() const { return problems.empty(); }
};

// Runs SQLite's integrity and foreign-key checks and our own (identifier formats) on an open
// file. Reads only.
CheckReport checkDatabase(const Database& db);

// A SHA-256 over the rows of every table, in key order: equal for files with equal content,
// whatever their page layout.
QString contentHash(const Database& db);

} // namespace aco
