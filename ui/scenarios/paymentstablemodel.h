#pragma once

#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace aco::ui {

// Every recipient's payment, largest first (equal payments in the basis's order): what the
// Scenarios view lists. With a
// Monte Carlo result, also the payment's 5th and 95th percentiles.
class PaymentsTableModel : public QAbstractTableModel
{
    Q_OBJECT

  public:
    enum Column
    {
        Name,
        Eligible,
        Maximum,
        Payment,
        P5,
        P95
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Keeps the rows when their number does not change, so that the view keeps its place.
    void setAllocation(const Allocation& allocation,
                       const std::optional<MonteCarloResult>& monteCarlo);
    std::int64_t recipientId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    struct Row
    {
        std::int64_t id = 0;
        QString name;
        bool eligible = true;
        std::int64_t maximumCents = 0;
        std::int64_t paymentCents = 0;
        double p5 = 0.0, p95 = 0.0;
    };
    std::vector<Row> m_rows;
    bool m_monteCarlo = false;
};

} // namespace aco::ui
