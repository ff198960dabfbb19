#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace aco::demo {

class DemoRandom;

// What CMS knows of a demo beneficiary beyond the roster (CCLF8's demographics), and what shapes
// their claims: chronic conditions, a drug plan, a pharmacy. Compact, because the large demo
// keeps half a million of them.
struct BeneficiaryProfile
{
    char middleInitial = 0;    // 0: none
    std::uint8_t place = 0;    // index in names::places: the town, its ZIP code and county
    std::uint16_t zip4 = 0;
    std::uint16_t houseNumber = 0;
    std::uint8_t street = 0;
    std::uint8_t streetKind = 0;
    char race = '1';
    char medicareStatus[2] = {'1', '0'}; // 10 aged, 11 aged with ESRD, 20 disabled, 21 disabled with ESRD
    char dualStatus[2] = {'N', 'A'};     // NA, or a dual code
    char originalReason = '0';          // 0 old age, 1 disability
    char buyIn = '3';
    bool drugPlan = true;
    bool chronicCareManagement = false;
    std::uint8_t pharmacy = 0;
    std::uint16_t conditions = 0; // bit c: codes::conditions()[c]
    int partAStart = 0;           // YYYYMMDD
    // Two past hospice elections, for a few: each is a CCLF8 row of its own.
    int hospiceStart[2] = {0, 0};
    int hospiceEnd[2] = {0, 0};

    std::string_view medicare() const { return {medicareStatus, 2}; }
    std::string_view dual() const { return {dualStatus, 2}; }
    bool has(size_t condition) const { return (conditions >> condition & 1u) != 0; }
    int conditionCount() const;
    std::string zip() const;
    int county() const; // FIPS county code within Michigan
    std::string address() const;
};

// A beneficiary's profile, from their birth date (YYYYMMDD) and risk score.
BeneficiaryProfile drawProfile(int birthDate, double risk, DemoRandom& random);

} // namespace aco::demo
