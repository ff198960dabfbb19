#pragma once

#include "claimsmeasures/beneficiaryfacts.h"

#include <cstdint>
#include <vector>

namespace aco {

// What one beneficiary adds to the claims-based measures, month by month, by the rules of
// docs/measures.md; and the events and open care gaps its claims show.
struct BeneficiaryOutcome
{
    // A status measure's state in a month.
    enum Status : std::uint8_t { NotEligible = 0, Eligible = 1, Met = 2 };

    struct Month
    {
        bool member = false;        // in the ACO's CCLF8 for the month, and alive
        std::int64_t provider = 0;  // the attributed PCP, 0 when unattributed
        std::int64_t spendingCents = 0;
        std::uint16_t admissions = 0;
        std::uint16_t edVisits = 0;
        std::uint16_t indexDischarges = 0;
        std::uint16_t readmissions = 0;
        std::uint16_t followUpEligible = 0;
        std::uint16_t followedUp = 0;
        Status wellness = NotEligible;
        Status flu = NotEligible;
        Status breast = NotEligible;
        Status colorectal = NotEligible;
        Status noVisit = NotEligible; // Met: no visit in 12 months (lower is better)
    };

    struct Event
    {
        enum Kind : std::uint8_t { Admission, Readmission, EdVisit };
        int date = 0;
        Kind kind = Admission;
        std::int64_t costCents = 0;
    };

    struct Gap
    {
        const char* measure = ""; // AWV, FLU, BCS, CRC
        int dueDate = 0;
    };

    int firstMonth = 0; // yyyymm of months[0]
    std::vector<Month> months;
    std::vector<Event> events;
    std::vector<Gap> gaps; // open at the end of the last month, for an attributed member

    const Month* month(int yyyymm) const;
};

// The outcome of `facts` (finished) for the months firstMonth..lastMonth.
BeneficiaryOutcome computeOutcome(const BeneficiaryFacts& facts, int firstMonth, int lastMonth);

namespace measurerules {

// Ages at the end of the month that the screening measures count (docs/measures.md).
inline constexpr int breastFirstAge = 52;
inline constexpr int breastLastAge = 74;
inline constexpr int colorectalFirstAge = 46;
inline constexpr int colorectalLastAge = 75;
inline constexpr int breastLookbackMonths = 27;
inline constexpr int wellnessLookbackMonths = 12;
inline constexpr int attributionMonths = 12;
inline constexpr int readmissionDays = 30;
inline constexpr int followUpDays = 7;

} // namespace measurerules

} // namespace aco
