#include "packetdialog.h"

#include "backgroundtask.h"
#include "boardpacket.h"
#include "measures/resultsums.h"
#include "mssp/msspyear.h"
#include "organisation.h"
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
#include <QListWidget>
#include <QPushButton>

#include <memory>

namespace aco::ui {

PacketDialog::PacketDialog(const QString& path, Database& db, QWidget* parent)
    : QDialog(parent), m_path(path), m_year(new QComboBox), m_period(new QComboBox),
      m_window(new QComboBox), m_scenarios(new QListWidget), m_output(new QLineEdit),
      m_status(new QLabel)
{
    setWindowTitle(tr("Board Packet"));
    const auto aco = loadAcoInfo(db);
    m_acoName = aco ? aco->name : QString();
    for (int year : performanceYears(db))
        m_year->addItem(QString::number(year), year);
    for (const Period& period : periodsWithResults(db))
        m_period->addItem(period.toString(), period.toInt());
    for (Window w : windowChoices)
        m_window->addItem(windowLabel(w), static_cast<int>(w));
    for (const QString& name : ScenarioStore(db).names()) {
        auto* item = new QListWidgetItem(name, m_scenarios);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_scenarios->setToolTip(
        tr("Tick the saved scenarios to compare in the packet, in the order listed."));
    if (m_scenarios->count() == 0) {
        m_scenarios->addItem(tr("No saved scenarios in this file"));
        m_scenarios->setEnabled(false);
    }
    // The period defaults to the latest month with results in the latest year.
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        const int year = m_year->currentData().toInt();
        for (int i = 0; i < m_period->count(); ++i)
            if (m_period->itemData(i).toInt() / 100 == year) {
                m_period->setCurrentIndex(i);
                break;
            }
    });
    Q_EMIT m_year->currentIndexChanged(m_year->currentIndex());

    auto* browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, &PacketDialog::chooseOutput);
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    setOutputPath(QDir::home().filePath(
        tr("%1 board packet %2.pdf")
            .arg(m_acoName.isEmpty() ? tr("ACO") : m_acoName, m_period->currentText())));

    auto* form = new QFormLayout;
    form->addRow(tr("Performance &year:"), m_year);
    form->addRow(tr("&Month:"), m_period);
    form->addRow(tr("Measures' &window:"), m_window);
    form->addRow(tr("&Scenarios:"), m_scenarios);
    auto* outputLabel = new QLabel(tr("Save &to:"));
    outputLabel->setBuddy(m_output); // a form gives no buddy to the label of a layout
    form->addRow(outputLabel, outputRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save PDF"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    m_save->setEnabled(m_year->count() > 0 && m_period->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &PacketDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

PacketRequest PacketDialog::request() const
{
    PacketRequest request;
    request.year = m_year->currentData().toInt();
    request.period = Period::fromInt(m_period->currentData().toInt());
    request.window = static_cast<Window>(m_window->currentData().toInt());
    for (int i = 0; i < m_scenarios->count(); ++i)
        if (m_scenarios->item(i)->checkState() == Qt::Checked)
            request.scenarios << m_scenarios->item(i)->text();
    return request;
}

QString PacketDialog::outputPath() const
{
    return m_output->text();
}

void PacketDialog::setOutputPath(const QString& path)
{
    m_output->setText(path);
}

void PacketDialog::chooseOutput()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save Board Packet"), outputPath(),
                                                        tr("PDF (*.pdf)"));
    if (!chosen.isEmpty())
        setOutputPath(chosen.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                          ? chosen
                          : chosen + QStringLiteral(".pdf"));
}

void PacketDialog::save()
{
    const PacketRequest chosen = request();
    const QString out = outputPath();
    const QString database = m_path;
    m_save->setEnabled(false);
    m_status->setText(tr("Reading %1...").arg(QDir::toNativeSeparators(database)));
    // First the numbers, on the worker's own connection; then, on this thread, the dashboard's
    // widgets are drawn for print; then the pages are written in the background.
    auto content = std::make_shared<std::optional<PacketContent>>();
    BackgroundTask::run(
        this, tr("Reading the board packet's numbers..."), 0,
        [=](const BackgroundTask::Report& report) {
            Store store = Store::openReadOnly(database);
            report(0, tr("Reading the board packet's numbers..."));
            *content = PacketContent::load(store.db(), chosen);
        },
        [=, this](const QString& failure, bool cancelled) {
            if (!failure.isEmpty() || cancelled || !*content) {
                finish(out, failure, cancelled);
                return;
            }
            auto packet = std::make_shared<const BoardPacket>(std::move(**content));
            BackgroundTask::run(
                this, tr("Writing the board packet..."), packet->pageCount(),
                [=](const BackgroundTask::Report& report) {
                    packet->write(out, [&](int done, int total) {
                        return report(done, tr("Writing page %1 of %2...").arg(done).arg(total));
                    });
                },
                [=, this](const QString& writeFailure, bool writeCancelled) {
                    finish(out, writeFailure, writeCancelled);
                    if (writeFailure.isEmpty() && !writeCancelled)
                        Q_EMIT saved(out);
                });
        });
}

void PacketDialog::finish(const QString& out, const QString& failure, bool cancelled)
{
    m_save->setEnabled(true);
    if (cancelled)
        m_status->setText(tr("Cancelled; nothing was saved."));
    else if (!failure.isEmpty()) {
        m_status->setText(tr("The board packet could not be saved: %1").arg(failure));
        Q_EMIT failed(failure);
    } else
        m_status->setText(tr("Saved the board packet to %1.").arg(QDir::toNativeSeparators(out)));
}

} // namespace aco::ui
