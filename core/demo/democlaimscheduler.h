#pragma once

#include "demo/democlaim.h"

#include <cstdint>
#include <optional>
#include <string>

namespace aco::demo {

class DemoClaimRecords;
class DemoDeliveries;
class DemoMbiChanges;
class DemoRandom;

// Puts a month's claims into the deliveries that bring them, as CMS processes claims: each is
// loaded 0 to 3 months after the service (mostly 1), into the month's delivery or the year's
// run-out. A few are delivered first with another amount and corrected later (Part A: cancelled
// and adjusted; Part B and DME: cancelled and submitted again under the same control number), and
// a few records are delivered again, unchanged, in a later delivery. Every record carries the MBI
// current when its delivery is made.
class DemoClaimScheduler
{
  public:
    DemoClaimScheduler(DemoDeliveries& deliveries, DemoClaimRecords& records,
                       const DemoMbiChanges& mbis, DemoRandom& random);

    void deliver(const MonthClaims& claims, int month);

  private:
    struct Slot
    {
        size_t delivery = 0;
        int calendarMonth = 0;
        int loaded = 0;    // CLM_IDR_LD_DT
        int effective = 0; // CLM_EFCTV_DT
    };
    // When a claim with service through `thru` (YYYYMMDD) in demo month `month` is first loaded;
    // `prompt` for prescription drug events, which reach CMS within weeks.
    Slot first(int month, int thru, bool prompt = false);
    // When its correction is loaded: in the same delivery or up to three later, after `before`;
    // false when no delivery is left for it.
    bool correction(const Slot& before, int thru, Slot& later);
    // A later delivery that brings a record of `slot` again.
    std::optional<size_t> again(const Slot& slot, int thru);
    int effectiveBefore(int loaded, int notBefore);
    // The beneficiary's MBI in a delivery: the one current when it is made.
    const std::string& mbiIn(size_t beneficiary, size_t delivery) const;

    void partA(const PartAClaim& claim, int month);
    // Part B and DME claims: lines under a control number, corrected by cancelling and billing
    // again; `write` writes a version's lines (all, or one) into a delivery.
    template <typename Claim, typename Write>
    void lineClaim(Claim claim, int month, double deliveredAgain, const Write& write);
    void partD(const PartDFill& fill, int month);

    std::int64_t nextClaimId();
    std::string nextControlNumber(std::int64_t multiplier);

    DemoDeliveries& m_deliveries;
    DemoClaimRecords& m_records;
    const DemoMbiChanges& m_mbis;
    DemoRandom& m_random;
    std::int64_t m_claimCount = 0;
    std::int64_t m_controlCount = 0;
    std::int64_t m_referenceCount = 0;
};

} // namespace aco::demo
