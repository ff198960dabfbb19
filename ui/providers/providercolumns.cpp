#include "providercolumns.h"

#include "providers/providertablemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace aco::ui {

namespace {

const QString settingsKey = QStringLiteral("providers/columns");

} // namespace

ProviderColumns::ProviderColumns(QTableView* table, const ProviderTableModel* model)
    : QObject(table), m_table(table), m_model(model)
{
    m_chosen = QSettings().value(settingsKey).toStringList();
    QHeaderView* header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ProviderColumns::showMenu);
    table->installEventFilter(this);
}

std::vector<int> ProviderColumns::wanted() const
{
    // Who, then how they do: the overall tier before the measures it sums up. The NPI, kind,
    // employment, department and attributed beneficiaries (on the scorecard too) are searched
    // and filtered on, and shown when asked for.
    std::vector<int> columns = {ProviderTableModel::Name};
    const int tier = m_model->tierColumn();
    if (tier >= 0) {
        columns.push_back(tier);
        for (int column = ProviderTableModel::FixedColumns; column < tier; ++column)
            columns.push_back(column);
    }
    columns.push_back(ProviderTableModel::Practice);
    columns.push_back(ProviderTableModel::Specialty);
    return columns;
}

QString ProviderColumns::title(int column) const
{
    return m_model->headerData(column, Qt::Horizontal).toString();
}

QStringList ProviderColumns::shownTitles() const
{
    QStringList titles;
    for (int column = 0; column < m_model->columnCount(); ++column)
        if (!m_table->isColumnHidden(column))
            titles.append(title(column));
    return titles;
}

int ProviderColumns::besideScrollBar(int tableWidth) const
{
    return tableWidth - 2 * m_table->frameWidth() - m_table->verticalScrollBar()->sizeHint().width();
}

int ProviderColumns::namesWidth() const
{
    const int names = m_widths.empty() ? m_table->horizontalHeader()->defaultSectionSize()
                                       : m_widths[ProviderTableModel::Name];
    return names + m_table->width() - besideScrollBar(m_table->width());
}

void ProviderColumns::update()
{
    QHeaderView* header = m_table->horizontalHeader();
    const QAbstractItemView* view = m_table; // where sizeHintForColumn is public
    const int count = m_model->columnCount();
    m_widths.assign(static_cast<size_t>(count), 0);
    for (int column = 0; column < count; ++column) {
        // As QTableView::resizeColumnToContents measures, shown: a hidden header has no size.
        const bool hidden = header->isSectionHidden(column);
        header->setSectionHidden(column, false);
        m_widths[static_cast<size_t>(column)] =
            std::max(header->sectionSizeHint(column), view->sizeHintForColumn(column));
        header->setSectionHidden(column, hidden);
    }
    fit(true);
}

void ProviderColumns::fit(bool measured)
{
    const int count = m_model->columnCount();
    if (static_cast<int>(m_widths.size()) != count)
        return; // not measured yet
    std::vector<bool> shown(static_cast<size_t>(count), false);
    if (chosen()) {
        for (int column = 0; column < count; ++column)
            shown[static_cast<size_t>(column)] = m_chosen.contains(title(column));
    } else {
        // The room beside the vertical scroll bar; the first column that does not fit hides
        // those less wanted too, so that what shows is always the most wanted.
        int room = besideScrollBar(m_table->width());
        for (const int column : wanted()) {
            const int width = m_widths[static_cast<size_t>(column)];
            if (column != ProviderTableModel::Name && width > room)
                break;
            shown[static_cast<size_t>(column)] = true;
            room -= width;
        }
    }
    QHeaderView* header = m_table->horizontalHeader();
    bool changed = false;
    for (int column = 0; column < count; ++column) {
        const bool show = shown[static_cast<size_t>(column)];
        const bool appears = show && m_table->isColumnHidden(column);
        changed = changed || appears || (!show && !m_table->isColumnHidden(column));
        m_table->setColumnHidden(column, !show);
        // Sized to its contents when measured or shown again; else as the user may have left it.
        if (show && (measured || appears))
            header->resizeSection(column, m_widths[static_cast<size_t>(column)]);
    }
    if (changed)
        Q_EMIT shownChanged();
}

bool ProviderColumns::measuresShown() const
{
    for (int column = ProviderTableModel::FixedColumns; column < m_model->tierColumn(); ++column)
        if (!m_table->isColumnHidden(column))
            return true;
    return false;
}

void ProviderColumns::choose(const QStringList& titles)
{
    m_chosen = titles;
    if (titles.isEmpty())
        QSettings().remove(settingsKey);
    else
        QSettings().setValue(settingsKey, titles);
    fit(false);
}

void ProviderColumns::showMenu(const QPoint& at)
{
    QMenu menu(m_table);
    QAction* fits = menu.addAction(tr("Columns That &Fit"));
    fits->setCheckable(true);
    fits->setChecked(!chosen());
    connect(fits, &QAction::toggled, this,
            [this](bool on) { choose(on ? QStringList() : shownTitles()); });
    menu.addSeparator();
    const QStringList shown = shownTitles();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const QString name = title(column);
        QAction* action = menu.addAction(name);
        action->setCheckable(true);
        action->setChecked(shown.contains(name));
        action->setEnabled(shown != QStringList{name}); // the last column shown stays
        connect(action, &QAction::toggled, this, [this, name](bool show) {
            QStringList titles = shownTitles();
            if (show)
                titles.append(name);
            else
                titles.removeAll(name);
            choose(titles);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(at));
}

bool ProviderColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::Resize && !chosen())
        fit(false);
    return QObject::eventFilter(watched, event);
}

} // namespace aco::ui
