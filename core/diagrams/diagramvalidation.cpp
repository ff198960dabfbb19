#include "diagrams/diagramvalidation.h"

#include "diagrams/driverdiagram.h"
#include "error.h"

#include <cmath>
#include <map>

namespace aco {

namespace {

// After "'file': " the message goes on in lower case; alone it starts a sentence.
[[noreturn]] void invalid(const QString& where, const QString& message)
{
    throw Error((where.isEmpty() ? capitalised(message) : where + message).toStdString(),
                Error::Kind::InvalidData);
}

} // namespace

void validateDiagram(const DriverDiagram& diagram,
                     const std::function<bool(const QString&)>& measureExists, const QString& where)
{
    if (diagram.year() < 2012 || diagram.year() > 2100)
        invalid(where, QStringLiteral(
                           "the driver diagram's year %1 is not a performance year (2012-2100).")
                           .arg(diagram.year()));
    if (!diagram.aimNode())
        invalid(where, QStringLiteral("the %1 driver diagram has no aim.").arg(diagram.year()));
    if (diagram.aim().what.trimmed().isEmpty())
        invalid(where, QStringLiteral(
                           "the aim of the %1 driver diagram is empty; say what is to be achieved.")
                           .arg(diagram.year()));
    std::map<QString, const DriverNode*> targeting; // the first node to target each measure
    for (const std::int64_t id : diagram.nodeIds()) {
        const DriverNode& node = *diagram.find(id);
        const QString name = describeNode(node);
        if (node.text.trimmed().isEmpty())
            invalid(where, QStringLiteral("%1 %2 of the %3 driver diagram has no text.")
                               .arg(nodeKindLabel(node.kind))
                               .arg(diagram.indexOf(id) + 1)
                               .arg(diagram.year()));
        if (node.status && node.kind != NodeKind::Change)
            invalid(where, name + QStringLiteral(" has a status, but only change ideas have one."));
        if (node.target && !std::isfinite(*node.target))
            invalid(where, name + QStringLiteral(" has a target that is not a number."));
        if (!node.measure.isEmpty() && !measureExists(node.measure))
            invalid(where, name + QStringLiteral(" uses the measure '") + node.measure +
                               QStringLiteral("', which this file does not have."));
        if (node.measure.isEmpty() || !node.target)
            continue;
        const auto [first, isFirst] = targeting.emplace(node.measure, &node);
        const DriverNode& other = *first->second;
        // A direction left out is the measure's own, which may be the one the other node gives.
        const bool directionsDiffer =
            other.direction && node.direction && *other.direction != *node.direction;
        if (!isFirst && (*other.target != *node.target || directionsDiffer))
            invalid(where, name + QStringLiteral(" sets %1 a target other than ").arg(node.measure) +
                               describeNode(other) +
                               QStringLiteral(" does; a measure has one target a year, so give "
                                              "both the same target and direction, or one none."));
    }
}

} // namespace aco
