#include "chartstyle.h"

#include "charts/labelplacement.h"

#include <QAreaSeries>
#include <QBrush>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPen>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

constexpr double labelGap = 6.0; // between a plot's edge and the names written beside it

// A name on a white ground, so that a line or a bar under it does not cross its letters.
QGraphicsRectItem* newLabel(QChart* chart, const ChartStyle::LineLabel& label)
{
    auto* ground = new QGraphicsRectItem(chart);
    ground->setPen(Qt::NoPen);
    ground->setBrush(QColor(255, 255, 255, 225));
    ground->setZValue(20); // above the series
    auto* text = new QGraphicsSimpleTextItem(label.text, ground);
    text->setFont(ChartStyle::labelFont());
    text->setBrush(label.colour);
    text->setPos(2, 0);
    ground->setRect(QRectF(0, 0, text->boundingRect().width() + 4, text->boundingRect().height()));
    return ground;
}

QCategoryAxis* axisAt(const std::vector<double>& positions, const std::vector<QString>& labels,
                      double low, double high, const QString& title)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(low);
    for (size_t i = 0; i < positions.size(); ++i)
        axis->append(labels[i], positions[i]);
    axis->setRange(low, high);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setTitleBrush(ChartStyle::muted());
    axis->setLabelsBrush(ChartStyle::ink());
    axis->setGridLineColor(QColor(0xe2, 0xe6, 0xea));
    axis->setLinePenColor(QColor(0xb8, 0xc0, 0xc8));
    return axis;
}

} // namespace

QFont ChartStyle::labelFont()
{
    QFont font;
    font.setPointSizeF(8.0);
    return font;
}

QCategoryAxis* ChartStyle::valueAxis(const Ticks& ticks, const QString& title)
{
    return axisAt(ticks.values, ticks.labels, ticks.low, ticks.high, title);
}

QCategoryAxis* ChartStyle::logAxis(const Ticks& ticks, const QString& title)
{
    std::vector<double> positions;
    for (double v : ticks.values)
        positions.push_back(std::log10(v));
    return axisAt(positions, ticks.labels, std::log10(ticks.low), std::log10(ticks.high), title);
}

QChart* ChartStyle::newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(std::max(font.pointSizeF(), 10.0));
    chart->setTitleFont(font);
    chart->setTitleBrush(ink());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->legend()->setLabelColor(ink());
    return chart;
}

void ChartStyle::fillMarkers(QChart* chart)
{
    // Qt edges a marker in black around the series' fill: a translucent band (the peers' middle
    // half) then reads as a hollow box. Each swatch is drawn as its series is: the fill as it
    // shows on the white plot, edged with the series' own pen or, without one, in the fill.
    for (QLegendMarker* marker : chart->legend()->markers()) {
        const auto* area = qobject_cast<QAreaSeries*>(marker->series());
        if (!area)
            continue;
        marker->setShape(QLegend::MarkerShapeRectangle);
        QBrush fill = area->brush();
        if (fill.style() != Qt::NoBrush) {
            const QColor c = fill.color();
            const auto onWhite = [&c](int channel) {
                return static_cast<int>(std::lround(channel * c.alphaF() + 255 * (1 - c.alphaF())));
            };
            fill = QBrush(QColor(onWhite(c.red()), onWhite(c.green()), onWhite(c.blue())));
        }
        marker->setBrush(fill);
        marker->setPen(area->pen().style() == Qt::NoPen ? QPen(fill.color()) : area->pen());
    }
}

QChart* ChartStyle::message(const QString& title, const QString& text)
{
    QChart* chart = newChart(title);
    chart->legend()->hide();
    auto* note = new QGraphicsSimpleTextItem(text, chart);
    QFont font = labelFont();
    font.setPointSizeF(11);
    note->setFont(font);
    note->setBrush(muted());
    // Centred in the plot area whenever the chart is laid out.
    QObject::connect(chart, &QChart::plotAreaChanged, chart, [note](const QRectF& plot) {
        const QRectF box = note->boundingRect();
        note->setPos(plot.center() - QPointF(box.width() / 2, box.height() / 2));
    });
    return chart;
}

void ChartStyle::labelLinesAtRight(QChart* chart, QAbstractSeries* series,
                                   std::vector<LineLabel> labels)
{
    if (labels.empty())
        return;
    std::vector<QGraphicsRectItem*> items;
    double widest = 0.0;
    for (const LineLabel& l : labels) {
        items.push_back(newLabel(chart, l));
        widest = std::max(widest, items.back()->rect().width());
    }
    QMargins margins = chart->margins();
    margins.setRight(static_cast<int>(std::ceil(widest + labelGap + 4)));
    chart->setMargins(margins);
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart, series, items, labels = std::move(labels)](const QRectF& plot) {
                         std::vector<double> wanted;
                         std::vector<double> heights;
                         for (size_t i = 0; i < labels.size(); ++i) {
                             wanted.push_back(chart->mapToPosition(QPointF(0, labels[i].value), series).y());
                             heights.push_back(items[i]->rect().height());
                         }
                         const auto tops = spreadAlong(wanted, heights, plot.top() - 6, plot.bottom() + 6);
                         for (size_t i = 0; i < items.size(); ++i) {
                             items[i]->setPos(plot.right() + labelGap, tops[i]);
                             items[i]->setVisible(wanted[i] >= plot.top() - 1 && wanted[i] <= plot.bottom() + 1);
                         }
                     });
}

int ChartStyle::topLabelRows(const std::vector<LineLabel>& labels, double low, double high)
{
    constexpr double narrowPlot = 560.0;
    const QFontMetricsF metrics(labelFont());
    std::vector<double> wanted;
    std::vector<double> widths;
    for (const LineLabel& l : labels) {
        wanted.push_back((l.value - low) / std::max(high - low, 1e-12) * narrowPlot);
        widths.push_back(metrics.horizontalAdvance(l.text) + 4);
    }
    int rows = 0;
    for (const auto& [x, row] : packRows(wanted, widths, 0, narrowPlot))
        rows = std::max(rows, row + 1);
    return rows;
}

void ChartStyle::labelLinesAtTop(QChart* chart, QAbstractSeries* series,
                                 std::vector<LineLabel> labels)
{
    std::vector<QGraphicsRectItem*> items;
    for (const LineLabel& l : labels)
        items.push_back(newLabel(chart, l));
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart, series, items, labels = std::move(labels)](const QRectF& plot) {
                         std::vector<double> wanted;
                         std::vector<double> widths;
                         for (size_t i = 0; i < labels.size(); ++i) {
                             wanted.push_back(chart->mapToPosition(QPointF(labels[i].value, 0), series).x());
                             widths.push_back(items[i]->rect().width());
                         }
                         const auto placed = packRows(wanted, widths, plot.left(), plot.right());
                         for (size_t i = 0; i < items.size(); ++i) {
                             const auto [x, row] = placed[i];
                             items[i]->setPos(x, plot.top() + 2 + row * items[i]->rect().height());
                         }
                     });
}

void ChartStyle::labelBarsAtLeft(QChart* chart, QAbstractSeries* series,
                                 std::vector<LineLabel> labels, double widest, int focus)
{
    std::vector<QGraphicsSimpleTextItem*> items;
    double width = 0.0;
    for (size_t i = 0; i < labels.size(); ++i) {
        QFont font = labelFont();
        font.setBold(static_cast<int>(i) == focus);
        const QString shown = QFontMetricsF(font).elidedText(labels[i].text, Qt::ElideRight, widest);
        auto* item = new QGraphicsSimpleTextItem(shown, chart);
        item->setFont(font);
        item->setBrush(labels[i].colour);
        if (shown != labels[i].text)
            item->setToolTip(labels[i].text);
        items.push_back(item);
        width = std::max(width, item->boundingRect().width());
    }
    QMargins margins = chart->margins();
    margins.setLeft(static_cast<int>(std::ceil(width + labelGap)));
    chart->setMargins(margins);
    QObject::connect(chart, &QChart::plotAreaChanged, chart,
                     [chart, series, items, labels = std::move(labels), focus](const QRectF& plot) {
                         // From the top down; a name that would touch the one above is left out,
                         // except the focus, which then takes the place of the one above.
                         std::vector<size_t> order(items.size());
                         for (size_t i = 0; i < order.size(); ++i)
                             order[i] = i;
                         std::vector<double> centre(items.size());
                         for (size_t i = 0; i < items.size(); ++i)
                             centre[i] = chart->mapToPosition(QPointF(0, labels[i].value), series).y();
                         std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return centre[a] < centre[b]; });
                         double bottom = -1e9;
                         QGraphicsSimpleTextItem* last = nullptr;
                         for (size_t i : order) {
                             QGraphicsSimpleTextItem* item = items[i];
                             const QRectF box = item->boundingRect();
                             item->setPos(plot.left() - labelGap / 2 - box.width(), centre[i] - box.height() / 2);
                             const bool clear = centre[i] - box.height() / 2 >= bottom;
                             const bool mustShow = static_cast<int>(i) == focus;
                             if (!clear && mustShow && last)
                                 last->setVisible(false);
                             item->setVisible(clear || mustShow);
                             if (item->isVisible()) {
                                 bottom = centre[i] + box.height() / 2;
                                 last = item;
                             }
                         }
                     });
}

} // namespace aco::ui
