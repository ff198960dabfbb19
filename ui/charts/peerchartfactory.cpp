#include "peerchartfactory.h"

#include "chartstyle.h"
#include "charts/labelplacement.h"
#include "charts/niceticks.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainterPath>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace aco::ui {

namespace {

constexpr const char* unitsProperty = "acoUnits";
constexpr const char* divisorProperty = "acoDenominatorDivisor"; // set on funnels only
constexpr const char* horizontalProperty = "acoBarCount"; // set on ranked charts lying down
constexpr const char* rowsProperty = "acoBarRows";         // the bars and the room above them
constexpr size_t horizontalUpTo = 40; // bars named beside them; more are named on hover
constexpr double nameWidth = 190.0;   // a name longer than this is elided; the hover has it whole

// The units of a chart travel with it as a dynamic property.
void attachUnits(QChart* chart, std::vector<ChartPoint> units)
{
    chart->setProperty(unitsProperty, QVariant::fromValue(std::make_shared<std::vector<ChartPoint>>(std::move(units))));
}

QLineSeries* horizontalLine(const QString& name, double y, double x0, double x1, const QPen& pen)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(x0, y);
    line->append(x1, y);
    line->setPen(pen);
    return line;
}

// Bars as one area: each bar a rectangle from the axis, separated by gaps at zero height, so a
// chart of thousands of bars is a single path. With more bars than a chart has pixels across,
// neighbours share one step at their mean (the bars are sorted, so a step is nearly flat): the
// same picture, drawn in a tenth of the time. x stays in bar units, so a position still names
// its bar.
QAreaSeries* bars(const std::vector<ChartPoint>& points, double firstX, double baseline, const QBrush& brush, const QPen& pen)
{
    constexpr size_t mostSteps = 800;
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    const size_t count = points.size();
    if (count > mostSteps) {
        QList<QPointF> outline;
        outline.append(QPointF(firstX, baseline));
        for (size_t step = 0; step < mostSteps; ++step) {
            const size_t first = step * count / mostSteps;
            const size_t last = (step + 1) * count / mostSteps;
            double sum = 0;
            for (size_t i = first; i < last; ++i)
                sum += points[i].value;
            const double mean = sum / static_cast<double>(last - first);
            outline.append(QPointF(firstX + static_cast<double>(first), mean));
            outline.append(QPointF(firstX + static_cast<double>(last), mean));
        }
        outline.append(QPointF(firstX + static_cast<double>(count), baseline));
        upper->replace(outline);
    } else {
        const double gap = count > 200 ? 0.0 : 0.12;
        QList<QPointF> outline;
        for (size_t i = 0; i < count; ++i) {
            const double x = firstX + static_cast<double>(i);
            const double v = points[i].value;
            outline << QPointF(x + gap, baseline) << QPointF(x + gap, v) << QPointF(x + 1 - gap, v) << QPointF(x + 1 - gap, baseline);
        }
        upper->replace(outline);
    }
    if (count > 0) {
        lower->append(firstX, baseline);
        lower->append(firstX + static_cast<double>(count), baseline);
    }
    auto* area = new QAreaSeries(upper, lower);
    area->setBrush(brush);
    area->setPen(pen);
    return area;
}

// The tier cut-points by name and value, for their lines' labels.
std::vector<ChartStyle::LineLabel> tierLabels(const Measure& m, const std::array<double, 4>& cutPoints)
{
    const char* names[] = {"Baseline", "Better", "Best", "Extra credit"};
    std::vector<ChartStyle::LineLabel> labels;
    for (size_t i = 0; i < 4; ++i)
        labels.push_back({cutPoints[i], QString::fromUtf8(names[i]) + QLatin1Char(' ') + m.formatValue(cutPoints[i]),
                          ChartStyle::tier()});
    return labels;
}

// A series of a standing ranked chart, laid down: bar position x (0 to n, best first) goes up
// the chart from the bottom as n - x, the value goes across.
void turn(QXYSeries* series, double n)
{
    QList<QPointF> points = series->points();
    for (QPointF& p : points)
        p = QPointF(p.y(), n - p.x());
    series->replace(points);
}

QString axisTitle(const Measure& m)
{
    return m.name + QStringLiteral(" (") + m.unitLabel() + QLatin1Char(')');
}

} // namespace

const std::vector<ChartPoint>& PeerChartFactory::unitsOf(const QChart* chart)
{
    static const std::vector<ChartPoint> none;
    const auto units = chart->property(unitsProperty).value<std::shared_ptr<std::vector<ChartPoint>>>();
    return units ? *units : none;
}

QSize PeerChartFactory::exportSize(const QChart* chart, QSize size)
{
    // Rows of at least 14 pixels, so that every bar's name shows, with some 200 pixels for the
    // title, the axis and the legend.
    const QVariant rows = chart->property(rowsProperty);
    if (rows.isValid())
        size.setHeight(std::max(size.height(), static_cast<int>(std::ceil(200 + 14 * rows.toDouble()))));
    return size;
}

const ChartPoint* PeerChartFactory::unitAt(const QChart* chart, const QPointF& point)
{
    const auto& units = unitsOf(chart);
    const QVariant divisor = chart->property(divisorProperty);
    if (!divisor.isValid()) {
        const QVariant lying = chart->property(horizontalProperty);
        const double index = lying.isValid() ? std::floor(lying.toDouble() - point.y()) : std::floor(point.x());
        return index >= 0 && index < static_cast<double>(units.size()) ? &units[static_cast<size_t>(index)] : nullptr;
    }
    // Funnel: the point itself, so the nearest in relative terms on both axes.
    const ChartPoint* nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const ChartPoint& u : units) {
        const double x = static_cast<double>(u.denominator) / divisor.toDouble();
        // The funnel's x is log10 of the denominator.
        const double d = std::abs(std::log10(std::max(x, 1e-9)) - point.x()) * std::log(10.0) +
                         std::abs(u.value - point.y()) / (std::abs(point.y()) + 1.0);
        if (d < best) {
            best = d;
            nearest = &u;
        }
    }
    return nearest;
}

QChart* PeerChartFactory::ranked(const RankedChart& data)
{
    const Measure& m = data.measure;
    QChart* chart = ChartStyle::newChart(QStringLiteral("%1: %2, %3 (%4)").arg(m.name, data.peerGroup.toLower(), data.range.toString())
                                 .arg(m.higherIsBetter ? QStringLiteral("higher is better") : QStringLiteral("lower is better")));
    std::vector<ChartPoint> all = data.ranked;
    all.insert(all.end(), data.unranked.begin(), data.unranked.end());
    const double n = std::max<double>(1.0, static_cast<double>(all.size()));

    double high = 0.0;
    for (const ChartPoint& p : all)
        high = std::max(high, p.value);
    for (const auto& extra : {data.acoValue, data.acoTarget, data.benchmark})
        if (extra)
            high = std::max(high, *extra);
    if (data.cutPoints)
        high = std::max(high, *std::max_element(data.cutPoints->begin(), data.cutPoints->end()));
    const Ticks ticks = niceTicks(0.0, high > 0 ? high : 1.0, tickUnit(m));
    high = ticks.high;

    // Tier bands behind the bars, from baseline to extra credit, darker as they get better.
    if (data.cutPoints) {
        const auto& c = *data.cutPoints;
        const char* names[] = {"Baseline", "Better", "Best", "Extra credit"};
        for (int i = 0; i < 4; ++i) {
            const double from = c[static_cast<size_t>(i)];
            const double to = i < 3 ? c[static_cast<size_t>(i + 1)] : (m.higherIsBetter ? high : 0.0);
            auto* upper = new QLineSeries;
            auto* lower = new QLineSeries;
            upper->append(0, std::max(from, to));
            upper->append(n, std::max(from, to));
            lower->append(0, std::min(from, to));
            lower->append(n, std::min(from, to));
            auto* band = new QAreaSeries(upper, lower);
            band->setName(QString::fromUtf8(names[i]));
            band->setObjectName(QStringLiteral("tierBand")); // not a unit: no hover, no click
            QColor shade = ChartStyle::tier();
            shade.setAlpha(22 + 22 * i);
            band->setBrush(shade);
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            // Named by the labels of their lines rather than in the legend, which keeps room
            // for the reference lines' whole names.
            chart->legend()->markers(band).front()->setVisible(false);
        }
    }

    auto* ranked = bars(data.ranked, 0.0, 0.0, ChartStyle::peer(), Qt::NoPen);
    ranked->setName(QStringLiteral("Ranked (%1)").arg(data.ranked.size()));
    chart->addSeries(ranked);
    if (!data.unranked.empty()) {
        auto* unranked = bars(data.unranked, static_cast<double>(data.ranked.size()), 0.0, Qt::NoBrush, QPen(ChartStyle::ink(), 1));
        unranked->setName(QStringLiteral("Too few to rank (%1)").arg(data.unranked.size()));
        chart->addSeries(unranked);
    }
    const auto focal = std::find_if(all.begin(), all.end(), [](const ChartPoint& p) { return p.focal; });
    if (focal != all.end()) {
        const auto index = static_cast<double>(focal - all.begin());
        const bool isRanked = focal->rank.has_value();
        auto* mark = bars({*focal}, index, 0.0, isRanked ? QBrush(ChartStyle::focus()) : QBrush(Qt::NoBrush), QPen(ChartStyle::focus(), 2));
        mark->setName(focal->label + (focal->rank ? QStringLiteral(": #%1").arg(*focal->rank) : QStringLiteral(": not ranked")));
        chart->addSeries(mark);
    }
    // Each reference line named for what it is: the ACO's target for the year, its own value,
    // and the external benchmark. The value's dashes go over the wider target line, so that an
    // ACO exactly on target shows both.
    if (data.acoTarget)
        chart->addSeries(horizontalLine(data.acoTargetLabel, *data.acoTarget, 0, n,
                                        QPen(ChartStyle::target(), 4.5, Qt::SolidLine)));
    if (data.acoValue)
        chart->addSeries(horizontalLine(QStringLiteral("ACO value %1").arg(m.formatValue(*data.acoValue)),
                                        *data.acoValue, 0, n, QPen(ChartStyle::ink(), 1.5, Qt::DashLine)));
    if (data.benchmark)
        chart->addSeries(horizontalLine(data.benchmarkLabel, *data.benchmark, 0, n,
                                        QPen(ChartStyle::benchmark(), 1.5, Qt::DashDotLine)));

    ChartStyle::fillMarkers(chart);

    QAbstractAxis* values = ChartStyle::valueAxis(ticks, axisTitle(m));
    std::vector<ChartStyle::LineLabel> tiers;
    if (data.cutPoints)
        tiers = tierLabels(m, *data.cutPoints);
    if (all.size() <= horizontalUpTo) {
        // Few enough to name every bar: lying down, best at the top, so that a practice's or a
        // department's name reads whole beside its bar. Built standing, then turned.
        const int rows = ChartStyle::topLabelRows(tiers, ticks.low, ticks.high);
        // Room above the bars for the tier names: rows of 14 pixels in a plot some 400 high.
        const double room = rows * 14.0 * n / (400.0 - rows * 14.0);
        for (QAbstractSeries* s : chart->series()) {
            if (auto* area = qobject_cast<QAreaSeries*>(s)) {
                turn(area->upperSeries(), n);
                if (area->lowerSeries())
                    turn(area->lowerSeries(), n);
            } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
                turn(line, n);
            }
        }
        // The names are written beside their bars rather than by an axis, which would cut
        // every one of them to "..." when the bars are close.
        auto* rowsAxis = new QValueAxis;
        rowsAxis->setRange(0, n + room);
        // Blank labels a few characters wide: the axis then takes room enough left of the plot
        // for the value axis's first label ("0%") to show whole.
        rowsAxis->setTickCount(2);
        rowsAxis->setLabelFormat(QStringLiteral("      "));
        rowsAxis->setGridLineVisible(false);
        values->setTitleText(axisTitle(m) + (data.unranked.empty() ? QStringLiteral("; best at the top")
                                                                  : QStringLiteral("; best at the top, then those too few to rank")));
        chart->addAxis(values, Qt::AlignBottom);
        chart->addAxis(rowsAxis, Qt::AlignLeft);
        for (QAbstractSeries* s : chart->series()) {
            s->attachAxis(values);
            s->attachAxis(rowsAxis);
        }
        std::vector<ChartStyle::LineLabel> names;
        int focus = -1;
        for (size_t i = 0; i < all.size(); ++i) {
            names.push_back({n - static_cast<double>(i) - 0.5, all[i].label, all[i].focal ? ChartStyle::focus() : ChartStyle::ink()});
            if (all[i].focal)
                focus = static_cast<int>(i);
        }
        ChartStyle::labelBarsAtLeft(chart, chart->series().front(), std::move(names), nameWidth, focus);
        ChartStyle::labelLinesAtTop(chart, chart->series().front(), tiers);
        chart->setProperty(horizontalProperty, n);
        chart->setProperty(rowsProperty, n + room);
    } else {
        // Too many to name: standing, named on hover.
        auto* index = new QValueAxis;
        index->setRange(0, n);
        index->setTickCount(2);
        index->setLabelFormat(QStringLiteral(" "));
        index->setGridLineVisible(false);
        index->setTitleText(data.unranked.empty() ? QStringLiteral("Best to worst")
                                                   : QStringLiteral("Best to worst, then those too few to rank"));
        QFont titleFont = index->titleFont();
        titleFont.setBold(false);
        index->setTitleFont(titleFont);
        index->setTitleBrush(ChartStyle::muted());
        chart->addAxis(index, Qt::AlignBottom);
        chart->addAxis(values, Qt::AlignLeft);
        for (QAbstractSeries* s : chart->series()) {
            s->attachAxis(index);
            s->attachAxis(values);
        }
        ChartStyle::labelLinesAtRight(chart, chart->series().front(), tiers);
    }
    attachUnits(chart, std::move(all));
    return chart;
}

QChart* PeerChartFactory::funnel(const FunnelChart& data)
{
    const Measure& m = data.measure;
    QChart* chart = ChartStyle::newChart(QStringLiteral("%1: %2, %3 (funnel plot)").arg(m.name, data.peerGroup.toLower(), data.range.toString()));
    // x is plotted as log10 of the denominator, so that a category axis can label it with the
    // tick rule's round values.
    const auto limitLine = [&](const QString& name, auto member, const QPen& pen) {
        auto* line = new QLineSeries;
        line->setName(name);
        for (const FunnelChart::Limits& l : data.limits)
            line->append(std::log10(l.denominator), l.*member);
        line->setPen(pen);
        return line;
    };
    // Told apart by dash, weight and shade, in the legend as on the plot.
    const QPen limit95(ChartStyle::muted(), 1.2, Qt::DashLine);
    const QPen limit998(ChartStyle::ink(), 2.0);
    const QString od = data.tau2 > 0 ? QStringLiteral(", overdispersed") : QString();
    chart->addSeries(limitLine(QStringLiteral("95% limits (dashed)") + od, &FunnelChart::Limits::upper95, limit95));
    auto* lower95 = limitLine(QString(), &FunnelChart::Limits::lower95, limit95);
    chart->addSeries(lower95);
    chart->addSeries(limitLine(QStringLiteral("99.8% limits (solid)") + od, &FunnelChart::Limits::upper998, limit998));
    auto* lower998 = limitLine(QString(), &FunnelChart::Limits::lower998, limit998);
    chart->addSeries(lower998);
    const double x0 = data.limits.empty() ? 1 : data.limits.front().denominator;
    const double x1 = data.limits.empty() ? 10 : data.limits.back().denominator;
    chart->addSeries(horizontalLine(QStringLiteral("ACO mean %1").arg(m.formatValue(data.target)), data.target,
                                    std::log10(x0), std::log10(x1), QPen(ChartStyle::benchmark(), 1.5, Qt::DotLine)));

    auto* points = new QScatterSeries;
    points->setName(QStringLiteral("Units (%1)").arg(data.points.size()));
    // Thousands of points: small squares, which draw far faster than circles.
    const bool many = data.points.size() > 1000;
    const double markerSize = many ? 4 : 7;
    points->setMarkerSize(markerSize);
    if (many)
        points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    points->setColor(ChartStyle::peer());
    points->setBorderColor(QColor(0x60, 0x70, 0x80));
    const double divisor = data.denominatorDivisor;
    const auto at = [divisor](const ChartPoint& p) {
        return QPointF(std::log10(std::max(static_cast<double>(p.denominator) / divisor, 1e-9)), p.value);
    };
    for (const ChartPoint& p : data.points)
        points->append(at(p));
    chart->addSeries(points);
    // The focus first (it is always named), then the outliers beyond 99.8%.
    std::vector<const ChartPoint*> named;
    for (const ChartPoint& p : data.points) {
        if (!p.focal)
            continue;
        auto* focal = new QScatterSeries;
        focal->setName(p.label);
        focal->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        focal->setMarkerSize(11);
        focal->setColor(ChartStyle::focus());
        focal->append(at(p));
        chart->addSeries(focal);
        named.push_back(&p);
    }
    for (const ChartPoint& p : data.outliers)
        if (!p.focal)
            named.push_back(&p);

    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const ChartPoint& p : data.points) {
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    for (const FunnelChart::Limits& l : data.limits) {
        // The widest limits at small denominators would flatten the plot; keep them in view only
        // as far as the points need.
        low = std::min(low, std::max(l.lower998, data.target - 2 * (data.target - low)));
        high = std::max(high, std::min(l.upper998, data.target + 2 * (high - data.target)));
    }
    if (data.points.empty()) {
        low = 0;
        high = 1;
    }
    // A funnel is read around its mean, so its value axis starts where the points do.
    const Ticks yTicks = niceTicks(std::max(0.0, low), m.unit == Measure::Unit::Percent ? std::min(100.0, high) : high,
                                   tickUnit(m), 6, false);
    const QString xTitle = m.unit != Measure::Unit::Percent ? QStringLiteral("Member-months (log scale)")
                           : m.monthlyStatus                ? QStringLiteral("Eligible patients, monthly average (log scale)")
                                                            : QStringLiteral("Denominator (log scale)");
    QAbstractAxis* x = ChartStyle::logAxis(logTicks(x0, x1, TickUnit::Number), xTitle);
    QAbstractAxis* y = ChartStyle::valueAxis(
        yTicks, axisTitle(m) + (yTicks.low > 0 ? QStringLiteral(", from ") + yTicks.labels.front() : QString()));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    // The lower limit lines share the upper ones' legend entries.
    for (QLegendMarker* marker : chart->legend()->markers())
        if (marker->series() == lower95 || marker->series() == lower998)
            marker->setVisible(false);

    // Names beside their points, clear of every point and of each other; placed again when the
    // plot area moves. An outlier with no free place is named on hover instead.
    std::vector<std::pair<QPointF, QGraphicsSimpleTextItem*>> labels;
    std::vector<QGraphicsRectItem*> grounds;
    for (const ChartPoint* p : named) {
        auto* label = new QGraphicsSimpleTextItem(p->label, chart);
        QFont font = ChartStyle::labelFont();
        font.setBold(p->focal);
        label->setFont(font);
        label->setBrush(p->focal ? ChartStyle::focus() : ChartStyle::ink());
        label->setZValue(20);
        labels.emplace_back(at(*p), label);
        // A white ground under the name, so that a limit line does not cross its letters.
        auto* ground = new QGraphicsRectItem(label->boundingRect().adjusted(-1, 0, 1, 0), chart);
        ground->setPen(Qt::NoPen);
        ground->setBrush(QColor(255, 255, 255, 215));
        ground->setZValue(19.5);
        grounds.push_back(ground);
    }
    auto* leaders = new QGraphicsPathItem(chart);
    leaders->setPen(QPen(ChartStyle::muted(), 0.8));
    leaders->setZValue(19);
    const bool focusFirst = !named.empty() && named.front()->focal;
    const auto place = [chart, points, labels, grounds, leaders, markerSize, focusFirst](const QRectF& plot) {
        std::vector<QPointF> all;
        for (const QPointF& p : points->points())
            all.push_back(chart->mapToPosition(p, points));
        std::vector<LabelRequest> requests;
        for (const auto& [value, label] : labels)
            requests.push_back({chart->mapToPosition(value, points), label->boundingRect().size()});
        const auto placed = placeLabels(requests, all, markerSize / 2 + 1, plot, focusFirst);
        QPainterPath path;
        for (size_t i = 0; i < labels.size(); ++i) {
            QGraphicsSimpleTextItem* label = labels[i].second;
            label->setVisible(placed[i].has_value());
            grounds[i]->setVisible(placed[i].has_value());
            if (!placed[i])
                continue;
            label->setPos(placed[i]->box.topLeft());
            grounds[i]->setPos(placed[i]->box.topLeft());
            if (placed[i]->leader) {
                const QRectF& box = placed[i]->box;
                const QPointF from = requests[i].point;
                path.moveTo(from);
                path.lineTo(QPointF(std::clamp(from.x(), box.left(), box.right()), std::clamp(from.y(), box.top(), box.bottom())));
            }
        }
        leaders->setPath(path);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    attachUnits(chart, data.points);
    chart->setProperty(divisorProperty, data.denominatorDivisor);
    return chart;
}

QChart* PeerChartFactory::trend(const TrendChart& data)
{
    const Measure& m = data.measure;
    QChart* chart = ChartStyle::newChart(QStringLiteral("%1: %2 by month against peers").arg(m.name, data.unitName));
    const auto msecs = [](Period p) { return static_cast<double>(QDateTime(QDate(p.year(), p.month(), 1), QTime(0, 0)).toMSecsSinceEpoch()); };

    auto* p75 = new QLineSeries;
    auto* p25 = new QLineSeries;
    auto* median = new QLineSeries;
    auto* value = new QLineSeries;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (const TrendChart::Month& month : data.months) {
        const double x = msecs(month.period);
        if (month.p25 && month.p75 && month.median) {
            p25->append(x, *month.p25);
            p75->append(x, *month.p75);
            median->append(x, *month.median);
            low = std::min(low, *month.p25);
            high = std::max(high, *month.p75);
        }
        if (month.value) {
            value->append(x, *month.value);
            low = std::min(low, *month.value);
            high = std::max(high, *month.value);
        }
    }
    auto* band = new QAreaSeries(p75, p25);
    band->setName(QStringLiteral("Peers' middle half (25th to 75th)"));
    band->setBrush(QColor(0xa9, 0xb8, 0xc4, 110));
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    median->setName(QStringLiteral("Peer median"));
    median->setPen(QPen(ChartStyle::benchmark(), 1.5, Qt::DashLine));
    chart->addSeries(median);
    value->setName(data.unitName.isEmpty() ? QStringLiteral("Provider") : data.unitName);
    value->setPen(QPen(ChartStyle::focus(), 2.5));
    value->setPointsVisible(true);
    chart->addSeries(value);
    ChartStyle::fillMarkers(chart);

    if (data.months.empty()) {
        const QString title = chart->title();
        delete chart;
        return ChartStyle::message(title, QStringLiteral("No months with results to draw."));
    }
    const double x0 = msecs(data.months.front().period);
    const double x1 = msecs(data.months.back().period);
    std::vector<QLineSeries*> tierLines;
    if (data.cutPoints) {
        // Tier lines named at their right ends rather than in the legend.
        for (const ChartStyle::LineLabel& tier : tierLabels(m, *data.cutPoints)) {
            tierLines.push_back(horizontalLine(tier.text, tier.value, x0, x1, QPen(tier.colour, 1, Qt::DotLine)));
            chart->addSeries(tierLines.back());
            low = std::min(low, tier.value);
            high = std::max(high, tier.value);
        }
    }
    if (low > high) {
        low = 0;
        high = 1;
    }
    // A month's ups and downs would vanish on an axis from zero: this one starts near the values.
    const Ticks ticks = niceTicks(std::max(0.0, low), m.unit == Measure::Unit::Percent ? std::min(100.0, high) : high,
                                  tickUnit(m), 6, false);
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0)), QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1)));
    x->setTickCount(7);
    QAbstractAxis* y = ChartStyle::valueAxis(
        ticks, axisTitle(m) + (ticks.low > 0 ? QStringLiteral(", from ") + ticks.labels.front() : QString()));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (data.cutPoints) {
        for (QLegendMarker* marker : chart->legend()->markers())
            if (std::find(tierLines.begin(), tierLines.end(), marker->series()) != tierLines.end())
                marker->setVisible(false);
        ChartStyle::labelLinesAtRight(chart, value, tierLabels(m, *data.cutPoints));
    }
    return chart;
}

} // namespace aco::ui

