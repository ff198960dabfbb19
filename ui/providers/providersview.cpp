#include "providersview.h"

#include "providers/providertablemodel.h"
#include "scorecards/scorecardpreview.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace aco::ui {

ProvidersView::ProvidersView(QWidget* parent) : QWidget(parent)
{
    m_model = new ProviderTableModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortRole(ProviderTableModel::SortRole);

    auto* left = new QWidget(this);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setPlaceholderText(
        tr("Search providers by name, NPI, specialty or practice (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the providers whose row contains this text"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &ProvidersView::countsChanged);
    layout->addWidget(m_search);

    m_table = new QTableView(left);
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
    m_table->setToolTip(tr("Click a header to sort; select a provider to see their scorecard"));
    layout->addWidget(m_table, 1);
    m_measuresNote = new QLabel(left);
    m_measuresNote->setObjectName(QStringLiteral("providerMeasuresNote"));
    m_measuresNote->setToolTip(
        tr("Each provider's own results over the window; the overall tier is the median of "
           "the tiers they reach on the year's tiered measures"));
    layout->addWidget(m_measuresNote);

    auto* right = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(right);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewTitle = new QLabel(tr("Select a provider to see their scorecard."), right);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    previewLayout->addWidget(m_previewTitle);
    m_preview = new ScorecardPreview(right);
    m_preview->setObjectName(QStringLiteral("providerPreview"));
    // Scrolls: a primary care provider's risk page comes below the scorecard.
    auto* previewScroll = new QScrollArea(right);
    previewScroll->setWidget(m_preview);
    previewScroll->setWidgetResizable(true);
    previewScroll->setFrameShape(QFrame::NoFrame);
    previewLayout->addWidget(previewScroll, 1);

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("providersSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({640, 360}); // until the window restores the user's
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_splitter);
    setFocusProxy(m_search);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    Q_EMIT providerSelected(
                        m_model->provider(m_filter->mapToSource(current).row()).id);
            });
}

void ProvidersView::setProviders(std::vector<Provider> providers)
{
    m_model->setProviders(std::move(providers));
    m_measuresNote->setText(tr("Computing each provider's measures..."));
    m_table->resizeColumnsToContents();
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
        m_table->resizeColumnsToContents();
    }
    m_measuresNote->setText(tr("Measures for %1, %2").arg(window, range));
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

int ProvidersView::shownCount() const
{
    return m_filter->rowCount();
}

int ProvidersView::totalCount() const
{
    return m_model->rowCount();
}

} // namespace aco::ui
