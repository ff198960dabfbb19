#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace aco::ui {

class DiagramDocument;

// Shows what changed between two years' driver diagrams: nodes added, removed and retargeted,
// change ideas whose status moved, the aim, and links, with a count of each.
class DiagramDiffDialog : public QDialog
{
    Q_OBJECT

  public:
    DiagramDiffDialog(DiagramDocument& document, int fromYear, int toYear,
                      QWidget* parent = nullptr);

    QTreeWidget* changesView() const { return m_changes; }

  private:
    void compare();

    DiagramDocument& m_document;
    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_changes = nullptr;
};

} // namespace aco::ui
