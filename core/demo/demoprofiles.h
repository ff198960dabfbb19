#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace aco::demo {

class DemoRandom;
struct DemoClaimsInput;

// What CMS knows of a demo beneficiary beyond the roster (CCLF8's demographics), and what shapes
// their claims: chronic conditions, a drug plan, a pharmacy.
struct BeneficiaryProfile
{
    std::string middleName;
    std::string zip;
    std::string zip4;
    std::string place;
    std::string address;
    int county = 0; // FIPS county code within Michigan
    char race = '1';
    std::string medicareStatus; // 10 aged, 11 aged with ESRD, 20 disabled, 21 disabled with ESRD
    std::string dualStatus;     // NA, or a dual code
    char originalReason = '0';  // 0 old age, 1 disability
    char buyIn = '3';
    int partAStart = 0;             // YYYYMMDD
    std::vector<size_t> conditions; // indexes in codes::conditions()
    bool drugPlan = true;
    bool chronicCareManagement = false;
    size_t pharmacy = 0;
    // Two past hospice elections, for a few: each is a CCLF8 row of its own.
    int hospiceStart[2] = {0, 0};
    int hospiceEnd[2] = {0, 0};
};

// One profile per input beneficiary, in the input's order.
std::vector<BeneficiaryProfile> drawProfiles(const DemoClaimsInput& input, DemoRandom& random);

} // namespace aco::demo
