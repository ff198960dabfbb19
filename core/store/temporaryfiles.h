#pragma once

#include <QString>

namespace aco {

// The temporary files this process writes beside their final names (a new ACO file's
// "FILE.partial-PID", an export's ".FILE.partial-PID-N") are removed when the process is stopped
// by a signal before it could remove them itself (SIGTERM at logout, SIGINT, SIGHUP), and swept
// up beside a file the next time one is written or opened when it was killed outright.
class TemporaryFiles
{
  public:
    // Marks `path` (and the -wal and -shm files SQLite may keep beside it) as this process's
    // temporary file for as long as the guard lives.
    class Guard
    {
      public:
        explicit Guard(const QString& path);
        ~Guard();
        Guard(const Guard&) = delete;
        Guard& operator=(const Guard&) = delete;

      private:
        int m_slot = -1; // -1: too many at once to track (the file is still removed on failure)
    };

    // Removes the tracked files on SIGTERM, SIGINT and SIGHUP, then ends the process as the
    // signal would have. Call once, early in main().
    static void removeOnSignals();
    // Removes the temporary files beside `path` ("NAME.partial-PID...", ".NAME.partial-PID-N")
    // of processes that are no longer running; returns how many.
    static int removeStale(const QString& path);
};

} // namespace aco
