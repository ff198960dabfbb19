#pragma once

#include "organisation.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace aco {
class Database;
}

namespace aco::ui {

// Chooses a saved scenario, a quarter and the providers, and saves the funds flow report as PDF
// (or CSV) off the GUI thread with progress and Cancel; the outcome shows in the dialog.
class FundsFlowDialog : public QDialog
{
    Q_OBJECT

  public:
    // `databasePath` is opened again by the background writer: SQLite connections are not shared
    // between threads.
    FundsFlowDialog(const QString& databasePath, const Database& db,
                    std::optional<std::int64_t> selectedProvider, QWidget* parent = nullptr);

  private:
    void fillQuarters();
    void browse();
    void save();
    void updateSaveButton();

    QString m_path;
    std::optional<Provider> m_selected;
    QComboBox* m_scenario = nullptr;
    QComboBox* m_year = nullptr;
    QComboBox* m_quarter = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_oneProvider = nullptr;
    QLineEdit* m_out = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    const Database& m_db;
};

} // namespace aco::ui
