#pragma once

#include "claimsmeasures/beneficiaryfacts.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aco {

// A Part A claim header as the measures read it.
struct PartARecord
{
    std::int64_t id = 0;
    int action = 1; // 1 final action
    int claimType = 0;
    std::string_view billType; // three characters: facility, classification, frequency
    std::string_view ccn;
    int from = 0;
    int thru = 0;
    std::int64_t paidCents = 0;     // signed
    std::int64_t excludedCents = 0; // IME, DSH and uncompensated care, signed
    std::string_view principalDx;
    std::string_view dischargeStatus;
    std::string_view admissionType;
};

// A Part B physician line as the measures read it.
struct PartBRecord
{
    int action = 1;
    int date = 0; // the line's through date
    std::string_view hcpcs;
    std::string_view placeOfService;
    std::string_view renderingNpi;
    std::int64_t paidCents = 0;
    std::int64_t allowedCents = 0;
    std::string_view lineDx;
    std::string_view diagnoses; // space-separated
};

// Turns claim records into BeneficiaryFacts, by the code lists and the roster's primary care
// providers: the one place where a record is classified, for claims read from a file and for the
// demo's alike. Records may come in any order; BeneficiaryFacts::finish() orders them.
class FactExtractor
{
public:
    // `primaryCare`: the roster's primary care providers, NPI and provider id.
    FactExtractor(const ClaimsCodes& codes, const std::vector<std::pair<std::string, std::int64_t>>& primaryCare);

    // What a record adds to spending (every record, final or not, signed): the month of its through
    // date and the benchmark-comparable cents (Part A less IME, DSH and uncompensated care).
    struct Spent
    {
        int month = 0;
        std::int64_t cents = 0;
    };
    static Spent spending(const PartARecord& claim) { return {claim.thru / 100, claim.paidCents - claim.excludedCents}; }
    static Spent spending(const PartBRecord& line) { return {line.date / 100, line.paidCents}; }
    static Spent dmeSpending(int date, std::int64_t paidCents) { return {date / 100, paidCents}; }
    // Adds to `facts`' spending (callers that keep their own ledger add it there instead).
    static void spend(BeneficiaryFacts& facts, Spent spent);

    // A final-action Part A header: what it is (an acute stay, hospice) and its principal
    // diagnosis. Its lines, diagnoses and procedures follow.
    void partA(BeneficiaryFacts& facts, const PartARecord& claim) const;
    // A revenue line of a final-action Part A claim.
    void partALine(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view revenueCenter,
                   std::string_view hcpcs, int date) const;
    // A diagnosis (principal or other) or a procedure (ICD-10-PCS) of a final-action Part A claim.
    void partADiagnosis(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code) const;
    void partAProcedure(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code, int date) const;
    // A final-action Part B line.
    void partB(BeneficiaryFacts& facts, const PartBRecord& line) const;

    // The kind of Part A claim the claim type and bill type make it.
    bool isAcuteStay(const PartARecord& claim) const;
    static bool isOutpatient(const PartARecord& claim) { return claim.claimType == 40; }

private:
    void diagnosis(BeneficiaryFacts& facts, std::string_view code, int date) const;
    void service(BeneficiaryFacts& facts, const ClaimsCodes::Hcpcs& code, int date) const;

    struct Pcp
    {
        std::int64_t id = 0;
        int npiRank = 0;
    };
    const ClaimsCodes& m_codes;
    std::unordered_map<std::string, Pcp> m_primaryCare;
};

} // namespace aco
