#include "paymentstablemodel.h"

#include "money.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aco::ui {

void PaymentsTableModel::setAllocation(const Allocation& allocation,
                                       const std::optional<MonteCarloResult>& monteCarlo)
{
    // Sorted through indices: 5,000 recipients re-sort in well under a millisecond, every time
    // a slider moves, where moving rows with their names would not.
    const auto& recipients = allocation.recipients;
    std::vector<size_t> order(recipients.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return recipients[a].paymentCents != recipients[b].paymentCents
                   ? recipients[a].paymentCents > recipients[b].paymentCents
                   : a < b;
    });
    std::vector<Row> rows;
    rows.reserve(recipients.size());
    for (size_t i : order) {
        const RecipientAllocation& r = recipients[i];
        Row row{r.id, r.name, r.eligible, r.maximumCents, r.paymentCents};
        if (monteCarlo && i < monteCarlo->recipients.size()) {
            row.p5 = monteCarlo->recipients[i].payment.p5;
            row.p95 = monteCarlo->recipients[i].payment.p95;
        }
        rows.push_back(std::move(row));
    }
    const bool sameShape = rows.size() == m_rows.size() && monteCarlo.has_value() == m_monteCarlo;
    if (!sameShape)
        beginResetModel();
    m_rows = std::move(rows);
    m_monteCarlo = monteCarlo.has_value();
    if (!sameShape)
        endResetModel();
    else if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

std::int64_t PaymentsTableModel::recipientId(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].id : 0;
}

int PaymentsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaymentsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_monteCarlo ? P95 + 1 : Payment + 1);
}

QVariant PaymentsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Row& r = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !r.eligible)
        return tr("Does not meet the engagement rule: earns nothing.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Eligible:
        return r.eligible ? tr("yes") : tr("no");
    case Maximum:
        return Money::dollars(r.maximumCents);
    case Payment:
        return Money::dollars(r.paymentCents);
    case P5:
        return Money::wholeDollars(std::llround(r.p5));
    case P95:
        return Money::wholeDollars(std::llround(r.p95));
    default:
        return {};
    }
}

QVariant PaymentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Recipient");
    case Eligible:
        return tr("Eligible");
    case Maximum:
        return tr("Maximum");
    case Payment:
        return tr("Payment");
    case P5:
        return tr("5th percentile");
    case P95:
        return tr("95th percentile");
    default:
        return {};
    }
}

} // namespace aco::ui
