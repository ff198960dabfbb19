#include "demo/demoprofiles.h"

#include "demo/democlaimcodes.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <bit>

namespace aco::demo {

namespace {

constexpr std::array<const char*, 16> streets = {
    "Maple", "Oak",    "Cedar", "Elm",    "Pine",   "Lake",       "River",   "Park",
    "Hill",  "Church", "Mill",  "Spring", "Walnut", "Washington", "Lincoln", "Orchard"};
constexpr std::array<const char*, 6> streetKinds = {"ST", "AVE", "DR", "RD", "LN", "CT"};
// Counties of west Michigan, where the demo's places are imagined.
constexpr std::array<int, 8> counties = {81, 139, 5, 15, 67, 121, 123, 117};
constexpr std::array<double, 6> raceShares = {0.80, 0.10, 0.02, 0.03, 0.04, 0.01}; // codes 1-6
constexpr std::array<const char*, 4> dualCodes = {"02", "04", "08", "01"};

int yyyymmdd(QDate date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

} // namespace

int BeneficiaryProfile::conditionCount() const
{
    return std::popcount(conditions);
}

std::string BeneficiaryProfile::zip() const
{
    return std::to_string(49001 + static_cast<int>(place) * 17);
}

int BeneficiaryProfile::county() const
{
    return counties[place % counties.size()];
}

std::string BeneficiaryProfile::address() const
{
    return std::to_string(houseNumber) + ' ' + streets[street] + ' ' + streetKinds[streetKind];
}

BeneficiaryProfile drawProfile(int birthDate, double risk, DemoRandom& random)
{
    const auto conditionTable = codes::conditions();
    BeneficiaryProfile p;
    const QDate birth(birthDate / 10000, birthDate / 100 % 100, birthDate % 100);
    const bool disabled = birth.addYears(65) > QDate(2025, 1, 1);
    const double sicker = std::clamp((risk - 0.5) / 3.0, 0.0, 1.0);

    if (random.chance(0.3))
        p.middleInitial = static_cast<char>('A' + random.between(0, 25));
    p.place = static_cast<std::uint8_t>(random.between(0, static_cast<int>(names::places.size()) - 1));
    p.zip4 = static_cast<std::uint16_t>(1000 + random.between(0, 8999));
    p.houseNumber = static_cast<std::uint16_t>(random.between(100, 9899));
    p.street = static_cast<std::uint8_t>(random.between(0, static_cast<int>(streets.size()) - 1));
    p.streetKind = static_cast<std::uint8_t>(random.between(0, static_cast<int>(streetKinds.size()) - 1));
    p.race = static_cast<char>('1' + random.weighted(raceShares));

    const bool esrd = random.chance(0.004 + 0.02 * sicker);
    p.medicareStatus[0] = disabled ? '2' : '1';
    p.medicareStatus[1] = esrd ? '1' : '0';
    p.originalReason = disabled || random.chance(0.12) ? '1' : '0';
    const bool dual = random.chance(0.10 + 0.15 * sicker + (disabled ? 0.25 : 0.0));
    const char* dualCode = dual ? random.pick(dualCodes) : "NA";
    p.dualStatus[0] = dualCode[0];
    p.dualStatus[1] = dualCode[1];
    p.buyIn = dual ? 'C' : '3';
    const QDate sixtyFive = birth.addYears(65);
    p.partAStart =
        disabled ? yyyymmdd(QDate(2024 - random.between(1, 12), random.between(1, 12), 1))
                 : std::min(20230901, yyyymmdd(QDate(sixtyFive.year(), sixtyFive.month(), 1)));

    for (size_t c = 0; c < conditionTable.size(); ++c)
        if (random.chance(conditionTable[c].prevalence + conditionTable[c].riskSlope * sicker))
            p.conditions = static_cast<std::uint16_t>(p.conditions | 1u << c);
    p.drugPlan = random.chance(0.85);
    p.chronicCareManagement = p.conditionCount() >= 3 && random.chance(0.25);
    p.pharmacy = static_cast<std::uint8_t>(random.between(0, 7));
    if (risk > 2.5 && random.chance(0.04)) {
        // Hospice elected and revoked twice before the demo's years.
        const QDate first(2021, random.between(1, 12), random.between(1, 28));
        const QDate second = first.addDays(random.between(180, 420));
        p.hospiceStart[0] = yyyymmdd(first);
        p.hospiceEnd[0] = yyyymmdd(first.addDays(random.between(20, 90)));
        p.hospiceStart[1] = yyyymmdd(second);
        p.hospiceEnd[1] = yyyymmdd(second.addDays(random.between(20, 120)));
    }
    return p;
}

} // namespace aco::demo
