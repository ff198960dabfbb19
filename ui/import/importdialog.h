#pragma once

#include "import/importkind.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace aco {
class Store;
}

namespace aco::ui {

class ImportProblemModel;

// Loads a CSV extract into the open file: choose what it holds (its columns are shown) and the
// file, Validate to list every problem without writing, Import to check and write it all in one
// transaction. Both run off the GUI thread with progress; Cancel leaves the file as it was.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The import writes through a connection of its own to `store`'s file; `store` is only read.
    explicit ImportDialog(const Store& store, QWidget* parent = nullptr);

    ImportKind kind() const;

Q_SIGNALS:
    // Rows were written: views showing this kind of data should reload.
    void imported(aco::ImportKind kind);

private:
    void showColumns();
    void chooseFile();
    void updateButtons();
    void run(bool dryRun);

    QString m_databasePath;
    bool m_readOnly = false;
    bool m_running = false;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_columns = nullptr;
    QLabel* m_replaceRule = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_validate = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_status = nullptr;
    ImportProblemModel* m_problems = nullptr;
    QTableView* m_problemView = nullptr;
};

} // namespace aco::ui
