#include "scorecarddialog.h"

#include "backgroundtask.h"
#include "error.h"
#include "measures/resultsums.h"
#include "risk/riskchange.h"
#include "scenarios/scenariostore.h"
#include "scorecardpainter.h"
#include "scorecardwriter.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>


namespace aco::ui {

ScorecardDialog::ScorecardDialog(const QString& databasePath, const Database& db,
                                 std::optional<std::int64_t> selectedProvider, QWidget* parent)
    : QDialog(parent), m_path(databasePath), m_db(db), m_providers(loadProviders(db)),
      m_practices(loadPractices(db)), m_selected(selectedProvider)
{
    setWindowTitle(tr("Print Scorecards"));
    auto* form = new QFormLayout;

    m_period = new QComboBox(this);
    for (const Period& p : periodsWithResults(db))
        m_period->addItem(p.toString(), p.toInt());
    m_period->setToolTip(tr("The month the scorecards report; the window ends with it"));
    form->addRow(tr("&Period:"), m_period);

    m_window = new QComboBox(this);
    for (Window w : windowChoices)
        m_window->addItem(windowLabel(w), static_cast<int>(w));
    m_window->setToolTip(tr("The months each measure is summed over, ending with the period"));
    form->addRow(tr("&Window:"), m_window);

    m_all = new QRadioButton(tr("&All providers"), this);
    m_onePractice = new QRadioButton(tr("One p&ractice:"), this);
    m_practice = new QComboBox(this);
    for (const ProviderGroup& g : m_practices)
        m_practice->addItem(g.name, g.code);
    m_practice->setToolTip(tr("Print the scorecards of this practice's providers"));
    m_oneProvider = new QRadioButton(this);
    const auto selected = std::find_if(m_providers.begin(), m_providers.end(),
                                       [&](const Provider& p) { return m_selected && p.id == *m_selected; });
    if (selected != m_providers.end()) {
        m_oneProvider->setText(tr("The selected provider: %1").arg(selected->displayName()));
        m_oneProvider->setChecked(true);
        const auto home = std::find_if(m_practices.begin(), m_practices.end(),
                                       [&](const ProviderGroup& g) { return g.id == selected->practiceId; });
        if (home != m_practices.end())
            m_practice->setCurrentIndex(static_cast<int>(home - m_practices.begin()));
    } else {
        m_oneProvider->setText(tr("The selected provider (select one in the list first)"));
        m_oneProvider->setEnabled(false);
        m_all->setChecked(true);
    }
    auto* who = new QVBoxLayout;
    who->addWidget(m_all);
    auto* practiceRow = new QHBoxLayout;
    practiceRow->addWidget(m_onePractice);
    practiceRow->addWidget(m_practice, 1);
    who->addLayout(practiceRow);
    who->addWidget(m_oneProvider);
    form->addRow(tr("Providers:"), who);

    m_pursuit = new QSpinBox(this);
    m_pursuit->setRange(0, 100);
    m_pursuit->setValue(20);
    m_pursuit->setToolTip(tr("How many high-risk beneficiaries each pursuit list shows (the toolkit suggests no more than 20)"));
    form->addRow(tr("Pursuit &list:"), m_pursuit);

    m_scenario = new QComboBox(this);
    m_scenario->addItem(tr("(none)"));
    try {
        Store store = Store::openReadOnly(m_path); // a connection of its own for the scenario table
        for (const QString& name : ScenarioStore(store.db()).names())
            m_scenario->addItem(name, name);
    } catch (const Error&) {
        // A file that cannot be read again offers no scenarios; the scorecards print without one.
    }
    m_scenario->setToolTip(tr("The ACO's chosen scenario: each scorecard shows the payment the "
                              "provider is tracking toward "
                              "under it if year-to-date performance holds"));
    form->addRow(tr("Projected &payment:"), m_scenario);

    m_mask = new QCheckBox(tr("&Mask patient names and MBIs (for copies that leave the practice)"), this);
    m_mask->setToolTip(tr("Prints initials and the last four characters of the MBI instead"));
    m_blinded = new QCheckBox(tr("&Blinded: show peers by rank, not by name"), this);
    m_blinded->setToolTip(tr("For material that leaves the building"));
    form->addRow(QString(), m_mask);
    form->addRow(QString(), m_blinded);
    m_count = new QLabel(this);
    form->addRow(QString(), m_count);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Print Pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton* printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    QPushButton* saveButton = buttons->addButton(tr("&Save PDF..."), QDialogButtonBox::ActionRole);
    saveButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ScorecardDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ScorecardDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ScorecardDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton* radio : {m_all, m_onePractice, m_oneProvider})
        connect(radio, &QRadioButton::toggled, this, &ScorecardDialog::updateCount);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ScorecardDialog::updateCount);
    connect(m_practice, &QComboBox::currentIndexChanged, this, [this] {
        m_onePractice->setChecked(true);
        updateCount();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateCount();
}

void ScorecardDialog::setPeriod(Period period, Window window)
{
    const int index = m_period->findData(period.toInt());
    if (index >= 0)
        m_period->setCurrentIndex(index);
    m_window->setCurrentIndex(m_window->findData(static_cast<int>(window)));
}

void ScorecardDialog::setMaskPhi(bool mask)
{
    m_mask->setChecked(mask);
}

ScorecardOptions ScorecardDialog::options() const
{
    ScorecardOptions o;
    o.period = Period::fromInt(m_period->currentData().toInt());
    o.window = static_cast<Window>(m_window->currentData().toInt());
    o.pursuitLimit = m_pursuit->value();
    o.maskPhi = m_mask->isChecked();
    o.blinded = m_blinded->isChecked();
    return o;
}

std::optional<Scenario> ScorecardDialog::scenario() const
{
    const QString name = m_scenario->currentData().toString();
    if (name.isEmpty())
        return std::nullopt;
    Store store = Store::openReadOnly(m_path);
    return ScenarioStore(store.db()).load(name);
}

std::vector<Provider> ScorecardDialog::chosen(const ScorecardBuilder& builder) const
{
    if (m_onePractice->isChecked())
        return builder.select(QString(), m_practice->currentData().toString());
    if (m_oneProvider->isChecked()) {
        for (const Provider& p : m_providers)
            if (m_selected && p.id == *m_selected)
                return builder.select(p.npi, QString());
    }
    return builder.select(QString(), QString());
}

void ScorecardDialog::updateCount()
{
    int count = 0;
    if (m_all->isChecked()) {
        count = static_cast<int>(m_providers.size());
    } else if (m_onePractice->isChecked()) {
        const QString name = m_practice->currentText();
        count = static_cast<int>(std::count_if(m_providers.begin(), m_providers.end(),
                                               [&](const Provider& p) { return p.practiceName == name; }));
    } else {
        count = 1;
    }
    QString text = count == 1 ? tr("1 scorecard, one page") : tr("%1 scorecards, one page each").arg(count);
    // With risk scores for the year, primary care providers' scorecards have a risk page.
    if (m_period->currentIndex() >= 0 &&
        acoAverageRisk(m_db, Period::fromInt(m_period->currentData().toInt()).year()))
        text += tr("; a second page on risk for primary care providers");
    m_count->setText(text);
}

void ScorecardDialog::paintPages(QPrinter* printer, const ScorecardBuilder& builder, const std::vector<Provider>& providers)
{
    printer->setFullPage(true);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(printer);
    // The painter draws in points; map the page onto the printer's pixels.
    painter.setWindow(0, 0, static_cast<int>(ScorecardPainter::pageWidth), static_cast<int>(ScorecardPainter::pageHeight));
    painter.setViewport(printer->pageLayout().fullRectPixels(printer->resolution()));
    const ScorecardPainter page;
    const auto total = static_cast<int>(providers.size());
    // Printing stays on the GUI thread (print devices are not for other threads); a progress
    // dialog keeps the window answering and lets a long run be cancelled.
    QProgressDialog progress(tr("Printing scorecards..."), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            printer->newPage();
        page.paintAll(painter, builder.build(providers[static_cast<size_t>(i)]), i + 1, total);
        progress.setValue(i + 1);
        if (progress.wasCanceled()) {
            printer->abort();
            return;
        }
    }
}

void ScorecardDialog::preview()
{
    try {
        const ScorecardBuilder builder(m_db, options(), scenario());
        auto providers = chosen(builder);
        if (providers.size() > static_cast<size_t>(previewLimit)) {
            QMessageBox::information(this, tr("Print Preview"),
                                     tr("The preview shows the first %1 of %2 scorecards; Print and Save PDF take all of them.")
                                         .arg(previewLimit)
                                         .arg(providers.size()));
            providers.resize(previewLimit);
        }
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Scorecards: Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&](QPrinter* target) { paintPages(target, builder, providers); });
        dialog.exec();
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Cannot Print Scorecards"), QString::fromStdString(error.what()));
    }
}

void ScorecardDialog::print()
{
    try {
        const ScorecardBuilder builder(m_db, options(), scenario());
        const auto providers = chosen(builder);
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        paintPages(&printer, builder, providers);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Cannot Print Scorecards"), QString::fromStdString(error.what()));
    }
}

void ScorecardDialog::savePdf()
{
    std::vector<Provider> providers;
    const ScorecardOptions chosenOptions = options();
    std::optional<Scenario> chosenScenario;
    try {
        chosenScenario = scenario();
        const ScorecardBuilder builder(m_db, chosenOptions,
                                       chosenScenario); // validates before anything is written
        providers = chosen(builder);
    } catch (const Error& error) {
        QMessageBox::warning(this, tr("Cannot Print Scorecards"), QString::fromStdString(error.what()));
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("scorecards-%1.pdf").arg(chosenOptions.period.toString()));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Scorecards As"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;

    const QString database = m_path;
    const QString file = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf");
    BackgroundTask::run(
        this, tr("Writing scorecards..."), static_cast<int>(providers.size()),
        [=](const BackgroundTask::Report& report) {
            // A connection of the worker's own: SQLite connections are not shared between threads.
            const Store store = Store::openReadOnly(database);
            const ScorecardBuilder builder(store.db(), chosenOptions, chosenScenario);
            ScorecardWriter(builder).write(providers, file, [&](int done, int total) {
                return report(done, tr("Writing scorecard %1 of %2...").arg(done).arg(total));
            });
        },
        [=, this](const QString& failure, bool cancelled) {
            if (cancelled)
                return;
            if (!failure.isEmpty())
                QMessageBox::warning(this, tr("Cannot Save Scorecards"), failure);
            else
                QMessageBox::information(this, tr("Scorecards Saved"),
                                         (providers.size() == 1 ? tr("Saved 1 scorecard to %1.")
                                                                : tr("Saved %2 scorecards to %1.").arg(providers.size()))
                                             .arg(file));
        });
}

} // namespace aco::ui
