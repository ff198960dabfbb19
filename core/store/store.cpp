#include "store/store.h"

#include "error.h"
#include "store/migrations.h"

#include <QFile>
#include <QFileInfo>

namespace aco {

namespace {

std::string quoted(const QString& path)
{
    return "'" + path.toStdString() + "'";
}

void configure(Database& db)
{
    // Reads of a few hundred megabytes go through the page cache without a copy per page.
    db.exec("PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -65536");
    if (!db.isReadOnly())
        db.exec("PRAGMA journal_mode = WAL");
}

} // namespace

Store Store::open(const QString& path)
{
    return openExisting(path, true);
}

Store Store::openReadOnly(const QString& path)
{
    return openExisting(path, false);
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
    const bool writable = allowWrite && info.isWritable();
    auto db = std::make_unique<Database>(
        path, writable ? Database::Access::ReadWrite : Database::Access::ReadOnly);
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
        migrate(*db, schemaMigrations());
    }
    configure(*db);
    return Store(std::move(db));
}

Store Store::create(const QString& path)
{
    QFile file(path);
    if (file.exists())
        throw Error(quoted(path) + " already exists; choose another name or remove it first.");
    // Patient data: the file is created readable and writable by its owner only.
    if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly))
        throw Error(quoted(path) + " cannot be created (" + file.errorString().toStdString() +
                    ").");
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();

    try {
        auto db = std::make_unique<Database>(path, Database::Access::ReadWrite);
        db->exec("PRAGMA application_id = " + std::to_string(applicationId));
        migrate(*db, schemaMigrations());
        configure(*db);
        return Store(std::move(db));
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
