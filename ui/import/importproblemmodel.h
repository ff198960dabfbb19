#pragma once

#include "claims/cclfproblem.h"
#include "import/importproblem.h"

#include <QAbstractTableModel>

class QTableView;

#include <vector>

namespace aco::ui {

// The problems an import or a CCLF load found, as a table of file, line, column and reason: a
// model rather than a widget full of items, so that a file with a million bad rows lists them
// all at once.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
        File,
        Line,
        ColumnNumber,
        Reason,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QString& fileName, const std::vector<ImportProblem>& problems);
    // A CCLF load's problems: each names its own file (a zip's entry shows as the entry's name).
    void setCclfProblems(const std::vector<CclfProblem>& problems);
    // A table view of the problems, named "problems": whole rows selected, the reason stretched.
    QTableView* makeView();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    struct Row
    {
        QString file;     // as shown
        QString fullFile; // in the tool tip
        qint64 line = 0;  // 0: the whole file
        int column = 0;
        QString reason;
    };
    std::vector<Row> m_problems;
};

// "1 problem", "1,234 problems".
QString problemCount(size_t problems);

} // namespace aco::ui
