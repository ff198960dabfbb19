#pragma once

#include <QObject>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

namespace aco {
class Database;
}

namespace aco::ui {

// Runs the window's reading work on one thread of its own, one job at a time, each against a
// read-only connection of the queue's own to the file it names (SQLite connections are not
// shared between threads), and reports each job's end on the GUI thread, so that loading never
// freezes the window. A job posted under a key supersedes the earlier ones of that key: those not
// yet started are skipped, the one running is interrupted (its connection stops at its next
// statement, see Database::interrupt), and only the latest one reports.
class BackgroundQueue : public QObject
{
    Q_OBJECT

  public:
    // Runs on the queue's thread; `db` is null when the job names no file. Throws aco::Error.
    using Job = std::function<void(const Database* db)>;
    // Runs on the GUI thread: `failure` is the aco::Error's message, empty on success.
    using Done = std::function<void(const QString& failure)>;

    explicit BackgroundQueue(QObject* parent = nullptr);
    // Drops the jobs not started and waits for the running one.
    ~BackgroundQueue() override;

    void post(const QString& key, const QString& path, Job job, Done done);
    // The jobs of `key` that have not reported never will; the one running stops.
    void cancel(const QString& key);
    bool isBusy() const { return m_pending > 0; }

  Q_SIGNALS:
    void busyChanged(bool busy);

  private:
    struct Entry
    {
        QString key;
        int generation = 0;
        QString path;
        Job job;
        Done done;
    };
    void runJobs();
    bool isCurrent(const QString& key, int generation);
    void finish(const Entry& entry, const QString& failure);
    // Interrupts the job running under `key`, if one does; m_mutex held.
    void interruptRunning(const QString& key);

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_queue;
    std::map<QString, int> m_generations; // guarded by m_mutex
    QString m_runningKey;                 // guarded by m_mutex, with:
    Database* m_runningDb = nullptr;      // the running job's connection, while it runs
    bool m_stopping = false;
    int m_pending = 0; // GUI thread only
    std::thread m_thread;
};

} // namespace aco::ui
