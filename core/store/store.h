#pragma once

#include "store/database.h"
#include "store/filelock.h"

#include <QString>

#include <memory>
#include <optional>

namespace aco {

// An ACO Workbench file: an SQLite database that carries our application id and a schema
// version. Opening checks both before anything is written, and refuses files it cannot
// understand (not SQLite, damaged, another application's, or from a newer version) untouched.
class Store
{
public:
    static constexpr int applicationId = 0x41434F57; // "ACOW"

    // Why a file is open read-only.
    enum class ReadOnlyReason
    {
        None,             // open for writing
        Requested,        // opened with openReadOnly()
        FileNotWritable,  // the file's permissions do not allow writing
        FolderNotWritable, // its folder is not writable, so SQLite cannot keep its write-ahead log
        OpenElsewhere      // another ACO Workbench has it open for writing (openShared())
    };

    // Opens an existing file for writing and brings its schema up to date, first copying a file
    // at an older schema to backupPath() (SQLite's online backup). A file that cannot be written
    // (see ReadOnlyReason; permissions without any write bit count even for the administrator) is
    // opened read-only instead, and must already be at the current schema. A file open for
    // writing by another process is refused (FileLock); read-only opens take no lock.
    static Store open(const QString& path);
    // Opens an existing file for reading only; never writes, never migrates.
    static Store openReadOnly(const QString& path);
    // For work that only reads: openReadOnly(), except that a file at an older schema is first
    // brought up to date as open() does, when it may be written.
    static Store openToRead(const QString& path);
    // For work that reads and then records what it did (the export log): open(), or, while
    // another ACO Workbench has the file open, read-only with ReadOnlyReason::OpenElsewhere, so
    // that what needs no record goes ahead and requireWritable() says whom to ask.
    static Store openShared(const QString& path);
    // Creates a new, empty file at the current schema, readable by its owner only. Fails if
    // the file exists.
    static Store create(const QString& path);

    Database& db() { return *m_db; }
    const Database& db() const { return *m_db; }
    const QString& path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    // One sentence for a window's notice or a command's refusal; empty when writable.
    QString readOnlyNotice() const;
    // When the file is read-only, throws aco::Error "'FILE' is read-only (why), so it cannot
    // <what>; make it writable and try again."; `what` is a verb phrase ("save the scenario").
    void requireWritable(const QString& what) const;
    int schemaVersion() const;
    // Where open() copies a file at schema `version` before upgrading it: "FILE.bak-v2", or
    // "FILE.bak-v2-2", "-3", ... when that name is taken (older backups are never replaced).
    static QString backupPath(const QString& path, int version);

private:
    Store(std::unique_ptr<Database> db, ReadOnlyReason reason, std::optional<FileLock> lock);
    static Store openExisting(const QString& path, bool allowWrite);
    static int storedSchemaVersion(const QString& path);

    // Declared before the connection, so that the connection closes before the lock is released.
    std::optional<FileLock> m_lock;
    std::unique_ptr<Database> m_db;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    QString m_holder; // OpenElsewhere: "process N on HOST"
};

} // namespace aco
