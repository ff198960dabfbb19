#include "store/filelock.h"

#include "error.h"
#include "store/temporaryfiles.h"

#include <QFileInfo>
#include <QLockFile>

#include <map>
#include <mutex>
#include <unistd.h>

namespace aco {

struct FileLock::Shared
{
    explicit Shared(const QString& lockFile) : lock(lockFile), temporary(lockFile) {}
    QLockFile lock;
    TemporaryFiles::Guard temporary; // gone with the process, also when a signal ends it
    pid_t owner = getpid(); // a child forked off this process does not hold its locks
};

namespace {

std::mutex registryMutex;
// The locks this process holds, by the lock file's absolute name.
std::map<QString, std::weak_ptr<FileLock::Shared>>& registry()
{
    static std::map<QString, std::weak_ptr<FileLock::Shared>> locks;
    return locks;
}

} // namespace

FileLockedError::FileLockedError(const QString& path, const QString& holder)
    : Error(quoted(path) + " is open in another ACO Workbench (" + holder.toStdString() +
            "); close it there or open it read-only."),
      m_path(path), m_holder(holder)
{
}

QString FileLock::lockPath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock");
}

FileLock FileLock::acquire(const QString& path)
{
    const QString name = lockPath(path);
    const std::lock_guard guard(registryMutex);
    auto& locks = registry();
    if (auto held = locks[name].lock(); held && held->owner == getpid())
        return FileLock(held);

    auto shared = std::make_shared<Shared>(name);
    // Held as long as the file is open, however long that is: only a dead holder makes it stale.
    shared->lock.setStaleLockTime(0);
    if (!shared->lock.tryLock(0)) {
        const std::string file = "'" + path.toStdString() + "'";
        if (shared->lock.error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString application;
            shared->lock.getLockInfo(&pid, &host, &application);
            throw FileLockedError(path, QStringLiteral("process %1 on %2")
                                            .arg(pid)
                                            .arg(host.isEmpty() ? QStringLiteral("this computer")
                                                                : host));
        }
        throw Error("The lock file '" + name.toStdString() + "' beside " + file +
                    " cannot be created; check that you may write in its folder.");
    }
    locks[name] = shared;
    return FileLock(std::move(shared));
}

FileLock::~FileLock()
{
    if (!m_shared)
        return;
    // The last holder in this process removes the registry's entry; QLockFile's destructor
    // removes the lock file.
    const std::lock_guard guard(registryMutex);
    auto& locks = registry();
    if (const auto entry = locks.find(m_shared->lock.fileName());
        m_shared.use_count() == 1 && entry != locks.end() &&
        !entry->second.owner_before(m_shared) && !m_shared.owner_before(entry->second))
        locks.erase(entry);
    m_shared.reset();
}

} // namespace aco
