#pragma once

#include "measures/measure.h"
#include "measures/tierscheme.h"
#include "measures/window.h"
#include "organisation.h"
#include "scenarios/allocator.h"
#include "scenarios/scenario.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;

// One measure of a recipient's projection.
struct FundsFlowMeasure
{
    Measure measure;
    int weightBasisPoints = 0;
    std::optional<double> value; // year to date; none without results
    TierAssessment tier;
    std::int64_t earnedCents = 0;  // this measure's part of the projected payment
    std::int64_t maximumCents = 0; // this measure's part of the maximum
    // How much more the year's payment would be on reaching the next tier of this measure, every
    // other measure and recipient unchanged; 0 at the top tier.
    std::int64_t nextTierWorthCents = 0;
    QString gapText; // "+3 to Better (70.0%)", "Top tier reached", "No results yet"

    // The tier as reports name it: "Better", or "no results" when there are none to assess (the
    // measure then earns nothing, as below baseline, but no tier was reached or missed).
    QString tierText() const;
};

// What one recipient (a provider, practice or department, as the scenario pays) is tracking
// toward for the year if its year-to-date performance holds.
struct FundsFlowRecipient
{
    std::int64_t id = 0;
    QString name;
    std::vector<Provider> providers; // the providers whose results make up the recipient
    std::int64_t beneficiaries = 0;
    bool eligible = true; // false: misses the engagement rule and earns nothing
    std::int64_t projectedCents = 0;
    std::int64_t maximumCents = 0;
    std::vector<FundsFlowMeasure> measures; // per Scenario::measures; empty unless paid by tiers
};

// The toolkit's quarterly "funds flow report": the shared-savings payment each recipient is
// tracking toward, assuming performance holds through the end of the year. The pool is the
// scenario's: for the MSSP source, the reconciliation with the expenditures to date annualised
// per beneficiary-month; a typed-in amount is taken as the year's. Every cent of the pool is in
// the allocation.
struct FundsFlowReport
{
    AcoInfo aco;
    Scenario scenario;         // its year is the projected year
    PeriodRange ytd;           // January to the as-of month
    int quarter = 0;           // 1-4 when the as-of month ends a quarter, else 0
    int expenditureMonths = 0; // months of expenditures the MSSP pool is annualised from
    Allocation allocation;
    std::vector<FundsFlowRecipient> recipients; // in allocation order

    std::int64_t poolCents() const { return allocation.poolCents; }
    std::int64_t projectedTotalCents() const;
    // What the ACO keeps or bears: the pool less the projected payments.
    std::int64_t retainedCents() const { return poolCents() - projectedTotalCents(); }
    // The recipient that pays `provider`, nullptr when the scenario leaves it out.
    const FundsFlowRecipient* recipientOf(const Provider& provider) const;
    // Why nothing can come to a recipient however it performs: no share of the provider pool
    // ("no attributed beneficiaries" when the maximum goes by them), or, for a loss, no share of
    // it. Empty for a recipient with something at stake.
    QString unpayableReason(const FundsFlowRecipient& recipient) const;
};

// Projects `scenario` for the year of `through` with the measures year to date through that
// month. Throws aco::Error naming what is missing: no ACO, results that stop before `through`,
// no performance year or expenditures (MSSP source), a measure without a tier scheme.
FundsFlowReport projectFundsFlow(const Database& db, Scenario scenario, Period through);
// The same as of the end of a calendar quarter (1-4): Q1 is January to March.
FundsFlowReport projectFundsFlow(const Database& db, const Scenario& scenario, int year,
                                 int quarter);

// The report as CSV, one row per recipient given (the NPI for a provider), then per measure its
// value, tier, earned part and next tier's worth. Money in integer cents: the columns add up
// exactly.
QByteArray fundsFlowCsv(const FundsFlowReport& report,
                        const std::vector<const FundsFlowRecipient*>& recipients);

// The quarters of `year` whose last month has results, in order: those a report can be made for.
std::vector<int> fundsFlowQuarters(const Database& db, int year);

// A scenario named by a saved name, or read from a JSON file when `nameOrFile` ends in .json.
// Throws aco::Error naming the scenario or the file and field.
Scenario findScenario(Database& db, const QString& nameOrFile);

} // namespace aco
