#include "importproblemmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QLocale>

namespace aco::ui {

void ImportProblemModel::setProblems(const QString& fileName, const std::vector<ImportProblem>& problems)
{
    beginResetModel();
    m_problems.clear();
    const QString shown = QFileInfo(fileName).fileName();
    for (const ImportProblem& p : problems)
        m_problems.push_back({shown, fileName, p.line, p.column, p.reason});
    endResetModel();
}

void ImportProblemModel::setCclfProblems(const std::vector<CclfProblem>& problems)
{
    beginResetModel();
    m_problems.clear();
    for (const CclfProblem& p : problems) {
        // "ZIP:ENTRY" shows as the entry, a path as its file name.
        const QString entry = p.file.mid(p.file.lastIndexOf(QLatin1Char(':')) + 1);
        m_problems.push_back({QFileInfo(entry).fileName(), p.file, p.line, p.column, p.reason});
    }
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
    const Row& problem = m_problems[static_cast<size_t>(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Line || index.column() == ColumnNumber
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case File:
        return role == Qt::ToolTipRole ? problem.fullFile : problem.file;
    case Line:
        return problem.line > 0 ? QVariant(problem.line) : QVariant();
    case ColumnNumber:
        return problem.line > 0 ? QVariant(problem.column) : QVariant();
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
