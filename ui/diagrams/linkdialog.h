#pragma once

#include "diagramedit.h"
#include "diagrams/driverdiagram.h"

#include <QDialog>

#include <vector>

class QComboBox;

namespace aco::ui {

// Sets every link of one node at once: for each node in the neighbouring columns (the ones it
// drives, on the left; the ones that drive it, on the right), none, strong or weak. Keyboard
// friendly: Tab from choice to choice, arrows or a letter to pick.
class LinkDialog : public QDialog
{
    Q_OBJECT

  public:
    LinkDialog(const DriverDiagram& diagram, std::int64_t id, QWidget* parent = nullptr);

    // What differs from the diagram's links: links to set (a strength) or remove (none).
    std::vector<DiagramEdit::LinkChange> changes() const;

  private:
    struct Row
    {
        std::int64_t from;
        std::int64_t to;
        std::optional<LinkStrength> before;
        QComboBox* choice;
    };
    std::vector<Row> m_rows;
};

} // namespace aco::ui
