#include "fundsflowdialog.h"

#include "backgroundtask.h"
#include "error.h"
#include "fundsflowwriter.h"
#include "mssp/msspyear.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace aco::ui {

FundsFlowDialog::FundsFlowDialog(const QString& databasePath, const Database& db,
                                 std::optional<std::int64_t> selectedProvider, QWidget* parent)
    : QDialog(parent), m_path(databasePath), m_db(db)
{
    setWindowTitle(tr("Funds Flow Report"));
    auto* form = new QFormLayout;

    m_scenario = new QComboBox(this);
    try {
        Store store = Store::openReadOnly(m_path); // a connection of its own for the scenario table
        for (const QString& name : ScenarioStore(store.db()).names())
            m_scenario->addItem(name);
    } catch (const Error&) {
        // An unreadable file offers no scenarios; the status line says what to do.
    }
    m_scenario->setToolTip(tr("The ACO's chosen scenario: how the pool is made and shared"));
    form->addRow(tr("&Scenario:"), m_scenario);

    m_year = new QComboBox(this);
    for (int year : performanceYears(db))
        if (!fundsFlowQuarters(db, year).empty())
            m_year->addItem(QString::number(year), year);
    form->addRow(tr("&Year:"), m_year);
    m_quarter = new QComboBox(this);
    m_quarter->setToolTip(
        tr("Measures and expenditures year to date through the end of this quarter"));
    form->addRow(tr("&Quarter:"), m_quarter);

    m_all = new QRadioButton(tr("&All recipients"), this);
    m_all->setChecked(true);
    m_oneProvider = new QRadioButton(this);
    for (const Provider& p : loadProviders(db))
        if (selectedProvider && p.id == *selectedProvider)
            m_selected = p;
    if (m_selected) {
        m_oneProvider->setText(tr("The selected provider: %1").arg(m_selected->displayName()));
        m_oneProvider->setChecked(true);
    } else {
        m_oneProvider->setText(tr("The selected provider (select one in the list first)"));
        m_oneProvider->setEnabled(false);
    }
    auto* who = new QVBoxLayout;
    who->addWidget(m_all);
    who->addWidget(m_oneProvider);
    form->addRow(tr("Pages for:"), who);

    m_out = new QLineEdit(this);
    m_out->setPlaceholderText(tr("report.pdf, report.csv or a folder"));
    m_out->setMinimumWidth(m_out->fontMetrics().horizontalAdvance(m_out->placeholderText()) * 3 /
                           2);
    auto* browseButton = new QPushButton(tr("&Browse..."), this);
    auto* outRow = new QHBoxLayout;
    outRow->addWidget(m_out, 1);
    outRow->addWidget(browseButton);
    auto* outLabel = new QLabel(tr("Save &to:"), this);
    outLabel->setBuddy(m_out); // the row is a layout, which a form label cannot take as its buddy
    form->addRow(outLabel, outRow);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_save->setDefault(true);
    connect(m_year, &QComboBox::currentIndexChanged, this, &FundsFlowDialog::fillQuarters);
    connect(browseButton, &QPushButton::clicked, this, &FundsFlowDialog::browse);
    connect(m_out, &QLineEdit::textChanged, this, &FundsFlowDialog::updateSaveButton);
    connect(m_save, &QPushButton::clicked, this, &FundsFlowDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    fillQuarters();
    if (m_scenario->count() == 0)
        m_status->setText(
            tr("This file has no saved scenario yet: save the ACO's chosen scenario first."));
    else if (m_year->count() == 0)
        m_status->setText(
            tr("This file has no quarter of measure results in a performance year yet."));
    updateSaveButton();
}

void FundsFlowDialog::fillQuarters()
{
    const QLocale en(QLocale::English);
    m_quarter->clear();
    for (int q : fundsFlowQuarters(m_db, m_year->currentData().toInt()))
        m_quarter->addItem(tr("Q%1 (%2 to %3)").arg(q).arg(en.monthName(1), en.monthName(q * 3)),
                           q);
    m_quarter->setCurrentIndex(m_quarter->count() - 1); // the latest quarter with data
}

void FundsFlowDialog::updateSaveButton()
{
    m_save->setEnabled(m_scenario->count() > 0 && m_quarter->count() > 0 &&
                       !m_out->text().trimmed().isEmpty());
}

void FundsFlowDialog::browse()
{
    const QString suggested =
        QDir::home().filePath(QStringLiteral("funds-flow-%1-Q%2.pdf")
                                  .arg(m_year->currentText(), m_quarter->currentData().toString()));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Funds Flow Report As"), suggested,
                                     tr("PDF files (*.pdf);;CSV files (*.csv)"));
    if (!path.isEmpty())
        m_out->setText(path);
}

void FundsFlowDialog::save()
{
    const QString database = m_path;
    const QString scenario = m_scenario->currentText();
    const int year = m_year->currentData().toInt();
    const int quarter = m_quarter->currentData().toInt();
    const QString npi = m_oneProvider->isChecked() && m_selected ? m_selected->npi : QString();
    const QString out = m_out->text().trimmed();
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    m_status->setText(tr("Saving..."));
    m_save->setEnabled(false);
    auto pages = std::make_shared<int>(0);
    BackgroundTask::run(
        this, tr("Projecting the payments..."), 100,
        [=](const BackgroundTask::Report& report) {
            // A connection of the worker's own: SQLite connections are not shared between threads.
            Store store = Store::openReadOnly(database);
            const FundsFlowReport projection =
                projectFundsFlow(store.db(), findScenario(store.db(), scenario), year, quarter);
            const FundsFlowWriter writer(projection);
            const auto recipients = writer.select(npi);
            if (csv) {
                writer.writeCsv(recipients, out);
                *pages = static_cast<int>(recipients.size());
                return;
            }
            *pages = writer.write(recipients, out, [&](int done, int total) {
                return report(done * 100 / total,
                              tr("Writing page %1 of %2...").arg(done).arg(total));
            });
        },
        [=, this](const QString& failure, bool cancelled) {
            updateSaveButton();
            if (cancelled)
                m_status->setText(tr("Cancelled: nothing was saved."));
            else if (!failure.isEmpty())
                m_status->setText(tr("Not saved: %1").arg(failure));
            else if (csv)
                m_status->setText(*pages == 1 ? tr("Saved 1 row to %1.").arg(out)
                                              : tr("Saved %1 rows to %2.").arg(*pages).arg(out));
            else
                m_status->setText(tr("Saved %1 pages to %2.").arg(*pages).arg(out));
        });
}

} // namespace aco::ui
