#pragma once

#include "diagrams/driverdiagram.h"
#include "measures/measure.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace aco::ui {

// Edits one node: its text (for the aim: the title and the aim's four fields), measure, target,
// direction and, for a change idea, its status. OK is refused, with the reason shown, while the
// text or the aim's "what" is empty or the target is not a number.
class NodeDialog : public QDialog
{
    Q_OBJECT

  public:
    NodeDialog(const DriverNode& node, const std::vector<Measure>& measures,
               QWidget* parent = nullptr);
    // For the aim node: also the diagram's title and the aim.
    void setAim(const QString& title, const Aim& aim);

    DriverNode node() const;
    Aim aim() const;
    QString title() const;

    void accept() override;

  private:
    void updateUnit();
    std::optional<double> target(bool* ok) const;

    DriverNode m_node;
    std::vector<Measure> m_measures;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_what = nullptr;
    QLineEdit* m_howMuch = nullptr;
    QLineEdit* m_forWhom = nullptr;
    QLineEdit* m_byWhen = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_measure = nullptr;
    QLineEdit* m_target = nullptr;
    QLabel* m_unit = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace aco::ui
