#pragma once

#include "store/statement.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;

namespace aco {

// An open connection to one SQLite file, through the sqlite3 C API. Knows its file name so
// that every error it raises says which file it is about.
class Database
{
public:
    // Immutable: read-only for a file whose folder cannot hold the write-ahead log's -wal and
    // -shm files, without which SQLite cannot read it otherwise; right only while no one writes.
    enum class Access { ReadOnly, ReadWrite, Create, Immutable };

    Database(const QString& path, Access access);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access != Access::ReadWrite && m_access != Access::Create; }
    sqlite3* handle() const { return m_db; }

    // Runs one or more statements without parameters (schema, pragmas).
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(*this, sql); }
    // The first column of the first row of a query, or `fallback` when it returns no row.
    std::int64_t queryInt64(std::string_view sql, std::int64_t fallback = 0) const;
    QString queryText(std::string_view sql) const;
    std::int64_t lastInsertId() const;
    int changes() const;

    // Turns an sqlite result code into an aco::Error that names the file and what to do.
    [[noreturn]] void fail(int code, std::string_view what) const;

    // Stops the work on this connection from another thread: the statement running now, and
    // every one stepped from now until resume(), throws aco::Error ("... was interrupted").
    void interrupt();
    void resume() { m_interrupted = false; }
    bool isInterrupted() const { return m_interrupted; }

private:
    QString m_path;
    Access m_access;
    sqlite3* m_db = nullptr;
    std::atomic<bool> m_interrupted = false;
};

// Begins a write transaction on construction; rolls back on destruction unless committed,
// so that an exception leaves the database as it was. Inside another transaction it is a
// savepoint of it: committing keeps its changes for the outer one, and only the outer commit
// writes them.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_nested;
    bool m_open = true;
};

} // namespace aco
