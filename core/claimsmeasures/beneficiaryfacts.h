#pragma once

#include "claimsmeasures/claimscodes.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace aco {

// What the measures need to know of one beneficiary's claims, extracted once from the records
// (final-action claims for services and stays; every record for spending), whether the records
// come from the file's claims tables or from the demo's generator. Dates are yyyymmdd, months
// yyyymm, money signed cents.
struct BeneficiaryFacts
{
    // Demographics from CCLF8.
    int birthDate = 0;
    char sex = 0; // 'F', 'M', or 0 unknown
    int deathDate = 0;
    ClaimsCodes::Enrollment enrollment = ClaimsCodes::Enrollment::AgedNonDual;

    // Months the beneficiary was in the ACO's CCLF8, ascending.
    std::vector<int> memberMonths;
    // Benchmark-comparable spending (Part A less IME, DSH and uncompensated care, plus Part B
    // physician and DME) by month of the through date, one entry a month, ascending by month.
    std::vector<std::pair<int, std::int64_t>> spending;

    struct PrimaryCare
    {
        int date = 0;
        std::int64_t providerId = 0; // the rendering roster PCP
        int npiRank = 0;             // its place in NPI order, for ties
        std::int64_t allowedCents = 0;
        bool operator==(const PrimaryCare&) const = default;
    };
    std::vector<PrimaryCare> primaryCare;

    struct Stay // one acute inpatient claim; claims merge into stays later
    {
        std::int64_t claimId = 0;
        int from = 0;
        int thru = 0;
        std::string ccn;
        char frequency = '1'; // the bill type's third character
        ClaimsCodes::Discharge discharge = ClaimsCodes::Discharge::Community;
        bool elective = false;          // admission type 3
        bool alwaysPlanned = false;     // a planned diagnosis or procedure
        bool potentiallyPlanned = false; // a procedure that is planned when elective
        std::int64_t paidCents = 0;
        bool operator==(const Stay&) const = default;
    };
    std::vector<Stay> inpatient;

    struct EdService
    {
        int date = 0;
        std::int64_t claimId = 0; // a Part A claim's (its payment counted once), 0 for a Part B line
        std::int64_t paidCents = 0;
        bool operator==(const EdService&) const = default;
    };
    std::vector<EdService> edServices; // a visit a day, later
    std::vector<int> followUps;   // dates of visits that follow up a discharge
    std::vector<int> wellness;    // annual wellness visits and the IPPE
    std::vector<int> flu;         // influenza vaccines and their administration
    std::vector<int> mammograms;
    struct Colorectal
    {
        int date = 0;
        int lookbackMonths = 0;
        bool operator==(const Colorectal&) const = default;
    };
    std::vector<Colorectal> colorectal;
    struct Excluded
    {
        int date = 0;
        ClaimsCodes::Exclusion why = ClaimsCodes::Exclusion::None;
        bool operator==(const Excluded&) const = default;
    };
    std::vector<Excluded> exclusions;
    std::vector<std::pair<int, int>> hospice; // from, thru of hospice claims

    // Sorts what was added in any order (a date is there once for each claim that gives it) and
    // drops months of no spending.
    void finish();
    // Adds the facts one claim gives (read into a BeneficiaryFacts of their own); takes them
    // away, false when one of them is not here.
    void add(const BeneficiaryFacts& claim);
    bool remove(const BeneficiaryFacts& claim);
    bool operator==(const BeneficiaryFacts&) const = default;
};

} // namespace aco
