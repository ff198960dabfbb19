#pragma once

#include "measures/measureengine.h"
#include "scenarios/allocator.h"
#include "scenarios/scenario.h"
#include "scenarios/scenariobasis.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace aco {

// One scenario of a comparison: the plan, what it was applied to and where its money went. The
// comparison keeps no reference to these.
struct ComparedAllocation
{
    const Scenario& scenario;
    const ScenarioBasis& basis;
    const Allocation& allocation;
};

// Provider payments by group. Each pair (primary care + specialist, employed + independent) adds
// up to the scenario's provider payments exactly: a practice's or department's payment is shared
// out to its providers by beneficiaries (by head when none has any) with largest remainders.
struct GroupPayments
{
    std::int64_t primaryCareCents = 0;
    std::int64_t specialistCents = 0;
    std::int64_t employedCents = 0;
    std::int64_t independentCents = 0;
};

// One scenario's column of the comparison, in cents with the pool's sign.
struct ScenarioTotals
{
    QString name;
    std::int64_t poolCents = 0;
    std::int64_t infrastructureCents = 0; // the split's share, without the unearned money
    std::int64_t careRedesignCents = 0;
    std::int64_t reserveCents = 0;
    std::int64_t unearnedCents = 0;
    std::int64_t paymentsCents = 0;        // what the recipients receive (or owe, for a loss)
    std::int64_t retainedForLossCents = 0; // a loss: prior reserve + medical group + ACO
    int recipients = 0;
    int paidRecipients = 0; // with a payment other than zero
    GroupPayments groups;
};

// One recipient's payment in every scenario (0 where it is not a recipient).
struct RecipientPayments
{
    std::int64_t id = 0;
    QString name;
    std::vector<std::int64_t> paymentCents; // per scenario
};

// A recipient's change from scenario A to another.
struct PaymentChange
{
    std::int64_t id = 0;
    QString name;
    std::int64_t fromCents = 0; // in scenario A
    std::int64_t toCents = 0;
    std::int64_t changeCents = 0; // to - from
};

// Scenario A against one other: who gains most and who loses most.
struct PairwiseChange
{
    size_t other = 0;                   // index of the other scenario
    std::vector<PaymentChange> winners; // largest gain first
    std::vector<PaymentChange> losers;  // largest loss first
};

// Two to four scenarios side by side, as a board compares its options: the pool split, the
// payments by group and, between the first scenario (A) and each other, the biggest winners and
// losers. Recipients are matched by id when every scenario pays at the same level; otherwise the
// comparison follows every payment down to the providers, so that the rows still mean one thing.
struct ScenarioComparison
{
    Level level = Level::Provider; // of the rows
    std::vector<ScenarioTotals> scenarios;
    std::vector<RecipientPayments> recipients; // ordered by name, then id
    std::vector<PairwiseChange> changes;       // A against scenarios 1, 2, ...
};

// Throws aco::Error (Usage) unless there are two to four scenarios.
ScenarioComparison compareScenarios(std::span<const ComparedAllocation> scenarios,
                                    int topCount = 10);

// Each member provider's part of a recipient's payment (exact cents, per
// ScenarioRecipient::members).
std::vector<std::int64_t> memberPayments(const ScenarioRecipient& recipient,
                                         std::int64_t paymentCents);

} // namespace aco
