#include "error.h"
#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariobasis.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

using namespace aco;

namespace {

// Five departments of one provider each, and a sixth provider without a department. On BCS
// (cut-points 60/70/80/90, paying 0/50/75/100% as the toolkit's department example), the
// departments reach 65, 75, 85, 95 and 95; on ENG, department 5 has 50%, below the rule's 75%.
class DepartmentFile : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(Store::create(m_folder.path(QStringLiteral("dept.aco"))));
        m_store->db().exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0001', 'Dept ACO', '2026-03-31');
            INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
                assigned_beneficiaries, benchmark_per_capita_cents, msr, quality_score, low_revenue)
            VALUES (2026, 'BASIC_E', 2022, 5, 1000, 1200000, 0.02, 0.88, 1);
            -- Spending per beneficiary-month of 100, 110 and 90 cents.
            INSERT INTO expenditure VALUES (202601, 1000, 100000, 100000), (202602, 1000, 110000, 100000),
                                           (202603, 1000, 90000, 100000);
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Main');
            INSERT INTO department (id, code, name) VALUES (1, 'D1', 'Cardiology'), (2, 'D2', 'Dermatology'),
                (3, 'D3', 'Endocrinology'), (4, 'D4', 'Family Medicine'), (5, 'D5', 'Gastroenterology');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id,
                                  department_id, active_from) VALUES
              (1, '1000000001', 'A', 'A', 'Cardiology', 'specialist', 'employed', 1, 1, '2020-01-01'),
              (2, '1000000002', 'B', 'B', 'Dermatology', 'specialist', 'employed', 1, 2, '2020-01-01'),
              (3, '1000000003', 'C', 'C', 'Endocrinology', 'specialist', 'employed', 1, 3, '2020-01-01'),
              (4, '1000000004', 'D', 'D', 'Family Medicine', 'primary_care', 'employed', 1, 4, '2020-01-01'),
              (5, '1000000005', 'E', 'E', 'Gastroenterology', 'specialist', 'independent', 1, 5, '2020-01-01'),
              (6, '1000000006', 'F', 'F', 'Family Medicine', 'primary_care', 'employed', 1, NULL, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent'),
              (2, 'ENG', 'Meeting attendance', 'engagement', 'higher', 'percent');
            INSERT INTO measure_result VALUES
              (1, 202603, 1, 65, 100), (1, 202603, 2, 75, 100), (1, 202603, 3, 85, 100),
              (1, 202603, 4, 95, 100), (1, 202603, 5, 95, 100), (1, 202603, 6, 95, 100),
              (2, 202603, 1, 80, 100), (2, 202603, 2, 80, 100), (2, 202603, 3, 80, 100),
              (2, 202603, 4, 75, 100), (2, 202603, 5, 50, 100), (2, 202603, 6, 90, 100);
            INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit, payout_baseline,
                                     payout_better, payout_best, payout_extra_credit)
            VALUES (1, 2026, 60, 70, 80, 90, 0.0, 0.5, 0.75, 1.0);
        )sql");
    }
    const Database& db() const { return m_store->db(); }

    static Scenario departments()
    {
        Scenario s;
        s.source = Scenario::Source::Amount;
        s.amountCents = 5'000'000;
        s.year = 2026;
        s.infrastructureBasisPoints = 0;
        s.providerBasisPoints = 10000;
        s.level = Level::Department;
        s.basis = Scenario::Basis::Tiers;
        s.maximumBy = Scenario::MaximumBy::Equal;
        s.measures = {{QStringLiteral("BCS"), 10000}};
        s.engagement = EngagementRule{QStringLiteral("ENG"), 75.0};
        return s;
    }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(DepartmentFile, DepartmentsEarnZeroFiftySeventyFiveOrAHundredPercent)
{
    const Scenario s = departments();
    const ScenarioBasis basis = loadScenarioBasis(db(), s);
    ASSERT_EQ(basis.recipients.size(), 5u); // provider 6 has no department
    // $50,000 in equal maximums of $10,000; department 5 reaches extra credit but misses ENG.
    const Allocation a = Allocator(s, basis).allocate(5'000'000);
    const std::int64_t expected[] = {0, 500'000, 750'000, 1'000'000, 0};
    const Tier tiers[] = {Tier::Baseline, Tier::Better, Tier::Best, Tier::ExtraCredit,
                          Tier::ExtraCredit};
    for (size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(a.recipients[i].id, std::int64_t(i + 1));
        EXPECT_EQ(a.recipients[i].maximumCents, 1'000'000);
        EXPECT_EQ(a.recipients[i].tiers, std::vector<Tier>{tiers[i]});
        EXPECT_EQ(a.recipients[i].paymentCents, expected[i]);
    }
    EXPECT_FALSE(a.recipients[4].eligible);
    // Not earned: 1,000,000 + 500,000 + 250,000 + 0 + 1,000,000.
    EXPECT_EQ(a.unearnedToInfrastructureCents, 2'750'000);
}

TEST_F(DepartmentFile, EligibilityFiltersProviders)
{
    Scenario s = departments();
    s.independent = false; // department 5's only provider is independent
    s.specialists = false; // leaves department 4's family physician
    const ScenarioBasis basis = loadScenarioBasis(db(), s);
    ASSERT_EQ(basis.recipients.size(), 1u);
    EXPECT_EQ(basis.recipients[0].id, 4);
}

TEST_F(DepartmentFile, UnknownMeasureOrYearNamesTheField)
{
    Scenario s = departments();
    s.measures = {{QStringLiteral("XYZ"), 10000}};
    try {
        loadScenarioBasis(db(), s);
        FAIL() << "an unknown measure was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("payment.measures[0].code"), std::string::npos)
            << e.what();
    }
    s = departments();
    s.year = 2025;
    try {
        loadScenarioBasis(db(), s);
        FAIL() << "a year without results was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("source.year"), std::string::npos) << e.what();
    }
}

TEST_F(DepartmentFile, MsspSourceAndHistoryVariability)
{
    // Monthly 100, 110, 90 cents: mean 100, sample sd sqrt((0 + 100 + 100) / 2) = 10, CV 0.1;
    // a year of twelve such months: 0.1 / sqrt(12) = 0.028868.
    EXPECT_NEAR(expenditureCvFromHistory(db(), 2026), 0.1 / std::sqrt(12.0), 1e-12);
    EXPECT_EQ(expenditureCvFromHistory(db(), 2025), 0.0);

    Scenario s = departments();
    s.source = Scenario::Source::Mssp;
    const ScenarioBasis basis = loadScenarioBasis(db(), s);
    ASSERT_TRUE(basis.mssp);
    EXPECT_NEAR(basis.historyExpenditureCv, 0.028868, 1e-6);
    // Benchmark $12,000 x 1,000 = $12M; spending $1 x 12 x 1,000 = $12,000: far below, so
    // savings are earned; spending 1,100 times as much is a loss for a two-sided track.
    EXPECT_GT(scenarioEarnedCents(s, basis), 0);
    s.expenditureChange = 1.0; // twice the spending: still savings
    EXPECT_GT(scenarioEarnedCents(s, basis), 0);
    EXPECT_LT(scenarioEarnedCents(s, basis, 1100.0), 0);
}

// A new plan pays by tiers on the one measure with a tier scheme in 2026 (BCS, not ENG), at 100%,
// and by beneficiaries once the year has no tier scheme; it applies as it is either way.
TEST_F(DepartmentFile, StartingScenarioAppliesAsItIs)
{
    Scenario s = startingScenario(db());
    EXPECT_EQ(s.source, Scenario::Source::Mssp);
    EXPECT_EQ(s.year, 2026);
    EXPECT_EQ(s.infrastructureBasisPoints, 2000);
    EXPECT_EQ(s.providerBasisPoints, 8000);
    EXPECT_EQ(s.basis, Scenario::Basis::Tiers);
    ASSERT_EQ(s.measures.size(), 1u);
    EXPECT_EQ(s.measures[0].code, QStringLiteral("BCS"));
    EXPECT_EQ(s.measures[0].weightBasisPoints, 10000);
    EXPECT_NO_THROW(s.validate());
    EXPECT_NO_THROW(loadScenarioBasis(db(), s));

    m_store->db().exec("DELETE FROM tier_scheme");
    s = startingScenario(db());
    EXPECT_EQ(s.basis, Scenario::Basis::Beneficiaries);
    EXPECT_TRUE(s.measures.empty());
    EXPECT_NO_THROW(s.validate());
    EXPECT_NO_THROW(loadScenarioBasis(db(), s));

    // A file made from extracts without the years' MSSP terms.
    m_store->db().exec("DELETE FROM performance_year");
    s = startingScenario(db());
    EXPECT_EQ(s.source, Scenario::Source::Amount);
    EXPECT_EQ(s.amountCents, 0);
    EXPECT_EQ(s.basis, Scenario::Basis::Beneficiaries);
    EXPECT_NO_THROW(s.validate());
    EXPECT_NO_THROW(loadScenarioBasis(db(), s));
}

TEST(ScenarioBasis, SameBasisIgnoresWhatOnlyReallocates)
{
    Scenario a;
    a.year = 2026;
    a.measures = {{QStringLiteral("BCS"), 6000}, {QStringLiteral("AWV"), 4000}};
    Scenario b = a;
    b.name = QStringLiteral("Other");
    b.expenditureChange = -0.02;
    b.qualityScore = 0.8;
    b.infrastructureBasisPoints = 800;
    b.providerBasisPoints = 9200;
    b.measures = {{QStringLiteral("BCS"), 5000}, {QStringLiteral("AWV"), 5000}};
    b.unearned = Scenario::Unearned::ToEarners;
    b.lossBearer = Scenario::LossBearer::ProRata;
    b.priorReserveCents = 100;
    b.expenditureCv = 0.05;
    EXPECT_TRUE(sameBasis(a, b));

    for (const auto& change : std::vector<std::function<void(Scenario&)>>{
             [](Scenario& s) { s.year = 2025; },
             [](Scenario& s) { s.level = Level::Practice; },
             [](Scenario& s) { s.independent = false; },
             [](Scenario& s) { s.minimumBeneficiaries = 10; },
             [](Scenario& s) { s.engagement = EngagementRule{QStringLiteral("ENG"), 75.0}; },
             [](Scenario& s) { s.basis = Scenario::Basis::Equal; },
             [](Scenario& s) { s.measures.pop_back(); }}) {
        Scenario c = b;
        change(c);
        EXPECT_FALSE(sameBasis(a, c));
    }
}
