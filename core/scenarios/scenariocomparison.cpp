#include "scenarios/scenariocomparison.h"

#include "error.h"
#include "scenarios/largestremainder.h"

#include <algorithm>
#include <map>

namespace aco {

namespace {

ScenarioTotals totalsOf(const ComparedAllocation& c)
{
    const Allocation& a = c.allocation;
    ScenarioTotals t;
    t.name = c.scenario.name;
    t.poolCents = a.poolCents;
    t.infrastructureCents = a.infrastructureCents;
    t.careRedesignCents = a.careRedesignCents;
    t.reserveCents = a.reserveCents;
    t.unearnedCents = a.unearnedToInfrastructureCents;
    t.retainedForLossCents = a.fromPriorReserveCents + a.medicalGroupCents + a.absorbedByAcoCents;
    t.recipients = static_cast<int>(a.recipients.size());
    t.paidRecipients = a.paidCount();
    for (const RecipientAllocation& r : a.recipients)
        t.paymentsCents += r.paymentCents;
    return t;
}

void addToGroups(ScenarioTotals& t, const ScenarioMember& member, std::int64_t cents)
{
    (member.primaryCare ? t.groups.primaryCareCents : t.groups.specialistCents) += cents;
    (member.employed ? t.groups.employedCents : t.groups.independentCents) += cents;
}

struct Row
{
    QString name;
    std::vector<std::int64_t> payments;
};

PaymentChange changeOf(std::int64_t id, const Row& row, size_t other)
{
    return {id, row.name, row.payments[0], row.payments[other],
            row.payments[other] - row.payments[0]};
}

} // namespace

std::vector<std::int64_t> memberPayments(const ScenarioRecipient& recipient,
                                         std::int64_t paymentCents)
{
    if (recipient.members.empty()) {
        if (paymentCents != 0)
            throw Error("A recipient's payment cannot be followed to its providers: it has none.",
                        Error::Kind::Usage);
        return {};
    }
    std::vector<double> weights;
    bool anyBeneficiaries = false;
    for (const ScenarioMember& m : recipient.members) {
        weights.push_back(static_cast<double>(m.beneficiaries));
        anyBeneficiaries = anyBeneficiaries || m.beneficiaries > 0;
    }
    if (!anyBeneficiaries)
        std::fill(weights.begin(), weights.end(), 1.0);
    return distributeCents(paymentCents, weights);
}

ScenarioComparison compareScenarios(std::span<const ComparedAllocation> scenarios, int topCount)
{
    if (scenarios.size() < 2 || scenarios.size() > 4)
        throw Error("Choose two to four scenarios to compare.", Error::Kind::Usage);
    ScenarioComparison result;
    const Level level = scenarios[0].scenario.level;
    const bool sameLevel = std::all_of(scenarios.begin(), scenarios.end(),
                                       [&](const auto& c) { return c.scenario.level == level; });
    result.level = sameLevel ? level : Level::Provider;

    std::map<std::int64_t, Row> rows;
    const size_t count = scenarios.size();
    auto add = [&](std::int64_t id, const QString& name, size_t s, std::int64_t cents) {
        Row& row = rows[id];
        if (row.payments.empty()) {
            row.name = name;
            row.payments.assign(count, 0);
        }
        row.payments[s] += cents;
    };
    for (size_t s = 0; s < count; ++s) {
        const ComparedAllocation& c = scenarios[s];
        ScenarioTotals totals = totalsOf(c);
        for (size_t i = 0; i < c.allocation.recipients.size(); ++i) {
            const RecipientAllocation& r = c.allocation.recipients[i];
            const ScenarioRecipient& unit = c.basis.recipients[i];
            // Each payment is split among its providers once, for the groups and, when the
            // levels differ, for the rows.
            const auto parts = memberPayments(unit, r.paymentCents);
            for (size_t m = 0; m < parts.size(); ++m) {
                addToGroups(totals, unit.members[m], parts[m]);
                if (!sameLevel)
                    add(unit.members[m].providerId, unit.members[m].name, s, parts[m]);
            }
            if (sameLevel)
                add(r.id, r.name, s, r.paymentCents);
        }
        result.scenarios.push_back(std::move(totals));
    }

    for (const auto& [id, row] : rows)
        result.recipients.push_back({id, row.name, row.payments});
    std::sort(result.recipients.begin(), result.recipients.end(),
              [](const RecipientPayments& a, const RecipientPayments& b) {
                  return a.name != b.name ? a.name < b.name : a.id < b.id;
              });

    const auto top = static_cast<size_t>(std::max(0, topCount));
    for (size_t other = 1; other < count; ++other) {
        PairwiseChange pair;
        pair.other = other;
        for (const auto& [id, row] : rows) {
            const PaymentChange change = changeOf(id, row, other);
            if (change.changeCents > 0)
                pair.winners.push_back(change);
            else if (change.changeCents < 0)
                pair.losers.push_back(change);
        }
        // Largest change first; equal changes by name, so that the order never depends on ids.
        const auto byGain = [](const PaymentChange& a, const PaymentChange& b) {
            return a.changeCents != b.changeCents ? a.changeCents > b.changeCents : a.name < b.name;
        };
        const auto byLoss = [](const PaymentChange& a, const PaymentChange& b) {
            return a.changeCents != b.changeCents ? a.changeCents < b.changeCents : a.name < b.name;
        };
        std::sort(pair.winners.begin(), pair.winners.end(), byGain);
        std::sort(pair.losers.begin(), pair.losers.end(), byLoss);
        pair.winners.resize(std::min(top, pair.winners.size()));
        pair.losers.resize(std::min(top, pair.losers.size()));
        result.changes.push_back(std::move(pair));
    }
    return result;
}

} // namespace aco
