#include "demo/democlaimscheduler.h"

#include "claims/cclfdeliverywriter.h"
#include "demo/democlaimrecords.h"
#include "demo/demodeliveries.h"
#include "demo/demombichanges.h"
#include "demo/demorandom.h"

#include <QDate>

#include <array>
#include <cmath>
#include <stdexcept>

namespace aco::demo {

namespace {

// How often CMS corrects a claim after delivering it (CCLF IP 5.2), and delivers a record again.
constexpr double partACorrected = 0.04;
constexpr double partADeliveredAgain = 0.01;
constexpr double lineCorrected = 0.03;
constexpr double partBLineDeliveredAgain = 0.03;
constexpr double dmeLineDeliveredAgain = 0.02;
constexpr double fillDeliveredAgain = 0.01;

// Identifiers look random but are a counter scrambled by a multiplication modulo their range,
// which is one to one: unique without remembering the ones given.
std::int64_t scrambled(std::int64_t counter, std::int64_t multiplier, std::int64_t low,
                       std::int64_t range)
{
    return low + counter * multiplier % range;
}

QDate toDate(int yyyymmdd)
{
    return QDate(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
}

int yyyymmdd(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

// A version of a claim as first paid, before its correction: another amount.
std::int64_t firstAmount(std::int64_t cents, double factor)
{
    return static_cast<std::int64_t>(std::llround(static_cast<double>(cents) * factor));
}

PartAClaim asFirstPaid(const PartAClaim& claim, double factor)
{
    PartAClaim first = claim;
    first.paidCents = firstAmount(claim.paidCents, factor);
    first.settle();
    return first;
}

template <typename Claim> Claim linesAsFirstPaid(const Claim& claim, double factor)
{
    Claim first = claim;
    for (PartBLine& l : first.lines)
        l.paidCents = firstAmount(l.paidCents, factor);
    return first;
}

} // namespace

DemoClaimScheduler::DemoClaimScheduler(DemoDeliveries& deliveries, DemoClaimRecords& records,
                                       const DemoMbiChanges& mbis, DemoRandom& random)
    : m_deliveries(deliveries), m_records(records), m_mbis(mbis), m_random(random)
{
}

void DemoClaimScheduler::deliver(const MonthClaims& claims, int month)
{
    for (const PartAClaim& claim : claims.partA)
        partA(claim, month);
    for (const PartBClaim& claim : claims.partB)
        lineClaim(claim, month, partBLineDeliveredAgain,
                  [&](const PartBClaim& version, const Processing& processing, size_t delivery,
                      int line) {
                      m_records.partB(m_deliveries.writer(delivery), version, processing,
                                      mbiIn(claim.beneficiary, delivery), line);
                  });
    for (const DmeClaim& claim : claims.dme)
        lineClaim(
            claim, month, dmeLineDeliveredAgain,
            [&](const DmeClaim& version, const Processing& processing, size_t delivery, int line) {
                m_records.dme(m_deliveries.writer(delivery), version, processing,
                              mbiIn(claim.beneficiary, delivery), line);
            });
    for (const PartDFill& fill : claims.partD)
        partD(fill, month);
}

std::int64_t DemoClaimScheduler::nextClaimId()
{
    // CUR_CLM_UNIQ_ID: 13 digits.
    return scrambled(++m_claimCount, 7'919'191'919, 1'000'000'000'000, 9'000'000'000'000);
}

std::string DemoClaimScheduler::nextControlNumber(std::int64_t multiplier)
{
    return std::to_string(
        scrambled(++m_controlCount, multiplier, 10'000'000'000'000, 90'000'000'000'000));
}

const std::string& DemoClaimScheduler::mbiIn(size_t beneficiary, size_t delivery) const
{
    return m_mbis.mbiAt(beneficiary, DemoDeliveries::schedule()[delivery].calendarMonth);
}

int DemoClaimScheduler::effectiveBefore(int loaded, int notBefore)
{
    return std::max(notBefore, yyyymmdd(toDate(loaded).addDays(-m_random.between(1, 6))));
}

DemoClaimScheduler::Slot DemoClaimScheduler::first(int month, int thru, bool prompt)
{
    // Months between the service and the delivery that brings it. A load in the month of the
    // service needs a through date early enough; later ones move to the month after.
    static constexpr std::array<double, 4> lags = {0.12, 0.62, 0.18, 0.08};
    static constexpr std::array<double, 4> promptLags = {0.4, 0.6, 0.0, 0.0};
    const int lag = static_cast<int>(m_random.weighted(prompt ? promptLags : lags));
    int calendarMonth = std::max(DemoDeliveries::firstCalendarMonth, month + lag);
    calendarMonth = std::min(calendarMonth, DemoDeliveries::lastCalendarMonth);
    for (; calendarMonth <= DemoDeliveries::lastCalendarMonth; ++calendarMonth) {
        const int loaded = DemoDeliveries::loadDate(calendarMonth, thru, m_random);
        if (loaded != 0)
            return {DemoDeliveries::deliveryFor(calendarMonth, thru / 10000), calendarMonth, loaded,
                    effectiveBefore(loaded, thru)};
    }
    throw std::logic_error("a demo claim could not be loaded by the last delivery");
}

bool DemoClaimScheduler::correction(const Slot& before, int thru, Slot& later)
{
    static constexpr std::array<double, 4> delays = {0.3, 0.4, 0.2, 0.1};
    int calendarMonth =
        std::min(DemoDeliveries::lastCalendarMonth,
                 before.calendarMonth + static_cast<int>(m_random.weighted(delays)));
    for (; calendarMonth <= DemoDeliveries::lastCalendarMonth; ++calendarMonth) {
        const int loaded = DemoDeliveries::loadDate(calendarMonth, before.loaded, m_random);
        if (loaded != 0) {
            later = {DemoDeliveries::deliveryFor(calendarMonth, thru / 10000), calendarMonth,
                     loaded, effectiveBefore(loaded, before.loaded)};
            return true;
        }
    }
    return false;
}

std::optional<size_t> DemoClaimScheduler::again(const Slot& slot, int thru)
{
    if (slot.calendarMonth >= DemoDeliveries::lastCalendarMonth)
        return std::nullopt;
    const int calendarMonth =
        std::min(DemoDeliveries::lastCalendarMonth, slot.calendarMonth + m_random.between(1, 3));
    return DemoDeliveries::deliveryFor(calendarMonth, thru / 10000);
}

void DemoClaimScheduler::partA(const PartAClaim& source, int month)
{
    PartAClaim claim = source;
    claim.controlNumber = nextControlNumber(5'915'587'277);
    const auto write = [&](const PartAClaim& version, const Processing& processing,
                           size_t delivery) {
        m_records.partA(m_deliveries.writer(delivery), version, processing,
                        mbiIn(claim.beneficiary, delivery));
    };
    const Slot slot = first(month, claim.thru);
    Slot later;
    const bool corrected = m_random.chance(partACorrected) && correction(slot, claim.thru, later);
    const bool deliveredAgain = m_random.chance(partADeliveredAgain);
    const Processing original{nextClaimId(), 0, slot.effective, slot.loaded};
    // Corrected: the original with another amount, then its cancellation and the adjustment
    // with the final amount, under the same natural key (CCLF IP 5.2.1).
    const PartAClaim firstPaid =
        corrected ? asFirstPaid(claim, m_random.chance(0.5) ? 0.85 : 1.12) : claim;
    write(firstPaid, original, slot.delivery);
    if (corrected) {
        write(firstPaid, {nextClaimId(), 1, later.effective, later.loaded}, later.delivery);
        write(claim, {nextClaimId(), 2, later.effective, later.loaded}, later.delivery);
    }
    if (deliveredAgain)
        if (const auto delivery = again(slot, claim.thru))
            write(firstPaid, original, *delivery);
}

template <typename Claim, typename Write>
void DemoClaimScheduler::lineClaim(Claim claim, int month, double deliveredAgain,
                                   const Write& write)
{
    claim.controlNumber = nextControlNumber(6'837'465'329);
    const int thru = lastDate(claim.lines);
    const Slot slot = first(month, thru);
    Slot later;
    const bool corrected = m_random.chance(lineCorrected) && correction(slot, thru, later);
    const Processing original{nextClaimId(), 0, slot.effective, slot.loaded};
    // No adjustments here: the claim is cancelled and billed again (CCLF IP 5.2.2, 5.2.3).
    const Claim firstPaid =
        corrected ? linesAsFirstPaid(claim, m_random.chance(0.5) ? 0.8 : 1.15) : claim;
    write(firstPaid, original, slot.delivery, -1);
    if (corrected) {
        write(firstPaid, {nextClaimId(), 1, later.effective, later.loaded}, later.delivery, -1);
        write(claim, {nextClaimId(), 0, later.effective, later.loaded}, later.delivery, -1);
    }
    for (size_t line = 0; line < claim.lines.size(); ++line)
        if (m_random.chance(deliveredAgain))
            if (const auto delivery = again(slot, thru))
                write(firstPaid, original, *delivery, static_cast<int>(line));
}

void DemoClaimScheduler::partD(const PartDFill& source, int month)
{
    PartDFill fill = source;
    fill.referenceNumber =
        scrambled(++m_referenceCount, 4'294'967'291, 100'000'000'000, 900'000'000'000);
    // Prescription drug events reach CMS within weeks.
    const Slot slot = first(month, fill.fillDate, true);
    const Processing processing{nextClaimId(), 0, slot.effective, slot.loaded};
    const auto write = [&](size_t delivery) {
        m_records.partD(m_deliveries.writer(delivery), fill, processing,
                        mbiIn(fill.beneficiary, delivery));
    };
    write(slot.delivery);
    if (m_random.chance(fillDeliveredAgain))
        if (const auto delivery = again(slot, fill.fillDate))
            write(*delivery);
}

} // namespace aco::demo
