#pragma once

#include "charts/niceticks.h"

#include <QColor>
#include <QFont>
#include <QString>

#include <vector>

class QAbstractSeries;
class QCategoryAxis;
class QChart;

namespace aco::ui {

// What every QtCharts chart of the application shares: its colours (told apart with
// deuteranopia too, and never red for a good outcome), value axes labelled by the core tick rule,
// legends whose swatches are drawn as their series are, names of reference lines written at their
// ends, and a chart that says why it has nothing to draw.
class ChartStyle
{
  public:
    static QColor ink() { return {0x30, 0x30, 0x30}; }
    static QColor muted() { return {0x5f, 0x66, 0x6d}; }
    static QColor focus() { return {0x1f, 0x5f, 0x8b}; }   // the unit in question: dark blue
    static QColor peer() { return {0xa9, 0xb8, 0xc4}; }    // everyone else: grey blue
    static QColor benchmark() { return {0xb0, 0x5a, 0x00}; } // external references: dark orange
    // The ACO's own target: reddish purple (Okabe and Ito), lighter than the focus so that the two
    // differ with deuteranopia too.
    static QColor target() { return {0xcc, 0x79, 0xa7}; }
    static QColor tier() { return {0x2a, 0x6f, 0x5b}; }    // tier cut-points: dark teal

    // A value axis with a grid line and a label at every tick, as tickLabels writes them, from
    // the first tick to the last.
    static QCategoryAxis* valueAxis(const Ticks& ticks, const QString& title = {});
    // A log axis for values that are plotted as their log10 (funnels): labels at logTicks.
    static QCategoryAxis* logAxis(const Ticks& ticks, const QString& title = {});

    // Title, margins, no animation; the legend at the bottom with swatches drawn as the series
    // are (a dashed line as a dashed line).
    static QChart* newChart(const QString& title);

    // Areas (bars, bands) shown in the legend by their fill: call once the series are added.
    static void fillMarkers(QChart* chart);

    // A chart with nothing to draw, saying why in its plot area (a cost measure has no funnel).
    static QChart* message(const QString& title, const QString& text);

    // The names of horizontal reference lines, at their right ends in the chart's right margin,
    // kept apart and moved with the plot area. `series` is any series on the chart's axes.
    struct LineLabel
    {
        double value;
        QString text;
        QColor colour;
    };
    static void labelLinesAtRight(QChart* chart, QAbstractSeries* series,
                                  std::vector<LineLabel> labels);
    // The same for vertical lines, across the top of the plot in rows that keep them apart; the
    // plot keeps room above its data for topLabelRows rows.
    static void labelLinesAtTop(QChart* chart, QAbstractSeries* series,
                                std::vector<LineLabel> labels);
    // The rows labelLinesAtTop needs on an axis from `low` to `high` in a plot of a narrow
    // window's width (a wider one needs no more).
    static int topLabelRows(const std::vector<LineLabel>& labels, double low, double high);
    // Names of horizontal bars, right-aligned in the chart's left margin beside their bars
    // (`value` is the bar's centre on the vertical axis), elided past `widest` pixels with the
    // whole name as a tooltip. Where the bars are too close for every name, a name that would
    // touch the one above is left out (the hover names its bar); `focus` is always written, bold.
    static void labelBarsAtLeft(QChart* chart, QAbstractSeries* series,
                                std::vector<LineLabel> labels, double widest, int focus = -1);
    static QFont labelFont();
};

} // namespace aco::ui
