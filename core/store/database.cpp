#include "store/database.h"

#include "error.h"

#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace aco {

namespace {

int openFlags(Database::Access access)
{
    switch (access) {
    case Database::Access::ReadOnly:
        // Opened for writing where the file allows it, but with every change refused (query_only,
        // below): a truly read-only connection cannot remove the write-ahead log when it closes,
        // and would leave -wal and -shm files behind that make the file look in use.
    case Database::Access::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Access::Create:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case Database::Access::Immutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return SQLITE_OPEN_READONLY;
}

} // namespace

Database::Database(const QString& path, Access access) : m_path(path), m_access(access)
{
    // SQLite's memory statistics take a global lock on every allocation; nothing reads them.
    // (Configuration is only possible before SQLite starts: the first connection.)
    [[maybe_unused]] static const int unused = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    const QByteArray file =
        access == Access::Immutable
            ? QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1"
            : path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &m_db, openFlags(access) | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    if (rc != SQLITE_OK) {
        // The handle must be closed even when opening failed; read its message first.
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        try {
            fail(code, "opening the file");
        } catch (...) {
            sqlite3_close(m_db);
            m_db = nullptr;
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    if (access == Access::ReadOnly)
        exec("PRAGMA query_only = ON");
}

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_path(std::move(other.m_path)), m_access(other.m_access),
      m_db(std::exchange(other.m_db, nullptr)), m_interrupted(other.m_interrupted.load())
{
}

void Database::interrupt()
{
    // The flag stops statements between steps; sqlite3_interrupt the one inside a long step.
    m_interrupted = true;
    sqlite3_interrupt(m_db);
}

void Database::exec(std::string_view sql)
{
    if (m_interrupted)
        fail(SQLITE_INTERRUPT, sql.substr(0, 60));
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db), text.substr(0, 60));
}

std::int64_t Database::queryInt64(std::string_view sql, std::int64_t fallback) const
{
    Statement query(*this, sql);
    return query.step() ? query.int64(0) : fallback;
}

QString Database::queryText(std::string_view sql) const
{
    Statement query(*this, sql);
    return query.step() ? query.text(0) : QString();
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::fail(int code, std::string_view what) const
{
    const std::string file = quoted(m_path);
    const std::string detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        throw Error(file + " is not an SQLite database; choose a file made by ACO Workbench.",
                    Error::Kind::InvalidData);
    case SQLITE_CORRUPT:
        throw Error(file + " is damaged (" + detail + "); restore it from a backup copy.",
                    Error::Kind::InvalidData);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw Error(file + " is locked by another program; close it there and try again.");
    case SQLITE_CANTOPEN:
        throw Error(file + " cannot be opened; check that it exists and that you may read it.");
    case SQLITE_PERM:
    case SQLITE_READONLY:
        throw Error(file + " is read-only; it cannot be changed (" + detail + ").");
    case SQLITE_INTERRUPT:
        throw Error("Work on " + file + " was interrupted.");
    case SQLITE_FULL:
        throw Error("The disk holding " + file + " is full; free some space and try again.");
    case SQLITE_IOERR:
        throw Error("Reading or writing " + file + " failed (" + detail + ").");
    case SQLITE_CONSTRAINT:
        throw Error(file + ": " + detail + " while " + std::string(what) + ".",
                    Error::Kind::InvalidData);
    default:
        throw Error(file + ": " + std::string(what) + " failed (" + detail + ").");
    }
}

Transaction::Transaction(Database& db)
    : m_db(db), m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_db.handle(), m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK",
                     nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_open = false;
}

} // namespace aco
