#pragma once

#include <span>
#include <string_view>

namespace aco::demo::codes {

// The codes the demo's claims are made of, with what Medicare typically pays for them. Dollars
// are nominal: each provider's month of claims is scaled to add up to its cost of care.

// A chronic condition (ICD-10-CM, without the dot): how common it is, and the drug that treats it.
struct Condition
{
    const char* diagnosis;
    double prevalence; // among the healthiest
    double riskSlope;  // added as risk rises (0 to 1 on a scale of risk 0.5 to 3.5)
    const char* ndc;   // a drug for it, or nullptr
    int daysSupply;
};
std::span<const Condition> conditions();

// An inpatient stay's MS-DRG: its principal diagnosis, relative payment, length and procedure.
struct Drg
{
    const char* code;
    const char* principalDiagnosis;
    double weight; // relative payment
    int minimumDays, maximumDays;
    const char* procedure; // ICD-10-PCS, or nullptr
    bool elective;
    double frequency;
    const char* surgeonService; // what the operating physician bills (CCLF5), or nullptr
    double surgeonDollars;
};
std::span<const Drg> drgs();

// What brings someone to the emergency department and home again.
std::span<const char* const> emergencyDiagnoses();

// A professional service (CCLF5) or a revenue-center line (CCLF2).
struct Service
{
    const char* hcpcs;
    const char* modifier;       // "" for none
    double dollars;             // per unit
    const char* betos;          // the Berenson-Eggers type of service
    char typeOfService;         // CLM_FED_TYPE_SRVC_CD
    const char* placeOfService; // "" where the claim's place applies
};

// Professional services by kind.
enum class ServiceGroup
{
    PrimaryCareVisit, // established-patient visits
    SpecialistVisit,
    InOffice, // added to a visit now and then
    Laboratory,
    Imaging,
    Therapy,
    PartBDrug,   // an infusion or injection with its drug
    Emergency,   // the ED physician's visit, by level 3-5
    Hospitalist, // admission, daily and discharge visits
    Wellness,    // the initial and the subsequent annual wellness visit
    Influenza,   // two vaccines, then their administration
    Mammography, // screening, then tomosynthesis
    Colonoscopy, // screening, with biopsy, with polyp removal
    StoolTest,   // fecal immunochemical test, stool DNA
    AtDistance,  // virtual check-ins (5-10, 11-20 minutes), chronic care management
    TransitionalCare, // moderate and high complexity
};
std::span<const Service> services(ServiceGroup group);
// The procedures a specialty does beside its visits (the roster's specialty names).
std::span<const Service> specialtyProcedures(std::string_view specialty);
// CMS's provider specialty code for the roster's specialty, or for a credential (NP, PA).
const char* cmsSpecialty(std::string_view specialty, std::string_view credential);

// A hospital outpatient claim (type 40, bill 131) and its revenue-center lines.
struct RevenueLine
{
    const char* revenueCenter;
    const char* hcpcs;
    const char* apc;
    double dollars; // 0: packaged into the others
};
struct OutpatientKind
{
    const char* name;
    double frequency;
    std::span<const RevenueLine> lines; // the first always; each other with even chance
    const char* diagnosis;              // nullptr: one of the beneficiary's conditions
};
std::span<const OutpatientKind> outpatientKinds();
// The ED's own line (revenue center 0450) at levels 3, 4 and 5, and what else an ED visit bills.
std::span<const RevenueLine> emergencyLevels();
std::span<const RevenueLine> emergencyExtras();

// Durable medical equipment (CCLF6).
struct Equipment
{
    const char* hcpcs;
    double dollars;
};
std::span<const Equipment> equipment();

// Drugs filled without a matching condition (CCLF7).
std::span<const char* const> commonNdcs();

} // namespace aco::demo::codes
