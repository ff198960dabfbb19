#include "measures/measuretarget.h"

#include "diagrams/driverdiagram.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

// Measures the diagram sets no target for are held to their external benchmarks.
void addBenchmarks(const std::vector<Measure>& measures, std::map<QString, MeasureTarget>& targets)
{
    for (const Measure& m : measures)
        if (m.benchmark && !targets.contains(m.code))
            targets[m.code] = {MeasureTarget::Source::Benchmark, *m.benchmark, m.higherIsBetter};
}

} // namespace

TargetStatus judgeTarget(double value, double target, bool higherIsBetter)
{
    const double shortfall = higherIsBetter ? target - value : value - target;
    if (shortfall <= 0.0)
        return TargetStatus::Met;
    // A relative tolerance of a few ulps keeps "exactly 10% short" on the near side.
    if (shortfall <= 0.10 * std::abs(target) * (1.0 + 1e-12))
        return TargetStatus::Near;
    return TargetStatus::NotMet;
}

QString targetStatusLabel(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return QStringLiteral("met");
    case TargetStatus::Near:
        return QStringLiteral("not met, within 10%");
    case TargetStatus::NotMet:
        return QStringLiteral("not met");
    }
    return {};
}

QString MeasureTarget::label(const Measure& measure) const
{
    if (source == Source::Aco)
        return QStringLiteral("ACO target ") +
               (higherIsBetter ? QStringLiteral("\u2265 ") : QStringLiteral("\u2264 ")) +
               measure.formatValue(value);
    return (measure.benchmarkLabel.isEmpty() ? QStringLiteral("external benchmark")
                                             : measure.benchmarkLabel) +
           QLatin1Char(' ') + measure.formatValue(value);
}

std::map<QString, MeasureTarget> measureTargets(const std::vector<Measure>& measures,
                                                const DriverDiagram* diagram)
{
    std::map<QString, MeasureTarget> targets;
    if (diagram) {
        for (const std::int64_t id : diagram->nodeIds()) { // the aim first, column by column
            const DriverNode& node = *diagram->find(id);
            if (node.measure.isEmpty() || !node.target || targets.contains(node.measure))
                continue;
            const auto measure = std::find_if(measures.begin(), measures.end(), [&](const Measure& m) {
                return m.code == node.measure;
            });
            if (measure == measures.end())
                continue;
            targets[node.measure] = {
                MeasureTarget::Source::Aco, *node.target,
                node.direction ? *node.direction == TargetDirection::Higher
                               : measure->higherIsBetter};
        }
    }
    addBenchmarks(measures, targets);
    return targets;
}

std::map<QString, MeasureTarget> loadMeasureTargets(const Database& db, int year)
{
    std::map<QString, MeasureTarget> targets;
    // The nodes' targets in column order, as DriverDiagram::nodeIds() gives them.
    auto nodes = db.prepare(R"sql(
        SELECT m.code, n.target, coalesce(n.direction, m.direction) = 'higher'
        FROM driver_node n JOIN driver_diagram d ON d.id = n.diagram_id
        JOIN measure m ON m.id = n.measure_id
        WHERE d.year = ?1 AND n.target IS NOT NULL
        ORDER BY CASE n.kind WHEN 'aim' THEN 0 WHEN 'primary' THEN 1 WHEN 'secondary' THEN 2
                 ELSE 3 END, n.position)sql");
    nodes.bind(1, year);
    while (nodes.step()) {
        const QString code = nodes.text(0);
        if (!targets.contains(code))
            targets[code] = {MeasureTarget::Source::Aco, nodes.real(1), nodes.integer(2) != 0};
    }
    addBenchmarks(loadMeasures(db), targets);
    return targets;
}

} // namespace aco
