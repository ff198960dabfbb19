#include "charts/labelplacement.h"
#include "charts/peercharts.h"
#include "demo/demoaco.h"
#include "measures/measureengine.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aco;

namespace {

constexpr double radius = 4.0;
const QRectF area(0, 0, 400, 300);

// Whether a box covers part of a point's circle.
bool covers(const QRectF& box, const QPointF& p)
{
    const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
    const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
    return std::hypot(dx, dy) < radius;
}

void expectClear(const std::vector<std::optional<PlacedLabel>>& placed, const std::vector<QPointF>& points,
                 size_t exceptFirst = 0)
{
    for (size_t i = 0; i < placed.size(); ++i) {
        if (!placed[i])
            continue;
        EXPECT_TRUE(area.contains(placed[i]->box)) << i;
        for (size_t j = i + 1; j < placed.size(); ++j) {
            if (placed[j]) {
                EXPECT_FALSE(placed[i]->box.intersects(placed[j]->box)) << i << " and " << j;
            }
        }
        if (i < exceptFirst)
            continue;
        for (const QPointF& p : points)
            EXPECT_FALSE(covers(placed[i]->box, p)) << "label " << i << " covers (" << p.x() << ", " << p.y() << ")";
    }
}

} // namespace

TEST(LabelPlacement, ALoneLabelGoesRightOfItsPoint)
{
    const std::vector<QPointF> points{{100, 100}};
    const auto placed = placeLabels({{points[0], QSizeF(60, 12)}}, points, radius, area);
    ASSERT_TRUE(placed[0]);
    EXPECT_FALSE(placed[0]->leader);
    // Right of the circle (radius 4) with a 2-pixel gap, centred on the point.
    EXPECT_DOUBLE_EQ(placed[0]->box.left(), 106);
    EXPECT_DOUBLE_EQ(placed[0]->box.center().y(), 100);
}

TEST(LabelPlacement, AtTheRightEdgeTheLabelGoesLeft)
{
    const std::vector<QPointF> points{{390, 100}};
    const auto placed = placeLabels({{points[0], QSizeF(60, 12)}}, points, radius, area);
    ASSERT_TRUE(placed[0]);
    EXPECT_DOUBLE_EQ(placed[0]->box.right(), 384);
}

TEST(LabelPlacement, TwoNeighboursDoNotShareAPlace)
{
    // Two points 10 pixels apart on a row: the first label right would cover the second point.
    const std::vector<QPointF> points{{100, 100}, {110, 100}};
    const auto placed = placeLabels({{points[0], QSizeF(50, 12)}, {points[1], QSizeF(50, 12)}},
                                    points, radius, area);
    ASSERT_TRUE(placed[0]);
    ASSERT_TRUE(placed[1]);
    expectClear(placed, points);
}

TEST(LabelPlacement, ACrowdLeavesOutWhatHasNoRoomButNeverOverprints)
{
    // A grid of 200 points 12 pixels apart, each asking for a label 70 x 12.
    std::vector<QPointF> points;
    std::vector<LabelRequest> labels;
    for (int x = 0; x < 20; ++x)
        for (int y = 0; y < 10; ++y) {
            points.emplace_back(80 + x * 12, 90 + y * 12);
            labels.push_back({points.back(), QSizeF(70, 12)});
        }
    const auto placed = placeLabels(labels, points, radius, area, false);
    size_t shown = 0;
    for (const auto& p : placed)
        shown += p ? 1 : 0;
    EXPECT_GT(shown, 5u);           // the edges of the crowd have room
    EXPECT_LT(shown, labels.size()); // its middle has none
    expectClear(placed, points);
}

TEST(LabelPlacement, TheFirstLabelIsKeptInACrowd)
{
    // The focus in the middle of a crowd that covers the whole area: no free place at all.
    std::vector<QPointF> points;
    for (int x = 0; x <= 400; x += 8)
        for (int y = 0; y <= 300; y += 8)
            points.emplace_back(x, y);
    const QPointF focus(200, 152);
    const auto placed = placeLabels({{focus, QSizeF(60, 12)}, {QPointF(96, 96), QSizeF(60, 12)}},
                                    points, radius, area);
    ASSERT_TRUE(placed[0]);
    EXPECT_FALSE(placed[1]);
    EXPECT_FALSE(placed[0]->box.contains(focus));
}

TEST(LabelPlacement, FurtherOutWithALeaderWhenTheRingBesideIsFull)
{
    // A point boxed in by neighbours on every side at 14 pixels: its label goes further out.
    std::vector<QPointF> points{{200, 150}};
    for (int dx = -28; dx <= 28; dx += 14)
        for (int dy = -28; dy <= 28; dy += 14)
            if (dx != 0 || dy != 0)
                points.emplace_back(200 + dx, 150 + dy);
    const auto placed = placeLabels({{points[0], QSizeF(40, 10)}}, points, radius, area);
    ASSERT_TRUE(placed[0]);
    EXPECT_TRUE(placed[0]->leader);
    expectClear(placed, points);
}

TEST(LabelPlacement, PointsOutsideTheAreaAreNotLabelled)
{
    const std::vector<QPointF> points{{500, 100}};
    EXPECT_FALSE(placeLabels({{points[0], QSizeF(60, 12)}}, points, radius, area)[0]);
}

TEST(LabelPlacement, EdgeLabelsStayAtTheirLinesWhereThereIsRoom)
{
    // Three lines far apart: each label centred on its line.
    const auto start = spreadAlong({50, 150, 250}, {10, 10, 10}, 0, 300);
    EXPECT_EQ(start, (std::vector<double>{45, 145, 245}));
}

TEST(LabelPlacement, CrowdedEdgeLabelsArePushedApartInOrder)
{
    // Lines at 100, 102 and 104 with labels 10 high and a gap of 1: 95, 106, 117 going down.
    EXPECT_EQ(spreadAlong({104, 100, 102}, {10, 10, 10}, 0, 300), (std::vector<double>{117, 95, 106}));
    // At the bottom edge the crowd is pushed up instead: 279, 290 above the end at 300.
    EXPECT_EQ(spreadAlong({298, 299}, {10, 10}, 0, 300), (std::vector<double>{279, 290}));
}

TEST(LabelPlacement, LabelsAcrossTheTopTakeAnotherRowWhenTheyWouldOverlap)
{
    // Widths 40: the first two would overlap (centres 20 apart), the third has room in row 0.
    const auto placed = packRows({100, 120, 300}, {40, 40, 40}, 0, 400);
    EXPECT_EQ(placed[0], std::make_pair(80.0, 0));
    EXPECT_EQ(placed[1], std::make_pair(100.0, 1));
    EXPECT_EQ(placed[2], std::make_pair(280.0, 0));
    // Kept inside the ends.
    EXPECT_EQ(packRows({5}, {40}, 0, 400)[0], std::make_pair(0.0, 0));
}

// The funnel plots of the medium demo, every measure with counted events, with the focus on the
// first, the middle and the last provider of the list: laid out in a plot of 760 x 420 pixels as
// the chart lays them out (log denominator across, value up), names of 6.5 pixels a letter.
// No two names overlap, none covers a point but the focus's may cover its neighbours, and the
// focus is always named.
TEST(LabelPlacement, NoTwoFunnelNamesOverlapOnTheMediumDemo)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("medium.aco"));
    writeDemo(path, {DemoSize::Medium, 1}, false);
    const Store store = Store::openReadOnly(path);
    const MeasureEngine engine(store.db());
    const QRectF plot(0, 0, 760, 420);
    int named = 0;
    int charts = 0;
    for (const Measure& measure : engine.measures()) {
        if (measure.unit == Measure::Unit::Pmpm)
            continue;
        const MeasureComparison comparison =
            engine.compare(measure, Period(2026, 9), Window::Rolling12, {Level::Provider, PeerGroup::SameKind, 20});
        ASSERT_FALSE(comparison.units.empty()) << measure.code.toStdString();
        for (size_t which : {size_t(0), comparison.units.size() / 2, comparison.units.size() - 1}) {
            ChartOptions options;
            options.focal = comparison.units[which].id;
            const FunnelChart funnel = funnelChart(comparison, options);
            ASSERT_FALSE(funnel.limits.empty());
            const double x0 = std::log10(funnel.limits.front().denominator);
            const double x1 = std::log10(funnel.limits.back().denominator);
            double low = funnel.target;
            double high = funnel.target;
            for (const ChartPoint& p : funnel.points) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
            const auto at = [&](const ChartPoint& p) {
                const double x = std::log10(static_cast<double>(p.denominator) / funnel.denominatorDivisor);
                return QPointF(plot.left() + (x - x0) / (x1 - x0) * plot.width(),
                               plot.bottom() - (p.value - low) / (high - low) * plot.height());
            };
            std::vector<QPointF> points;
            std::vector<LabelRequest> requests;
            for (const ChartPoint& p : funnel.points) {
                points.push_back(at(p));
                if (p.focal)
                    requests.insert(requests.begin(), {at(p), QSizeF(6.5 * p.label.size(), 12)});
            }
            ASSERT_EQ(requests.size(), 1u) << measure.code.toStdString();
            for (const ChartPoint& p : funnel.outliers)
                if (!p.focal)
                    requests.push_back({at(p), QSizeF(6.5 * p.label.size(), 12)});
            const auto placed = placeLabels(requests, points, radius, plot);
            ASSERT_TRUE(placed[0].has_value()) << measure.code.toStdString();
            for (size_t i = 0; i < placed.size(); ++i) {
                if (!placed[i])
                    continue;
                ++named;
                EXPECT_TRUE(plot.contains(placed[i]->box));
                for (size_t j = i + 1; j < placed.size(); ++j)
                    if (placed[j]) {
                        EXPECT_FALSE(placed[i]->box.intersects(placed[j]->box))
                            << measure.code.toStdString() << ": " << i << " and " << j;
                    }
                if (i == 0)
                    continue;
                for (const QPointF& p : points)
                    EXPECT_FALSE(covers(placed[i]->box, p)) << measure.code.toStdString() << ": name " << i;
            }
            ++charts;
        }
    }
    EXPECT_EQ(charts, 13 * 3); // every measure but the cost
    EXPECT_GT(named, charts);  // outliers named too, not only the focus
}
