#pragma once

#include "store/database.h"

#include <QString>

#include <memory>

namespace aco {

// An ACO Workbench file: an SQLite database that carries our application id and a schema
// version. Opening checks both before anything is written, and refuses files it cannot
// understand (not SQLite, damaged, another application's, or from a newer version) untouched.
class Store
{
public:
    static constexpr int applicationId = 0x41434F57; // "ACOW"

    // Opens an existing file and brings its schema up to date. A file the user may not write is
    // opened read-only (isReadOnly() tells) and must already be at the current schema.
    static Store open(const QString& path);
    // Opens an existing file for reading only; never writes, never migrates.
    static Store openReadOnly(const QString& path);
    // Creates a new, empty file at the current schema, readable by its owner only. Fails if
    // the file exists.
    static Store create(const QString& path);

    Database& db() { return *m_db; }
    const Database& db() const { return *m_db; }
    const QString& path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    int schemaVersion() const;

private:
    explicit Store(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    static Store openExisting(const QString& path, bool allowWrite);

    std::unique_ptr<Database> m_db;
};

} // namespace aco
