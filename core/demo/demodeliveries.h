#pragma once

#include "claims/cclffilename.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace aco {
class CclfDeliveryWriter;
}

namespace aco::demo {

class DemoRandom;

// The demo ACO's CCLF deliveries, as CMS would have sent them: one a month from November 2023 to
// October 2026 (file date the 15th, performance year the delivery's), and for 2023, 2024 and
// 2025 the run-out deliveries of February, March and April of the year after (the 20th). Each is
// one zip under CMS's name. The zips are written under temporary names and put in place together
// by commit(), so that a failed or cancelled run leaves the folder as it was (or, if it made the
// folder, none).
class DemoDeliveries
{
  public:
    struct Delivery
    {
        CclfFileName id;
        int calendarMonth = 0; // months after the demo's first month (1: November 2023)
        int dataMonth = 0;     // the demo month whose enrolment its CCLF8 lists
        bool runOut = false;
    };

    // Refuses (aco::Error) when one of the zips exists in `folder` and `replace` is false, or
    // when `folder` cannot be made.
    DemoDeliveries(const QString& folder, bool replace);
    ~DemoDeliveries();
    DemoDeliveries(const DemoDeliveries&) = delete;
    DemoDeliveries& operator=(const DemoDeliveries&) = delete;

    static constexpr int firstCalendarMonth = 1;
    static constexpr int lastCalendarMonth = 36;

    // Every delivery, in the order of their file dates.
    static const std::vector<Delivery>& schedule();
    // The delivery that takes a record loaded in `calendarMonth` for a service in `serviceYear`:
    // the year's run-out delivery in February to April of the year after, else the month's.
    static size_t deliveryFor(int calendarMonth, int serviceYear);
    // The monthly delivery of `calendarMonth`.
    static size_t monthlyDelivery(int calendarMonth);
    // A Monday in the weeks `calendarMonth`'s delivery loads (from the 9th of the month before to
    // the 8th), later than `after` (YYYYMMDD); 0 when there is none.
    static int loadDate(int calendarMonth, int after, DemoRandom& random);

    // The writer of a delivery not yet finished.
    CclfDeliveryWriter& writer(size_t delivery);
    // Finishes, in order, every delivery of the calendar months up to `calendarMonth`, after
    // `complete` has added what it still lacks.
    using Completion = std::function<void(const Delivery&, CclfDeliveryWriter&)>;
    void finishThrough(int calendarMonth, const Completion& complete);
    // Puts every finished zip in place under its own name; returns their paths.
    std::vector<QString> commit();

  private:
    QString temporaryPath(size_t delivery) const;
    QString finalPath(size_t delivery) const;

    QString m_folder;
    bool m_createdFolder;
    std::vector<std::unique_ptr<CclfDeliveryWriter>> m_writers;
    std::vector<bool> m_finished;
    bool m_committed = false;
};

} // namespace aco::demo
