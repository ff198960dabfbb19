#include "error.h"
#include "scenarios/allocator.h"
#include "scenarios/scenariocomparison.h"
#include "smalldemotest.h"

#include <gtest/gtest.h>

using namespace aco;

namespace {

// Three providers: Adams (primary care, employed, 600 beneficiaries) and Baker (specialist,
// employed, 300) in practice 10, Clark (specialist, independent, 100) in practice 20.
ScenarioMember adams()
{
    return {1, QStringLiteral("Adams"), 600, true, true};
}
ScenarioMember baker()
{
    return {2, QStringLiteral("Baker"), 300, false, true};
}
ScenarioMember clark()
{
    return {3, QStringLiteral("Clark"), 100, false, false};
}

ScenarioRecipient unit(std::int64_t id, const QString& name, std::vector<ScenarioMember> members)
{
    ScenarioRecipient r;
    r.id = id;
    r.name = name;
    for (const ScenarioMember& m : members) {
        r.beneficiaries += m.beneficiaries;
        r.employedBeneficiaries += m.employed ? m.beneficiaries : 0;
    }
    r.members = std::move(members);
    return r;
}

ScenarioRecipient provider(const ScenarioMember& m)
{
    return unit(m.providerId, m.name, {m});
}

// A typed-in pool of $10,000.00 shared by beneficiaries.
Scenario split(const QString& name, int providerBasisPoints)
{
    Scenario s;
    s.name = name;
    s.source = Scenario::Source::Amount;
    s.amountCents = 1'000'000;
    s.basis = Scenario::Basis::Beneficiaries;
    s.providerBasisPoints = providerBasisPoints;
    s.infrastructureBasisPoints = 10000 - providerBasisPoints;
    return s;
}

struct Case
{
    Scenario scenario;
    ScenarioBasis basis;
    Allocation allocation;
};

Case allocated(Scenario scenario, std::vector<ScenarioRecipient> recipients)
{
    Case c{std::move(scenario), {}, {}};
    c.basis.recipients = std::move(recipients);
    c.allocation = Allocator(c.scenario, c.basis).allocate(c.scenario.amountCents);
    return c;
}

std::vector<ComparedAllocation> compared(const std::vector<Case>& cases)
{
    std::vector<ComparedAllocation> result;
    for (const Case& c : cases)
        result.push_back({c.scenario, c.basis, c.allocation});
    return result;
}

} // namespace

// The toolkit's two boards: 80% to providers and 20% to infrastructure, against 92% and 8%.
TEST(ScenarioComparison, EightyTwentyAgainstNinetyTwoEight)
{
    const std::vector<Case> cases{
        allocated(split(QStringLiteral("80/20"), 8000),
                  {provider(adams()), provider(baker()), provider(clark())}),
        allocated(split(QStringLiteral("92/8"), 9200),
                  {provider(adams()), provider(baker()), provider(clark())})};
    const ScenarioComparison c = compareScenarios(compared(cases));

    ASSERT_EQ(c.scenarios.size(), 2u);
    const ScenarioTotals& a = c.scenarios[0];
    EXPECT_EQ(a.name, QStringLiteral("80/20"));
    EXPECT_EQ(a.poolCents, 1'000'000);
    EXPECT_EQ(a.infrastructureCents, 200'000);
    EXPECT_EQ(a.paymentsCents, 800'000);
    // 800,000 x 600/1000, 300/1000 and 100/1000.
    EXPECT_EQ(a.groups.primaryCareCents, 480'000);
    EXPECT_EQ(a.groups.specialistCents, 240'000 + 80'000);
    EXPECT_EQ(a.groups.employedCents, 480'000 + 240'000);
    EXPECT_EQ(a.groups.independentCents, 80'000);
    const ScenarioTotals& b = c.scenarios[1];
    EXPECT_EQ(b.infrastructureCents, 80'000);
    EXPECT_EQ(b.paymentsCents, 920'000);
    EXPECT_EQ(b.groups.primaryCareCents, 552'000);
    EXPECT_EQ(b.groups.independentCents, 92'000);

    ASSERT_EQ(c.recipients.size(), 3u);
    EXPECT_EQ(c.recipients[0].name, QStringLiteral("Adams"));
    EXPECT_EQ(c.recipients[0].paymentCents, (std::vector<std::int64_t>{480'000, 552'000}));

    ASSERT_EQ(c.changes.size(), 1u);
    const PairwiseChange& change = c.changes[0];
    EXPECT_EQ(change.other, 1u);
    ASSERT_EQ(change.winners.size(), 3u);
    EXPECT_EQ(change.winners[0].name, QStringLiteral("Adams"));
    EXPECT_EQ(change.winners[0].changeCents, 72'000);
    EXPECT_EQ(change.winners[1].changeCents, 36'000);
    EXPECT_EQ(change.winners[2].changeCents, 12'000);
    EXPECT_TRUE(change.losers.empty());
}

// Leaving out the independent providers: 920,000 over 600 and 300 beneficiaries is 613,333.33
// and 306,666.67, so the cent left by the floors goes to Baker's larger remainder.
TEST(ScenarioComparison, ExcludedRecipientIsTheLoser)
{
    Scenario employedOnly = split(QStringLiteral("Employed only"), 9200);
    employedOnly.independent = false;
    const std::vector<Case> cases{
        allocated(split(QStringLiteral("80/20"), 8000),
                  {provider(adams()), provider(baker()), provider(clark())}),
        allocated(employedOnly, {provider(adams()), provider(baker())})};
    const ScenarioComparison c = compareScenarios(compared(cases));
    EXPECT_EQ(c.scenarios[1].groups.employedCents, 920'000);
    EXPECT_EQ(c.scenarios[1].groups.independentCents, 0);
    const PairwiseChange& change = c.changes[0];
    ASSERT_EQ(change.winners.size(), 2u);
    EXPECT_EQ(change.winners[0].toCents, 613'333);
    EXPECT_EQ(change.winners[0].changeCents, 613'333 - 480'000);
    EXPECT_EQ(change.winners[1].toCents, 306'667);
    ASSERT_EQ(change.losers.size(), 1u);
    EXPECT_EQ(change.losers[0].name, QStringLiteral("Clark"));
    EXPECT_EQ(change.losers[0].fromCents, 80'000);
    EXPECT_EQ(change.losers[0].toCents, 0);
    EXPECT_EQ(change.losers[0].changeCents, -80'000);
}

// Paying practices equally (460,000 each) against paying providers: the rows become providers,
// practice 10's 460,000 shared 600:300 as 306,666.67 and 153,333.33, the cent to Adams.
TEST(ScenarioComparison, DifferentLevelsCompareProviders)
{
    Scenario practices = split(QStringLiteral("Practices"), 9200);
    practices.level = Level::Practice;
    practices.basis = Scenario::Basis::Equal;
    const std::vector<Case> cases{
        allocated(split(QStringLiteral("80/20"), 8000),
                  {provider(adams()), provider(baker()), provider(clark())}),
        allocated(practices, {unit(10, QStringLiteral("North"), {adams(), baker()}),
                              unit(20, QStringLiteral("South"), {clark()})})};
    const ScenarioComparison c = compareScenarios(compared(cases), 1);
    EXPECT_EQ(c.level, Level::Provider);
    const ScenarioTotals& p = c.scenarios[1];
    EXPECT_EQ(p.groups.primaryCareCents, 306'667);
    EXPECT_EQ(p.groups.specialistCents, 153'333 + 460'000);
    EXPECT_EQ(p.groups.employedCents, 460'000);
    EXPECT_EQ(p.groups.independentCents, 460'000);
    const PairwiseChange& change = c.changes[0];
    ASSERT_EQ(change.winners.size(), 1u); // the top one only
    EXPECT_EQ(change.winners[0].name, QStringLiteral("Clark"));
    EXPECT_EQ(change.winners[0].changeCents, 380'000);
    ASSERT_EQ(change.losers.size(), 1u);
    EXPECT_EQ(change.losers[0].name, QStringLiteral("Adams"));
    EXPECT_EQ(change.losers[0].changeCents, 306'667 - 480'000);
}

TEST(ScenarioComparison, NeedsTwoToFour)
{
    const Case one = allocated(split(QStringLiteral("A"), 8000), {provider(adams())});
    const std::vector<ComparedAllocation> single{{one.scenario, one.basis, one.allocation}};
    EXPECT_THROW(compareScenarios(single), Error);
    const std::vector<ComparedAllocation> five(5, single[0]);
    EXPECT_THROW(compareScenarios(five), Error);
}

class ScenarioComparisonDemo : public test::SmallDemoTest
{
};

// On the demo's practices, every cent of every practice's payment reaches one provider, and the
// groups add up to the payments both ways.
TEST_F(ScenarioComparisonDemo, GroupsAddUpToThePayments)
{
    Scenario byProvider = split(QStringLiteral("Providers"), 8000);
    byProvider.amountCents = 123'456'789;
    Scenario byPractice = byProvider;
    byPractice.name = QStringLiteral("Practices");
    byPractice.level = Level::Practice;
    std::vector<Case> cases;
    for (const Scenario& s : {byProvider, byPractice}) {
        Case c{s, loadScenarioBasis(m_store->db(), s), {}};
        c.allocation = Allocator(c.scenario, c.basis).allocate(s.amountCents);
        cases.push_back(std::move(c));
    }
    const ScenarioComparison c = compareScenarios(compared(cases));
    for (const ScenarioTotals& t : c.scenarios) {
        // 80% of 123,456,789 = 98,765,431.2: the split's floor, the cent to the larger remainder.
        EXPECT_EQ(t.paymentsCents + t.unearnedCents, 98'765'431);
        EXPECT_EQ(t.groups.primaryCareCents + t.groups.specialistCents, t.paymentsCents);
        EXPECT_EQ(t.groups.employedCents + t.groups.independentCents, t.paymentsCents);
    }
    std::int64_t providerRows = 0;
    for (const RecipientPayments& r : c.recipients)
        providerRows += r.paymentCents[1];
    EXPECT_EQ(providerRows, c.scenarios[1].paymentsCents);
}
