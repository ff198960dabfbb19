#include "demo/demopanelworkers.h"

#include <algorithm>

namespace aco::demo {

namespace {

// Panels made ahead of the one the caller waits for, at most: they hold three years of facts.
constexpr size_t ahead = 8;

} // namespace

DemoPanelWorkers::DemoPanelWorkers(size_t panels, Make make) : m_panels(panels), m_make(std::move(make))
{
    // A worker a core: the caller's thread only adds up what it is handed, and waits meanwhile.
    const size_t hardware = std::max<unsigned>(1, std::thread::hardware_concurrency());
    const size_t workers = std::min<size_t>({hardware, 4, std::max<size_t>(1, panels)});
    for (size_t i = 0; i < workers; ++i)
        m_threads.emplace_back(&DemoPanelWorkers::work, this);
}

DemoPanelWorkers::~DemoPanelWorkers()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    for (std::thread& thread : m_threads)
        thread.join();
}

void DemoPanelWorkers::work()
{
    for (;;) {
        size_t panel = 0;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] {
                return m_stopping || m_failure || m_nextToMake >= m_panels || m_nextToMake < m_nextToHand + ahead;
            });
            if (m_stopping || m_failure || m_nextToMake >= m_panels)
                return;
            panel = m_nextToMake++;
        }
        try {
            Panel made = m_make(panel);
            const std::lock_guard lock(m_mutex);
            m_ready.emplace(panel, std::move(made));
        } catch (...) {
            const std::lock_guard lock(m_mutex);
            if (!m_failure)
                m_failure = std::current_exception();
        }
        m_changed.notify_all();
    }
}

DemoPanelWorkers::Panel DemoPanelWorkers::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_failure || m_ready.contains(m_nextToHand); });
    if (m_failure)
        std::rethrow_exception(m_failure);
    Panel panel = std::move(m_ready.at(m_nextToHand));
    m_ready.erase(m_nextToHand);
    ++m_nextToHand;
    lock.unlock();
    m_changed.notify_all();
    return panel;
}

} // namespace aco::demo
