#include "mainwindow.h"

#include "backgroundtask.h"

#include "demo/demoaco.h"
#include "error.h"
#include "organisation.h"
#include "charts/peercomparisonview.h"
#include "diagrams/driverdiagramview.h"
#include "msspcalculatorpanel.h"
#include "mssp/msspyear.h"
#include "providertablemodel.h"
#include "scorecards/scorecarddialog.h"
#include "store/store.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>


namespace aco::ui {

namespace {
const QString fileFilter = QObject::tr("ACO Workbench files (*.aco);;All files (*)");
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_providers = new ProviderTableModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_providers);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createFilePage());
    setCentralWidget(m_pages);
    createActions();

    m_statusAco = new QLabel(this);
    m_statusAsOf = new QLabel(this);
    statusBar()->addWidget(m_statusAco, 1);
    statusBar()->addPermanentWidget(m_statusAsOf);
    updateStatus();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open an ACO Workbench file"));
    file->addAction(tr("Create &Demo ACO..."), this, &MainWindow::createDemo);
    file->addSeparator();
    m_printScorecards = file->addAction(tr("&Print Scorecards..."), this, &MainWindow::printScorecards);
    m_printScorecards->setShortcut(QKeySequence::Print);
    m_printScorecards->setEnabled(false);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ACO Workbench"), this, &MainWindow::showAbout);
}

QWidget* MainWindow::createWelcomePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch();
    auto* title = new QLabel(tr("<h2>ACO Workbench</h2><p>Open your ACO's file, or create the demo "
                                "ACO to see everything at once.</p>"),
                             page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* open = new QPushButton(tr("Open a File..."), page);
    open->setToolTip(tr("Open an ACO Workbench file (.aco)"));
    connect(open, &QPushButton::clicked, this, &MainWindow::chooseDatabase);
    auto* demo = new QPushButton(tr("Create the Demo ACO..."), page);
    demo->setToolTip(tr("Write a fictitious ACO to a new file and open it"));
    connect(demo, &QPushButton::clicked, this, &MainWindow::createDemo);
    for (QPushButton* button : {open, demo}) {
        button->setMinimumWidth(240);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
}

QWidget* MainWindow::createFilePage()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("views"));
    m_tabs->addTab(createProvidersPage(), tr("&Providers"));
    m_peers = new PeerComparisonView(this);
    m_peers->setObjectName(QStringLiteral("peerComparison"));
    m_tabs->addTab(m_peers, tr("Peer &Comparison"));
    m_tabs->addTab(new QWidget(this), tr("&Driver Diagram")); // replaced by the file's diagram view
    m_tabs->addTab(createMsspPage(), tr("&MSSP Calculator"));
    // A provider chosen in one view is the one selected everywhere.
    connect(m_peers, &PeerComparisonView::providerSelected, this, &MainWindow::selectProviderRow);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            m_peers->selectProvider(m_providers->provider(m_filter->mapToSource(current).row()).id);
    });
    return m_tabs;
}

QWidget* MainWindow::createMsspPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_msspSource = new QLabel(page);
    m_msspSource->setObjectName(QStringLiteral("msspSource"));
    m_msspSource->setWordWrap(true);
    layout->addWidget(m_msspSource);
    m_mssp = new MsspCalculatorPanel(page);
    m_mssp->setObjectName(QStringLiteral("msspCalculator"));
    layout->addWidget(m_mssp, 1);
    return page;
}

void MainWindow::loadMsspYear()
{
    const std::vector<int> years = performanceYears(m_store->db());
    for (int year : years) {
        if (const auto found = aco::loadMsspYear(m_store->db(), year)) {
            m_mssp->setInputs(found->input);
            m_msspSource->setText(
                tr("Filled from performance year %1: the benchmark for %2 assigned beneficiaries, and spending "
                   "through %3 (%4 months) annualized. Change any input to see what moves the result.")
                    .arg(year)
                    .arg(QLocale(QLocale::English).toString(static_cast<qlonglong>(found->input.assignedBeneficiaries)))
                    .arg(found->through.toString())
                    .arg(found->monthsOfData));
            return;
        }
    }
    m_msspSource->setText(tr("This file has no performance year with expenditures; type the inputs to compute."));
}

QWidget* MainWindow::createProvidersPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("providerSearch"));
    m_search->setPlaceholderText(tr("Search providers by name, NPI, specialty or practice"));
    m_search->setToolTip(tr("Shows only the providers whose row contains this text"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::updateStatus);
    layout->addWidget(m_search);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    return page;
}

bool MainWindow::openDatabase(const QString& path)
{
    try {
        auto store = std::make_unique<Store>(Store::open(path));
        m_providers->setProviders(loadProviders(store->db()));
        m_store = std::move(store);
    } catch (const Error& error) {
        QMessageBox::critical(this, tr("Cannot Open File"), QString::fromStdString(error.what()));
        return false;
    }
    m_table->resizeColumnsToContents();
    m_peers->setDatabase(&m_store->db());
    showDiagram();
    loadMsspYear();
    m_pages->setCurrentIndex(1);
    m_printScorecards->setEnabled(true);
    setWindowFilePath(path);
    updateStatus();
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open ACO Workbench File"),
                                                      QDir::homePath(), fileFilter);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::createDemo()
{
    const QStringList sizes = {tr("Small: 25 providers, 3,000 beneficiaries"),
                               tr("Medium: 400 providers, 60,000 beneficiaries"),
                               tr("Large: 5,000 providers, 500,000 beneficiaries")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Create the Demo ACO"), tr("Size:"), sizes,
                                                 1, false, &ok);
    if (!ok)
        return;
    const auto size = static_cast<DemoSize>(sizes.indexOf(choice));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Demo ACO As"),
        QDir::home().filePath(QStringLiteral("demo-%1.aco").arg(demoSizeName(size))), fileFilter);
    if (path.isEmpty())
        return;
    if (m_store && QFileInfo(m_store->path()) == QFileInfo(path)) {
        QMessageBox::warning(this, tr("File in Use"),
                             tr("%1 is open in this window; choose another name.").arg(path));
        return;
    }

    // The file dialog has already asked whether to replace an existing file.
    BackgroundTask::run(
        this, tr("Writing the demo ACO..."), 100,
        [=](const BackgroundTask::Report& report) { writeDemo(path, {size, 1}, true, report); },
        [=, this](const QString& failure, bool cancelled) {
            if (cancelled)
                return;
            if (!failure.isEmpty())
                QMessageBox::critical(this, tr("Cannot Create the Demo ACO"), failure);
            else
                openDatabase(path);
        });
}

void MainWindow::showDiagram()
{
    constexpr int diagramTab = 2;
    QWidget* old = m_tabs->widget(diagramTab);
    m_diagram = new DriverDiagramView(*m_store, this);
    m_diagram->setObjectName(QStringLiteral("driverDiagram"));
    // A node's metric opens that measure's peer comparison.
    connect(m_diagram, &DriverDiagramView::measureActivated, this, [this](const QString& code) {
        m_peers->setMeasure(code);
        m_tabs->setCurrentWidget(m_peers);
    });
    const QString title = m_tabs->tabText(diagramTab);
    m_tabs->removeTab(diagramTab);
    m_tabs->insertTab(diagramTab, m_diagram, title);
    delete old;
}

void MainWindow::selectProviderRow(std::int64_t providerId)
{
    for (int row = 0; row < m_providers->rowCount(); ++row) {
        if (m_providers->provider(row).id != providerId)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_providers->index(row, 0));
        if (index.isValid()) {
            const QSignalBlocker blocker(m_table->selectionModel());
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(index);
        }
        return;
    }
}

void MainWindow::printScorecards()
{
    if (!m_store)
        return;
    std::optional<std::int64_t> selected;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        selected = m_providers->provider(m_filter->mapToSource(rows.front()).row()).id;
    ScorecardDialog dialog(m_store->path(), m_store->db(), selected, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ACO Workbench"),
                       tr("<h3>ACO Workbench %1</h3><p>Provider scorecards with unblinded peer "
                          "comparison, driver diagrams and shared-savings simulation for Medicare "
                          "Accountable Care Organizations.</p><p>Works offline on one local "
                          "file.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusAco->setText(tr("No file open"));
        m_statusAsOf->clear();
        return;
    }
    const auto info = loadAcoInfo(m_store->db());
    QString text = info ? info->name : QFileInfo(m_store->path()).fileName();
    const int total = m_providers->rowCount();
    const int shown = m_filter->rowCount();
    const QString providers = total == 1 ? tr("provider") : tr("providers");
    text += shown == total ? tr(" · %1 %2").arg(total).arg(providers)
                           : tr(" · %1 of %2 %3 shown").arg(shown).arg(total).arg(providers);
    if (m_store->isReadOnly())
        text += tr(" · read-only");
    m_statusAco->setText(text);
    m_statusAsOf->setText(info ? tr("Data as of %1").arg(info->dataAsOf) : QString());
}

} // namespace aco::ui
