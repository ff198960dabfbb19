#pragma once

#include "organisation.h"
#include "providers/providermeasures.h"

#include <QAbstractTableModel>

#include <vector>

namespace aco::ui {

// The provider roster as a table: one row per provider, read-only, with the headline measures
// and overall tier of the window chosen (once computed). Qt::UserRole gives sortable values.
class ProviderTableModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    // The roster's columns; the measure columns and then the tier column follow them.
    enum Column
    {
        Name,
        Npi,
        Specialty,
        Kind,
        Employment,
        Practice,
        Department,
        Attributed,
        FixedColumns
    };
    static constexpr int SortRole = Qt::UserRole;

    using QAbstractTableModel::QAbstractTableModel;

    void setProviders(std::vector<Provider> providers);
    // Shows these measures (or none, while they are computed).
    void setMeasures(ProviderMeasures measures);
    const Provider& provider(int row) const { return m_providers[static_cast<size_t>(row)]; }
    // The row of a provider, or -1.
    int rowOf(std::int64_t providerId) const;
    int tierColumn() const
    {
        return m_measures.headline.empty()
                   ? -1
                   : FixedColumns + static_cast<int>(m_measures.headline.size());
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

  private:
    QVariant measureData(const Provider& p, int column, int role) const;

    std::vector<Provider> m_providers;
    std::vector<QString> m_names; // display names, by row
    ProviderMeasures m_measures;
};

} // namespace aco::ui
