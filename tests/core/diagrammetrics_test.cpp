#include "diagrams/diagrammetrics.h"
#include "measures/measureengine.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace aco;

TEST(DiagramMetrics, JudgesTargetsBothWays)
{
    // Higher is better, target 80: met at 80 and above; within 10% (8 points) down to 72.
    EXPECT_EQ(judgeTarget(80.0, 80.0, true), TargetStatus::Met);
    EXPECT_EQ(judgeTarget(95.0, 80.0, true), TargetStatus::Met);
    EXPECT_EQ(judgeTarget(72.0, 80.0, true), TargetStatus::Near);
    EXPECT_EQ(judgeTarget(71.99, 80.0, true), TargetStatus::NotMet);
    // Lower is better, target 250: within 10% up to 275.
    EXPECT_EQ(judgeTarget(240.0, 250.0, false), TargetStatus::Met);
    EXPECT_EQ(judgeTarget(275.0, 250.0, false), TargetStatus::Near);
    EXPECT_EQ(judgeTarget(275.5, 250.0, false), TargetStatus::NotMet);
    EXPECT_EQ(judgeTarget(13.6, 13.5, false), TargetStatus::Near);
    // A near miss is a miss, and says so.
    EXPECT_EQ(targetStatusLabel(TargetStatus::Near), QStringLiteral("not met, within 10%"));
}

TEST(DiagramMetrics, LiveStatusOfEachNodeAtAcoLevel)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("metrics.aco")));
    store.db().exec(R"sql(
        INSERT INTO aco VALUES (1, 'A0001', 'Hand ACO', '2026-09-30');
        INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic');
        INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, active_from) VALUES
          (1, '1234567893', 'Adams', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01'),
          (2, '1999999992', 'Baker', 'Bob', 'Cardiology', 'specialist', 'employed', 1, '2020-01-01');
        INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
          (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent'),
          (2, 'ADM', 'Admissions', 'utilization', 'lower', 'per_1000'),
          (3, 'FLU', 'Flu shots', 'quality', 'higher', 'percent');
        -- September 2026: BCS 30/40 + 40/60 = 70/100 = 70.0%; ADM (2 + 3) / 1,000 member-months
        -- x 12,000 = 60 per 1,000. August adds BCS 0/100, so the quarter is 70/200 = 35.0%.
        INSERT INTO measure_result VALUES (1, 202609, 1, 30, 40), (1, 202609, 2, 40, 60),
          (2, 202609, 1, 2, 500), (2, 202609, 2, 3, 500), (1, 202608, 1, 0, 100);
    )sql");

    DriverDiagram d(2026, QStringLiteral("Metrics"), {QStringLiteral("Aim"), {}, {}, {}}, 1);
    const auto add = [&](std::int64_t id, NodeKind kind, const char* measure,
                         std::optional<double> target,
                         std::optional<TargetDirection> direction = std::nullopt) {
        DriverNode n;
        n.id = id;
        n.kind = kind;
        n.text = QStringLiteral("Node %1").arg(id);
        n.measure = QString::fromLatin1(measure);
        n.target = target;
        n.direction = direction;
        d.insertNode(99, n);
    };
    add(2, NodeKind::Primary, "BCS", 70.0);   // 70 against 70: met
    add(3, NodeKind::Primary, "BCS", 75.0);   // 5 short of 75, within 7.5: near
    add(4, NodeKind::Primary, "BCS", 80.0);   // 10 short of 80, beyond 8: not met
    add(5, NodeKind::Secondary, "ADM", 60.0); // 60 against at most 60: met
    add(6, NodeKind::Secondary, "ADM", 55.0); // 5 over 55, within 5.5: near
    add(7, NodeKind::Secondary, "ADM", 50.0); // 10 over 50, beyond 5: not met
    add(8, NodeKind::Secondary, "BCS", 65.0,
        TargetDirection::Lower);                   // the node's direction wins: 5 over, near
    add(9, NodeKind::Change, "BCS", std::nullopt); // no target: a value, no status
    add(10, NodeKind::Change, "FLU", 50.0);        // no results: no value, no status
    add(11, NodeKind::Change, "", std::nullopt);   // no measure: no metric

    const MeasureEngine engine(store.db());
    const DiagramMetrics month = computeMetrics(engine, d, Period(2026, 9), Window::Month);
    EXPECT_EQ(month.size(), 9u);
    EXPECT_FALSE(month.contains(11));
    EXPECT_DOUBLE_EQ(*month.at(2).value, 70.0);
    EXPECT_DOUBLE_EQ(*month.at(5).value, 60.0);
    EXPECT_EQ(month.at(2).status, TargetStatus::Met);
    EXPECT_EQ(month.at(3).status, TargetStatus::Near);
    EXPECT_EQ(month.at(4).status, TargetStatus::NotMet);
    EXPECT_EQ(month.at(5).status, TargetStatus::Met);
    EXPECT_EQ(month.at(6).status, TargetStatus::Near);
    EXPECT_EQ(month.at(7).status, TargetStatus::NotMet);
    EXPECT_EQ(month.at(8).status, TargetStatus::Near);
    EXPECT_FALSE(month.at(9).status.has_value());
    EXPECT_DOUBLE_EQ(*month.at(9).value, 70.0);
    EXPECT_FALSE(month.at(10).value.has_value());
    EXPECT_EQ(month.at(3).valueLine, QStringLiteral("BCS 70.0% \u00B7 not met, within 10%"));
    EXPECT_EQ(month.at(3).targetLine, QStringLiteral("ACO target \u2265 75.0%"));
    EXPECT_EQ(month.at(7).text,
              QStringLiteral("ADM 60 \u00B7 not met \u00B7 ACO target \u2264 50"));
    EXPECT_EQ(month.at(10).text, QStringLiteral("FLU: no results \u00B7 ACO target \u2265 50.0%"));
    EXPECT_EQ(month.at(9).text, QStringLiteral("BCS 70.0%"));
    EXPECT_EQ(month.at(2).measureName, QStringLiteral("Breast cancer screening"));

    // The window counts: the quarter to September adds August's 0/100.
    const DiagramMetrics quarter = computeMetrics(engine, d, Period(2026, 9), Window::Quarter);
    EXPECT_DOUBLE_EQ(*quarter.at(2).value, 35.0);
    EXPECT_EQ(quarter.at(2).status, TargetStatus::NotMet);

    EXPECT_EQ(defaultMetricPeriod(store.db(), 2026), Period(2026, 9));
    EXPECT_EQ(defaultMetricPeriod(store.db(), 2025),
              Period(2026, 9)); // no 2025 results: the latest
}
