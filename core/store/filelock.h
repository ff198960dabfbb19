#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace aco {

// Marks an ACO Workbench file as open for writing by this process: a sidecar `FILE.lock` holding
// the process id, host and application name (QLockFile, which also takes an flock on it). A lock
// left by a process that has died on this host is stale and taken over; a lock held by a live
// process, here or on another host sharing the folder, makes acquire() fail with a message
// naming that process. Connections of one process share one lock, so that the window and its
// background workers may each open the file.
class FileLock
{
  public:
    // Takes the lock on `path` or throws aco::Error: "'FILE' is open in another ACO Workbench
    // (process N on HOST); close it there or open it read-only."
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
