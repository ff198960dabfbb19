#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace aco {
class Store;
}

namespace aco::ui {

class ImportProblemModel;

// Loads CCLF deliveries into the open file: add the zips CMS sent or the folders they were
// unzipped to, Check to read everything without writing, Load to write them all in one
// transaction, oldest first. Both run off the GUI thread with progress; Cancel leaves the file
// as it was. Problems are listed by file, line and column; a summary says what was loaded.
class CclfLoadDialog : public QDialog
{
    Q_OBJECT

public:
    // The load writes through a connection of its own to `store`'s file; `store` is only read.
    explicit CclfLoadDialog(const Store& store, QWidget* parent = nullptr);

    // Starts with these deliveries chosen (for a path given on the command line, and for tests).
    void addPaths(const QStringList& paths);
    QStringList paths() const;
    QString status() const; // the one-line outcome
    QString details() const; // what was loaded, delivery by delivery

Q_SIGNALS:
    // Claims were written: every view reads the file again.
    void loaded();

private:
    void addZips();
    void addFolder();
    void updateButtons();
    void run(bool dryRun);

    QString m_databasePath;
    bool m_readOnly = false;
    bool m_running = false;
    QListWidget* m_paths = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_load = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_details = nullptr; // what a good load or check read, delivery by delivery
    ImportProblemModel* m_problems = nullptr;
    QTableView* m_problemView = nullptr;
};

} // namespace aco::ui
