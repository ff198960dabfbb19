#include "store/store.h"

#include "error.h"
#include "store/migrations.h"
#include "store/temporaryfiles.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstdio>

namespace aco {

namespace {

void configure(Database& db)
{
    // Reads of a few hundred megabytes go through the page cache without a copy per page.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536");
    if (!db.isReadOnly())
        db.exec("PRAGMA journal_mode = WAL");
}

// Whether the user may change `info`. A file or folder without any write permission bit is
// treated as read-only even for the administrator, who could otherwise write it anyway: its
// owner marked it so.
bool permitsWriting(const QFileInfo& info)
{
    constexpr auto anyWrite = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    return info.isWritable() && (info.permissions() & anyWrite);
}

// Creates `path` empty and readable by its owner only: ACO files hold patient data.
void createOwnerOnly(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        throw Error(quoted(path) + " cannot be created (" + file.errorString().toStdString() +
                    ").");
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// Copies the open database `db` to `target` with SQLite's online backup, through a temporary
// file renamed into place: the copy is complete or absent.
void backUp(const Database& db, const QString& target)
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    createOwnerOnly(partial);
    const TemporaryFiles::Guard temporary(partial); // removed on SIGTERM too
    sqlite3* copy = nullptr;
    int rc = sqlite3_open_v2(partial.toUtf8().constData(), &copy, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(copy, "main", db.handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
        } else {
            rc = sqlite3_errcode(copy);
        }
    }
    const std::string detail = copy ? sqlite3_errmsg(copy) : sqlite3_errstr(rc);
    sqlite3_close(copy);
    if (rc != SQLITE_DONE || std::rename(QFile::encodeName(partial).constData(),
                                         QFile::encodeName(target).constData()) != 0) {
        QFile::remove(partial);
        throw Error(quoted(db.path()) + " needs upgrading, but its backup copy " + quoted(target) +
                    " could not be written (" + detail +
                    "), so it was left unchanged; free some space or check the folder's "
                    "permissions.");
    }
}

} // namespace

QString Store::backupPath(const QString& path, int version)
{
    const QString base = path + QStringLiteral(".bak-v") + QString::number(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

Store::Store(std::unique_ptr<Database> db, ReadOnlyReason reason, std::optional<FileLock> lock)
    : m_lock(std::move(lock)), m_db(std::move(db)), m_readOnlyReason(reason)
{
}

QString Store::readOnlyNotice() const
{
    const QString file = QFileInfo(path()).fileName();
    switch (m_readOnlyReason) {
    case ReadOnlyReason::None:
        return {};
    case ReadOnlyReason::Requested:
        return QStringLiteral("%1 is open read-only; changes are disabled.").arg(file);
    case ReadOnlyReason::FileNotWritable:
        return QStringLiteral("%1 is read-only because its permissions do not allow changes; "
                              "changes are disabled.")
            .arg(file);
    case ReadOnlyReason::FolderNotWritable:
        return QStringLiteral("%1 is read-only because its folder is not writable; changes are "
                              "disabled. Copy it to a writable folder to change it.")
            .arg(file);
    case ReadOnlyReason::OpenElsewhere:
        return QStringLiteral("%1 is open in another ACO Workbench (%2), so it was read without "
                              "changing it.")
            .arg(file, m_holder);
    }
    return {};
}

void Store::requireWritable(const QString& what) const
{
    if (!isReadOnly())
        return;
    if (m_readOnlyReason == ReadOnlyReason::OpenElsewhere)
        throw Error(quoted(path()) + " is open in another ACO Workbench (" +
                    m_holder.toStdString() + "), so it cannot " + what.toStdString() +
                    "; close it there and try again.");
    const char* why = m_readOnlyReason == ReadOnlyReason::FolderNotWritable
                          ? "its folder is not writable"
                      : m_readOnlyReason == ReadOnlyReason::FileNotWritable
                          ? "its permissions do not allow changes"
                          : "it was opened read-only";
    throw Error(quoted(path()) + " is read-only (" + why + "), so it cannot " + what.toStdString() +
                "; make it writable and try again.");
}

Store Store::open(const QString& path)
{
    return openExisting(path, true);
}

Store Store::openReadOnly(const QString& path)
{
    return openExisting(path, false);
}

Store Store::openToRead(const QString& path)
{
    // Only a file at an older schema, which this version cannot read as it is, is written.
    if (storedSchemaVersion(path) < latestSchemaVersion()) {
        const QFileInfo info(path);
        if (permitsWriting(info) && permitsWriting(QFileInfo(info.absolutePath())))
            Store upgraded = open(path);
    }
    return openReadOnly(path);
}

Store Store::openShared(const QString& path)
{
    try {
        return open(path);
    } catch (const FileLockedError& locked) {
        Store store = openReadOnly(path);
        store.m_readOnlyReason = ReadOnlyReason::OpenElsewhere;
        store.m_holder = locked.holder();
        return store;
    }
}

int Store::storedSchemaVersion(const QString& path)
{
    // Unreadable, empty, foreign or damaged files are left for openExisting() to name.
    try {
        if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
            return latestSchemaVersion();
        const bool folderWritable = permitsWriting(QFileInfo(QFileInfo(path).absolutePath()));
        const bool immutable =
            !folderWritable && !QFileInfo::exists(path + QStringLiteral("-wal"));
        const Database db(path, immutable ? Database::Access::Immutable
                                          : Database::Access::ReadOnly);
        if (db.queryInt64("PRAGMA application_id") != applicationId)
            return latestSchemaVersion();
        return static_cast<int>(db.queryInt64("PRAGMA user_version"));
    } catch (const Error&) {
        return latestSchemaVersion();
    }
}

Store Store::openExisting(const QString& path, bool allowWrite)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(quoted(path) + " does not exist; check the name, or create a demo ACO with "
                                   "'aco-workbench demo --out FILE'.");
    if (info.isDir())
        throw Error(quoted(path) + " is a folder, not an ACO Workbench file.", Error::Kind::Usage);
    if (!info.isReadable())
        throw Error(quoted(path) + " cannot be read; check its permissions.");
    if (info.size() == 0)
        throw Error(quoted(path) + " is empty; it is not an ACO Workbench file.",
                    Error::Kind::InvalidData);

    // Everything below only reads until the file is known to be ours and not from the future.
    const bool folderWritable = permitsWriting(QFileInfo(info.absolutePath()));
    ReadOnlyReason reason = ReadOnlyReason::None;
    if (!allowWrite)
        reason = ReadOnlyReason::Requested;
    else if (!permitsWriting(info))
        reason = ReadOnlyReason::FileNotWritable;
    else if (!folderWritable)
        reason = ReadOnlyReason::FolderNotWritable;
    const bool writable = reason == ReadOnlyReason::None;
    std::optional<FileLock> lock;
    if (writable)
        lock = FileLock::acquire(path);
    // Where SQLite can neither create the -wal and -shm files nor find them, it reads the file
    // as it is, immutable; anyone who could change it would need to write in that folder too.
    const bool immutable = !folderWritable && !QFileInfo::exists(path + QStringLiteral("-wal"));
    auto db = std::make_unique<Database>(path, writable    ? Database::Access::ReadWrite
                                               : immutable ? Database::Access::Immutable
                                                           : Database::Access::ReadOnly);
    const auto appId = db->queryInt64("PRAGMA application_id");
    const auto version = static_cast<int>(db->queryInt64("PRAGMA user_version"));
    if (appId != applicationId)
        throw Error(quoted(path) + " is an SQLite database but not an ACO Workbench file.",
                    Error::Kind::InvalidData);
    if (version > latestSchemaVersion())
        throw Error(quoted(path) + " was written by a newer version of ACO Workbench (schema " +
                        std::to_string(version) + "; this version reads up to " +
                        std::to_string(latestSchemaVersion()) +
                        "); install the newer version to open it.",
                    Error::Kind::InvalidData);
    if (version < latestSchemaVersion()) {
        if (!writable)
            throw Error(quoted(path) + " uses an older schema (version " +
                            std::to_string(version) +
                            ") and must be upgraded, but it is read-only; make it writable first.");
        // A fresh file (version 0) has nothing to keep; anything else is copied first, and
        // upgraded in one transaction: an interrupted upgrade leaves the old version.
        if (version > 0)
            backUp(*db, backupPath(path, version));
        Transaction transaction(*db);
        migrate(*db, schemaMigrations());
        transaction.commit();
    }
    configure(*db);
    return Store(std::move(db), reason, std::move(lock));
}

Store Store::create(const QString& path)
{
    if (QFileInfo::exists(path))
        throw Error(quoted(path) + " already exists; choose another name or remove it first.");
    // Patient data: the file is created readable and writable by its owner only.
    createOwnerOnly(path);

    try {
        auto db = std::make_unique<Database>(path, Database::Access::ReadWrite);
        db->exec("PRAGMA application_id = " + std::to_string(applicationId));
        migrate(*db, schemaMigrations());
        configure(*db);
        return Store(std::move(db), ReadOnlyReason::None, std::nullopt);
    } catch (...) {
        QFile::remove(path); // nothing half-made is left behind
        throw;
    }
}

int Store::schemaVersion() const
{
    return static_cast<int>(m_db->queryInt64("PRAGMA user_version"));
}

} // namespace aco
