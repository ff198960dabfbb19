#include "providertablemodel.h"

namespace aco::ui {

void ProviderTableModel::setProviders(std::vector<Provider> providers)
{
    beginResetModel();
    m_providers = std::move(providers);
    endResetModel();
}

int ProviderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_providers.size());
}

int ProviderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Provider& p = provider(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Attributed)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.displayName();
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

QVariant ProviderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
        return tr("Attributed beneficiaries");
    default:
        return {};
    }
}

} // namespace aco::ui
