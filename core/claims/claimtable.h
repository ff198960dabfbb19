#pragma once

#include "store/statement.h"

#include <cstdint>
#include <string>
#include <vector>

namespace aco {

class Database;

// Inserts the records of one claims table, keyed by CMS's identifiers, so that a record delivered
// again counts once: the same key with the same content (its content hash) is a duplicate and
// changes nothing; the same key with other content replaces the stored record (a later delivery's
// version is the newer).
class ClaimTable
{
public:
    enum class Outcome { Inserted, Duplicate, Replaced };

    // `columns` in bind order; the first must be "id", and the table must have content_hash (and
    // group_key when `grouped`).
    ClaimTable(Database& db, const std::string& table, const std::vector<std::string>& columns,
               bool grouped);

    // The insert statement, to bind columns 1..n before insert().
    Statement& row() { return m_insert; }
    // Inserts the bound row with key `id` and content hash `contentHash`. For a replaced record of
    // a grouped table, `replacedGroup` receives the stored record's group key.
    Outcome insert(std::int64_t id, std::int64_t contentHash, std::int64_t* replacedGroup = nullptr);

    const std::string& name() const { return m_name; }

private:
    Database& m_db;
    std::string m_name;
    bool m_grouped;
    Statement m_insert;
    Statement m_existing;
    Statement m_delete;
};

} // namespace aco
