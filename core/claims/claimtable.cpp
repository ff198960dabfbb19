#include "claims/claimtable.h"

#include "store/database.h"

namespace aco {

namespace {

std::string insertSql(const std::string& table, const std::vector<std::string>& columns)
{
    std::string names;
    std::string values;
    for (size_t i = 0; i < columns.size(); ++i) {
        names += (i ? ", " : "") + columns[i];
        values += (i ? ", ?" : "?") + std::to_string(i + 1);
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + values + ") ON CONFLICT(id) DO NOTHING";
}

} // namespace

ClaimTable::ClaimTable(Database& db, const std::string& table, const std::vector<std::string>& columns,
                       bool grouped)
    : m_db(db), m_name(table), m_grouped(grouped), m_insert(db.prepare(insertSql(table, columns))),
      m_existing(db.prepare("SELECT content_hash" + std::string(grouped ? ", group_key" : "") +
                            " FROM " + table + " WHERE id = ?1")),
      m_delete(db.prepare("DELETE FROM " + table + " WHERE id = ?1"))
{
}

ClaimTable::Outcome ClaimTable::insert(std::int64_t id, std::int64_t contentHash, std::int64_t* replacedGroup)
{
    // The row's values stay bound: a record with other content is inserted again in place of
    // the one stored.
    m_insert.runKeepingBindings();
    if (m_db.changes() == 1) {
        m_insert.reset();
        return Outcome::Inserted;
    }
    m_existing.bind(1, id);
    if (!m_existing.step()) { // cannot happen: the conflict was on this key
        m_existing.reset();
        m_insert.reset();
        return Outcome::Duplicate;
    }
    const bool same = m_existing.int64(0) == contentHash;
    if (replacedGroup && m_grouped)
        *replacedGroup = m_existing.int64(1);
    m_existing.reset();
    if (same) {
        m_insert.reset();
        return Outcome::Duplicate;
    }
    m_delete.bind(1, id).run();
    m_insert.run();
    return Outcome::Replaced;
}

} // namespace aco
