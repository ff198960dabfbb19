#pragma once

#include "organisation.h"

#include <QAbstractTableModel>

#include <vector>

namespace aco::ui {

// The provider roster as a table: one row per provider, read-only.
class ProviderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Npi, Specialty, Kind, Employment, Practice, Department, Attributed, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProviders(std::vector<Provider> providers);
    const Provider& provider(int row) const { return m_providers[static_cast<size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Provider> m_providers;
};

} // namespace aco::ui
