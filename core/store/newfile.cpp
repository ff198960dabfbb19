#include "store/newfile.h"

#include "error.h"
#include "store/database.h"
#include "store/filelock.h"
#include "store/store.h"
#include "store/temporaryfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace aco {

bool buildNewFile(const QString& path, bool replace, const std::string& what,
                  const std::function<bool(Store& store)>& fill)
{
    const QFileInfo target(path);
    if (target.isDir())
        throw Error(quoted(path) + " is a folder; give a file name for " + what + '.',
                    Error::Kind::Usage);
    if (target.exists() && !replace)
        throw Error(quoted(path) + " already exists and was left unchanged.");
    // Held until the new file is in place: no other ACO Workbench writes the old one meanwhile,
    // and one that has it open is named.
    const FileLock lock = FileLock::acquire(path);
    // A write-ahead log beside the target belongs to the old file: a program has it open, or one
    // stopped with it open. Left beside the new file it would be applied to it and damage it, so
    // it is folded into the old file first; if that cannot empty it, the file is in use.
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        try {
            Database old(path, Database::Access::ReadWrite);
            old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const Error&) {
        }
        if (QFileInfo::exists(wal))
            throw Error(quoted(path) + " is in use by another program; close it there first.");
    }

    TemporaryFiles::removeStale(path); // of writers that were killed outright
    const QString partial =
        path + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    const TemporaryFiles::Guard temporary(partial); // removed on SIGTERM too
    const auto discard = [&] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
    };
    discard();
    try {
        bool keep = false;
        {
            Store store = Store::create(partial);
            keep = fill(store);
        }
        if (!keep) {
            discard();
            return false;
        }
        if (std::rename(QFile::encodeName(partial).constData(),
                        QFile::encodeName(path).constData()) != 0)
            throw Error("Writing " + what + " failed: it could not be moved into place at " +
                        quoted(path) + " (" + std::strerror(errno) +
                        "); check that the folder is "
                        "writable.");
        return true;
    } catch (...) {
        discard();
        throw;
    }
}

} // namespace aco
