#pragma once

#include "demo/demoaco.h"
#include "demo/demoprofiles.h"
#include "period.h"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace aco {
class Database;
}

namespace aco::demo {

// How big each demo size is.
struct DemoSpec
{
    int practices;
    int primaryCare;
    int specialists;
    int beneficiaries;
};
DemoSpec specFor(DemoSize size);

// The demo covers 36 months ending September 2026, with data as of the end of that month.
inline constexpr Period firstPeriod{2023, 10};
inline constexpr int monthCount = 36;
inline constexpr Period lastPeriod = firstPeriod.addMonths(monthCount - 1);
inline constexpr const char* dataAsOf = "2026-09-30";
// The demo ACO's identifier with CMS, which its CCLF deliveries carry too.
inline constexpr const char* acoId = "A9001";

// Groups of beneficiaries that are the denominators of the quality measures.
enum class Cohort { Panel, Diabetes, Hypertension, Cardiovascular };
inline constexpr int cohortCount = 4;

// How many measures the demo's catalogue has (measureCatalog()).
inline constexpr size_t catalogSize = 14;

// What a primary care provider's panel is planned to give in a month; the claims realize it.
struct DemoMonthPlan
{
    std::int64_t costCents = 0; // what the panel's claims of the month are paid, in all
    int members = 0;            // the first `members` of the panel are enrolled
    int admissions = 0;         // acute stays begun in the month
    int edVisits = 0;           // emergency department visits that end at home
};

// What the generator knows of a provider beyond the roster row.
struct DemoProvider
{
    std::int64_t id = 0;
    std::string npi;
    std::string credential;
    std::int64_t practiceId = 0;
    bool primaryCare = false;
    std::string specialty;
    double quality = 0.0;    // general performance propensity, standard normal
    double costFactor = 1.0; // practice style, multiplies cost
    Period joined = firstPeriod; // first month with results
    double meanRisk = 1.0;       // of the attributed (PCP) or treated (specialist) panel
    std::array<int, cohortCount> cohort{}; // beneficiaries in each cohort
    // The provider's effect on each catalogue measure, on the scale its values move on, and how
    // each calendar year of the demo (2023-2026) moves it further: a good year, a bad one.
    std::array<double, catalogSize> effect{};
    std::array<std::array<double, 4>, catalogSize> yearEffect{};
    std::vector<std::uint32_t> panel; // its beneficiaries (primary care), in roster order
    std::array<DemoMonthPlan, monthCount> plan{}; // primary care
};

// What the generator knows of a beneficiary beyond the roster row.
struct DemoBeneficiary
{
    std::int64_t id = 0;
    int birthDate = 0; // YYYYMMDD
    bool female = false;
    float risk = 1.0f;
    std::uint32_t provider = 0; // index in providers: whose panel the beneficiary is in
    BeneficiaryProfile profile;
};

class DemoMbiChanges;

// State shared by the steps that write the demo.
struct DemoContext
{
    Database& db;
    DemoOptions options;
    DemoSpec spec;
    DemoProgress progress;
    std::vector<DemoProvider> providers;
    std::vector<DemoBeneficiary> beneficiaries;
    // The beneficiaries whose MBI changes during the demo's years.
    std::shared_ptr<const DemoMbiChanges> mbiChanges;
    // The part of the whole run's progress the step now running reports into.
    int progressFrom = 0;
    int progressTo = 100;

    // Reports `percent` (0-100) of the running step; throws aco::Error when cancelled.
    void report(int percent, const char* step) const;
};

class DemoDeliveries;

// The steps, in order; each writes its tables and adds what later steps need to the context.
void writeOrganisation(DemoContext& context);  // ACO, practices, departments, providers
// Beneficiaries with CCLF8's demographics, the EHR's care gaps, the MBIs that change.
void writeBeneficiaries(DemoContext& context);
void drawPlans(DemoContext& context);       // providers' effects on the measures, panels' months
void writeEhrResults(DemoContext& context); // HbA1c, blood pressure, statins, meetings
// The claims' story, from the claims as the deliveries bring them, through the measures' own
// code: attribution, the claims-based results, expenditures, care gaps and utilization events;
// and the performance years, whose benchmarks follow the spending.
void writeClaimsResults(DemoContext& context);
void writeTierSchemes(DemoContext& context);    // from the results written
void writeDriverDiagrams(DemoContext& context); // this year's and last year's driver diagram
// The same claims as CMS's monthly CCLF deliveries; it writes no table.
void writeClaims(DemoContext& context, DemoDeliveries& deliveries);

// Stream numbers that keep each step's random draws independent of the others.
enum Stream : std::uint64_t {
    OrganisationStream = 1,
    BeneficiaryStream,
    ResultStream,
    FinanceStream,
    DiagramStream,
    ClaimsStream,
    ProfileStream,
    MbiStream,
};
// Each primary care panel's claims draw from streams of their own (panelStream(panel) and the
// next), so that a panel's claims are the same whichever order the panels are made in.
inline std::uint64_t panelStream(size_t panel)
{
    return 1'000'000 + 2 * static_cast<std::uint64_t>(panel);
}

} // namespace aco::demo
