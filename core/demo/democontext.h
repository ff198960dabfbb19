#pragma once

#include "demo/demoaco.h"
#include "period.h"

#include <array>
#include <cstdint>
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
enum class Cohort { Panel, Diabetes, Hypertension, Cardiovascular, ColorectalAge, BreastAge };
inline constexpr int cohortCount = 6;

// What the generator knows of a provider beyond the roster row.
struct DemoProvider
{
    std::int64_t id = 0;
    bool primaryCare = false;
    std::string specialty;
    double quality = 0.0;    // general performance propensity, standard normal
    double costFactor = 1.0; // practice style, multiplies cost
    Period joined = firstPeriod; // first month with results
    double meanRisk = 1.0;       // of the attributed (PCP) or treated (specialist) panel
    std::array<int, cohortCount> cohort{}; // beneficiaries in each cohort
};

// State shared by the steps that write the demo.
struct DemoContext
{
    Database& db;
    DemoOptions options;
    DemoSpec spec;
    DemoProgress progress;
    std::vector<DemoProvider> providers;
    // ACO totals per month (index from firstPeriod), summed from the cost-of-care results.
    std::array<std::int64_t, monthCount> memberMonths{};
    std::array<std::int64_t, monthCount> expenditureCents{};
    // The part of the whole run's progress the step now running reports into.
    int progressFrom = 0;
    int progressTo = 100;

    // Reports `percent` (0-100) of the running step; throws aco::Error when cancelled.
    void report(int percent, const char* step) const;
};

class DemoDeliveries;

// The steps, in order; each writes its tables and adds what later steps need to the context.
void writeOrganisation(DemoContext& context);   // ACO, practices, departments, providers
void writeBeneficiaries(DemoContext& context);  // beneficiaries, care gaps, utilization events
void writeMeasureResults(DemoContext& context); // measures, monthly results, tier schemes
void writeFinances(DemoContext& context);       // expenditures and performance years
void writeDriverDiagrams(DemoContext& context); // this year's and last year's driver diagram
// The claims behind the results, as CMS's monthly CCLF deliveries, read back from the tables the
// steps before wrote; it writes no table.
void writeClaims(DemoContext& context, DemoDeliveries& deliveries);

// Stream numbers that keep each step's random draws independent of the others.
enum Stream : std::uint64_t {
    OrganisationStream = 1,
    BeneficiaryStream,
    ResultStream,
    FinanceStream,
    DiagramStream,
    ClaimsStream,
};

} // namespace aco::demo
