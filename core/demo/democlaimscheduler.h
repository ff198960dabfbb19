#pragma once

#include "demo/democlaim.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace aco::demo {

class DemoRandom;

// Decides how CMS delivers a month's claims: each claim is loaded 0 to 3 months after the
// service (mostly 1), into the month's delivery or the year's run-out. A few are delivered first
// with another amount and corrected later (Part A: cancelled and adjusted; Part B and DME:
// cancelled and submitted again under the same control number), and a few records are delivered
// again, unchanged, in a later delivery. A beneficiary's history before their first month comes
// with the first delivery that lists them. Identifiers (claim ids, control numbers, prescription
// references) are unique across panels, so that panels can be made in any order.
class DemoClaimScheduler
{
  public:
    DemoClaimScheduler(size_t panel, DemoRandom& random);

    // Gives the month's claims their control numbers and corrections, and appends to `records`
    // every record the deliveries will bring of them.
    void schedule(MonthClaims& claims, int month, std::vector<DeliveredRecord>& records);

    struct DeliveredFill
    {
        std::uint32_t fill = 0; // index in the month's fills
        std::uint16_t delivery = 0;
        Processing processing;
    };
    // The month's prescription fills, which reach CMS within weeks; drawn from `random`, so that
    // they change nothing else.
    void scheduleFills(std::vector<PartDFill>& fills, int month, DemoRandom& random,
                       std::vector<DeliveredFill>& delivered);

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
    static Slot first(int month, int thru, DemoRandom& random, bool prompt = false);
    // A claim of the history before demo month `month`: in the monthly delivery that first lists
    // the beneficiary, loaded by CMS weeks after the service.
    Slot history(int month, int thru);
    // When its correction is loaded: in the same delivery or up to three later, after `before`;
    // false when no delivery is left for it.
    bool correction(const Slot& before, int thru, Slot& later);
    // A later delivery that brings a record of `slot` again.
    static std::optional<size_t> again(const Slot& slot, int thru, DemoRandom& random);
    static int effectiveBefore(int loaded, int notBefore, DemoRandom& random);

    template <typename Claim>
    void lineClaim(Claim& claim, std::uint32_t index, DeliveredRecord::Part part, int month, double deliveredAgain,
                   std::vector<DeliveredRecord>& records);

    std::int64_t nextClaimId();
    std::int64_t nextControlNumber(std::int64_t multiplier);

    DemoRandom& m_random;
    std::int64_t m_base = 0; // the panel's part of the identifiers' counters
    std::int64_t m_claimCount = 0;
    std::int64_t m_fillCount = 0;
    std::int64_t m_controlCount = 0;
};

} // namespace aco::demo
