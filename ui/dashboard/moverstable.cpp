#include "moverstable.h"

#include "measurebars.h"

#include <QHeaderView>
#include <QItemSelectionModel>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

enum Column
{
    ProviderColumn,
    MeasureColumn,
    PriorColumn,
    NowColumn,
    ChangeColumn,
    ColumnCount
};

QTableWidgetItem* cell(const QString& text,
                       Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* made = new QTableWidgetItem(text);
    made->setTextAlignment(alignment);
    made->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return made;
}

} // namespace

MoversTable::MoversTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setHorizontalHeaderLabels({tr("Provider"), tr("Measure"), tr("Was"), tr("Now"), tr("Change")});
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ProviderColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(MeasureColumn, QHeaderView::Stretch);
    setTextElideMode(Qt::ElideRight); // a long name is whole in its tooltip
    setWordWrap(false);               // rows of one height
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setShowGrid(false);
    setAlternatingRowColors(true);
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setToolTip(tr("Providers whose value on a tiered measure moved furthest since the prior "
                  "window, in standard deviations of the providers' prior values, among the moves "
                  "beyond what chance allows on their denominators. Double-click or press Enter "
                  "to open the provider."));
    connect(this, &QTableWidget::activated, this, [this](const QModelIndex& index) {
        if (const qint64 id = providerAt(index.row()))
            Q_EMIT providerActivated(id);
    });
}

void MoversTable::setMovers(const std::vector<DashboardMover>& improvers,
                            const std::vector<DashboardMover>& decliners)
{
    setRowCount(0);
    clearSpans();
    for (const DashboardMover& mover : improvers)
        addMover(mover);
    for (const DashboardMover& mover : decliners)
        addMover(mover);
    if (rowCount() == 0) { // says so rather than leave an empty table
        insertRow(0);
        setItem(0, ProviderColumn,
                cell(tr("No provider's value moved by more than chance allows on their panel.")));
        setSpan(0, 0, 1, ColumnCount);
    }
    resizeRowsToContents();
    // The first row is current for the keyboard, but nothing is highlighted until it is used.
    if (rowCount() > 0)
        selectionModel()->setCurrentIndex(model()->index(0, 0), QItemSelectionModel::NoUpdate);
}

void MoversTable::addMover(const DashboardMover& mover)
{
    const int row = rowCount();
    insertRow(row);
    const Measure& m = mover.measure;
    auto* provider = cell(mover.providerName);
    provider->setData(Qt::UserRole, QVariant::fromValue<qint64>(mover.providerId));
    provider->setToolTip(tr("NPI %1").arg(mover.npi));
    setItem(row, ProviderColumn, provider);
    auto* name = cell(m.name);
    name->setToolTip(tr("%1 (%2): denominator %3 then %4")
                         .arg(m.name, m.code)
                         .arg(mover.priorDenominator)
                         .arg(mover.denominator));
    setItem(row, MeasureColumn, name);
    setItem(row, PriorColumn,
            cell(MeasureBars::valueText(m, mover.priorValue), Qt::AlignRight | Qt::AlignVCenter));
    setItem(row, NowColumn,
            cell(MeasureBars::valueText(m, mover.value), Qt::AlignRight | Qt::AlignVCenter));
    // The change in the measure's own unit, with an arrow for its sign and a word for its sense.
    const double change = mover.change();
    const QString amount = m.unit == Measure::Unit::Percent
                               ? tr("%1 pts").arg(std::abs(change), 0, 'f', 1)
                               : MeasureBars::valueText(m, std::abs(change));
    auto* moved = cell(QStringLiteral("%1 %2 %3")
                           .arg(change >= 0 ? QStringLiteral("▲") : QStringLiteral("▼"), amount,
                                mover.improved() ? tr("better") : tr("worse")));
    moved->setForeground(mover.improved() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc0, 0x26, 0x26));
    moved->setToolTip(tr("%1 standard deviations").arg(mover.score, 0, 'f', 2));
    setItem(row, ChangeColumn, moved);
}

void MoversTable::setWrapped(bool wrapped)
{
    setWordWrap(wrapped);
    setTextElideMode(wrapped ? Qt::ElideNone : Qt::ElideRight);
    // Wrapped, the names' columns are sized here (see resizeEvent); a stretched column's width
    // would be known only after the rows' heights were needed.
    const QHeaderView::ResizeMode names = wrapped ? QHeaderView::Fixed : QHeaderView::Stretch;
    horizontalHeader()->setSectionResizeMode(ProviderColumn, names);
    horizontalHeader()->setSectionResizeMode(MeasureColumn, names);
    resizeRowsToContents();
    updateGeometry();
}

// Wrapped: the figures' columns as wide as their contents, the providers' as wide as their
// longest name up to half of what is left, and the measures the rest: a measure's name wraps
// before a person's.
void MoversTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    if (!wordWrap())
        return;
    const QHeaderView* header = horizontalHeader();
    int rest = viewport()->width();
    for (int c = PriorColumn; c < ColumnCount; ++c)
        rest -= header->sectionSize(c);
    const int provider = std::min(
        std::max(sizeHintForColumn(ProviderColumn), header->sectionSizeHint(ProviderColumn)),
        rest / 2);
    setColumnWidth(ProviderColumn, provider);
    setColumnWidth(MeasureColumn, std::max(0, rest - provider));
    resizeRowsToContents();
    updateGeometry();
}

qint64 MoversTable::providerAt(int row) const
{
    const QTableWidgetItem* cell = item(row, ProviderColumn);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

// As tall as its rows: the tile holds no empty rows below them.
QSize MoversTable::sizeHint() const
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth() + 2;
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    return {520, height};
}

} // namespace aco::ui
