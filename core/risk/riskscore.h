#pragma once

#include "risk/hccset.h"

#include <QDate>

#include <array>
#include <bitset>
#include <cstdint>

namespace aco {

// Fixed capacities, so that a score needs no allocation: V28 has 115 payment HCCs, 7
// continuing-enrollee and 2 new-enrollee segments, 11 interactions and 11 diagnosis groups.
// RiskModel::load refuses tables that exceed them.
constexpr int riskMaxHccs = HccSet::capacity;
constexpr int riskMaxSegments = 8;
constexpr int riskMaxInteractions = 64;

// Sex as CMS codes it.
enum class RiskSex : std::uint8_t
{
    Male = 1,
    Female = 2,
};

// What the model needs to know of a beneficiary besides diagnoses: CMS's person-level input.
struct RiskBeneficiary
{
    QDate birthDate;
    RiskSex sex = RiskSex::Female;
    // Original reason for entitlement: 0 old age, 1 disability, 2 ESRD, 3 disability and ESRD.
    int orec = 0;
    // LTIMCAID: Medicaid, for the institutional segment.
    bool ltiMedicaid = false;
    // NEMCAID: Medicaid, for the new-enrollee factors.
    bool newEnrolleeMedicaid = false;
};

// A beneficiary's scores under one model, with what went into them.
struct RiskScore
{
    int age = 0;                     // on the model's age date (February 1 of the payment year)
    bool disabled = false;           // DISABL: under 65 and entitled other than by age
    bool originallyDisabled = false; // ORIGDIS: 65 or over, first entitled by disability
    HccSet hccs;                     // the payment HCCs after the hierarchies
    int hccCount = 0;                // how many: what the count variables D1 .. D10P test
    int countVariable = -1;          // the count variable that applied (RiskModel), or -1
    std::bitset<riskMaxInteractions> interactions; // those that applied (RiskModel)
    // Raw scores per segment, in the order of RiskModel::continuingSegments() and
    // newEnrolleeSegments(); segments beyond those are 0.
    std::array<double, riskMaxSegments> continuing{};
    std::array<double, riskMaxSegments> newEnrollee{};
};

} // namespace aco
