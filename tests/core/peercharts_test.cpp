#include "charts/peercharts.h"
#include "error.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace aco;

namespace {

// Six primary care providers on one screening measure; Fay's 2 of 40 is far below the rest.
class ChartAco : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(Store::create(m_folder.path(QStringLiteral("charts.aco"))));
        m_store->db().exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0001', 'Chart ACO', '2026-09-30');
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, active_from) VALUES
              (1, '1000000001', 'Ames', 'Ann', 'FM', 'primary_care', 'employed', 1, '2020-01-01'),
              (2, '1000000002', 'Bell', 'Bo', 'FM', 'primary_care', 'employed', 1, '2020-01-01'),
              (3, '1000000003', 'Cole', 'Cy', 'FM', 'primary_care', 'employed', 1, '2020-01-01'),
              (4, '1000000004', 'Dunn', 'Di', 'FM', 'primary_care', 'employed', 1, '2020-01-01'),
              (5, '1000000005', 'Eads', 'Ed', 'FM', 'primary_care', 'employed', 1, '2020-01-01'),
              (6, '1000000006', 'Fay', 'Flo', 'FM', 'primary_care', 'employed', 1, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit, benchmark, benchmark_label) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent', 75, 'National'),
              (2, 'TCOC', 'Total cost of care', 'cost', 'lower', 'pmpm', NULL, '');
            INSERT INTO measure_result VALUES
              (1, 202609, 1, 70, 100), (1, 202609, 2, 75, 100), (1, 202609, 3, 80, 100),
              (1, 202609, 4, 72, 100), (1, 202609, 5, 9, 10), (1, 202609, 6, 2, 40),
              (2, 202609, 1, 100000, 100);
            INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit) VALUES (1, 2026, 60, 70, 80, 90);
        )sql");
        m_engine = std::make_unique<MeasureEngine>(m_store->db());
    }
    MeasureComparison bcs() const
    {
        return m_engine->compare(m_engine->measure(QStringLiteral("BCS")), Period(2026, 9), Window::Month,
                                 {Level::Provider, PeerGroup::SameKind, 20});
    }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MeasureEngine> m_engine;
};

} // namespace

TEST_F(ChartAco, RankedChartIsBestFirstWithTheSmallPanelApart)
{
    ChartOptions options;
    options.focal = 4;
    const RankedChart chart = rankedChart(bcs(), loadTierSchemes(m_store->db(), 2026), options);
    ASSERT_EQ(chart.ranked.size(), 5u);
    // 80 (Cole), 75 (Bell), 72 (Dunn), 70 (Ames), 5% (Fay); Eads' 9 of 10 is too few to rank.
    EXPECT_EQ(chart.ranked[0].label, QStringLiteral("Cole, Cy"));
    EXPECT_EQ(chart.ranked[2].label, QStringLiteral("Dunn, Di"));
    EXPECT_TRUE(chart.ranked[2].focal);
    EXPECT_EQ(*chart.ranked[2].rank, 3);
    EXPECT_EQ(chart.ranked[4].label, QStringLiteral("Fay, Flo"));
    ASSERT_EQ(chart.unranked.size(), 1u);
    EXPECT_EQ(chart.unranked[0].id, 5);
    EXPECT_FALSE(chart.unranked[0].rank);
    // The ACO value pools everyone: (70 + 75 + 80 + 72 + 9 + 2) / (400 + 10 + 40) = 308 / 450.
    EXPECT_NEAR(*chart.acoValue, 100.0 * 308 / 450, 1e-12);
    EXPECT_DOUBLE_EQ(*chart.benchmark, 75.0);
    EXPECT_EQ((*chart.cutPoints)[2], 80.0);
}

TEST_F(ChartAco, BlindedChartsNameOnlyTheFocus)
{
    ChartOptions options;
    options.focal = 4;
    options.blinded = true;
    const RankedChart chart = rankedChart(bcs(), {}, options);
    EXPECT_EQ(chart.ranked[0].label, QStringLiteral("#1"));
    EXPECT_EQ(chart.ranked[2].label, QStringLiteral("Dunn, Di"));
    EXPECT_EQ(chart.unranked[0].label, QStringLiteral("unranked"));
    for (const ChartPoint& p : chart.ranked) {
        if (!p.focal) {
            EXPECT_TRUE(p.label.startsWith(QLatin1Char('#')));
        }
    }
}

TEST_F(ChartAco, FunnelCentresOnThePooledValueAndNamesTheOutlier)
{
    const FunnelChart chart = funnelChart(bcs(), {});
    EXPECT_EQ(chart.points.size(), 6u); // small panels are on the funnel
    EXPECT_NEAR(chart.target, 100.0 * 308 / 450, 1e-12);
    EXPECT_DOUBLE_EQ(chart.tau2, 0.0);
    // Fay: 5% of 40 where 68.4% is expected; the 99.8% limits at n = 40 are
    // sin^2(asin(sqrt(0.684)) -/+ 3.090232 / sqrt(160)) = about 0.44 to 0.88.
    ASSERT_EQ(chart.outliers.size(), 1u);
    EXPECT_EQ(chart.outliers[0].label, QStringLiteral("Fay, Flo"));
    // The limits are those of FunnelLimits at each plotted denominator.
    const FunnelLimits limits(FunnelLimits::Kind::Proportion, 308.0 / 450);
    for (const FunnelChart::Limits& l : chart.limits) {
        EXPECT_NEAR(l.upper998, 100.0 * limits.at(l.denominator, FunnelLimits::z998).upper, 1e-9);
        EXPECT_NEAR(l.lower95, 100.0 * limits.at(l.denominator, FunnelLimits::z95).lower, 1e-9);
    }
    EXPECT_EQ(toJson(chart).value(QStringLiteral("outliers")).toArray().size(), 1);
}

TEST_F(ChartAco, FunnelCountsPatientsOnceForMonthlyStatusMeasures)
{
    // The same result three months running is the same 100 patients, not 300.
    m_store->db().exec("INSERT INTO measure_result SELECT measure_id, 202607, provider_id, numerator, denominator "
                       "FROM measure_result WHERE period = 202609 AND measure_id = 1;"
                       "INSERT INTO measure_result SELECT measure_id, 202608, provider_id, numerator, denominator "
                       "FROM measure_result WHERE period = 202609 AND measure_id = 1;"
                       "UPDATE measure SET denominator_kind = 'monthly_status' WHERE code = 'BCS'");
    const MeasureEngine engine(m_store->db());
    const auto c = engine.compare(engine.measure(QStringLiteral("BCS")), Period(2026, 9), Window::Quarter,
                                  {Level::Provider, PeerGroup::SameKind, 20});
    const FunnelChart chart = funnelChart(c, {});
    EXPECT_DOUBLE_EQ(chart.denominatorDivisor, 3.0);
    EXPECT_NEAR(chart.limits.front().denominator * 1.2, 10.0, 1e-9); // Eads' 10 patients, less a margin
}

TEST_F(ChartAco, FunnelOfACostIsRefusedWithAReason)
{
    const auto c = m_engine->compare(m_engine->measure(QStringLiteral("TCOC")), Period(2026, 9), Window::Month,
                                     {Level::Provider, PeerGroup::SameKind, 20});
    try {
        funnelChart(c, {});
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(error.what()).find("TCOC is a cost per member per month"), std::string::npos);
    }
}

TEST_F(ChartAco, TrendGivesEachMonthsValueAndPeerMedian)
{
    m_store->db().exec("INSERT INTO measure_result VALUES (1, 202608, 1, 60, 100), (1, 202608, 2, 90, 100), (1, 202608, 3, 80, 100)");
    const MeasureEngine engine(m_store->db());
    const TrendChart chart = trendChart(engine, m_store->db(), engine.measure(QStringLiteral("BCS")), 1, Period(2026, 9), 3,
                                        {Level::Provider, PeerGroup::SameKind, 20});
    ASSERT_EQ(chart.months.size(), 3u);
    EXPECT_EQ(chart.months[0].period, Period(2026, 7));
    EXPECT_FALSE(chart.months[0].value);
    EXPECT_DOUBLE_EQ(*chart.months[1].value, 60.0);
    EXPECT_DOUBLE_EQ(*chart.months[1].median, 80.0); // of 60, 80, 90
    EXPECT_DOUBLE_EQ(*chart.months[2].value, 70.0);
    // September's ranked peers: 70, 75, 80, 72, 5 -> median 72.
    EXPECT_DOUBLE_EQ(*chart.months[2].median, 72.0);
    EXPECT_EQ(chart.unitName, QStringLiteral("Ames, Ann"));
}
