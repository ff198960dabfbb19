#pragma once

#include "claimsmeasures/beneficiaryfacts.h"
#include "claimsmeasures/beneficiaryoutcome.h"

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace aco::demo {

// Makes panels' beneficiary facts and outcomes on worker threads while the caller writes what it
// has been handed, in panel order: the claims of a panel depend on the panel alone, and writing
// the file is SQLite's, one thread's, work. At most a few panels wait ready, so memory stays
// that of a few panels.
class DemoPanelWorkers
{
  public:
    struct Panel
    {
        std::vector<BeneficiaryFacts> facts; // in the panel's order
        std::vector<BeneficiaryOutcome> outcomes;
    };
    using Make = std::function<Panel(size_t panel)>;

    DemoPanelWorkers(size_t panels, Make make);
    // Stops the workers (a cancelled or failed run) and waits for them.
    ~DemoPanelWorkers();
    DemoPanelWorkers(const DemoPanelWorkers&) = delete;
    DemoPanelWorkers& operator=(const DemoPanelWorkers&) = delete;

    // The next panel, in order; rethrows what a worker threw.
    Panel next();

  private:
    void work();

    size_t m_panels;
    Make m_make;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_nextToMake = 0;
    size_t m_nextToHand = 0;
    std::map<size_t, Panel> m_ready;
    std::exception_ptr m_failure;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace aco::demo
