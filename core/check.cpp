#include "check.h"

#include "identifiers.h"
#include "store/database.h"

#include <QCryptographicHash>

#include <sqlite3.h>

namespace aco {

namespace {

constexpr int maxListed = 20; // problems of one kind listed before "and N more"

std::vector<std::string> tableNames(const Database& db)
{
    auto query = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                            "AND name NOT LIKE 'sqlite_%' ORDER BY name");
    std::vector<std::string> names;
    while (query.step())
        names.emplace_back(query.utf8(0));
    return names;
}

std::string quotedIdentifier(const std::string& name)
{
    return "\"" + name + "\"";
}

// Primary-key columns in key order, or "rowid" for a table without a declared key.
std::string orderByClause(const Database& db, const std::string& table)
{
    auto query = db.prepare("SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk");
    query.bind(1, table);
    std::string columns;
    while (query.step())
        columns += (columns.empty() ? "" : ", ") + quotedIdentifier(std::string(query.utf8(0)));
    return columns.empty() ? "rowid" : columns;
}

void checkIdentifiers(const Database& db, const char* sql, const char* what,
                      bool (*isValid)(std::string_view), std::vector<std::string>& problems)
{
    auto query = db.prepare(sql);
    int bad = 0;
    while (query.step()) {
        if (isValid(query.utf8(1)))
            continue;
        if (++bad <= maxListed)
            problems.push_back(std::string(what) + " " + std::string(query.utf8(1)) + " (row " +
                               std::to_string(query.int64(0)) + ") is not valid");
    }
    if (bad > maxListed)
        problems.push_back("... and " + std::to_string(bad - maxListed) + " more invalid " + what +
                           "s");
}

} // namespace

CheckReport checkDatabase(const Database& db)
{
    CheckReport report;
    report.schemaVersion = static_cast<int>(db.queryInt64("PRAGMA user_version"));

    auto integrity = db.prepare("PRAGMA integrity_check(" + std::to_string(maxListed) + ")");
    while (integrity.step()) {
        const std::string line(integrity.utf8(0));
        if (line != "ok")
            report.problems.push_back("integrity: " + line);
    }

    auto foreignKeys = db.prepare("SELECT \"table\", rowid, parent FROM pragma_foreign_key_check");
    int orphans = 0;
    while (foreignKeys.step()) {
        if (++orphans <= maxListed)
            report.problems.push_back(
                std::string(foreignKeys.utf8(0)) + " row " + std::to_string(foreignKeys.int64(1)) +
                " refers to a " + std::string(foreignKeys.utf8(2)) + " that does not exist");
    }
    if (orphans > maxListed)
        report.problems.push_back("... and " + std::to_string(orphans - maxListed) +
                                  " more rows that refer to missing rows");

    for (const std::string& table : tableNames(db))
        report.rowCounts.emplace_back(
            table, db.queryInt64("SELECT count(*) FROM " + quotedIdentifier(table)));

    checkIdentifiers(db, "SELECT id, npi FROM provider ORDER BY id", "NPI", isValidNpi,
                     report.problems);
    checkIdentifiers(db, "SELECT id, mbi FROM beneficiary ORDER BY id", "MBI", isValidMbi,
                     report.problems);

    report.contentHash = contentHash(db);
    return report;
}

QString contentHash(const Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const std::string& table : tableNames(db)) {
        hash.addData(QByteArrayView(table.data(), static_cast<qsizetype>(table.size() + 1)));
        auto rows = db.prepare("SELECT * FROM " + quotedIdentifier(table) + " ORDER BY " +
                               orderByClause(db, table));
        const int columns = rows.columnCount();
        while (rows.step()) {
            for (int c = 0; c < columns; ++c) {
                const char type = static_cast<char>('0' + rows.columnType(c));
                hash.addData(QByteArrayView(&type, 1));
                switch (rows.columnType(c)) {
                case SQLITE_INTEGER: {
                    const std::int64_t v = rows.int64(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
                    break;
                }
                case SQLITE_FLOAT: {
                    const double v = rows.real(c);
                    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&v), sizeof v));
                    break;
                }
                case SQLITE_NULL:
                    break;
                default: {
                    const std::string_view bytes = rows.utf8(c);
                    const auto size = static_cast<std::int64_t>(bytes.size());
                    hash.addData(QByteArrayView(reinterpret_cast<const char*>(&size), sizeof size));
                    hash.addData(QByteArrayView(bytes.data(), size));
                }
                }
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace aco
