#include "scenariosview.h"

#include "backgroundqueue.h"
#include "backgroundtask.h"
#include "error.h"
#include "money.h"
#include "mssp/msspformat.h"
#include "organisation.h"
#include "paymentstablemodel.h"
#include "scenariocharts.h"
#include "scenariocomparedialog.h"
#include "scenarioeditor.h"
#include "scenariofigures.h"
#include "scenariofile.h"
#include "scenarioreport.h"
#include "splitbar.h"
#include "scenarios/paymentscsv.h"
#include "scenarios/scenariojson.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"

#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace aco::ui {

namespace {

enum Tab
{
    PaymentsTab,
    SplitChartTab,
    PaymentsChartTab,
    UncertaintyTab
};

// The keys of the view's work on the window's queue: a later reading supersedes an earlier one.
const QString basisKey = QStringLiteral("scenarioBasis");
const QString comparisonKey = QStringLiteral("scenarioComparison");

// Bars of the payments chart: few enough that their labels fit the height a laptop's screen
// leaves the chart (16 bars of 25 recipients for 400).
constexpr int paymentBars = 16;

QChartView* chartView(const QString& name)
{
    auto* view = new QChartView;
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

QPushButton* button(const QString& text, const QString& name, const QString& tip)
{
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    b->setToolTip(tip);
    return b;
}

} // namespace

ScenariosView::ScenariosView(Store& store, BackgroundQueue& queue, QWidget* parent)
    : QWidget(parent), m_store(store), m_queue(&queue)
{
    if (const auto aco = loadAcoInfo(store.db()))
        m_acoName = aco->name;
    m_editor = new ScenarioEditor(store.db());
    auto* editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setMinimumWidth(m_editor->minimumSizeHint().width() + 24);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(listPanel());
    splitter->addWidget(editorScroll);
    splitter->addWidget(resultsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    m_title->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_editor, &ScenarioEditor::changed, this, &ScenariosView::recompute);
    connect(m_editor, &ScenarioEditor::changed, this, &ScenariosView::showTitle);
    reload();
    if (m_list->count() > 0) {
        open(m_list->item(0)->text());
    } else {
        markSaved();
        recompute();
    }
}

ScenariosView::~ScenariosView()
{
    if (m_queue) { // else it has gone, and its reports with it
        m_queue->cancel(basisKey);
        m_queue->cancel(comparisonKey);
    }
}

QWidget* ScenariosView::listPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Saved scenarios")));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setToolTip(
        tr("The plans saved in this file. Click one to open it; select two to four and "
           "press Compare to see them side by side."));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumWidth(220);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        if (m_list->selectedItems().size() > 1 || item->text() == m_name)
            return;
        if (maybeDropChanges())
            open(item->text());
        else
            selectName(m_name);
    });
    layout->addWidget(m_list, 1);
    m_listHint = new QLabel(
        tr("No saved scenarios yet.\n\nSet up a plan in the editor, then press Save to keep it "
           "in this file. Saved plans can be compared side by side and printed in the board "
           "packet."));
    m_listHint->setObjectName(QStringLiteral("scenarioListHint"));
    m_listHint->setWordWrap(true);
    m_listHint->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_listHint->setMaximumWidth(220);
    m_listHint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_listHint, 1);

    auto* grid = new QGridLayout;
    QPushButton* buttons[] = {
        button(tr("New"), QStringLiteral("new"),
               tr("Start a new scenario: 20% to infrastructure and 80% to providers, paid by "
                  "tiers on the latest year's measures with tiers, weighted equally.")),
        button(tr("Save"), QStringLiteral("save"),
               tr("Save the scenario on show under its name (asks for one when new).")),
        button(tr("Duplicate..."), QStringLiteral("duplicate"),
               tr("Save what is on show under another name.")),
        button(tr("Rename..."), QStringLiteral("rename"),
               tr("Give the saved scenario another name.")),
        button(tr("Delete"), QStringLiteral("delete"),
               tr("Delete the saved scenario from the file.")),
        button(tr("Compare..."), QStringLiteral("compare"),
               tr("Compare two to four saved scenarios side by side.")),
    };
    for (int i = 0; i < 6; ++i)
        grid->addWidget(buttons[i], i / 2, i % 2);
    layout->addLayout(grid);
    m_compare = buttons[5];
    connect(buttons[0], &QPushButton::clicked, this, [this] {
        if (maybeDropChanges())
            setScenario(startingScenario(m_store.db()));
    });
    connect(buttons[1], &QPushButton::clicked, this, [this] {
        if (m_name.isEmpty())
            askName(tr("Save scenario"), tr("New scenario"), &ScenariosView::saveAs);
        else
            saveAs(m_name);
    });
    connect(buttons[2], &QPushButton::clicked, this, [this] {
        askName(tr("Duplicate scenario"), tr("%1 (copy)").arg(m_name), &ScenariosView::duplicateAs);
    });
    connect(buttons[3], &QPushButton::clicked, this,
            [this] { askName(tr("Rename scenario"), m_name, &ScenariosView::renameTo); });
    connect(buttons[4], &QPushButton::clicked, this, [this] {
        if (!m_name.isEmpty() &&
            QMessageBox::question(this, tr("Delete scenario"),
                                  tr("Delete the scenario '%1' from the file?").arg(m_name)) ==
                QMessageBox::Yes)
            removeCurrent();
    });
    connect(buttons[5], &QPushButton::clicked, this, &ScenariosView::chooseAndCompare);
    return panel;
}

QWidget* ScenariosView::resultsPanel()
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    // The figures across the top with the exports beside them, the charts in tabs below: the
    // split chart beside the figures would not fit a laptop's screen next to the editor.
    auto* top = new QHBoxLayout;
    m_figures = new QLabel;
    m_figures->setObjectName(QStringLiteral("figures"));
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    top->addWidget(m_figures, 1);
    layout->addLayout(top);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("results"));
    m_payments = new PaymentsTableModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("payments"));
    m_table->setModel(m_payments);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    // The names take the room a wide window gives, so that the amounts stay beside each other.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setToolTip(
        tr("Every recipient's payment, largest first. Double-click a provider to open it."));
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_scenario.level == Level::Provider)
            Q_EMIT providerActivated(m_payments->recipientId(index.row()));
    });
    m_tabs->addTab(m_table, tr("Payments"));
    m_splitChart = chartView(QStringLiteral("splitChart"));
    m_splitChart->setMinimumHeight(230);
    showChart(m_splitChart, SplitBar::chart(m_editor->scenario(), Allocation{}));
    m_tabs->addTab(m_splitChart, tr("Split chart"));
    m_paymentsChart = chartView(QStringLiteral("paymentsChart"));
    m_tabs->addTab(m_paymentsChart, tr("Payments chart"));
    m_tabs->addTab(uncertaintyTab(), tr("Uncertainty"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ScenariosView::refreshVisibleChart);
    layout->addWidget(m_tabs, 1);

    auto* exports = new QVBoxLayout;
    m_exportCsv =
        button(tr("Export CSV..."), QStringLiteral("exportCsv"),
               tr("Write every recipient's payment to a CSV file (dollars with two decimals)."));
    m_exportPdf =
        button(tr("Export PDF..."), QStringLiteral("exportPdf"),
               tr("Write a printable report: inputs, pool, split, charts and every payment."));
    exports->addWidget(m_exportCsv);
    exports->addWidget(m_exportPdf);
    exports->addStretch(1);
    top->addLayout(exports);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] {
        export_(tr("Export payments"), tr("CSV (*.csv)"), &ScenariosView::exportCsv);
    });
    connect(m_exportPdf, &QPushButton::clicked, this,
            [this] { export_(tr("Export report"), tr("PDF (*.pdf)"), &ScenariosView::exportPdf); });
    return panel;
}

QWidget* ScenariosView::uncertaintyTab()
{
    auto* tab = new QWidget;
    auto* layout = new QVBoxLayout(tab);
    auto* controls = new QHBoxLayout;
    m_trials = new QSpinBox;
    m_trials->setObjectName(QStringLiteral("trials"));
    m_trials->setRange(100, 1000000);
    m_trials->setValue(10000);
    m_trials->setGroupSeparatorShown(true);
    m_trials->setToolTip(tr("How many years to simulate: more trials, smoother results."));
    m_seed = new QSpinBox;
    m_seed->setObjectName(QStringLiteral("seed"));
    m_seed->setRange(1, 1000000);
    m_seed->setToolTip(tr("The same seed gives the same result, here and on the command line."));
    m_run = button(tr("Run Monte Carlo"), QStringLiteral("runMonteCarlo"),
                   tr("Simulate the year many times with the uncertainty set in the editor, in the "
                      "background."));
    controls->addWidget(new QLabel(tr("Trials")));
    controls->addWidget(m_trials);
    controls->addWidget(new QLabel(tr("Seed")));
    controls->addWidget(m_seed);
    controls->addWidget(m_run);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_monteCarloSummary = new QLabel(tr("Not run yet for these inputs: press Run Monte Carlo."));
    m_monteCarloSummary->setObjectName(QStringLiteral("monteCarloSummary"));
    m_monteCarloSummary->setWordWrap(true);
    layout->addWidget(m_monteCarloSummary);
    auto* charts = new QVBoxLayout;
    m_histogram = chartView(QStringLiteral("histogram"));
    m_tornado = chartView(QStringLiteral("tornado"));
    m_histogram->setMinimumHeight(180);
    m_tornado->setMinimumHeight(210); // its title, bars, amounts and legend
    charts->addWidget(m_histogram, 3);
    charts->addWidget(m_tornado, 2); // full width, so that its names and amounts are not cut
    layout->addLayout(charts, 1);
    connect(m_run, &QPushButton::clicked, this, &ScenariosView::runMonteCarlo);
    return tab;
}

void ScenariosView::setScenario(const Scenario& scenario)
{
    m_name.clear();
    m_list->clearSelection();
    m_editor->setScenario(scenario);
    markSaved();
    recompute();
}

void ScenariosView::reload()
{
    m_list->clear();
    for (const QString& name : ScenarioStore(m_store.db()).names())
        m_list->addItem(name);
    m_list->setVisible(m_list->count() > 0);
    m_listHint->setVisible(m_list->count() == 0);
    selectName(m_name);
}

namespace {

// A scenario as compared for unsaved changes: its name is the view's to show.
QJsonObject withoutName(Scenario scenario)
{
    scenario.name.clear();
    return scenarioToJson(scenario);
}

} // namespace

void ScenariosView::markSaved()
{
    m_saved = withoutName(m_editor->scenario());
    showTitle();
}

bool ScenariosView::isModified() const
{
    return withoutName(m_editor->scenario()) != m_saved;
}

QString ScenariosView::title() const
{
    return (m_name.isEmpty() ? tr("New scenario") : m_name) +
           (isModified() ? QStringLiteral("*") : QString());
}

void ScenariosView::showTitle()
{
    const QString state = isModified()  ? tr("unsaved changes: Save keeps them in the file")
                          : m_name.isEmpty() ? tr("not saved in the file yet")
                                             : tr("as saved in the file");
    m_title->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span>&nbsp;&nbsp;"
                                    "<span>%2</span>")
                         .arg(title().toHtmlEscaped(), state.toHtmlEscaped()));
    m_title->setToolTip(isModified() ? tr("The asterisk marks changes not saved yet") : QString());
}

bool ScenariosView::maybeDropChanges()
{
    if (!isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Scenario"),
                    m_name.isEmpty()
                        ? tr("The new scenario has not been saved.")
                        : tr("The scenario '%1' has changes that are not saved.").arg(m_name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedScenario"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    const int answer = box.exec();
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::Save)
        return false;
    if (!m_name.isEmpty())
        return saveAs(m_name);
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save scenario"), tr("Name:"),
                                               QLineEdit::Normal, tr("New scenario"), &ok)
                             .trimmed();
    return ok && !name.isEmpty() && saveAs(name);
}

void ScenariosView::selectName(const QString& name)
{
    const auto items = m_list->findItems(name, Qt::MatchExactly);
    m_list->clearSelection();
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void ScenariosView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold")
                                   : QString());
}

bool ScenariosView::attempt(const QString& what, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const Error& e) {
        showMessage(tr("%1: %2").arg(what, QString::fromStdString(e.what())), true);
        return false;
    }
}

bool ScenariosView::open(const QString& name)
{
    return attempt(tr("Opening '%1'").arg(name), [&] {
        const Scenario s = ScenarioStore(m_store.db()).load(name);
        m_name = name;
        m_editor->setScenario(s);
        selectName(name);
        markSaved();
        recompute();
    });
}

bool ScenariosView::saveAs(const QString& name)
{
    return attempt(tr("Saving '%1'").arg(name), [&] {
        ScenarioStore(m_store.db()).save(name, m_editor->scenario());
        m_name = name;
        Scenario s = m_editor->scenario();
        s.name = name;
        m_editor->setScenario(s);
        reload();
        markSaved();
        showMessage(tr("Saved '%1'.").arg(name), false);
        Q_EMIT fileChanged();
    });
}

bool ScenariosView::duplicateAs(const QString& name)
{
    return attempt(tr("Duplicating as '%1'").arg(name), [&] {
        ScenarioStore scenarios(m_store.db());
        if (scenarios.contains(name))
            throw Error("the file already has a scenario named '" + name.toStdString() +
                            "'; choose another name.",
                        Error::Kind::Usage);
        scenarios.save(name, m_editor->scenario());
        m_name = name;
        reload();
        open(name);
        showMessage(tr("Saved a copy as '%1'.").arg(name), false);
        Q_EMIT fileChanged();
    });
}

bool ScenariosView::renameTo(const QString& name)
{
    if (m_name.isEmpty())
        return saveAs(name);
    return attempt(tr("Renaming '%1'").arg(m_name), [&] {
        ScenarioStore(m_store.db()).rename(m_name, name);
        m_name = name;
        reload();
        showTitle();
        showMessage(tr("Renamed to '%1'.").arg(name), false);
        Q_EMIT fileChanged();
    });
}

bool ScenariosView::removeCurrent()
{
    return attempt(tr("Deleting '%1'").arg(m_name), [&] {
        ScenarioStore(m_store.db()).remove(m_name);
        showMessage(tr("Deleted '%1'.").arg(m_name), false);
        m_name.clear();
        reload();
        markSaved(); // what is on show stays, as a new scenario
        Q_EMIT fileChanged();
    });
}

bool ScenariosView::exportCsv(const QString& path)
{
    return attempt(tr("Exporting the payments"), [&] {
        if (!m_valid)
            throw Error("the scenario has no result to export; correct its inputs first.",
                        Error::Kind::Usage);
        ScenarioFile::write(path, paymentsCsv(m_allocation, m_monteCarlo));
        showMessage(tr("Wrote %1 payments to '%2'.").arg(m_allocation.recipients.size()).arg(path),
                    false);
    });
}

bool ScenariosView::exportPdf(const QString& path)
{
    bool cancelled = false;
    const bool written = attempt(tr("Exporting the report"), [&] {
        if (!m_valid)
            throw Error("the scenario has no result to export; correct its inputs first.",
                        Error::Kind::Usage);
        // Page by page with the window answering between pages, a large ACO's report running to
        // a hundred pages and more; the progress, modal from the start, keeps the user's input
        // out of the view meanwhile. The report holds references: to copies, all the same.
        const Scenario scenario = m_scenario;
        const Allocation allocation = m_allocation;
        const std::optional<MonteCarloResult> monteCarlo = m_monteCarlo;
        const ScenarioReport report(scenario, allocation, monteCarlo, m_acoName);
        QProgressDialog progress(tr("Writing the report..."), tr("Cancel"), 0, report.pageCount(),
                                 this);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(0);
        progress.show();
        const QByteArray pdf = report.pdf([&](int pages) {
            progress.setValue(pages);
            QCoreApplication::processEvents();
            cancelled = progress.wasCanceled();
            return !cancelled;
        });
        ScenarioFile::write(path, pdf);
        showMessage(tr("Wrote the report to '%1'.").arg(path), false);
    });
    if (cancelled)
        showMessage(tr("Cancelled: no report was written."), false);
    return written;
}

void ScenariosView::export_(const QString& title, const QString& filter,
                            bool (ScenariosView::*action)(const QString&))
{
    const QString path = QFileDialog::getSaveFileName(this, title, QString(), filter);
    if (!path.isEmpty())
        (this->*action)(path);
}

void ScenariosView::askName(const QString& title, const QString& suggestion,
                            bool (ScenariosView::*action)(const QString&))
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, suggestion, &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        (this->*action)(name);
}

bool ScenariosView::compare(const QStringList& names)
{
    auto scenarios = std::make_shared<std::vector<SimulatedScenario>>();
    if (!attempt(tr("Comparing"), [&] {
            if (names.size() < 2 || names.size() > 4)
                throw Error("select two to four saved scenarios in the list (Ctrl+click), then "
                            "press Compare.",
                            Error::Kind::Usage);
            for (const QString& name : names)
                scenarios->push_back({ScenarioStore(m_store.db()).load(name), {}, {}});
        }))
        return false;
    m_compare->setEnabled(false);
    m_compare->setText(tr("Comparing..."));
    Q_EMIT reading(tr("Reading the scenarios to compare..."));
    m_queue->post(
        comparisonKey, m_store.path(),
        [scenarios](const Database* db) {
            for (SimulatedScenario& s : *scenarios) {
                s.basis = loadScenarioBasis(*db, s.scenario);
                s.allocation = Allocator(s.scenario, s.basis)
                                   .allocate(scenarioEarnedCents(s.scenario, s.basis));
            }
        },
        [this, scenarios](const QString& failure) {
            m_compare->setEnabled(true);
            m_compare->setText(tr("Compare..."));
            if (!failure.isEmpty()) {
                showMessage(tr("Comparing: %1").arg(failure), true);
                return;
            }
            auto* dialog = new ScenarioCompareDialog(std::move(*scenarios), m_acoName, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            Q_EMIT comparisonShown(dialog);
        });
    return true;
}

void ScenariosView::chooseAndCompare()
{
    QStringList names;
    for (const QListWidgetItem* item : m_list->selectedItems())
        names.append(item->text());
    names.sort();
    compare(names);
}

void ScenariosView::recompute()
{
    ++m_generation;
    if (m_monteCarlo) { // of other inputs: no longer shown
        m_monteCarlo.reset();
        showChart(m_histogram, nullptr);
        showChart(m_tornado, nullptr);
        m_monteCarloSummary->setText(tr("Not run yet for these inputs: press Run Monte Carlo."));
    }
    m_scenario = m_editor->scenario();
    m_valid = false;
    const QString problem = m_editor->splitProblem();
    if (!problem.isEmpty()) {
        showMessage(problem + tr(" Move a share so that they total 100%."), true);
    } else {
        bool basisReady = false;
        m_valid = attempt(tr("The scenario cannot be applied"), [&] {
            m_scenario.validate();
            basisReady = m_basis && sameBasis(m_basisScenario, m_scenario);
            if (basisReady) {
                cancelLoading();
                m_allocation = Allocator(m_scenario, *m_basis)
                                   .allocate(scenarioEarnedCents(m_scenario, *m_basis));
            }
        });
        if (m_valid && !basisReady) {
            m_valid = false;
            // A reading already under way for the same recipients serves these inputs too.
            if (!m_loadingFor || !sameBasis(*m_loadingFor, m_scenario))
                loadBasis();
            showMessage(tr("Reading the recipients and their results from the file..."), false);
        } else if (m_valid) {
            showMessage(QString(), false);
        }
    }
    showResults();
}

void ScenariosView::loadBasis()
{
    m_loadingFor = m_scenario;
    auto basis = std::make_shared<ScenarioBasis>();
    Q_EMIT reading(tr("Reading the scenario's recipients..."));
    m_queue->post(
        basisKey, m_store.path(),
        [scenario = m_scenario, basis](const Database* db) {
            *basis = loadScenarioBasis(*db, scenario);
        },
        [this, basis](const QString& failure) {
            const Scenario loadedFor = *std::exchange(m_loadingFor, std::nullopt);
            if (!failure.isEmpty()) {
                m_valid = false;
                showMessage(tr("The scenario cannot be applied: %1").arg(failure), true);
                showResults();
                return;
            }
            m_basis = basis;
            m_basisScenario = loadedFor;
            recompute(); // with the inputs as they are now, edits made while reading included
        });
}

void ScenariosView::cancelReading()
{
    m_queue->cancel(comparisonKey);
    m_compare->setEnabled(true);
    m_compare->setText(tr("Compare..."));
    if (!isLoading())
        return;
    cancelLoading();
    m_valid = false;
    showMessage(tr("Reading cancelled: change an input, or open the scenario again, to see its "
                   "results."),
                false);
    showResults();
}

void ScenariosView::cancelLoading()
{
    if (m_loadingFor) {
        m_queue->cancel(basisKey);
        m_loadingFor.reset();
    }
}

void ScenariosView::showResults()
{
    if (!m_valid)
        m_allocation = Allocation{};
    const Allocation& a = m_allocation;
    if (isLoading()) { // no figures to claim yet; the tabs below keep their place meanwhile
        m_figures->setMinimumHeight(m_figures->isVisible() ? m_figures->height() : 0);
        m_figures->clear();
    } else {
        m_figures->setMinimumHeight(0);
        m_figures->setText(ScenarioFigures::html(a));
    }
    m_payments->setAllocation(a, m_monteCarlo);
    if (!SplitBar::update(m_splitChart->chart(), m_scenario, a))
        showChart(m_splitChart, SplitBar::chart(m_scenario, a));
    m_paymentsChartStale = true;
    for (QPushButton* b : {m_run, m_exportCsv, m_exportPdf})
        b->setEnabled(m_valid);
    refreshVisibleChart();
    Q_EMIT resultsShown();
}

void ScenariosView::refreshVisibleChart()
{
    if (m_tabs->currentIndex() == PaymentsChartTab && m_paymentsChartStale) {
        if (!ScenarioCharts::updatePayments(m_paymentsChart->chart(), m_allocation, paymentBars))
            showChart(m_paymentsChart, ScenarioCharts::payments(m_allocation, paymentBars));
        m_paymentsChartStale = false;
    }
}

void ScenariosView::showChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart ? chart : new QChart);
    delete old;
}

void ScenariosView::runMonteCarlo()
{
    if (!m_valid)
        return;
    const int generation = m_generation;
    const MonteCarloOptions options =
        monteCarloOptions(m_scenario, m_trials->value(), std::uint64_t(m_seed->value()));
    auto result = std::make_shared<std::optional<MonteCarloResult>>();
    BackgroundTask::run(
        this, tr("Simulating %1 years...").arg(MsspFormat::count(options.trials)), 1,
        [scenario = m_scenario, basis = m_basis, options,
         result](const BackgroundTask::Report& report) {
            report(0, QObject::tr("Simulating %1 years...").arg(MsspFormat::count(options.trials)));
            *result = aco::runMonteCarlo(scenario, *basis, options);
            report(1, QObject::tr("Done."));
        },
        [this, generation, result](const QString& failure, bool cancelled) {
            if (cancelled)
                return;
            if (!failure.isEmpty()) {
                showMessage(tr("The Monte Carlo failed: %1").arg(failure), true);
                return;
            }
            if (generation != m_generation) {
                m_monteCarloSummary->setText(
                    tr("The inputs changed while it ran: press Run Monte Carlo again."));
                return;
            }
            m_monteCarlo = std::move(*result);
            const MonteCarloResult& mc = *m_monteCarlo;
            m_monteCarloSummary->setText(tr("%1 trials, expenditure CV %2%: earned savings %3 on "
                                            "average, %4 to %5 in nine years of ten; "
                                            "savings earned in %6% of the trials.")
                                             .arg(MsspFormat::count(mc.trials))
                                             .arg(mc.expenditureCv * 100.0, 0, 'f', 2)
                                             .arg(Money::wholeDollars(std::llround(mc.earned.mean)),
                                                  Money::wholeDollars(std::llround(mc.earned.p5)),
                                                  Money::wholeDollars(std::llround(mc.earned.p95)))
                                             .arg(mc.probabilityEarned * 100.0, 0, 'f', 1));
            showChart(m_histogram, ScenarioCharts::histogram(mc));
            showChart(m_tornado, ScenarioCharts::tornado(mc, m_allocation.poolCents));
            m_payments->setAllocation(m_allocation, m_monteCarlo);
            Q_EMIT monteCarloFinished();
        });
}

} // namespace aco::ui
