#include "peerchartfactory.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

const QColor focalColor(0x1f, 0x5f, 0x8b);
const QColor peerColor(0xa9, 0xb8, 0xc4);
const QColor inkColor(0x30, 0x30, 0x30);
const QColor benchmarkColor(0xb0, 0x5a, 0x00);
const QColor targetColor(0x6a, 0x1b, 0x9a);
constexpr const char* unitsProperty = "acoUnits";
constexpr const char* divisorProperty = "acoDenominatorDivisor"; // set on funnels only

// The units of a chart travel with it as a dynamic property.
void attachUnits(QChart* chart, std::vector<ChartPoint> units)
{
    chart->setProperty(unitsProperty, QVariant::fromValue(std::make_shared<std::vector<ChartPoint>>(std::move(units))));
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    return chart;
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

const ChartPoint* PeerChartFactory::unitAt(const QChart* chart, const QPointF& point)
{
    const auto& units = unitsOf(chart);
    const QVariant divisor = chart->property(divisorProperty);
    if (!divisor.isValid()) {
        const double index = std::floor(point.x());
        return index >= 0 && index < static_cast<double>(units.size()) ? &units[static_cast<size_t>(index)] : nullptr;
    }
    // Funnel: the point itself, so the nearest in relative terms on both axes.
    const ChartPoint* nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const ChartPoint& u : units) {
        const double x = static_cast<double>(u.denominator) / divisor.toDouble();
        const double d = std::abs(std::log(std::max(x, 1e-9) / std::max(point.x(), 1e-9))) +
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
    QChart* chart = newChart(QStringLiteral("%1: %2, %3 (%4)").arg(m.name, data.peerGroup.toLower(), data.range.toString())
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
    high = high > 0 ? high * 1.08 : 1.0;

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
            band->setBrush(QColor(0x2e, 0x8b, 0x57, 30 + 28 * i));
            band->setPen(Qt::NoPen);
            chart->addSeries(band);
            // One legend entry for the four, darker as they get better, so that the legend has
            // room for the reference lines' whole names.
            if (i == 0)
                chart->legend()->markers(band).front()->setLabel(QStringLiteral("Tier bands"));
            else
                chart->legend()->markers(band).front()->setVisible(false);
        }
    }

    auto* ranked = bars(data.ranked, 0.0, 0.0, peerColor, Qt::NoPen);
    ranked->setName(QStringLiteral("Ranked (%1)").arg(data.ranked.size()));
    chart->addSeries(ranked);
    if (!data.unranked.empty()) {
        auto* unranked = bars(data.unranked, static_cast<double>(data.ranked.size()), 0.0, Qt::NoBrush, QPen(inkColor, 1));
        unranked->setName(QStringLiteral("Too few to rank (%1)").arg(data.unranked.size()));
        chart->addSeries(unranked);
    }
    const auto focal = std::find_if(all.begin(), all.end(), [](const ChartPoint& p) { return p.focal; });
    if (focal != all.end()) {
        const auto index = static_cast<double>(focal - all.begin());
        const bool isRanked = focal->rank.has_value();
        auto* mark = bars({*focal}, index, 0.0, isRanked ? QBrush(focalColor) : QBrush(Qt::NoBrush), QPen(focalColor, 2));
        mark->setName(focal->label + (focal->rank ? QStringLiteral(": #%1").arg(*focal->rank) : QStringLiteral(": not ranked")));
        chart->addSeries(mark);
    }
    // Each reference line named for what it is: the ACO's own value, its target for the year,
    // and the external benchmark.
    if (data.acoValue)
        chart->addSeries(horizontalLine(QStringLiteral("ACO value %1").arg(m.formatValue(*data.acoValue)),
                                        *data.acoValue, 0, n, QPen(inkColor, 1.5, Qt::DashLine)));
    if (data.acoTarget)
        chart->addSeries(horizontalLine(data.acoTargetLabel, *data.acoTarget, 0, n,
                                        QPen(targetColor, 2, Qt::SolidLine)));
    if (data.benchmark)
        chart->addSeries(horizontalLine(data.benchmarkLabel, *data.benchmark, 0, n,
                                        QPen(benchmarkColor, 1.5, Qt::DashDotLine)));

    // Up to 40 bars carry their names (or ranks, when blinded) underneath; more are named on hover.
    QAbstractAxis* x = nullptr;
    if (all.size() <= 40) {
        auto* names = new QCategoryAxis;
        names->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        for (size_t i = 0; i < all.size(); ++i) {
            // "Smith, Wesley NP" fits under a bar as "Smith W."; the full name is on hover.
            const QString& label = all[i].label;
            const qsizetype comma = label.indexOf(QStringLiteral(", "));
            const QString shortLabel = comma > 0 ? label.left(comma) + QLatin1Char(' ') + label.mid(comma + 2, 1) + QLatin1Char('.') : label;
            names->append(shortLabel, static_cast<double>(i) + 0.5);
        }
        names->setRange(0, n);
        names->setLabelsAngle(all.size() > 12 ? -45 : 0);
        QFont font = names->labelsFont();
        font.setPointSizeF(all.size() > 20 ? 7.0 : 8.0);
        names->setLabelsFont(font);
        x = names;
    } else {
        auto* index = new QValueAxis;
        index->setRange(0, n);
        index->setTickCount(2);
        index->setLabelFormat(QStringLiteral(" "));
        x = index;
    }
    x->setGridLineVisible(false);
    x->setTitleText(data.unranked.empty() ? QStringLiteral("Best to worst")
                                          : QStringLiteral("Best to worst, then those too few to rank"));
    auto* y = new QValueAxis;
    y->setRange(0, high);
    y->setTitleText(axisTitle(m));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    attachUnits(chart, std::move(all));
    return chart;
}

QChart* PeerChartFactory::funnel(const FunnelChart& data)
{
    const Measure& m = data.measure;
    QChart* chart = newChart(QStringLiteral("%1: %2, %3 (funnel plot)").arg(m.name, data.peerGroup.toLower(), data.range.toString()));
    const auto limitLine = [&](const QString& name, auto member, const QPen& pen) {
        auto* line = new QLineSeries;
        line->setName(name);
        for (const FunnelChart::Limits& l : data.limits)
            line->append(l.denominator, l.*member);
        line->setPen(pen);
        return line;
    };
    const QPen limit95(inkColor, 1, Qt::DashLine);
    const QPen limit998(inkColor, 1.5);
    const QString od = data.tau2 > 0 ? QStringLiteral(", overdispersed") : QString();
    chart->addSeries(limitLine(QStringLiteral("95% limits") + od, &FunnelChart::Limits::upper95, limit95));
    auto* lower95 = limitLine(QString(), &FunnelChart::Limits::lower95, limit95);
    chart->addSeries(lower95);
    chart->addSeries(limitLine(QStringLiteral("99.8% limits") + od, &FunnelChart::Limits::upper998, limit998));
    auto* lower998 = limitLine(QString(), &FunnelChart::Limits::lower998, limit998);
    chart->addSeries(lower998);
    const double x0 = data.limits.empty() ? 1 : data.limits.front().denominator;
    const double x1 = data.limits.empty() ? 10 : data.limits.back().denominator;
    chart->addSeries(horizontalLine(QStringLiteral("Mean: %1").arg(m.formatValue(data.target)), data.target, x0, x1,
                                    QPen(focalColor, 1.5, Qt::DotLine)));

    auto* points = new QScatterSeries;
    points->setName(QStringLiteral("Units (%1)").arg(data.points.size()));
    // Thousands of points: small squares, which draw far faster than circles.
    const bool many = data.points.size() > 1000;
    points->setMarkerSize(many ? 4 : 7);
    if (many)
        points->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    points->setColor(peerColor);
    points->setBorderColor(QColor(0x60, 0x70, 0x80));
    const double divisor = data.denominatorDivisor;
    for (const ChartPoint& p : data.points)
        points->append(static_cast<double>(p.denominator) / divisor, p.value);
    chart->addSeries(points);
    for (const ChartPoint& p : data.points) {
        if (!p.focal)
            continue;
        auto* focal = new QScatterSeries;
        focal->setName(p.label);
        focal->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        focal->setMarkerSize(11);
        focal->setColor(focalColor);
        focal->append(static_cast<double>(p.denominator) / divisor, p.value);
        chart->addSeries(focal);
    }

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
    const double pad = (high - low) * 0.05 + 1e-9;
    auto* x = new QLogValueAxis;
    x->setBase(10);
    x->setRange(x0, x1);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(m.unit != Measure::Unit::Percent ? QStringLiteral("Member-months (log scale)")
                    : m.monthlyStatus          ? QStringLiteral("Eligible patients, monthly average (log scale)")
                                               : QStringLiteral("Denominator (log scale)"));
    auto* y = new QValueAxis;
    y->setRange(std::max(0.0, low - pad), m.unit == Measure::Unit::Percent ? std::min(100.0, high + pad) : high + pad);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(axisTitle(m));
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

    // Outliers beyond 99.8% named beside their points; placed again when the plot area moves.
    std::vector<std::pair<QPointF, QGraphicsSimpleTextItem*>> labels;
    for (const ChartPoint& p : data.outliers) {
        auto* label = new QGraphicsSimpleTextItem(p.label, chart);
        QFont font = label->font();
        font.setPointSizeF(7.5);
        label->setFont(font);
        label->setBrush(inkColor);
        labels.emplace_back(QPointF(static_cast<double>(p.denominator) / divisor, p.value), label);
    }
    const auto place = [chart, points, labels] {
        // A label that would overprint one already placed is left out; the point stays, and
        // hovering over it names it.
        std::vector<QRectF> placed;
        for (const auto& [at, label] : labels) {
            const QPointF position = chart->mapToPosition(at, points);
            label->setPos(position + QPointF(5, -6));
            const QRectF box = label->mapRectToParent(label->boundingRect());
            const bool clear = std::none_of(placed.begin(), placed.end(), [&](const QRectF& r) { return r.intersects(box); });
            label->setVisible(clear && chart->plotArea().contains(position));
            if (label->isVisible())
                placed.push_back(box);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    attachUnits(chart, data.points);
    chart->setProperty(divisorProperty, data.denominatorDivisor);
    return chart;
}

QChart* PeerChartFactory::trend(const TrendChart& data)
{
    const Measure& m = data.measure;
    QChart* chart = newChart(QStringLiteral("%1: %2 by month against peers").arg(m.name, data.unitName));
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
    band->setName(QStringLiteral("Peers' middle half (25th-75th percentile)"));
    band->setBrush(QColor(0xa9, 0xb8, 0xc4, 110));
    band->setPen(Qt::NoPen);
    chart->addSeries(band);
    median->setName(QStringLiteral("Peer median"));
    median->setPen(QPen(inkColor, 1.5, Qt::DashLine));
    chart->addSeries(median);
    value->setName(data.unitName.isEmpty() ? QStringLiteral("Provider") : data.unitName);
    value->setPen(QPen(focalColor, 2.5));
    value->setPointsVisible(true);
    chart->addSeries(value);

    if (data.months.empty())
        return chart;
    const double x0 = msecs(data.months.front().period);
    const double x1 = msecs(data.months.back().period);
    if (data.cutPoints) {
        const char* names[] = {"Baseline", "Better", "Best", "Extra credit"};
        for (int i = 0; i < 4; ++i) {
            const double c = (*data.cutPoints)[static_cast<size_t>(i)];
            chart->addSeries(horizontalLine(QString::fromUtf8(names[i]) + QStringLiteral(" ") + m.formatValue(c), c, x0, x1,
                                            QPen(QColor(0x2e, 0x8b, 0x57, 90 + 40 * i), 1, Qt::DotLine)));
            low = std::min(low, c);
            high = std::max(high, c);
        }
    }
    if (low > high) {
        low = 0;
        high = 1;
    }
    const double pad = (high - low) * 0.08 + 1e-9;
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x0)), QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(x1)));
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setRange(std::max(0.0, low - pad), high + pad);
    y->applyNiceNumbers();
    y->setTitleText(axisTitle(m));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    return chart;
}

} // namespace aco::ui

