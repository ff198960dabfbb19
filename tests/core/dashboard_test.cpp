#include "dashboard/dashboard.h"
#include "diagrams/diagrammetrics.h"
#include "diagrams/diagramrepository.h"
#include "measures/measureengine.h"
#include "measures/tierscheme.h"
#include "smalldemotest.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace aco;

namespace {

// A hand-made ACO whose dashboard is worked out by hand in the comments below: three months of
// 2026 spending (the third outside the request), two measures with benchmarks and tier schemes,
// and four primary care providers with results in 2025 and 2026 (January and February).
class DashboardHandMade : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(Store::create(m_folder.path(QStringLiteral("hand.aco"))));
        Database& db = m_store->db();
        db.exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0001', 'Hand ACO', '2026-03-31');
            INSERT INTO performance_year (year, track, agreement_start_year, agreement_year, assigned_beneficiaries,
                benchmark_per_capita_cents, msr, mlr, quality_score, low_revenue)
              VALUES (2026, 'BASIC_E', 2022, 5, 10000, 1200000, 0.02, 0.02, 0.9, 1);
            INSERT INTO expenditure VALUES (202601, 10000, 950000000, 1000000000),
                                           (202602, 10000, 970000000, 1000000000),
                                           (202603, 10000, 2000000000, 1000000000);
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, active_from) VALUES
              (1, '1234567893', 'Adams', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
              (2, '1999999992', 'Baker', 'Bob', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
              (3, '1000000004', 'Clark', 'Cy', 'Family Medicine', 'primary_care', 'independent', 1, '2020-01-01'),
              (4, '1000000012', 'Diaz', 'Di', 'Family Medicine', 'primary_care', 'independent', 1, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit, benchmark, benchmark_label) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent', 75, 'National 50th percentile'),
              (2, 'ADM', 'Admissions', 'utilization', 'lower', 'per_1000', 250, 'Regional mean'),
              (3, 'TCOC', 'Total cost of care', 'cost', 'lower', 'pmpm', 1000, ''),
              (4, 'ENG', 'Meeting attendance', 'engagement', 'higher', 'percent', NULL, '');
            INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit) VALUES
              (1, 2026, 60, 70, 80, 90), (2, 2026, 300, 200, 100, 50);
            INSERT INTO measure_result VALUES
              (1, 202601, 1, 8, 10), (1, 202602, 1, 9, 10), (1, 202501, 1, 7, 10), (1, 202502, 1, 7, 10),
              (1, 202601, 2, 6, 10), (1, 202602, 2, 6, 10), (1, 202501, 2, 8, 10), (1, 202502, 2, 8, 10),
              (1, 202601, 3, 14, 20), (1, 202602, 3, 16, 20), (1, 202501, 3, 15, 20), (1, 202502, 3, 15, 20),
              (1, 202601, 4, 3, 5), (1, 202602, 4, 2, 5), (1, 202501, 4, 5, 10), (1, 202502, 4, 5, 10),
              (1, 202603, 1, 0, 100),
              (2, 202601, 1, 1, 100), (2, 202602, 1, 1, 100), (2, 202501, 1, 2, 100), (2, 202502, 1, 2, 100),
              (2, 202601, 2, 3, 100), (2, 202602, 2, 3, 100), (2, 202501, 2, 3, 100), (2, 202502, 2, 3, 100),
              (2, 202601, 3, 0, 100), (2, 202602, 3, 0, 100), (2, 202501, 3, 1, 100), (2, 202502, 3, 1, 100),
              (3, 202601, 1, 9500000, 10000), (4, 202601, 1, 3, 4);
        )sql");
    }

    DashboardData dashboard(int movers = 5) const
    {
        DashboardRequest request;
        request.year = 2026;
        request.period = Period(2026, 2);
        request.window = Window::YearToDate;
        request.moverCount = movers;
        return computeDashboard(m_store->db(), request);
    }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
};

const DashboardMeasure& measureOf(const DashboardData& data, const QString& code)
{
    for (const DashboardMeasure& m : data.measures)
        if (m.measure.code == code)
            return m;
    throw std::runtime_error("no measure " + code.toStdString());
}

} // namespace

TEST_F(DashboardHandMade, SpendingToThePeriodProjectsTheYear)
{
    const DashboardData data = dashboard();
    EXPECT_EQ(data.aco.name, QStringLiteral("Hand ACO"));
    const DashboardFinances& f = data.finances;
    ASSERT_EQ(f.months.size(), 2u); // March is after the period
    EXPECT_DOUBLE_EQ(f.months[0].expenditurePmpm(), 950.0);
    EXPECT_DOUBLE_EQ(f.months[1].expenditurePmpm(), 970.0);
    EXPECT_DOUBLE_EQ(f.months[1].benchmarkPmpm(), 1000.0);
    ASSERT_TRUE(f.projection.has_value());
    // $960 a beneficiary-month to date = $11,520 a year against a $12,000 benchmark: 4% saved.
    EXPECT_NEAR(f.input->expenditureTotal, 115'200'000.0, 1e-6);
    EXPECT_NEAR(f.projection->savingsRate, 0.04, 1e-12);
    EXPECT_DOUBLE_EQ(f.projection->msr, 0.02);
    EXPECT_TRUE(f.projection->metMsr);
    // BASIC level E shares 50% once quality is met; 2% sequestration: 4.8 M x 0.5 x 0.98.
    EXPECT_DOUBLE_EQ(f.projection->finalSharingRate, 0.5);
    EXPECT_EQ(f.projection->earnedCents, 235'200'000);
}

TEST_F(DashboardHandMade, MeasuresAgainstTheirBenchmarks)
{
    const DashboardData data = dashboard();
    ASSERT_EQ(data.measures.size(), 2u); // cost and measures without a benchmark are left out
    const DashboardMeasure& bcs = measureOf(data, QStringLiteral("BCS"));
    // 64 of 90 screened in Jan-Feb 2026 (71.1%), 70 of 100 a year before; the target is 75%,
    // missed by 3.9 points, within a tenth of it.
    EXPECT_EQ(bcs.current, (Sums{64, 90}));
    EXPECT_NEAR(*bcs.value, 100.0 * 64 / 90, 1e-9);
    EXPECT_NEAR(*bcs.priorValue, 70.0, 1e-9);
    EXPECT_EQ(bcs.status(), TargetStatus::Near);
    const DashboardMeasure& adm = measureOf(data, QStringLiteral("ADM"));
    // 8 admissions in 600 member-months = 160 per 1,000 a year (was 240); at most 250 is the
    // target.
    EXPECT_NEAR(*adm.value, 160.0, 1e-9);
    EXPECT_NEAR(*adm.priorValue, 240.0, 1e-9);
    EXPECT_EQ(adm.status(), TargetStatus::Met);
}

// The year's driver diagram sets the ACO's own targets; the dashboard judges by them, not by the
// benchmark, so that a value gets the verdict it gets on the diagram. A measure the diagram
// targets is shown even without a benchmark.
TEST_F(DashboardHandMade, TheDiagramsTargetIsTheMeasuresTargetForTheYear)
{
    m_store->db().exec(R"sql(
        INSERT INTO driver_diagram (id, year, title, aim_what, aim_how_much, aim_for_whom,
                                    aim_by_when) VALUES (1, 2026, 'Plan', 'Lower cost', '3%',
                                    'Everyone', 'December 31, 2026');
        INSERT INTO driver_node (diagram_id, kind, position, text, measure_id, target) VALUES
          (1, 'aim', 0, 'Lower cost', 3, 970),
          (1, 'primary', 0, 'Screening', 1, 70),
          (1, 'primary', 1, 'Attendance', 4, 80);
    )sql");
    const DashboardData data = dashboard();
    ASSERT_EQ(data.measures.size(), 3u); // BCS, ADM and now ENG; cost stays in its chart
    // BCS 71.1% against the ACO's 70%: met (against the benchmark's 75% it was not).
    const DashboardMeasure& bcs = measureOf(data, QStringLiteral("BCS"));
    EXPECT_EQ(bcs.target.source, MeasureTarget::Source::Aco);
    EXPECT_EQ(bcs.target.value, 70.0);
    EXPECT_EQ(bcs.status(), TargetStatus::Met);
    EXPECT_EQ(bcs.target.label(bcs.measure), QStringLiteral("ACO target \u2265 70.0%"));
    // ADM keeps its benchmark, named as one.
    const DashboardMeasure& adm = measureOf(data, QStringLiteral("ADM"));
    EXPECT_EQ(adm.target.source, MeasureTarget::Source::Benchmark);
    EXPECT_EQ(adm.target.label(adm.measure), QStringLiteral("Regional mean 250"));
    // ENG: 3 of 4 meetings (75%) against 80%, short by 5 points, a sixteenth of it.
    const DashboardMeasure& eng = measureOf(data, QStringLiteral("ENG"));
    EXPECT_EQ(eng.status(), TargetStatus::Near);
    EXPECT_EQ(targetStatusLabel(*eng.status()), QStringLiteral("not met, within 10%"));

    const auto targets = loadMeasureTargets(m_store->db(), 2026);
    EXPECT_EQ(targets.at(QStringLiteral("TCOC")).value, 970.0);
    EXPECT_FALSE(targets.at(QStringLiteral("TCOC")).higherIsBetter);
    EXPECT_TRUE(loadMeasureTargets(m_store->db(), 2025).contains(QStringLiteral("BCS")));
    EXPECT_EQ(loadMeasureTargets(m_store->db(), 2025).at(QStringLiteral("BCS")).value, 75.0);
}

TEST_F(DashboardHandMade, ProvidersByTier)
{
    const DashboardData data = dashboard();
    ASSERT_EQ(data.tiers.size(), 2u);
    // BCS: Adams 85% best, Baker 60% baseline (at the cut-point), Clark 75% better; Diaz has 10.
    EXPECT_EQ(data.tiers[0].measure.code, QStringLiteral("BCS"));
    EXPECT_EQ(data.tiers[0].providers, (std::array<int, 5>{0, 1, 1, 1, 0}));
    EXPECT_EQ(data.tiers[0].belowMinimum, 1);
    // ADM (lower is better): Adams 120 better, Baker 360 below baseline, Clark 0 extra credit.
    EXPECT_EQ(data.tiers[1].providers, (std::array<int, 5>{1, 0, 1, 0, 1}));
    EXPECT_EQ(data.headline, (QStringList{QStringLiteral("BCS"), QStringLiteral("ADM")}));
}

// On the file as made the panels are small: every move is within chance and nobody is news.
// Adams's 14/20 -> 17/20 (+15 points) has pooled 0.775 on an effective denominator of 10, whose
// 95% arcsine limits allow +19.1; Baker's 16/20 -> 12/20 (-20) is within -30.3; Clark's 2 then 0
// admissions is P = 1/4 of Bin(2, 1/2).
TEST_F(DashboardHandMade, MovesWithinChanceAreNotMovers)
{
    const DashboardData data = dashboard();
    EXPECT_TRUE(data.improvers.empty());
    EXPECT_TRUE(data.decliners.empty());
}

TEST_F(DashboardHandMade, TopMoversInStandardDeviationsOfThePriorValues)
{
    // Ten times the panels of Adams, Baker and Clark, the same values (Diaz stays below the
    // minimum denominator): now the moves are beyond the funnel's limits.
    // Adams BCS 140/200 -> 170/200: limit +7.6 points; Baker 160/200 -> 120/200: limit -9.3.
    // Clark ADM 20 -> 0 admissions in 2,000 member-months each: P = 2^-20. Adams ADM 40 -> 20:
    // P(X <= 20) = 0.0067 of Bin(60, 1/2), real too but smaller than his BCS move.
    m_store->db().exec("UPDATE measure_result SET numerator = 10 * numerator, "
                       "denominator = 10 * denominator WHERE measure_id IN (1, 2) AND provider_id < 4");
    const DashboardData data = dashboard();
    // BCS prior values 70, 80, 75: sd sqrt(50/3). Adams +15 points = +3.674 sd; Baker -20 = -4.899.
    // ADM prior values 240, 360, 120: sd sqrt(9600). Clark 120 -> 0 = +1.225 sd, his largest move;
    // Adams 240 -> 120 is +1.225 sd too, below his BCS move.
    ASSERT_EQ(data.improvers.size(), 2u);
    EXPECT_EQ(data.improvers[0].npi, QStringLiteral("1234567893"));
    EXPECT_EQ(data.improvers[0].measure.code, QStringLiteral("BCS"));
    EXPECT_NEAR(data.improvers[0].score, 15.0 / std::sqrt(50.0 / 3.0), 1e-9);
    EXPECT_NEAR(data.improvers[0].change(), 15.0, 1e-9);
    EXPECT_EQ(data.improvers[0].priorDenominator, 200);
    EXPECT_EQ(data.improvers[0].denominator, 200);
    EXPECT_EQ(data.improvers[1].npi, QStringLiteral("1000000004"));
    EXPECT_EQ(data.improvers[1].measure.code, QStringLiteral("ADM"));
    EXPECT_NEAR(data.improvers[1].score, 120.0 / std::sqrt(9600.0), 1e-9);
    ASSERT_EQ(data.decliners.size(), 1u);
    EXPECT_EQ(data.decliners[0].providerName, QStringLiteral("Baker, Bob"));
    EXPECT_NEAR(data.decliners[0].score, -20.0 / std::sqrt(50.0 / 3.0), 1e-9);
    EXPECT_FALSE(data.decliners[0].improved());

    EXPECT_EQ(dashboard(1).improvers.size(), 1u);
}

TEST_F(DashboardHandMade, AYearWithoutTermsSaysSo)
{
    DashboardRequest request;
    request.year = 2025;
    request.period = Period(2025, 6);
    const DashboardData data = computeDashboard(m_store->db(), request);
    EXPECT_FALSE(data.finances.projection.has_value());
    EXPECT_TRUE(data.finances.unavailable.contains(QStringLiteral("2025")));
    EXPECT_TRUE(data.tiers.empty()); // no 2025 tier schemes
    // Without tiers the movers are on the quality measures: BCS alone.
    EXPECT_EQ(data.headline, QStringList{QStringLiteral("BCS")});
}

// The small demo against sums the sqlite3 engine computes itself, independently of the dashboard.
class DashboardSmallDemo : public test::SmallDemoTest
{
};

TEST_F(DashboardSmallDemo, MatchesIndependentSql)
{
    DashboardRequest request;
    request.year = 2026;
    request.period = Period(2026, 9);
    request.window = Window::Rolling12;
    const DashboardData data = computeDashboard(m_store->db(), request);
    const Database& db = m_store->db();

    auto sums = db.prepare(
        "SELECT sum(r.numerator), sum(r.denominator) FROM measure_result r JOIN measure m "
        "ON m.id = r.measure_id WHERE m.code = ?1 AND r.period BETWEEN 202510 AND 202609");
    ASSERT_GE(data.measures.size(), 10u);
    for (const DashboardMeasure& m : data.measures) {
        sums.bind(1, m.measure.code);
        ASSERT_TRUE(sums.step());
        EXPECT_EQ(m.current, (Sums{sums.int64(0), sums.int64(1)})) << m.measure.code.toStdString();
        sums.reset();
    }

    // Year-to-date spending per beneficiary-month over the benchmark per capita, by SQL.
    const double spentPerMonth =
        static_cast<double>(db.queryInt64("SELECT sum(expenditure_cents) FROM expenditure WHERE "
                                          "period BETWEEN 202601 AND 202609")) /
        static_cast<double>(db.queryInt64("SELECT sum(beneficiary_months) FROM expenditure WHERE "
                                          "period BETWEEN 202601 AND 202609"));
    const double benchmark = static_cast<double>(
        db.queryInt64("SELECT benchmark_per_capita_cents FROM performance_year WHERE year = 2026"));
    ASSERT_TRUE(data.finances.projection.has_value());
    EXPECT_NEAR(data.finances.projection->savingsRate, 1.0 - 12.0 * spentPerMonth / benchmark,
                1e-12);
    EXPECT_EQ(data.finances.months.size(), 9u);

    // Every provider with at least 20 in the denominator is in exactly one tier.
    auto reported = db.prepare(
        "SELECT count(*) FROM (SELECT provider_id FROM measure_result WHERE measure_id = ?1 "
        "AND period BETWEEN 202510 AND 202609 GROUP BY provider_id HAVING sum(denominator) >= 20)");
    ASSERT_FALSE(data.tiers.empty());
    for (const TierDistribution& t : data.tiers) {
        reported.bind(1, t.measure.id);
        ASSERT_TRUE(reported.step());
        EXPECT_EQ(t.assessed(), reported.integer(0)) << t.measure.code.toStdString();
        reported.reset();
    }
    // Movers are the real moves only, at most five each way, largest first, each on panels of at
    // least the minimum denominator in both windows.
    EXPECT_LE(data.improvers.size(), 5u);
    EXPECT_LE(data.decliners.size(), 5u);
    ASSERT_FALSE(data.improvers.empty());
    EXPECT_GE(data.improvers.front().score, data.improvers.back().score);
    for (const auto* movers : {&data.improvers, &data.decliners})
        for (const DashboardMover& m : *movers) {
            EXPECT_GE(m.priorDenominator, 20);
            EXPECT_GE(m.denominator, 20);
        }
}

// One value, one verdict: on the demo, every measure the driver diagram targets reads the same
// on the dashboard and on the diagram, for the same months.
TEST_F(DashboardSmallDemo, EveryMeasureGetsTheDiagramsVerdictOnTheDashboard)
{
    DashboardRequest request;
    request.year = 2026;
    request.period = Period(2026, 9);
    const DashboardData data = computeDashboard(m_store->db(), request);
    DiagramRepository repository(m_store->db());
    const DriverDiagram diagram = *repository.load(2026);
    const MeasureEngine engine(m_store->db());
    const DiagramMetrics metrics =
        computeMetrics(engine, diagram, request.period, request.window);
    int compared = 0;
    for (const auto& [id, metric] : metrics) {
        if (!metric.status)
            continue;
        const auto row = std::find_if(data.measures.begin(), data.measures.end(),
                                      [&](const DashboardMeasure& m) {
                                          return m.measure.code == metric.code;
                                      });
        if (row == data.measures.end()) {
            EXPECT_EQ(metric.code, QStringLiteral("TCOC")); // cost is in the spending chart
            continue;
        }
        ++compared;
        EXPECT_EQ(row->target.source, MeasureTarget::Source::Aco) << metric.code.toStdString();
        EXPECT_EQ(row->target.value, *diagram.find(id)->target) << metric.code.toStdString();
        EXPECT_DOUBLE_EQ(*row->value, *metric.value) << metric.code.toStdString();
        EXPECT_EQ(row->status(), metric.status) << metric.code.toStdString();
    }
    EXPECT_GE(compared, 10); // every measure node but the aim's cost
}

namespace {

// Risk scores and spending by enrollment type for the hand-made ACO, whose agreement period began
// in 2022: benchmark year 3 is 2021, under the 3% cap.
void addEnrollmentTypes(Database& db)
{
    db.exec(R"sql(
        INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, medicare_status,
                                 dual_status) VALUES
          (1, '1AA0AA0AA01', 'One', 'A', '1950-01-01', 'F', '10', NULL),
          (2, '1AA0AA0AA02', 'Two', 'B', '1950-01-01', 'F', '10', 'NA'),
          (3, '1AA0AA0AA03', 'Three', 'C', '1970-01-01', 'M', '20', '02'),
          (4, '1AA0AA0AA04', 'Four', 'D', '1960-01-01', 'M', '11', NULL),
          (5, '1AA0AA0AA05', 'Five', 'E', '1950-01-01', 'F', '10', '02'),
          (6, '1AA0AA0AA06', 'Six', 'F', '1950-01-01', 'F', NULL, NULL);
        INSERT INTO risk_score (beneficiary_id, payment_year, segment, raw, normalized, hccs,
                                model_year) VALUES
          (1, 2021, 'CNA', 1, 1.000, '', 2026), (1, 2026, 'CNA', 1, 1.100, '', 2026),
          (2, 2021, 'CNA', 1, 0.800, '', 2026), (2, 2026, 'CNA', 1, 0.820, '', 2026),
          (3, 2021, 'CFD', 1, 1.200, '', 2026), (3, 2026, 'CFD', 1, 1.164, '', 2026),
          (4, 2026, 'CNA', 1, 2.000, '', 2026),
          (5, 2021, 'CFA', 1, 0.890, '', 2026), (5, 2026, 'CFA', 1, 0.900, '', 2026),
          (6, 2026, 'CNA', 1, 0.500, '', 2026);
        INSERT INTO expenditure_by_type VALUES
          (202601, 'aged_non_dual', 1000, 95000000), (202602, 'aged_non_dual', 1000, 97000000),
          (202601, 'esrd', 10, 8000000), (202602, 'esrd', 10, 9000000),
          (202603, 'aged_non_dual', 1000, 500000000);
        UPDATE performance_year SET benchmark_esrd_cents = 10200000,
          benchmark_disabled_cents = 1440000, benchmark_aged_dual_cents = 1800000,
          benchmark_aged_non_dual_cents = 1200000 WHERE year = 2026;
    )sql");
}

} // namespace

TEST_F(DashboardHandMade, RiskAndSpendingByEnrollmentType)
{
    addEnrollmentTypes(m_store->db());
    const DashboardEnrollment e = dashboard().enrollment;
    ASSERT_TRUE(e.hasRisk());
    const AcoRiskGrowth& risk = e.risk;
    ASSERT_TRUE(risk.rule.has_value());
    EXPECT_EQ(risk.rule->rule, RiskGrowthRule::ThreePercentCap);
    EXPECT_EQ(risk.rule->benchmarkYear, 2021);
    // All six scored for 2026: 6.484 / 6; the sixth has no Medicare status.
    EXPECT_EQ(risk.beneficiaries, 6);
    EXPECT_NEAR(*risk.average, 6.484 / 6, 1e-12);
    EXPECT_EQ(risk.withoutType, 1);
    const auto& types = risk.types;
    // Aged/non-dual: 0.900 in 2021, 0.960 in 2026: +6.67%, of which the cap honours 3%.
    const EnrollmentRisk& agedNonDual = types[size_t(EnrollmentType::AgedNonDual)];
    EXPECT_EQ(agedNonDual.beneficiaries, 2);
    EXPECT_NEAR(*agedNonDual.average, 0.96, 1e-12);
    EXPECT_NEAR(*agedNonDual.benchmarkAverage, 0.9, 1e-12);
    ASSERT_TRUE(agedNonDual.growth.has_value());
    EXPECT_NEAR(agedNonDual.growth->growth(), 0.96 / 0.9 - 1.0, 1e-12);
    EXPECT_NEAR(agedNonDual.growth->honouredGrowth(), 0.03, 1e-12);
    EXPECT_TRUE(agedNonDual.growth->capped);
    // Disabled: 1.200 to 1.164, a 3% fall, honoured in full.
    const EnrollmentRisk& disabled = types[size_t(EnrollmentType::Disabled)];
    EXPECT_NEAR(disabled.growth->honouredGrowth(), -0.03, 1e-12);
    EXPECT_FALSE(disabled.growth->capped);
    // Aged/dual: 0.890 to 0.900, +1.12%, under the cap. ESRD: no 2021 score, no change.
    EXPECT_NEAR(types[size_t(EnrollmentType::AgedDual)].growth->honouredGrowth(), 0.9 / 0.89 - 1,
                1e-12);
    EXPECT_FALSE(types[size_t(EnrollmentType::Esrd)].growth.has_value());

    // Spending January-February (March is after the period): aged/non-dual $1,920,000 over 2,000
    // beneficiary-months = $960 against $12,000 / 12 = $1,000; ESRD $170,000 / 20 = $8,500
    // against $102,000 / 12 = $8,500. Disabled: a benchmark ($1,200) but no spending.
    ASSERT_TRUE(e.hasSpending && e.hasBenchmark);
    const auto& s = e.spending;
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::AgedNonDual)].pmpm(), 960.0);
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::AgedNonDual)].benchmarkPmpm(), 1000.0);
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::Esrd)].pmpm(), 8500.0);
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::Esrd)].benchmarkPmpm(), 8500.0);
    EXPECT_FALSE(s[size_t(EnrollmentType::Disabled)].pmpm().has_value());
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::Disabled)].benchmarkPmpm(), 1200.0);
    EXPECT_DOUBLE_EQ(*s[size_t(EnrollmentType::AgedDual)].benchmarkPmpm(), 1500.0);
}

// A file without claims has no scores and no spending by type: the dashboard says so rather than
// showing zeros.
TEST_F(DashboardHandMade, WithoutClaimsThereIsNoRiskOrSpendingByType)
{
    const DashboardEnrollment e = dashboard().enrollment;
    EXPECT_FALSE(e.hasRisk());
    EXPECT_FALSE(e.hasSpending);
    EXPECT_FALSE(e.hasBenchmark);
}
