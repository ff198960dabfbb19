#pragma once

#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariocomparison.h"

#include <QRectF>

class QChart;
class QPainter;

namespace aco::ui {

// The Scenarios view's charts, built the same way for the window and for the PDF reports. Each
// returns a new chart that the caller owns.
class ScenarioCharts
{
  public:
    // Payments, largest first: one bar per recipient up to `bars`, else the average payment of
    // `bars` groups of recipients by rank (a printed half page holds fewer names than a window).
    static QChart* payments(const Allocation& allocation, int bars = 25);
    // The same in place, for a chart made by payments() with as many bars; false when it cannot be.
    static bool updatePayments(QChart* chart, const Allocation& allocation, int bars = 25);
    // How the trials' earned savings spread, over an amount axis.
    static QChart* histogram(const MonteCarloResult& result);
    // Each uncertain input moved alone to its 5th and 95th percentile, around the base result.
    static QChart* tornado(const MonteCarloResult& result, std::int64_t baseCents);
    // Grouped bars, one set per scenario: the split and the payments by group.
    static QChart* comparison(const ScenarioComparison& comparison);

    // Paints `chart` into `target` of a painter whose window is a page in points.
    static void render(QChart* chart, QPainter& painter, const QRectF& target);
};

} // namespace aco::ui
