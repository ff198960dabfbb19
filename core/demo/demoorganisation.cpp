#include "demo/democontext.h"
#include "demo/demoidentifiers.h"
#include "demo/demomeasures.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "measures/standardmeasures.h"
#include "store/database.h"

#include <QDate>

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_set>

namespace aco::demo {

namespace {

struct Specialty
{
    const char* name;
    const char* departmentCode;
    const char* departmentName;
    double weight; // share among primary care or among specialists
};

// Primary care comes first; the rest are the specialty departments of a multispecialty group.
constexpr std::array<Specialty, 3> primaryCareSpecialties = {{
    {"Family Medicine", "FM", "Family Medicine", 45},
    {"Internal Medicine", "IM", "Internal Medicine", 40},
    {"Geriatric Medicine", "GER", "Geriatrics", 15},
}};
constexpr std::array<Specialty, 16> specialistSpecialties = {{
    {"Cardiology", "CARD", "Cardiology", 14},
    {"Endocrinology", "ENDO", "Endocrinology", 5},
    {"Pulmonary Disease", "PULM", "Pulmonology", 6},
    {"Nephrology", "NEPH", "Nephrology", 4},
    {"Gastroenterology", "GI", "Gastroenterology", 7},
    {"Hematology & Oncology", "ONC", "Oncology", 7},
    {"Orthopaedic Surgery", "ORTH", "Orthopaedics", 10},
    {"Neurology", "NEUR", "Neurology", 6},
    {"Rheumatology", "RHEU", "Rheumatology", 3},
    {"Psychiatry", "BH", "Behavioral Health", 7},
    {"Urology", "URO", "Urology", 5},
    {"General Surgery", "SURG", "General Surgery", 8},
    {"Ophthalmology", "OPH", "Ophthalmology", 6},
    {"Dermatology", "DERM", "Dermatology", 4},
    {"Hospital Medicine", "HOSP", "Hospital Medicine", 10},
    {"Obstetrics & Gynecology", "OBGYN", "Women's Health", 4},
}};

constexpr std::array<const char*, 5> primaryCareSuffixes = {
    "Family Medicine", "Internal Medicine", "Primary Care", "Family Practice", "Senior Care"};
constexpr std::array<const char*, 4> specialtySuffixes = {
    "Specialty Associates", "Heart & Vascular", "Surgical Group", "Multispecialty Clinic"};
constexpr std::array<const char*, 4> compass = {"North", "South", "East", "West"};

template <size_t N> std::array<double, N> weightsOf(const std::array<Specialty, N>& specialties)
{
    std::array<double, N> weights{};
    for (size_t i = 0; i < N; ++i)
        weights[i] = specialties[i].weight;
    return weights;
}

struct Practice
{
    std::int64_t id;
    bool primaryCare;
    bool employed;
    double size; // relative share of the providers of its kind
};

std::string uniqueName(std::set<std::string>& used, const std::string& base)
{
    std::string name = base;
    for (size_t i = 0; used.contains(name); ++i)
        name = base + " " + (i < compass.size() ? std::string(compass[i])
                                                : "Office " + std::to_string(i - compass.size() + 2));
    used.insert(name);
    return name;
}

std::string isoDate(QDate date)
{
    return date.toString(Qt::ISODate).toStdString();
}

} // namespace

void writeOrganisation(DemoContext& context)
{
    context.report(0, "Writing practices and providers");
    DemoRandom random(context.options.seed, OrganisationStream);
    Database& db = context.db;

    auto aco = db.prepare("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, ?1, ?2, ?3)");
    aco.bind(1, acoId).bind(2, "Riverbend Health Partners ACO").bind(3, dataAsOf).run();

    writeStandardMeasures(db, true);

    // Departments: every specialty's, whether or not this size has a provider in it.
    auto department = db.prepare("INSERT INTO department (id, code, name) VALUES (?1, ?2, ?3)");
    std::int64_t departmentId = 0;
    for (const auto& s : primaryCareSpecialties)
        department.bind(1, ++departmentId).bind(2, s.departmentCode).bind(3, s.departmentName).run();
    for (const auto& s : specialistSpecialties)
        department.bind(1, ++departmentId).bind(2, s.departmentCode).bind(3, s.departmentName).run();

    // Practices: about three in four are primary care; a little over half belong to the employed
    // medical group, the rest are independent practices of the IPA.
    const int primaryCarePractices = std::max(1, context.spec.practices * 3 / 4);
    std::vector<Practice> practices;
    std::set<std::string> usedNames;
    auto practice = db.prepare("INSERT INTO practice (id, code, name, city) VALUES (?1, ?2, ?3, ?4)");
    for (int i = 0; i < context.spec.practices; ++i) {
        const bool primaryCare = i < primaryCarePractices;
        const std::string place = random.pick(names::places);
        const std::string suffix = primaryCare ? random.pick(primaryCareSuffixes)
                                               : random.pick(specialtySuffixes);
        const auto id = static_cast<std::int64_t>(i + 1);
        char code[16];
        std::snprintf(code, sizeof code, "PR%03d", i + 1);
        practice.bind(1, id).bind(2, code).bind(3, uniqueName(usedNames, place + " " + suffix))
            .bind(4, place).run();
        practices.push_back({id, primaryCare, i == 0 || random.chance(0.55),
                             random.lognormalMean(1.0, 0.5)});
    }

    auto provider = db.prepare(R"sql(
        INSERT INTO provider (id, npi, last_name, first_name, credential, specialty, kind,
                              employment, practice_id, department_id, active_from)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    std::unordered_set<std::string> npis;
    const auto primaryCareWeights = weightsOf(primaryCareSpecialties);
    const auto specialistWeights = weightsOf(specialistSpecialties);
    constexpr std::array<const char*, 4> credentials = {"MD", "DO", "NP", "PA"};
    constexpr std::array<double, 4> primaryCareCredentials = {55, 15, 22, 8};
    constexpr std::array<double, 4> specialistCredentials = {80, 12, 5, 3};

    const int total = context.spec.primaryCare + context.spec.specialists;
    for (int i = 0; i < total; ++i) {
        const bool primaryCare = i < context.spec.primaryCare;
        std::vector<double> practiceWeights;
        for (const Practice& p : practices)
            practiceWeights.push_back(p.primaryCare == primaryCare || practices.size() == 1 ? p.size
                                                                                            : 0.0);
        // A size with no specialty practice puts specialists in the largest group.
        const bool anyOfKind = std::any_of(practices.begin(), practices.end(),
                                           [&](const Practice& p) { return p.primaryCare == primaryCare; });
        const Practice& home = anyOfKind ? practices[random.weighted(practiceWeights)] : practices[0];

        const size_t specialtyIndex = primaryCare ? random.weighted(primaryCareWeights)
                                                  : random.weighted(specialistWeights);
        const Specialty& specialty = primaryCare ? primaryCareSpecialties[specialtyIndex]
                                                 : specialistSpecialties[specialtyIndex];
        const std::int64_t departmentRow =
            static_cast<std::int64_t>(specialtyIndex) + 1 + (primaryCare ? 0 : primaryCareSpecialties.size());
        const bool female = random.chance(0.52);
        const char* first = female ? random.pick(names::femaleFirst)
                                   : random.pick(names::maleFirst);
        const char* credential = credentials[random.weighted(primaryCare ? primaryCareCredentials
                                                                         : specialistCredentials)];

        DemoProvider demo;
        demo.id = i + 1;
        demo.primaryCare = primaryCare;
        demo.specialty = specialty.name;
        demo.quality = random.normal();
        demo.costFactor = random.lognormalMean(1.0, 0.10);
        // One in twenty joined during the 36 months and has results from then on only.
        QDate activeFrom(random.between(1995, 2023), random.between(1, 12), 1);
        if (activeFrom > QDate(2023, 9, 1))
            activeFrom = QDate(2023, 9, 1);
        if (random.chance(0.05)) {
            demo.joined = firstPeriod.addMonths(random.between(3, monthCount - 7));
            activeFrom = QDate(demo.joined.year(), demo.joined.month(), 1);
        }
        demo.npi = drawNpi(random, npis);
        demo.credential = credential;
        demo.practiceId = home.id;
        provider.bind(1, demo.id)
            .bind(2, demo.npi)
            .bind(3, random.pick(names::last))
            .bind(4, first)
            .bind(5, credential)
            .bind(6, specialty.name)
            .bind(7, primaryCare ? "primary_care" : "specialist")
            .bind(8, home.employed ? "employed" : "independent")
            .bind(9, home.id)
            .bind(10, departmentRow)
            .bind(11, isoDate(activeFrom))
            .run();
        context.providers.push_back(std::move(demo));
    }
}

} // namespace aco::demo
