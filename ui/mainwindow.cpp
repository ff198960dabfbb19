#include "mainwindow.h"

#include "backgroundqueue.h"
#include "charts/peercomparisonview.h"
#include "dashboard/dashboardview.h"
#include "data/dataview.h"
#include "diagrams/diagramdocument.h"
#include "diagrams/driverdiagramview.h"
#include "measures/resultsums.h"
#include "mssp/msspyear.h"
#include "msspcalculatorpanel.h"
#include "providers/providersview.h"
#include "scenarios/scenariosview.h"
#include "scorecards/scorecardpreview.h"
#include "scorecards/scorecardsource.h"
#include "scorecards/scorecardspage.h"
#include "store/store.h"
#include "store/temporaryfiles.h"
#include "window/recentfiles.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace aco::ui {

// What opening a file reads off the GUI thread.
struct OpenedFile
{
    QString path;
    bool readOnly = false;
    std::unique_ptr<Store> store;
    std::optional<AcoInfo> aco;
    std::vector<Provider> providers;
    std::vector<Period> periods;
};

namespace {

// The keys of the background work, one per thing shown: a newer request replaces an older one.
const QString openKey = QStringLiteral("open");
const QString measuresKey = QStringLiteral("providerMeasures");
const QString summaryKey = QStringLiteral("fileSummary");
const QString previewKey = QStringLiteral("scorecardPreview");

} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    m_queue = new BackgroundQueue(this);
    m_cards = new ScorecardSource(*m_queue, this);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createFileViews());
    setCentralWidget(m_pages);

    m_periodBar = addToolBar(tr("Period"));
    m_periodBar->setObjectName(QStringLiteral("periodToolBar"));
    m_periodBar->setMovable(false);
    m_selector = new PeriodSelector(m_periodBar);
    m_selector->setObjectName(QStringLiteral("periodChoice"));
    m_periodBar->addWidget(m_selector);
    connect(m_selector, &PeriodSelector::changed, this, &MainWindow::applyPeriod);
    createActions();

    m_statusAco = new QLabel(this);
    m_statusWork = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: the work's length is not known
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Background work"));
    m_cancel = new QToolButton(this);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading and computing in the background"));
    connect(m_cancel, &QToolButton::clicked, this, &MainWindow::cancelBackground);
    m_statusAsOf = new QLabel(this);
    m_statusAsOf->setObjectName(QStringLiteral("dataAsOfStatus"));
    statusBar()->addWidget(m_statusAco, 1);
    statusBar()->addPermanentWidget(m_statusWork);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    statusBar()->addPermanentWidget(m_statusAsOf);
    for (QWidget* w : std::initializer_list<QWidget*>{m_statusWork, m_progress, m_cancel})
        w->hide();
    connect(m_queue, &BackgroundQueue::busyChanged, this, [this](bool busy) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_statusWork, m_progress, m_cancel})
            w->setVisible(busy);
        Q_EMIT busyChanged(busy);
    });
    restoreLayout();
    updateStatus();
}

MainWindow::~MainWindow()
{
    delete m_queue; // waits for work that reads the views' data before they go
}

bool MainWindow::isBusy() const
{
    return m_adopting || m_queue->isBusy() || (m_diagram && m_diagram->isComputing());
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

QWidget* MainWindow::scrollable(QWidget* view)
{
    // Views wider or taller than a small screen scroll instead of holding the window's size.
    auto* area = new QScrollArea(this);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(view);
    return area;
}

QWidget* MainWindow::createFileViews()
{
    auto* page = new QWidget(this);
    m_readOnlyNotice = new QLabel(page);
    m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyNotice->setWordWrap(true);
    m_readOnlyNotice->setMargin(6);
    m_readOnlyNotice->setAutoFillBackground(true);
    m_readOnlyNotice->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyNotice->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyNotice->hide();

    m_navigation = new QListWidget(page);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setToolTip(tr("Choose a view (Ctrl+1 to Ctrl+8)"));
    m_navigation->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_views = new QStackedWidget(page);
    m_views->setObjectName(QStringLiteral("views"));

    m_providers = new ProvidersView(page);
    m_providers->setObjectName(QStringLiteral("providers"));
    m_scorecards = new ScorecardsPage(page);
    m_scorecards->setObjectName(QStringLiteral("scorecards"));
    m_peers = new PeerComparisonView(page);
    m_peers->setObjectName(QStringLiteral("peerComparison"));
    m_peers->hidePeriodControls(); // the window's selector sets them
    m_peers->setDrawOnlyWhenShown(true);
    m_data = new DataView(page);
    m_data->setObjectName(QStringLiteral("data"));
    m_dashboard = new DashboardView(page);
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    const std::pair<QString, QWidget*> views[] = {
        {tr("Dashboard"), scrollable(m_dashboard)},
        {tr("Providers"), m_providers},
        {tr("Scorecards"), m_scorecards},
        {tr("Peer comparison"), m_peers},
        {tr("Driver diagram"), new QWidget(page)}, // replaced by the file's diagram view
        {tr("MSSP calculator"), createMsspPage()},
        {tr("Scenarios"), new QWidget(page)}, // replaced by the file's scenarios view
        {tr("Data"), m_data},
    };
    for (int i = 0; i < viewCount; ++i) {
        auto* item = new QListWidgetItem(views[i].first, m_navigation);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(views[i].first).arg(i + 1));
        item->setSizeHint(
            QSize(fontMetrics().horizontalAdvance(views[i].first), fontMetrics().height() * 2));
        m_views->addWidget(views[i].second);
    }
    int widest = 0;
    for (const auto& [name, widget] : views)
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    m_navigation->setFixedWidth(widest + 6 * fontMetrics().averageCharWidth());
    connect(m_navigation, &QListWidget::currentRowChanged, m_views,
            &QStackedWidget::setCurrentIndex);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == static_cast<int>(View::Scenarios))
            makeScenarios();
    });
    m_navigation->setCurrentRow(static_cast<int>(View::Providers));

    // A provider chosen in one view is the one selected everywhere.
    connect(m_providers, &ProvidersView::providerSelected, this, &MainWindow::selectProvider);
    connect(m_providers, &ProvidersView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_scorecards, &ScorecardsPage::providerSelected, this, &MainWindow::selectProvider);
    connect(m_scorecards, &ScorecardsPage::printRequested, this, &MainWindow::printScorecards);
    connect(m_peers, &PeerComparisonView::providerSelected, this, &MainWindow::selectProvider);
    connectDashboard();

    auto* row = new QHBoxLayout;
    row->addWidget(m_navigation);
    row->addWidget(m_views, 1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readOnlyNotice);
    layout->addLayout(row, 1);
    return page;
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(static_cast<int>(view));
    m_views->currentWidget()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(m_navigation->currentRow());
}

QWidget* MainWindow::viewPage(View view) const
{
    return m_views->widget(static_cast<int>(view));
}

void MainWindow::setViewPage(View view, QWidget* page)
{
    const int index = static_cast<int>(view);
    QWidget* old = m_views->widget(index);
    const bool current = m_views->currentIndex() == index;
    m_views->insertWidget(index, page);
    m_views->removeWidget(old);
    if (current)
        m_views->setCurrentIndex(index);
    old->deleteLater();
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

void MainWindow::loadMsspYear(int year)
{
    // The chosen year first, then the latest year with expenditures.
    std::vector<int> years = performanceYears(m_store->db());
    std::stable_partition(years.begin(), years.end(), [year](int y) { return y == year; });
    for (int y : years) {
        if (const auto found = aco::loadMsspYear(m_store->db(), y)) {
            m_mssp->setInputs(found->input);
            m_msspSource->setText(
                tr("Filled from performance year %1: the benchmark for %2 assigned beneficiaries, "
                   "and spending "
                   "through %3 (%4 months) annualized. Change any input to see what moves the "
                   "result.")
                    .arg(y)
                    .arg(QLocale(QLocale::English)
                             .toString(static_cast<qlonglong>(found->input.assignedBeneficiaries)))
                    .arg(found->through.toString())
                    .arg(found->monthsOfData) +
                (y == year ? QString() : tr(" (%1 has no expenditures.)").arg(year)));
            return;
        }
    }
    m_msspSource->setText(
        tr("This file has no performance year with expenditures; type the inputs to compute."));
}

void MainWindow::openDatabase(const QString& path, bool readOnly)
{
    // The views are made again for the file: a scenario being edited would be lost.
    if (m_scenarios && !m_scenarios->maybeDropChanges())
        return;
    auto opened = std::make_shared<OpenedFile>();
    opened->path = path;
    opened->readOnly = readOnly;
    m_statusWork->setText(tr("Opening %1...").arg(QFileInfo(path).fileName()));
    m_queue->post(
        openKey, QString(),
        [opened](const Database*) {
            opened->store = std::make_unique<Store>(opened->readOnly ? Store::openReadOnly(opened->path)
                                                                     : Store::open(opened->path));
            const Database& db = opened->store->db();
            opened->aco = loadAcoInfo(db);
            opened->providers = loadProviders(db);
            opened->periods = periodsWithResults(db);
        },
        [this, opened](const QString& failure) {
            if (!failure.isEmpty()) {
                if (!opened->readOnly && failure.contains(QStringLiteral("open in another"))) {
                    offerReadOnly(opened->path, failure);
                    return;
                }
                showProblem(tr("Cannot Open File"), failure);
                Q_EMIT openFailed(opened->path);
                return;
            }
            adopt(opened);
        });
}

void MainWindow::adopt(const std::shared_ptr<OpenedFile>& opened)
{
    if (m_adopting) { // one file at a time
        m_nextFile = opened;
        return;
    }
    m_adopting = true;
    // The views let go of the old file before it closes.
    m_closing = std::move(m_store);
    m_store = std::move(opened->store);
    m_aco = opened->aco;
    m_selected.reset();
    m_queue->cancel(previewKey);
    m_providers->preview()->setMessage(QString());
    m_providers->previewTitle()->setText(tr("Select a provider to see their scorecard."));

    const QString path = m_store->path();
    const bool readOnly = m_store->isReadOnly();
    m_readOnlyNotice->setVisible(readOnly);
    m_readOnlyNotice->setText(
        tr("<b>Read-only:</b> %1 %2, so it is open for viewing only; editing is off. "
           "To change it, copy the file somewhere you may write and open the copy.")
            .arg(QFileInfo(path).fileName().toHtmlEscaped(),
                 QFileInfo(path).isWritable() ? tr("cannot be written now")
                                              : tr("is a file you may not write")));
    m_data->setFile(path, readOnly);
    readSummary();
    if (!readOnly) // what a writer of this file left when it was killed
        TemporaryFiles::removeStale(path);
    m_recent->add(path);
    QSettings().setValue(QStringLiteral("lastDatabase"), QFileInfo(path).absoluteFilePath());
    setWindowFilePath(path);
    m_pages->setCurrentIndex(1);
    m_printScorecards->setEnabled(true);
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(true);
    m_import->setEnabled(!readOnly);
    m_loadCclf->setEnabled(!readOnly);
    QTimer::singleShot(0, this, [this, opened] { adoptStep(opened, 1); });
}

void MainWindow::adoptStep(const std::shared_ptr<OpenedFile>& opened, int step)
{
    // Each step is a short stretch of the GUI thread; the event loop answers between them.
    switch (step) {
    case 1:
        m_scorecards->setProviders(opened->providers);
        m_providers->setProviders(std::move(opened->providers));
        break;
    case 2:
        m_peers->setDatabase(&m_store->db());
        m_dashboard->setDatabase(&m_store->db());
        break;
    default:
        showDiagram();
        showScenarios();
        m_closing.reset();
        if (m_restoreView) {
            m_restoreView = false;
            const int view =
                QSettings()
                    .value(QStringLiteral("window/view"), static_cast<int>(View::Providers))
                    .toInt();
            if (view >= 0 && view < viewCount)
                showView(static_cast<View>(view));
        }
        m_selector->setPeriods(opened->periods); // and every view follows
        if (opened->periods.empty())
            loadMsspYear(0);
        updateStatus();
        m_adopting = false;
        Q_EMIT fileOpened(m_store->path());
        if (m_nextFile)
            adopt(std::exchange(m_nextFile, nullptr));
        return;
    }
    QTimer::singleShot(0, this, [this, opened, step] { adoptStep(opened, step + 1); });
}

void MainWindow::applyPeriod(const PeriodChoice& choice)
{
    if (!m_store)
        return;
    m_peers->setPeriod(choice.period);
    m_peers->setWindow(choice.window);
    const auto& diagramYears = m_diagram->document().years();
    if (std::find(diagramYears.begin(), diagramYears.end(), choice.year()) != diagramYears.end())
        m_diagram->showYear(choice.year());
    m_diagram->setPeriod(choice.period, choice.window);
    m_dashboard->setSelection(choice.year(), choice.period, choice.window);
    loadMsspYear(choice.year());
    computeProviderMeasures();
    refreshPreviews();
    m_scorecards->caption()->setText(tr("%1, %2").arg(
        windowLabel(choice.window), windowRange(choice.window, choice.period).toString()));
    updateStatus();
    Q_EMIT periodChanged(choice);
}

void MainWindow::computeProviderMeasures()
{
    const PeriodChoice choice = m_selector->choice();
    auto measures = std::make_shared<ProviderMeasures>();
    m_statusWork->setText(tr("Computing measures..."));
    m_queue->post(
        measuresKey, m_store->path(),
        [measures, choice](const Database* db) {
            *measures = ProviderMeasures::compute(*db, choice.period, choice.window);
        },
        [this, measures](const QString& failure) {
            if (!failure.isEmpty()) {
                m_statusWork->setText(failure);
                return;
            }
            m_providers->setMeasures(std::move(*measures));
            if (m_selected)
                m_providers->selectProvider(*m_selected);
        });
}

void MainWindow::selectProvider(std::int64_t providerId)
{
    if (m_selected == providerId)
        return;
    m_selected = providerId;
    m_providers->selectProvider(providerId);
    m_scorecards->selectProvider(providerId);
    m_peers->selectProvider(providerId);
    refreshPreviews();
    Q_EMIT providerSelected(providerId);
}

void MainWindow::refreshPreviews()
{
    if (!m_store || !m_selected || !m_selector->hasChoice())
        return;
    ScorecardOptions options;
    options.period = m_selector->choice().period;
    options.window = m_selector->choice().window;
    options.maskPhi = maskPhi();
    const QString waiting = tr("Preparing the scorecard...");
    for (ScorecardPreview* preview : {m_providers->preview(), m_scorecards->preview()})
        if (!preview->scorecard() || preview->scorecard()->provider.id != *m_selected)
            preview->setMessage(waiting);
    m_cards->request(
        previewKey, m_store->path(), *m_selected, options,
        [this](std::shared_ptr<const Scorecard> card, const QString& failure) {
            for (ScorecardPreview* preview : {m_providers->preview(), m_scorecards->preview()}) {
                if (card)
                    preview->setScorecard(card);
                else
                    preview->setMessage(failure);
            }
            m_providers->previewTitle()->setText(
                card
                    ? tr("<b>%1</b> · %2 · scorecard as it prints")
                          .arg(card->provider.displayName().toHtmlEscaped(), card->range.toString())
                    : failure);
        });
}

void MainWindow::showDiagram()
{
    auto* diagram = new DriverDiagramView(*m_store, this);
    diagram->setObjectName(QStringLiteral("driverDiagram"));
    // A node's metric opens that measure's peer comparison.
    connect(diagram, &DriverDiagramView::measureActivated, this, [this](const QString& code) {
        m_peers->setMeasure(code);
        showView(View::PeerComparison);
    });
    connect(diagram, &DriverDiagramView::fileChanged, this, &MainWindow::refreshAfterChange);
    DriverDiagramView* old = m_diagram;
    m_diagram = diagram;
    setViewPage(View::DriverDiagram, diagram);
    delete old; // at once: it reads the file being closed
}

void MainWindow::readSummary()
{
    auto summary = std::make_shared<FileSummary>();
    m_queue->post(
        summaryKey, m_store->path(),
        [summary](const Database* db) { *summary = FileSummary::read(*db); },
        [this, summary](const QString& failure) {
            if (failure.isEmpty())
                m_data->setSummary(*summary);
        });
}

void MainWindow::refreshAfterChange()
{
    if (!m_store)
        return;
    readSummary();
    m_dashboard->reload(); // measures' targets come from the driver diagram
    m_peers->reload();     // and its reference lines
}

void MainWindow::cancelBackground()
{
    for (const QString& key : {openKey, measuresKey, summaryKey, previewKey})
        m_queue->cancel(key);
    if (m_scenarios)
        m_scenarios->cancelReading();
    m_statusWork->setText(tr("Cancelled"));
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_statusAco->setText(tr("No file open"));
        m_statusAsOf->clear();
        return;
    }
    QString text = m_aco ? m_aco->name : QFileInfo(m_store->path()).fileName();
    const int total = m_providers->totalCount();
    const int shown = m_providers->shownCount();
    const QString providers = total == 1 ? tr("provider") : tr("providers");
    text += shown == total ? tr(" · %1 %2").arg(total).arg(providers)
                           : tr(" · %1 of %2 %3 shown").arg(shown).arg(total).arg(providers);
    if (m_selector->hasChoice()) {
        const PeriodChoice choice = m_selector->choice();
        text += tr(" · %1, %2")
                    .arg(windowLabel(choice.window).toLower(),
                         windowRange(choice.window, choice.period).toString());
    }
    if (m_store->isReadOnly())
        text += tr(" · read-only");
    m_statusAco->setText(text);
    m_statusAsOf->setText(m_aco ? tr("Data as of %1").arg(m_aco->dataAsOf) : QString());
}

void MainWindow::showProblem(const QString& title, const QString& text)
{
    // Window-modal and not waited for, so that the event loop goes on.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace aco::ui
