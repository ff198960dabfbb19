#include "providerfilter.h"

#include "providers/providertablemodel.h"

namespace aco::ui {

void ProviderFilter::setPractice(const QString& practice)
{
    m_practice = practice;
    invalidateRowsFilter();
}

void ProviderFilter::setPrimaryCare(std::optional<bool> primaryCare)
{
    m_primaryCare = primaryCare;
    invalidateRowsFilter();
}

void ProviderFilter::setTier(std::optional<int> tier)
{
    m_tier = tier;
    invalidateRowsFilter();
}

QVariant ProviderFilter::data(const QModelIndex& index, int role) const
{
    const QVariant value = QSortFilterProxyModel::data(index, role);
    // A name the column is too narrow for is cut short: the tooltip gives it in full.
    if (role == Qt::ToolTipRole && !value.isValid() &&
        index.column() < ProviderTableModel::FixedColumns)
        return QSortFilterProxyModel::data(index, Qt::DisplayRole);
    if (index.column() < ProviderTableModel::FixedColumns ||
        (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole))
        return value;
    const bool missing = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString().isEmpty();
    if (!missing)
        return value;
    if (role == Qt::DisplayRole)
        return QStringLiteral("-");
    if (role == Qt::ToolTipRole)
        return tr("Does not apply: no cases for this provider in the window");
    return QString(); // what an export writes
}

bool ProviderFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const auto* model = qobject_cast<const ProviderTableModel*>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const Provider& p = model->provider(sourceRow);
    if (!m_practice.isEmpty() && p.practiceName != m_practice)
        return false;
    if (m_primaryCare && p.primaryCare != *m_primaryCare)
        return false;
    if (m_tier) {
        const int column = model->tierColumn();
        const int tier = column < 0 ? -1
                                    : model->data(model->index(sourceRow, column),
                                                  ProviderTableModel::SortRole)
                                          .toInt();
        if (tier != *m_tier)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace aco::ui
