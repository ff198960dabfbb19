#pragma once

#include "diagrams/driverdiagram.h"
#include "measures/measure.h"

#include <QString>

#include <optional>
#include <vector>

class QWidget;

namespace aco {
class DiagramRepository;
}

namespace aco::ui {

// The questions the driver diagram editor asks before an edit of a whole year: which year a new
// diagram is for and what its aim is, and whether an imported diagram may replace a year's.
// Each returns nothing when the user cancels, or after saying why it cannot be done.
class DiagramPrompts
{
  public:
    // A new diagram holding only its aim (its id from `repository`). When the year chosen already
    // has a diagram, says so and sets `existing` to it.
    static std::optional<DriverDiagram> newDiagram(QWidget* parent, DiagramRepository& repository,
                                                   const std::vector<Measure>& measures,
                                                   int suggestedYear, std::optional<int>* existing);

    struct Import
    {
        DriverDiagram diagram;                 // under new ids
        std::optional<DriverDiagram> replaced; // the year's diagram it replaces, if any
    };
    // Reads and checks a JSON diagram (a refusal is shown, naming the node), and asks before
    // replacing a year's diagram.
    static std::optional<Import> importDiagram(QWidget* parent, DiagramRepository& repository,
                                               const QString& path);
};

} // namespace aco::ui
