#include "demo/demoprofiles.h"

#include "demo/democlaimcodes.h"
#include "demo/democlaimsinput.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"

#include <QDate>

#include <algorithm>
#include <array>

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

std::vector<BeneficiaryProfile> drawProfiles(const DemoClaimsInput& input, DemoRandom& random)
{
    std::vector<BeneficiaryProfile> profiles;
    profiles.reserve(input.beneficiaries.size());
    const auto conditionTable = codes::conditions();
    for (const auto& b : input.beneficiaries) {
        BeneficiaryProfile p;
        const QDate birth(b.birthDate / 10000, b.birthDate / 100 % 100, b.birthDate % 100);
        const bool disabled = birth.addYears(65) > QDate(2025, 1, 1);
        const double sicker = std::clamp((b.risk - 0.5) / 3.0, 0.0, 1.0);

        if (random.chance(0.3))
            p.middleName = std::string(1, static_cast<char>('A' + random.between(0, 25)));
        const size_t place =
            static_cast<size_t>(random.between(0, static_cast<int>(names::places.size()) - 1));
        p.place = names::places[place];
        p.zip = std::to_string(49001 + static_cast<int>(place) * 17);
        p.zip4 = std::to_string(1000 + random.between(0, 8999));
        p.county = counties[place % counties.size()];
        p.address = std::to_string(random.between(100, 9899)) + ' ' + random.pick(streets) + ' ' +
                    random.pick(streetKinds);
        p.race = static_cast<char>('1' + random.weighted(raceShares));

        const bool esrd = random.chance(0.004 + 0.02 * sicker);
        p.medicareStatus = std::string(disabled ? "2" : "1") + (esrd ? "1" : "0");
        p.originalReason = disabled || random.chance(0.12) ? '1' : '0';
        const bool dual = random.chance(0.10 + 0.15 * sicker + (disabled ? 0.25 : 0.0));
        p.dualStatus = dual ? random.pick(dualCodes) : "NA";
        p.buyIn = dual ? 'C' : '3';
        const QDate sixtyFive = birth.addYears(65);
        p.partAStart =
            disabled ? yyyymmdd(QDate(2024 - random.between(1, 12), random.between(1, 12), 1))
                     : std::min(20230901, yyyymmdd(QDate(sixtyFive.year(), sixtyFive.month(), 1)));

        for (size_t c = 0; c < conditionTable.size(); ++c)
            if (random.chance(conditionTable[c].prevalence + conditionTable[c].riskSlope * sicker))
                p.conditions.push_back(c);
        p.drugPlan = random.chance(0.85);
        p.chronicCareManagement = p.conditions.size() >= 3 && random.chance(0.25);
        p.pharmacy = static_cast<size_t>(random.between(0, 7));
        if (b.risk > 2.5 && random.chance(0.04)) {
            // Hospice elected and revoked twice before the demo's years.
            const QDate first(2021, random.between(1, 12), random.between(1, 28));
            const QDate second = first.addDays(random.between(180, 420));
            p.hospiceStart[0] = yyyymmdd(first);
            p.hospiceEnd[0] = yyyymmdd(first.addDays(random.between(20, 90)));
            p.hospiceStart[1] = yyyymmdd(second);
            p.hospiceEnd[1] = yyyymmdd(second.addDays(random.between(20, 120)));
        }
        profiles.push_back(std::move(p));
    }
    return profiles;
}

} // namespace aco::demo
