#include "demo/demodeliveries.h"

#include "claims/cclfdeliverywriter.h"
#include "demo/democontext.h"
#include "demo/demorandom.h"
#include "error.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>

namespace aco::demo {

namespace {

constexpr int firstRunOutYear = 2023;
constexpr int lastRunOutYear = 2025;

int yyyymmdd(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

QDate toDate(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

Period calendarPeriod(int calendarMonth)
{
    return firstPeriod.addMonths(calendarMonth);
}

bool isRunOutMonth(Period period)
{
    return period.month() >= 2 && period.month() <= 4 && period.year() - 1 >= firstRunOutYear &&
           period.year() - 1 <= lastRunOutYear;
}

// CCLF names give the time a file was made as hhmmsst.
QString fileTime(int hour, int minute, int second)
{
    return QString::asprintf("%02d%02d%02d0", hour, minute, second);
}

std::vector<DemoDeliveries::Delivery> makeSchedule()
{
    std::vector<DemoDeliveries::Delivery> deliveries;
    for (int c = DemoDeliveries::firstCalendarMonth; c <= DemoDeliveries::lastCalendarMonth; ++c) {
        const Period period = calendarPeriod(c);
        DemoDeliveries::Delivery monthly;
        monthly.id.acoId = QString::fromLatin1(acoId);
        monthly.id.kind = CclfFileName::Kind::Monthly;
        monthly.id.performanceYear = period.year();
        monthly.id.fileDate = period.toInt() * 100 + 15;
        // CMS's files are made in the small hours; the minutes differ from month to month.
        monthly.id.fileTime = fileTime(1 + c % 3, c * 7 % 60, c * 13 % 60);
        monthly.calendarMonth = c;
        monthly.dataMonth = c - 1;
        deliveries.push_back(monthly);
        if (isRunOutMonth(period)) {
            DemoDeliveries::Delivery runOut = monthly;
            runOut.id.kind = CclfFileName::Kind::RunOut;
            runOut.id.performanceYear = period.year() - 1;
            runOut.id.fileDate = period.toInt() * 100 + 20;
            runOut.id.fileTime = fileTime(4 + c % 2, c * 11 % 60, c * 17 % 60);
            runOut.runOut = true;
            // The run-out lists the beneficiaries of the performance year's last month.
            runOut.dataMonth = Period(period.year() - 1, 12).index() - firstPeriod.index();
            deliveries.push_back(runOut);
        }
    }
    return deliveries;
}

} // namespace

const std::vector<DemoDeliveries::Delivery>& DemoDeliveries::schedule()
{
    static const std::vector<Delivery> deliveries = makeSchedule();
    return deliveries;
}

size_t DemoDeliveries::deliveryFor(int calendarMonth, int serviceYear)
{
    // Index tables: the monthly and run-out delivery of each calendar month.
    static const auto index = [] {
        std::array<std::array<size_t, 2>, lastCalendarMonth + 1> table{};
        const auto& all = schedule();
        for (size_t i = 0; i < all.size(); ++i)
            table[static_cast<size_t>(all[i].calendarMonth)][all[i].runOut ? 1 : 0] = i;
        return table;
    }();
    const Period period = calendarPeriod(calendarMonth);
    const bool runOut = isRunOutMonth(period) && serviceYear == period.year() - 1;
    return index[static_cast<size_t>(calendarMonth)][runOut ? 1 : 0];
}

size_t DemoDeliveries::monthlyDelivery(int calendarMonth)
{
    return deliveryFor(calendarMonth, calendarPeriod(calendarMonth).year());
}

int DemoDeliveries::loadDate(int calendarMonth, int after, DemoRandom& random)
{
    const Period period = calendarPeriod(calendarMonth);
    const Period before = period.addMonths(-1);
    QDate first = std::max(QDate(before.year(), before.month(), 9), toDate(after).addDays(1));
    const QDate last(period.year(), period.month(), 8);
    first = first.addDays((8 - first.dayOfWeek()) % 7); // the first Monday on or after it
    if (first > last)
        return 0;
    const int mondays = static_cast<int>(first.daysTo(last) / 7) + 1;
    return yyyymmdd(first.addDays(7 * random.between(0, mondays - 1)));
}

DemoDeliveries::DemoDeliveries(const QString& folder, bool replace)
    : m_folder(folder), m_createdFolder(!QFileInfo::exists(folder)), m_writers(schedule().size()),
      m_finished(schedule().size(), false)
{
    if (!QDir().mkpath(folder))
        throw Error("cannot create the folder " + quoted(folder) +
                    " for the demo's CCLF deliveries.");
    for (size_t i = 0; i < schedule().size(); ++i)
        if (!replace && QFile::exists(finalPath(i)))
            throw Error(quoted(finalPath(i)) +
                        " already exists; pass --force to replace the demo's CCLF deliveries, or "
                        "choose another folder.");
}

DemoDeliveries::~DemoDeliveries()
{
    m_writers.clear(); // unfinished deliveries remove their files
    if (m_committed)
        return;
    for (size_t i = 0; i < m_finished.size(); ++i)
        if (m_finished[i])
            QFile::remove(temporaryPath(i));
    if (m_createdFolder)
        QDir().rmdir(m_folder); // only when empty
}

QString DemoDeliveries::temporaryPath(size_t delivery) const
{
    return m_folder + QStringLiteral("/.") + CclfDeliveryWriter::zipName(schedule()[delivery].id) +
           QStringLiteral(".part");
}

QString DemoDeliveries::finalPath(size_t delivery) const
{
    return m_folder + QLatin1Char('/') + CclfDeliveryWriter::zipName(schedule()[delivery].id);
}

CclfDeliveryWriter& DemoDeliveries::writer(size_t delivery)
{
    if (m_finished[delivery])
        throw std::logic_error("a record for a demo delivery already finished");
    auto& writer = m_writers[delivery];
    if (!writer)
        writer = std::make_unique<CclfDeliveryWriter>(
            temporaryPath(delivery), schedule()[delivery].id, CclfDeliveryWriter::Packing::Zip);
    return *writer;
}

void DemoDeliveries::finishThrough(int calendarMonth, const Completion& complete)
{
    const auto& all = schedule();
    for (size_t i = 0; i < all.size() && all[i].calendarMonth <= calendarMonth; ++i) {
        if (m_finished[i])
            continue;
        CclfDeliveryWriter& out = writer(i);
        complete(all[i], out);
        out.finish();
        m_writers[i].reset();
        m_finished[i] = true;
    }
}

std::vector<QString> DemoDeliveries::commit()
{
    std::vector<QString> paths;
    for (size_t i = 0; i < m_finished.size(); ++i) {
        if (!m_finished[i])
            continue;
        QFile::remove(finalPath(i));
        if (!QFile::rename(temporaryPath(i), finalPath(i)))
            throw Error("cannot rename " + quoted(temporaryPath(i)) + " to " +
                        quoted(finalPath(i)) + '.');
        paths.push_back(finalPath(i));
    }
    m_committed = true;
    return paths;
}

} // namespace aco::demo
