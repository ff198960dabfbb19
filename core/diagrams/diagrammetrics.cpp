#include "diagrams/diagrammetrics.h"

#include "error.h"
#include "measures/measureengine.h"
#include "measures/resultsums.h"

#include <QLocale>

#include <cmath>

namespace aco {

namespace {

const Measure* findByCode(const std::vector<Measure>& measures, const QString& code)
{
    for (const Measure& m : measures)
        if (m.code == code)
            return &m;
    return nullptr;
}

} // namespace

void computeMetricValues(const MeasureEngine& engine, const DriverDiagram& diagram, Period end,
                         Window window, MetricValues& values)
{
    const MeasureEngine::Options aco{Level::Aco, PeerGroup::Everyone, 0};
    for (const std::int64_t id : diagram.nodeIds()) {
        const QString& code = diagram.find(id)->measure;
        if (code.isEmpty() || values.contains(code))
            continue;
        if (const Measure* measure = findByCode(engine.measures(), code))
            values[code] = engine.compare(*measure, end, window, aco).acoValue;
    }
}

bool hasMetricValues(const DriverDiagram& diagram, const std::vector<Measure>& measures,
                     const MetricValues& values)
{
    for (const std::int64_t id : diagram.nodeIds()) {
        const QString& code = diagram.find(id)->measure;
        if (!code.isEmpty() && !values.contains(code) && findByCode(measures, code))
            return false;
    }
    return true;
}

DiagramMetrics computeMetrics(const MeasureEngine& engine, const DriverDiagram& diagram, Period end,
                              Window window, MetricValues* cache)
{
    MetricValues local; // one query per measure, however many nodes use it
    MetricValues& values = cache ? *cache : local;
    computeMetricValues(engine, diagram, end, window, values);
    return metricsFromValues(engine.measures(), diagram, values);
}

DiagramMetrics metricsFromValues(const std::vector<Measure>& measures, const DriverDiagram& diagram,
                                 const MetricValues& values)
{
    DiagramMetrics metrics;
    for (const std::int64_t id : diagram.nodeIds()) {
        const DriverNode& node = *diagram.find(id);
        if (node.measure.isEmpty())
            continue;
        NodeMetric metric;
        metric.code = node.measure;
        const Measure* measure = findByCode(measures, node.measure);
        if (!measure) {
            metric.valueLine = metric.text =
                node.measure + QStringLiteral(": not a measure of this file");
            metrics.emplace(id, metric);
            continue;
        }
        metric.measureName = measure->name;
        if (const auto found = values.find(node.measure); found != values.end())
            metric.value = found->second;

        const bool higher =
            node.direction ? *node.direction == TargetDirection::Higher : measure->higherIsBetter;
        // The node's target is the measure's for the year: every node with the measure carries
        // the same one (validateDiagram), and the dashboard judges by it too.
        const std::optional<MeasureTarget> target =
            node.target ? std::optional(MeasureTarget{MeasureTarget::Source::Aco, *node.target, higher})
                        : std::nullopt;
        if (target)
            metric.targetLine = target->label(*measure);
        if (!metric.value) {
            metric.valueLine = node.measure + QStringLiteral(": no results");
        } else {
            metric.valueLine =
                node.measure + QLatin1Char(' ') + measure->formatValue(*metric.value);
            if (target) {
                metric.status = target->judge(*metric.value);
                metric.valueLine += QStringLiteral(" \u00B7 ") + targetStatusLabel(*metric.status);
            }
        }
        metric.text = metric.targetLine.isEmpty()
                          ? metric.valueLine
                          : metric.valueLine + QStringLiteral(" \u00B7 ") + metric.targetLine;
        metrics.emplace(id, metric);
    }
    return metrics;
}

QString metricsCaption(Period end, Window window)
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const PeriodRange range = windowRange(window, end);
    const auto month = [&](Period p) { return english.monthName(p.month()); };
    QString months;
    if (range.first == range.last)
        months = month(range.last) + QLatin1Char(' ') + QString::number(range.last.year());
    else if (range.first.year() == range.last.year())
        months = month(range.first) + QStringLiteral("\u2013") + month(range.last) +
                 QLatin1Char(' ') + QString::number(range.last.year());
    else
        months = month(range.first) + QLatin1Char(' ') + QString::number(range.first.year()) +
                 QStringLiteral("\u2013") + month(range.last) + QLatin1Char(' ') +
                 QString::number(range.last.year());
    return QStringLiteral("Live metrics: ACO level, ") + windowLabel(window).toLower() +
           QStringLiteral(" (") + months + QLatin1Char(')');
}

std::optional<Period> defaultMetricPeriod(const Database& db, int year)
{
    const std::vector<Period> periods = periodsWithResults(db); // latest first
    for (const Period p : periods)
        if (p.year() == year)
            return p;
    if (!periods.empty())
        return periods.front();
    return std::nullopt;
}

} // namespace aco
