#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace aco::ui {

// The providers table as the view shows it: the search text anywhere in a row, and a practice,
// a kind (primary care or specialist) and an overall tier to narrow it to, each optional.
class ProviderFilter : public QSortFilterProxyModel
{
    Q_OBJECT

  public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setPractice(const QString& practice); // empty: every practice
    void setPrimaryCare(std::optional<bool> primaryCare);
    // An overall tier by its number (see Tier), -1 for providers without one; nullopt: any.
    void setTier(std::optional<int> tier);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    QString m_practice;
    std::optional<bool> m_primaryCare;
    std::optional<int> m_tier;
};

} // namespace aco::ui
