#include "importproblemmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QLocale>

namespace aco::ui {

void ImportProblemModel::setProblems(const QString& fileName, std::vector<ImportProblem> problems)
{
    beginResetModel();
    m_fileName = QFileInfo(fileName).fileName();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportProblem& problem = m_problems[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Line || index.column() == ColumnNumber
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case File:
        return m_fileName;
    case Line:
        return problem.line;
    case ColumnNumber:
        return problem.column;
    case Reason:
        return problem.reason;
    }
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Line:
        return tr("Line");
    case ColumnNumber:
        return tr("Column");
    case Reason:
        return tr("Problem");
    }
    return {};
}

QTableView* ImportProblemModel::makeView()
{
    auto* view = new QTableView;
    view->setObjectName(QStringLiteral("problems"));
    view->setModel(this);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    return view;
}

QString problemCount(size_t problems)
{
    return problems == 1 ? ImportProblemModel::tr("1 problem")
                         : ImportProblemModel::tr("%1 problems")
                               .arg(QLocale().toString(static_cast<qulonglong>(problems)));
}

} // namespace aco::ui
