#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace aco {

class DriverDiagram;

// The driver diagram's JSON exchange format (see README, "Driver diagrams"): the year, title and
// aim, the nodes in column order with ids of their own ("aim", "P1", "S2", "C3"), and the links
// by those ids. Reading is strict: an unknown field, a link that skips a column or runs the wrong
// way, a cycle, an empty aim or text, or a measure the file lacks is refused with a message naming
// the node.
class DiagramJson
{
  public:
    static QByteArray write(const DriverDiagram& diagram);
    // Reads a diagram whose nodes have the ids 1, 2, ... in file order. `source` names the file in
    // messages; `measureExists` (when given) says whether a measure code is known. Throws
    // aco::Error (InvalidData).
    static DriverDiagram read(const QByteArray& json, const QString& source,
                              const std::function<bool(const QString&)>& measureExists = {});
};

} // namespace aco
