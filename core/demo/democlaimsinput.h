#pragma once

#include "demo/democontext.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace aco {
class Database;
}

namespace aco::demo {

// What the demo's claims are made to agree with, read back from the tables the demo has just
// written: the roster, and each primary care provider's monthly cost of care, member-months,
// admissions and ED visits.
struct DemoClaimsInput
{
    struct Beneficiary
    {
        std::int64_t id = 0;
        std::string mbi;
        std::string lastName;
        std::string firstName;
        int birthDate = 0; // YYYYMMDD
        bool female = false;
        double risk = 1.0;
        size_t panel = 0; // index in panels
    };
    struct Provider
    {
        std::int64_t id = 0;
        std::string npi;
        bool primaryCare = false;
        std::string specialty;  // the roster's ("Cardiology")
        std::string credential; // MD, DO, NP, PA
        std::int64_t practiceId = 0;
    };
    // One month of a primary care provider's panel, as the measure results give it.
    struct PanelMonth
    {
        std::int64_t costCents = 0; // TCOC numerator
        int members = 0;    // TCOC denominator: the first `members` of the panel are enrolled
        int admissions = 0; // ADM numerator
        int edVisits = 0;   // EDV numerator
    };
    struct Panel
    {
        size_t provider = 0;               // index in providers
        std::vector<size_t> beneficiaries; // indexes in beneficiaries, in roster order
        std::array<PanelMonth, monthCount> months{};
    };

    std::vector<Beneficiary> beneficiaries;
    std::vector<Provider> providers;
    std::vector<Panel> panels;
    std::int64_t practiceCount = 0;

    // Reads the roster and results; throws std::logic_error when a month's member-months exceed
    // the panel (the enrolment rule would not hold).
    static DemoClaimsInput read(const Database& db);
};

} // namespace aco::demo
