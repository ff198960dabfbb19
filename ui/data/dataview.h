#pragma once

#include "data/filesummary.h"

#include <QWidget>

class QAction;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace aco::ui {

// The window's Data page: what the open file holds (the ACO, the months covered, rows per
// table), where it is, and whether it can be changed; buttons for the file's data actions.
class DataView : public QWidget
{
    Q_OBJECT

  public:
    explicit DataView(QWidget* parent = nullptr);

    // The file's place and access, known at once; its contents follow with setSummary().
    void setFile(const QString& path, bool readOnly);
    void setSummary(const FileSummary& summary);
    // Adds a button for `action` (Import, Export, ...) under the summary.
    void addActionButton(QAction* action);

    // What users call a table's rows: "care_gap" is "Care gaps".
    static QString tableLabel(const QString& table);
    QString fieldText(const QString& name) const; // the value shown for a field, by objectName
    QTableWidget* tables() const { return m_tables; }
    QTableWidget* deliveries() const { return m_deliveries; }

  private:
    QLabel* addField(const QString& label, const QString& name, const QString& tip);
    void showDeliveries(const std::vector<DeliverySummary>& deliveries);

    QFormLayout* m_form = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_access = nullptr;
    QLabel* m_aco = nullptr;
    QLabel* m_asOf = nullptr;
    QLabel* m_months = nullptr;
    QLabel* m_schema = nullptr;
    QTableWidget* m_tables = nullptr;
    QLabel* m_deliveriesTitle = nullptr;
    QTableWidget* m_deliveries = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace aco::ui
