#pragma once

#include "charts/peercharts.h"

#include <QChart>

#include <vector>

namespace aco::ui {

// Builds QtCharts charts from the plotted numbers of core/charts. Each chart carries, for the
// view's hover and click, which unit each bar or point is (see unitsOf).
class PeerChartFactory
{
public:
    // Every ranked unit as a bar (best on the left), the focal one dark, unranked ones hollow at
    // the right; the ACO value and the external benchmark as dashed lines; tier bands shaded.
    static QChart* ranked(const RankedChart& data);
    // Points of value against denominator (log scale), 95% (dashed) and 99.8% (solid) limits
    // around the mean, units outside 99.8% labelled by name.
    static QChart* funnel(const FunnelChart& data);
    // The provider's monthly values against the peer median and the interquartile band, with
    // the tier cut-points as lines.
    static QChart* trend(const TrendChart& data);

    // The units behind a chart made here, in the order of the x positions of the ranked chart,
    // or of the points of the funnel.
    static const std::vector<ChartPoint>& unitsOf(const QChart* chart);
    // The size to export a chart made here at, from the size asked for: taller when its bars
    // lie down and are many, so that every name is written.
    static QSize exportSize(const QChart* chart, QSize size);
    // The unit at a point in data coordinates (as hover and click signals give them): the bar
    // under x on the ranked chart, the nearest point on a funnel. Null when there is none.
    static const ChartPoint* unitAt(const QChart* chart, const QPointF& point);
};

} // namespace aco::ui
