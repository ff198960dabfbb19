#include "demo/democarenetwork.h"

#include "demo/democlaimcodes.h"
#include "demo/democlaimsinput.h"
#include "demo/demoidentifiers.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

namespace aco::demo {

namespace {

// Outside specialists: two of each specialty the roster's specialists have.
constexpr std::array<std::string_view, 16> outsideFields = {
    "Cardiology",          "Endocrinology",    "Pulmonary Disease",
    "Nephrology",          "Gastroenterology", "Hematology & Oncology",
    "Orthopaedic Surgery", "Neurology",        "Rheumatology",
    "Psychiatry",          "Urology",          "General Surgery",
    "Ophthalmology",       "Dermatology",      "Obstetrics & Gynecology",
    "Cardiology"};

bool isSurgical(std::string_view field)
{
    return field == "Orthopaedic Surgery" || field == "General Surgery" || field == "Cardiology";
}

std::string digits(DemoRandom& random, int count)
{
    std::string text;
    for (int i = 0; i < count; ++i)
        text += static_cast<char>('0' + random.between(0, 9));
    return text;
}

} // namespace

DemoCareNetwork::DemoCareNetwork(const DemoClaimsInput& input, DemoRandom& random)
{
    std::unordered_set<std::string> npis;
    for (const auto& p : input.providers)
        npis.insert(p.npi);
    // One tax number per practice of the ACO.
    std::vector<std::string> practiceTins;
    for (std::int64_t i = 0; i <= input.practiceCount; ++i)
        practiceTins.push_back("38" + digits(random, 7));

    for (size_t i = 0; i < input.providers.size(); ++i) {
        const auto& p = input.providers[i];
        CareProvider c;
        c.npi = p.npi;
        c.tin = practiceTins[static_cast<size_t>(p.practiceId)];
        c.specialty = codes::cmsSpecialty(p.specialty, p.credential);
        c.field = p.specialty;
        m_roster.push_back(std::move(c));
        m_practice.push_back(p.practiceId);
        if (p.primaryCare) {
            m_rosterPrimaryCare.push_back(i);
            m_primaryCareByPractice[p.practiceId].push_back(i);
            continue;
        }
        if (p.specialty == "Gastroenterology")
            m_rosterGastroenterologists.push_back(i);
        if (p.specialty == "Hospital Medicine")
            m_rosterHospitalists.push_back(i);
        else
            m_rosterSpecialists.push_back(i);
        if (isSurgical(p.specialty))
            m_rosterSurgeons.push_back(i);
    }

    const auto clinician = [&](std::string_view field, const char* specialty) {
        CareProvider c;
        c.npi = drawNpi(random, npis);
        c.tin = (random.chance(0.5) ? "45" : "20") + digits(random, 7);
        c.specialty = specialty;
        c.field = field;
        return c;
    };
    for (std::string_view field : outsideFields)
        for (int i = 0; i < 2; ++i) {
            m_outsideSpecialists.push_back(clinician(field, codes::cmsSpecialty(field, "MD")));
            if (isSurgical(field))
                m_outsideSurgeons.push_back(m_outsideSpecialists.back());
        }
    for (int i = 0; i < 6; ++i)
        m_outsideHospitalists.push_back(clinician("Hospital Medicine", "C6"));
    for (int i = 0; i < 8; ++i)
        m_emergency.push_back(clinician("Emergency Medicine", "93"));
    for (int i = 0; i < 6; ++i)
        m_radiologists.push_back(clinician("Radiology", "30"));
    for (int i = 0; i < 5; ++i)
        m_therapists.push_back(clinician("Physical Therapy", "65"));
    for (int i = 0; i < 2; ++i)
        m_laboratories.push_back(clinician("Clinical Laboratory", "69"));
    for (int i = 0; i < 3; ++i)
        m_suppliers.push_back(clinician("Medical Supply", "A5"));
    for (int i = 0; i < 8; ++i)
        m_pharmacies.push_back(clinician("Pharmacy", "87"));
    for (int i = 0; i < 2; ++i)
        m_surgeryCenters.push_back(clinician("Ambulatory Surgical Center", "49"));

    // Facilities of the ACO's region, in Michigan (CMS state code 23): hospitals 0001-0879, SNFs
    // 5000-6499, home health agencies 7000-8499.
    const auto facility = [&](const char* ccn, bool teaching) {
        CareProvider c;
        c.npi = drawNpi(random, npis);
        c.ccn = ccn;
        c.teaching = teaching;
        return c;
    };
    for (const char* ccn : {"230004", "230017"})
        m_hospitals.push_back(facility(ccn, true));
    for (const char* ccn : {"230038", "230059", "230089", "230130"})
        m_hospitals.push_back(facility(ccn, false));
    for (const char* ccn : {"235012", "235147", "235301", "235402"})
        m_nursing.push_back(facility(ccn, false));
    for (const char* ccn : {"237019", "237085", "237140"})
        m_homeHealth.push_back(facility(ccn, false));
}

const CareProvider& DemoCareNetwork::specialist(DemoRandom& random) const
{
    if (!m_rosterSpecialists.empty() && random.chance(0.6))
        return m_roster[random.pick(m_rosterSpecialists)];
    return random.pick(m_outsideSpecialists);
}

const CareProvider& DemoCareNetwork::hospitalist(DemoRandom& random) const
{
    if (!m_rosterHospitalists.empty() && random.chance(0.7))
        return m_roster[random.pick(m_rosterHospitalists)];
    return random.pick(m_outsideHospitalists);
}

const CareProvider& DemoCareNetwork::surgeon(DemoRandom& random) const
{
    if (!m_rosterSurgeons.empty() && random.chance(0.6))
        return m_roster[random.pick(m_rosterSurgeons)];
    return random.pick(m_outsideSurgeons);
}

const CareProvider& DemoCareNetwork::gastroenterologist(DemoRandom& random) const
{
    if (!m_rosterGastroenterologists.empty() && random.chance(0.7))
        return m_roster[random.pick(m_rosterGastroenterologists)];
    const auto outside = std::find_if(m_outsideSpecialists.begin(), m_outsideSpecialists.end(),
                                      [](const CareProvider& c) { return c.field == "Gastroenterology"; });
    return *(outside + (random.chance(0.5) ? 1 : 0));
}

const CareProvider& DemoCareNetwork::colleague(size_t index, DemoRandom& random) const
{
    const auto practice = m_primaryCareByPractice.find(m_practice[index]);
    const std::vector<size_t>& candidates =
        practice != m_primaryCareByPractice.end() && practice->second.size() > 1 ? practice->second
                                                                               : m_rosterPrimaryCare;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const size_t other = random.pick(candidates);
        if (other != index)
            return m_roster[other];
    }
    return m_roster[index];
}

const CareProvider& DemoCareNetwork::hospital(DemoRandom& random) const
{
    static constexpr std::array<double, 6> shares = {0.22, 0.18, 0.18, 0.16, 0.14, 0.12};
    return m_hospitals[random.weighted(shares)];
}

} // namespace aco::demo
