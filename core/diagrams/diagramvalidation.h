#pragma once

#include <QString>

#include <functional>

namespace aco {

class DriverDiagram;

// Checks what a diagram's own methods cannot: that the aim says what it is, every node has text,
// only change ideas carry a status, targets are numbers, measures exist (`measureExists`), and a
// measure has one target a year: the nodes that give it one give the same target and direction
// (MeasureTarget), so that the measure gets one verdict wherever it shows.
// Throws aco::Error (InvalidData) naming the node: "the secondary driver 'Same-day access' uses
// the measure 'XYZ', which is not in 'riverbend.aco'." `where` prefixes the message ("'x.json': ").
void validateDiagram(const DriverDiagram& diagram,
                     const std::function<bool(const QString&)>& measureExists,
                     const QString& where = {});

} // namespace aco
