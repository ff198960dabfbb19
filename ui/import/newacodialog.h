#pragma once

#include "import/importkind.h"

#include <QDialog>

#include <map>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace aco::ui {

class ImportProblemModel;

// Makes a new ACO file from the ACO's identity and its CSV extracts: one file per kind of data
// (any may be left out and imported later), or a folder whose KIND.csv files are taken. Create
// imports them in order off the GUI thread with progress; the file appears only when every
// extract is free of problems, and otherwise the first file with problems lists them all.
class NewAcoDialog : public QDialog
{
    Q_OBJECT

  public:
    // `openPath` is the file open in the window, which cannot be replaced; empty when none.
    explicit NewAcoDialog(const QString& openPath, QWidget* parent = nullptr);

    QLineEdit* acoId() const { return m_acoId; }
    QLineEdit* name() const { return m_name; }
    QLineEdit* target() const { return m_target; }
    QLineEdit* extract(ImportKind kind) const { return m_files.at(kind); }
    // Fills in every kind whose KIND.csv (e.g. providers.csv) is in `folder`; returns how many.
    int takeFolder(const QString& folder);

  Q_SIGNALS:
    // The file is in place at `path`.
    void created(const QString& path);

  private:
    QWidget* extractsGrid();
    void chooseTarget();
    void chooseFolder();
    void updateButtons();
    void create();

    QString m_openPath;
    bool m_running = false;
    QLineEdit* m_acoId = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_target = nullptr;
    std::map<ImportKind, QLineEdit*> m_files;
    QCheckBox* m_standardMeasures = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_status = nullptr;
    ImportProblemModel* m_problems = nullptr;
    QTableView* m_problemView = nullptr;
};

} // namespace aco::ui
