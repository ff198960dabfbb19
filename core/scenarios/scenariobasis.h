#pragma once

#include "measures/tierscheme.h"
#include "mssp/msspinput.h"
#include "period.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;
struct Scenario;

// One included provider of a recipient, so that a practice's or department's payment can be
// followed down to its providers and their groups (primary care or specialist, employed or not).
struct ScenarioMember
{
    std::int64_t providerId = 0;
    QString name;
    std::int64_t beneficiaries = 0;
    bool primaryCare = false;
    bool employed = false;
};

// One provider, practice or department that may receive a payment (or bear a loss), with what
// does not change between allocations: beneficiaries and the tier reached on each measure.
struct ScenarioRecipient
{
    std::int64_t id = 0;
    QString name;
    std::vector<std::int64_t> providerIds;  // the included providers that make it up
    std::int64_t beneficiaries = 0;         // attributed to its included providers
    std::int64_t employedBeneficiaries = 0; // of those, attributed to employed providers
    bool engaged = true;                    // meets the engagement rule (true when there is none)
    std::vector<Tier> tiers;                // per Scenario::measures
    std::vector<double> payouts; // share of the measure's maximum, per Scenario::measures
    // Per Scenario::measures: the year-to-date value (none without results) and where it
    // stands in the tier scheme, with what the next tier takes.
    std::vector<std::optional<double>> values;
    std::vector<TierAssessment> assessments;
    std::vector<ScenarioMember> members; // its included providers (one at the provider level)
};

// What a scenario is applied to: the recipients and, for the MSSP source, the year's
// reconciliation input. Loaded once; the allocation and every Monte Carlo trial reuse it.
struct ScenarioBasis
{
    std::optional<MsspInput> mssp; // as loaded, before the scenario's changes
    int expenditureMonths = 0;     // months of expenditures the MSSP input annualises
    double historyExpenditureCv = 0.0;
    std::vector<ScenarioRecipient> recipients;
};

// Loads the basis of `scenario` from a file: the performance year (MSSP source), the eligible
// recipients at the scenario's level, and their year-to-date measure values assessed against the
// year's tier schemes. Throws aco::Error naming the scenario field for an unknown measure, a
// measure without a tier scheme, or a year without data. With `through`, the measures are taken
// year to date through that month and the MSSP expenditures only up to it (a projection as of
// that month); without, through the year's latest month of results.
ScenarioBasis loadScenarioBasis(const Database& db, const Scenario& scenario,
                                std::optional<Period> through = std::nullopt);

// A new plan that applies as it is: the toolkit's 20% to infrastructure and 80% to providers,
// on the MSSP reconciliation of the file's latest performance year, paid by performance tiers on
// every measure with a tier scheme in that year, weighted equally (the basis points left over by
// the division going one each to the first measures), or by beneficiaries when the year has no
// tier scheme. A file with no performance year yet starts on an amount of $0 to type in, paid by
// beneficiaries.
Scenario startingScenario(const Database& db);

// True when a basis loaded for `a` serves `b` as well: they differ at most in what does not
// decide the recipients and their tiers (the savings' size, the split, measure weights, unearned
// money, losses, uncertainty), so that an edit to those only re-allocates.
bool sameBasis(const Scenario& a, const Scenario& b);

// The coefficient of variation of the annual expenditure implied by the month-to-month
// variability of spending per beneficiary-month in the year: the monthly CV over sqrt(12), as
// twelve independent months average out. 0 with fewer than two months.
double expenditureCvFromHistory(const Database& db, int year);

} // namespace aco
