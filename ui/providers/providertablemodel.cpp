#include "providertablemodel.h"

#include <algorithm>
#include <limits>

namespace aco::ui {

void ProviderTableModel::setProviders(std::vector<Provider> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    m_names.clear();
    for (const Provider& p : m_providers)
        m_names.push_back(p.displayName()); // made once: sorting asks for them many times
    m_measures = {};
    endResetModel();
}

void ProviderTableModel::setMeasures(ProviderMeasures measures)
{
    const bool sameColumns =
        measures.headline.size() == m_measures.headline.size() &&
        std::equal(measures.headline.begin(), measures.headline.end(), m_measures.headline.begin(),
                   [](const Measure& a, const Measure& b) { return a.id == b.id; });
    if (!sameColumns)
        beginResetModel();
    m_measures = std::move(measures);
    if (!sameColumns) {
        endResetModel();
        return;
    }
    if (rowCount() > 0 && columnCount() > FixedColumns)
        Q_EMIT dataChanged(index(0, FixedColumns), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, FixedColumns, columnCount() - 1);
}

int ProviderTableModel::rowOf(std::int64_t providerId) const
{
    const auto found = std::find_if(m_providers.begin(), m_providers.end(),
                                    [&](const Provider& p) { return p.id == providerId; });
    return found == m_providers.end() ? -1 : static_cast<int>(found - m_providers.begin());
}

int ProviderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_measures.headline.empty() ? FixedColumns : tierColumn() + 1;
}

QVariant ProviderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Provider& p = provider(index.row());
    if (index.column() >= FixedColumns)
        return measureData(p, index.column(), role);
    if (role == Qt::TextAlignmentRole && index.column() == Attributed)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_names[static_cast<size_t>(index.row())];
    case Npi:
        return p.npi;
    case Specialty:
        return p.specialty;
    case Kind:
        return p.primaryCare ? tr("Primary care") : tr("Specialist");
    case Employment:
        return p.employed ? tr("Employed") : tr("Independent");
    case Practice:
        return p.practiceName;
    case Department:
        return p.departmentName;
    case Attributed:
        return p.attributedBeneficiaries;
    default:
        return {};
    }
}

QVariant ProviderTableModel::measureData(const Provider& p, int column, int role) const
{
    const auto found = m_measures.rows.find(p.id);
    const ProviderMeasures::Row* row = found == m_measures.rows.end() ? nullptr : &found->second;
    if (column == tierColumn()) {
        if (role == Qt::ToolTipRole && row && row->tier)
            return tr("The median of %1's tiers on %2 tiered measures, %3")
                .arg(p.displayName())
                .arg(row->tieredMeasures)
                .arg(m_measures.range.toString());
        if (role == SortRole)
            return row && row->tier ? QVariant(static_cast<int>(*row->tier)) : QVariant(-1);
        if (role == Qt::DisplayRole)
            return row && row->tier ? tierName(*row->tier) : QString();
        return {};
    }
    const auto measure = static_cast<size_t>(column - FixedColumns);
    const std::optional<double> value = row ? row->values[measure] : std::nullopt;
    switch (role) {
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        return value ? QVariant(*value) : QVariant(std::numeric_limits<double>::lowest());
    case Qt::DisplayRole:
        return value ? m_measures.headline[measure].formatValue(*value) : QString();
    case Qt::ToolTipRole:
        return value ? tr("%1, %2").arg(m_measures.headline[measure].name,
                                        m_measures.range.toString())
                     : tr("No results for %1 in %2")
                           .arg(m_measures.headline[measure].name, m_measures.range.toString());
    default:
        return {};
    }
}

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= FixedColumns && !m_measures.headline.empty()) {
        if (section == tierColumn())
            return role == Qt::DisplayRole   ? tr("Overall tier")
                   : role == Qt::ToolTipRole ? tr("The median of the provider's tiers on the "
                                                  "year's tiered measures: at least half reach it")
                                             : QVariant();
        const Measure& m = m_measures.headline[static_cast<size_t>(section - FixedColumns)];
        return role == Qt::DisplayRole ? m.code
               : role == Qt::ToolTipRole
                   ? tr("%1 (%2), %3").arg(m.name, m.unitLabel(), m_measures.range.toString())
                   : QVariant();
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Provider");
    case Npi:
        return tr("NPI");
    case Specialty:
        return tr("Specialty");
    case Kind:
        return tr("Kind");
    case Employment:
        return tr("Employment");
    case Practice:
        return tr("Practice");
    case Department:
        return tr("Department");
    case Attributed:
        return tr("Attributed");
    default:
        return {};
    }
}

} // namespace aco::ui
