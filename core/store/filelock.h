#pragma once

#include "error.h"

#include <QString>

#include <memory>

class QLockFile;

namespace aco {

// Thrown by FileLock::acquire when another live process holds the file: its message is the
// window's ("close it there or open it read-only"); holder() says who, for other wordings.
class FileLockedError : public Error
{
  public:
    FileLockedError(const QString& path, const QString& holder);
    const QString& path() const { return m_path; }
    const QString& holder() const { return m_holder; } // "process 4321 on workstation-7"

  private:
    QString m_path;
    QString m_holder;
};

// Marks an ACO Workbench file as open for writing by this process: a sidecar `FILE.lock` holding
// the process id, host and application name (QLockFile, which also takes an flock on it). A lock
// left by a process that has died on this host is stale and taken over; a lock held by a live
// process, here or on another host sharing the folder, makes acquire() fail with a message
// naming that process. Connections of one process share one lock, so that the window and its
// background workers may each open the file.
class FileLock
{
  public:
    // Takes the lock on `path` or throws FileLockedError: "'FILE' is open in another ACO
    // Workbench (process N on HOST); close it there or open it read-only.", or aco::Error when
    // the lock file cannot be made.
    static FileLock acquire(const QString& path);
    // The name of the sidecar lock file of `path`.
    static QString lockPath(const QString& path);

    FileLock(FileLock&&) noexcept = default;
    FileLock& operator=(FileLock&&) noexcept = default;
    ~FileLock();

    struct Shared; // the lock of one file, shared by this process's holders

  private:
    explicit FileLock(std::shared_ptr<Shared> shared) : m_shared(std::move(shared)) {}
    std::shared_ptr<Shared> m_shared;
};

} // namespace aco
