#pragma once

#include "diagrams/driverdiagram.h"

#include <QString>

#include <vector>

namespace aco {

// One difference between two years' diagrams.
struct DiagramChange
{
    enum class Kind
    {
        Added,         // a node only the later year has
        Removed,       // a node only the earlier year has
        Retargeted,    // the same node with another measure, target or direction
        StatusChanged, // a change idea whose status moved
        AimChanged,    // one of the aim's four fields
        LinkAdded,
        LinkRemoved,
        LinkChanged, // strong became weak or the other way
    };
    Kind kind = Kind::Added;
    NodeKind nodeKind = NodeKind::Primary;
    QString text;   // the node's text (for links: "from → to")
    QString detail; // "target 72 → 75", "testing → adopted", "how much: ... → ..."
};

// What changed from one year's diagram to another's. Nodes are the same node when they have the
// same kind and text (ignoring case and spacing), because a carried-forward copy has new ids;
// a reworded node therefore shows as removed and added.
class DiagramDiff
{
  public:
    static std::vector<DiagramChange> compare(const DriverDiagram& before,
                                              const DriverDiagram& after);
    // A copy of `source` for `year`: the same nodes, links, targets and statuses, with the year in
    // the title and the aim's "by when" moved along ("2025 strategy" becomes "2026 strategy").
    // Ids are kept; give it new ones with DiagramRepository::withNewIds.
    static DriverDiagram carriedForward(const DriverDiagram& source, int year);
    static QString kindLabel(DiagramChange::Kind kind); // "Added", "Retargeted"
};

} // namespace aco
