#include "backgroundqueue.h"

#include "error.h"
#include "store/store.h"

#include <memory>

namespace aco::ui {

BackgroundQueue::BackgroundQueue(QObject* parent) : QObject(parent)
{
    m_thread = std::thread([this] { runJobs(); });
}

BackgroundQueue::~BackgroundQueue()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_one();
    m_thread.join();
}

void BackgroundQueue::post(const QString& key, const QString& path, Job job, Done done)
{
    {
        const std::lock_guard lock(m_mutex);
        const int generation = ++m_generations[key];
        m_queue.push_back({key, generation, path, std::move(job), std::move(done)});
        interruptRunning(key); // superseded: its result would not be reported
    }
    m_wake.notify_one();
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void BackgroundQueue::cancel(const QString& key)
{
    const std::lock_guard lock(m_mutex);
    ++m_generations[key];
    interruptRunning(key);
}

void BackgroundQueue::interruptRunning(const QString& key)
{
    if (m_runningDb && m_runningKey == key)
        m_runningDb->interrupt();
}

bool BackgroundQueue::isCurrent(const QString& key, int generation)
{
    const std::lock_guard lock(m_mutex);
    return m_generations[key] == generation;
}

void BackgroundQueue::runJobs()
{
    std::unique_ptr<Store> store; // kept open between jobs on the same file
    for (;;) {
        Entry entry;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            entry = std::move(m_queue.front());
            m_queue.pop_front();
        }
        QString failure;
        if (isCurrent(entry.key, entry.generation)) {
            try {
                if (entry.path.isEmpty()) // the file may be replaced: read it afresh afterwards
                    store.reset();
                else if (!store || store->path() != entry.path) {
                    store.reset();
                    store = std::make_unique<Store>(Store::openReadOnly(entry.path));
                }
                Database* db = entry.path.isEmpty() ? nullptr : &store->db();
                {
                    const std::lock_guard lock(m_mutex);
                    if (db)
                        db->resume(); // from an interrupted job before
                    m_runningKey = entry.key;
                    m_runningDb = db;
                }
                if (isCurrent(entry.key, entry.generation)) // not cancelled meanwhile
                    entry.job(db);
            } catch (const Error& error) {
                failure = QString::fromStdString(error.what());
            }
            const std::lock_guard lock(m_mutex);
            m_runningDb = nullptr;
            m_runningKey.clear();
        }
        // The job's closures are destroyed on the GUI thread with the report.
        QMetaObject::invokeMethod(
            this, [this, entry = std::move(entry), failure] { finish(entry, failure); },
            Qt::QueuedConnection);
    }
}

void BackgroundQueue::finish(const Entry& entry, const QString& failure)
{
    if (isCurrent(entry.key, entry.generation))
        entry.done(failure);
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace aco::ui
