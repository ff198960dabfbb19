#include "providersview.h"

#include "providers/providercolumns.h"
#include "providers/providerfilter.h"
#include "providers/providertablemodel.h"
#include "scorecards/scorecardpreview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <map>
#include <set>

namespace aco::ui {

ProvidersView::ProvidersView(QWidget* parent) : QWidget(parent)
{
    m_model = new ProviderTableModel(this);
    m_filter = new ProviderFilter(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(ProviderTableModel::SortRole);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setPlaceholderText(
        tr("Search providers by name, NPI, specialty or practice (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the providers whose row contains this text"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &ProvidersView::countsChanged);
    // Above the table and the scorecard both: beside the scorecard the table may be narrow.
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    m_practice = filterBox(QStringLiteral("practiceFilter"), tr("Show the providers of one practice"));
    m_kind = filterBox(QStringLiteral("kindFilter"), tr("Show primary care providers or specialists"));
    m_kind->addItem(tr("All kinds"));
    m_kind->addItem(tr("Primary care"), true);
    m_kind->addItem(tr("Specialists"), false);
    m_tier = filterBox(QStringLiteral("tierFilter"), tr("Show the providers of one overall tier"));
    for (QComboBox* box : {m_practice, m_kind, m_tier}) {
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &ProvidersView::applyFilters);
    }

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setResizeContentsPrecision(200); // rows sampled to size columns
    m_table->setToolTip(tr("Click a header to sort; select a provider to see their scorecard; "
                           "right-click a header to choose the columns"));
    m_columns = new ProviderColumns(m_table, m_model);
    m_measuresNote = new QLabel(this);
    m_measuresNote->setObjectName(QStringLiteral("providerMeasuresNote"));
    m_measuresNote->setToolTip(
        tr("Each provider's own results over the window; the overall tier is the median of "
           "the tiers they reach on the year's tiered measures"));
    // Says what the measure columns hold: not there while none shows.
    connect(m_columns, &ProviderColumns::shownChanged, this,
            [this] { m_measuresNote->setVisible(m_columns->measuresShown()); });

    auto* right = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(right);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = new QLabel(tr("Select a provider to see their scorecard."), right);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    previewLayout->addWidget(m_previewTitle);
    m_preview = new ScorecardPreview(right);
    m_preview->setObjectName(QStringLiteral("providerPreview"));
    previewLayout->addWidget(m_preview, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("providersSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 0); // a wider window widens the scorecard
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitKept = true; });
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(filters);
    outer->addWidget(m_splitter, 1);
    outer->addWidget(m_measuresNote);
    setFocusProxy(m_search);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT providerSelected(
                        m_model->provider(m_filter->mapToSource(current).row()).id);
            });
}

QComboBox* ProvidersView::filterBox(const QString& name, const QString& tip)
{
    auto* box = new QComboBox(this);
    box->setObjectName(name);
    box->setToolTip(tip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void ProvidersView::applyFilters()
{
    m_filter->setPractice(m_practice->currentData().toString());
    const QVariant kind = m_kind->currentData();
    m_filter->setPrimaryCare(kind.isValid() ? std::optional(kind.toBool()) : std::nullopt);
    const QVariant tier = m_tier->currentData();
    m_filter->setTier(tier.isValid() ? std::optional(tier.toInt()) : std::nullopt);
    Q_EMIT countsChanged();
}

// The choices of a filter, keeping the one chosen when it is still offered.
void ProvidersView::offer(QComboBox* box, const QString& all,
                          const std::vector<std::pair<QString, QVariant>>& choices)
{
    const QVariant chosen = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all);
    for (const auto& [label, value] : choices)
        box->addItem(label, value);
    box->setCurrentIndex(std::max(0, chosen.isValid() ? box->findData(chosen) : 0));
}

void ProvidersView::offerTiers()
{
    std::map<int, QString> tiers;
    const int column = m_model->tierColumn();
    for (int row = 0; column >= 0 && row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, column);
        const int tier = index.data(ProviderTableModel::SortRole).toInt();
        tiers[tier] = tier < 0 ? tr("No overall tier") : index.data().toString();
    }
    std::vector<std::pair<QString, QVariant>> choices;
    for (auto tier = tiers.rbegin(); tier != tiers.rend(); ++tier) // best first
        choices.emplace_back(tier->second, tier->first);
    offer(m_tier, tr("All tiers"), choices);
    m_tier->setEnabled(!choices.empty());
}

void ProvidersView::setProviders(std::vector<Provider> providers)
{
    std::set<QString> practices;
    for (const Provider& p : providers)
        if (!p.practiceName.isEmpty())
            practices.insert(p.practiceName);
    std::vector<std::pair<QString, QVariant>> choices;
    for (const QString& practice : practices)
        choices.emplace_back(practice, practice);
    offer(m_practice, tr("All practices"), choices);
    m_model->setProviders(std::move(providers));
    offerTiers();
    applyFilters();
    m_measuresNote->setText(tr("Computing each provider's measures..."));
    m_columns->update();
    Q_EMIT countsChanged();
}

void ProvidersView::setMeasures(ProviderMeasures measures)
{
    const bool firstTime = m_model->columnCount() == ProviderTableModel::FixedColumns;
    const QString range = measures.range.toString();
    const QString window = windowLabel(measures.window).toLower();
    m_model->setMeasures(std::move(measures));
    if (firstTime) {
        // The measures and tier next to the specialty, where they are read with the name.
        QHeaderView* header = m_table->horizontalHeader();
        for (int column = ProviderTableModel::FixedColumns; column < m_model->columnCount();
             ++column)
            header->moveSection(header->visualIndex(column), ProviderTableModel::Kind + column -
                                                                 ProviderTableModel::FixedColumns);
    }
    m_columns->update();
    offerTiers();
    applyFilters();
    m_measuresNote->setText(tr("Measures for %1, %2; - where a measure does not apply")
                                .arg(window, range));
}

void ProvidersView::selectProvider(std::int64_t providerId)
{
    const int row = m_model->rowOf(providerId);
    if (row < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->viewport()->update();
}

void ProvidersView::restoreSplitter(const QByteArray& state)
{
    m_splitKept = m_splitter->restoreState(state);
}

QList<int> ProvidersView::defaultSplit() const
{
    // The scorecard wide enough that Fit Width shows its measure table at 9 points; the table
    // the rest, but never less than the providers' names.
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int table = std::max(total - m_preview->widthForZoom(ScorecardPreview::readableZoom),
                               m_columns->namesWidth());
    return {table, total - table};
}

void ProvidersView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Until the user moves it (or it is restored), the split follows the window's width.
    if (!m_splitKept)
        m_splitter->setSizes(defaultSplit());
}

const QSortFilterProxyModel* ProvidersView::shownModel() const
{
    return m_filter;
}

int ProvidersView::shownCount() const
{
    return m_filter->rowCount();
}

int ProvidersView::totalCount() const
{
    return m_model->rowCount();
}

} // namespace aco::ui
