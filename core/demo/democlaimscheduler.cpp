#include "demo/democlaimscheduler.h"

#include "claimsmeasures/claimdates.h"
#include "demo/demodeliveries.h"
#include "demo/demorandom.h"

#include <array>
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

// Each panel counts its identifiers in a range of its own: claims from panel * 2^28, its
// prescription fills from there plus 2^27; prescription references from panel * 2^26.
constexpr std::int64_t panelRange = std::int64_t{1} << 28;
constexpr std::int64_t fillOffset = std::int64_t{1} << 27;
constexpr std::int64_t referenceRange = std::int64_t{1} << 26;

// Identifiers look random but are a counter scrambled by a multiplication modulo their range,
// which is one to one (the multipliers are prime to the ranges, the counters below them): unique
// without remembering the ones given. The product needs 128 bits.
std::int64_t scrambled(std::int64_t counter, std::int64_t multiplier, std::int64_t low, std::int64_t range)
{
    __extension__ using Wide = unsigned __int128;
    const Wide product = static_cast<Wide>(counter) * static_cast<Wide>(multiplier);
    return low + static_cast<std::int64_t>(product % static_cast<Wide>(range));
}

std::int64_t claimId(std::int64_t counter)
{
    // CUR_CLM_UNIQ_ID: 13 digits.
    return scrambled(counter, 7'919'191'919, 1'000'000'000'000, 9'000'000'000'000);
}

void deliver(std::vector<DeliveredRecord>& records, DeliveredRecord::Part part, std::uint32_t claim, int line,
             bool firstPaid, const Processing& processing, size_t delivery)
{
    DeliveredRecord r;
    r.part = part;
    r.claim = claim;
    r.line = static_cast<std::int16_t>(line);
    r.firstPaid = firstPaid;
    r.processing = processing;
    r.delivery = static_cast<std::uint16_t>(delivery);
    records.push_back(r);
}

} // namespace

DemoClaimScheduler::DemoClaimScheduler(size_t panel, DemoRandom& random)
    : m_random(random), m_base(static_cast<std::int64_t>(panel) * panelRange)
{
}

std::int64_t DemoClaimScheduler::nextClaimId()
{
    if (++m_claimCount >= fillOffset)
        throw std::logic_error("a demo panel has more claims than its identifiers");
    return claimId(m_base + m_claimCount);
}

std::int64_t DemoClaimScheduler::nextControlNumber(std::int64_t multiplier)
{
    return scrambled(m_base + ++m_controlCount, multiplier, 10'000'000'000'000, 90'000'000'000'000);
}

int DemoClaimScheduler::effectiveBefore(int loaded, int notBefore, DemoRandom& random)
{
    return std::max(notBefore, claimdates::addDays(loaded, -random.between(1, 6)));
}

DemoClaimScheduler::Slot DemoClaimScheduler::first(int month, int thru, DemoRandom& random, bool prompt)
{
    // Months between the service and the delivery that brings it. A load in the month of the
    // service needs a through date early enough; later ones move to the month after.
    static constexpr std::array<double, 4> lags = {0.12, 0.62, 0.18, 0.08};
    static constexpr std::array<double, 4> promptLags = {0.4, 0.6, 0.0, 0.0};
    const int lag = static_cast<int>(random.weighted(prompt ? promptLags : lags));
    int calendarMonth = std::max(DemoDeliveries::firstCalendarMonth, month + lag);
    calendarMonth = std::min(calendarMonth, DemoDeliveries::lastCalendarMonth);
    for (; calendarMonth <= DemoDeliveries::lastCalendarMonth; ++calendarMonth) {
        const int loaded = DemoDeliveries::loadDate(calendarMonth, thru, random);
        if (loaded != 0)
            return {DemoDeliveries::deliveryFor(calendarMonth, thru / 10000), calendarMonth, loaded,
                    effectiveBefore(loaded, thru, random)};
    }
    throw std::logic_error("a demo claim could not be loaded by the last delivery");
}

DemoClaimScheduler::Slot DemoClaimScheduler::history(int month, int thru)
{
    const int calendarMonth = month + 1;
    const int loaded = claimdates::addDays(thru, m_random.between(14, 45));
    return {DemoDeliveries::monthlyDelivery(calendarMonth), calendarMonth, loaded,
            effectiveBefore(loaded, thru, m_random)};
}

bool DemoClaimScheduler::correction(const Slot& before, int thru, Slot& later)
{
    static constexpr std::array<double, 4> delays = {0.3, 0.4, 0.2, 0.1};
    int calendarMonth = std::min(DemoDeliveries::lastCalendarMonth,
                                 before.calendarMonth + static_cast<int>(m_random.weighted(delays)));
    for (; calendarMonth <= DemoDeliveries::lastCalendarMonth; ++calendarMonth) {
        const int loaded = DemoDeliveries::loadDate(calendarMonth, before.loaded, m_random);
        if (loaded != 0) {
            later = {DemoDeliveries::deliveryFor(calendarMonth, thru / 10000), calendarMonth, loaded,
                     effectiveBefore(loaded, before.loaded, m_random)};
            return true;
        }
    }
    return false;
}

std::optional<size_t> DemoClaimScheduler::again(const Slot& slot, int thru, DemoRandom& random)
{
    if (slot.calendarMonth >= DemoDeliveries::lastCalendarMonth)
        return std::nullopt;
    const int calendarMonth = std::min(DemoDeliveries::lastCalendarMonth, slot.calendarMonth + random.between(1, 3));
    return DemoDeliveries::deliveryFor(calendarMonth, thru / 10000);
}

void DemoClaimScheduler::schedule(MonthClaims& claims, int month, std::vector<DeliveredRecord>& records)
{
    const auto record = [&](std::uint32_t index, bool firstPaid, const Processing& processing, size_t delivery) {
        deliver(records, DeliveredRecord::Part::A, index, -1, firstPaid, processing, delivery);
    };
    for (std::uint32_t i = 0; i < claims.partA.size(); ++i) {
        PartAClaim& claim = claims.partA[i];
        claim.controlNumber = nextControlNumber(5'915'587'277);
        const Slot slot = claim.history ? history(month, claim.thru) : first(month, claim.thru, m_random);
        Slot later;
        const bool corrected = !claim.history && m_random.chance(partACorrected) && correction(slot, claim.thru, later);
        const bool deliveredAgain = !claim.history && m_random.chance(partADeliveredAgain);
        const Processing original{nextClaimId(), 0, slot.effective, slot.loaded};
        // Corrected: the original with another amount, then its cancellation and the adjustment
        // with the final amount, under the same natural key (CCLF IP 5.2.1).
        if (corrected)
            claim.firstPaidFactor = m_random.chance(0.5) ? 0.85 : 1.12;
        record(i, corrected, original, slot.delivery);
        if (corrected) {
            record(i, true, {nextClaimId(), 1, later.effective, later.loaded}, later.delivery);
            record(i, false, {nextClaimId(), 2, later.effective, later.loaded}, later.delivery);
        }
        if (deliveredAgain)
            if (const auto delivery = again(slot, claim.thru, m_random))
                record(i, corrected, original, *delivery);
    }
    for (std::uint32_t i = 0; i < claims.partB.size(); ++i)
        lineClaim(claims.partB[i], i, DeliveredRecord::Part::B, month, partBLineDeliveredAgain, records);
    for (std::uint32_t i = 0; i < claims.dme.size(); ++i)
        lineClaim(claims.dme[i], i, DeliveredRecord::Part::Dme, month, dmeLineDeliveredAgain, records);
}

template <typename Claim>
void DemoClaimScheduler::lineClaim(Claim& claim, std::uint32_t index, DeliveredRecord::Part part, int month,
                                   double deliveredAgain, std::vector<DeliveredRecord>& records)
{
    claim.controlNumber = nextControlNumber(6'837'465'329);
    const int thru = lastDate(claim.lines);
    const Slot slot = claim.history ? history(month, thru) : first(month, thru, m_random);
    Slot later;
    const bool corrected = !claim.history && m_random.chance(lineCorrected) && correction(slot, thru, later);
    const Processing original{nextClaimId(), 0, slot.effective, slot.loaded};
    if (corrected)
        claim.firstPaidFactor = m_random.chance(0.5) ? 0.8 : 1.15;
    const auto allLines = [&](bool firstPaid, const Processing& processing, size_t delivery) {
        for (size_t line = 0; line < claim.lines.size(); ++line)
            deliver(records, part, index, static_cast<int>(line), firstPaid, processing, delivery);
    };
    // No adjustments here: the claim is cancelled and billed again (CCLF IP 5.2.2, 5.2.3).
    allLines(corrected, original, slot.delivery);
    if (corrected) {
        allLines(true, {nextClaimId(), 1, later.effective, later.loaded}, later.delivery);
        allLines(false, {nextClaimId(), 0, later.effective, later.loaded}, later.delivery);
    }
    if (claim.history)
        return;
    for (size_t line = 0; line < claim.lines.size(); ++line)
        if (m_random.chance(deliveredAgain))
            if (const auto delivery = again(slot, thru, m_random))
                deliver(records, part, index, static_cast<int>(line), corrected, original, *delivery);
}

void DemoClaimScheduler::scheduleFills(std::vector<PartDFill>& fills, int month, DemoRandom& random,
                                       std::vector<DeliveredFill>& delivered)
{
    for (std::uint32_t i = 0; i < fills.size(); ++i) {
        PartDFill& fill = fills[i];
        ++m_fillCount;
        fill.referenceNumber = scrambled(m_base / panelRange * referenceRange + m_fillCount, 4'294'967'291,
                                         100'000'000'000, 900'000'000'000);
        // Prescription drug events reach CMS within weeks.
        const Slot slot = first(month, fill.fillDate, random, true);
        if (m_fillCount >= referenceRange)
            throw std::logic_error("a demo panel has more prescription fills than its identifiers");
        const Processing processing{claimId(m_base + fillOffset + m_fillCount), 0, slot.effective, slot.loaded};
        delivered.push_back({i, static_cast<std::uint16_t>(slot.delivery), processing});
        if (random.chance(fillDeliveredAgain))
            if (const auto delivery = again(slot, fill.fillDate, random))
                delivered.push_back({i, static_cast<std::uint16_t>(*delivery), processing});
    }
}

} // namespace aco::demo
