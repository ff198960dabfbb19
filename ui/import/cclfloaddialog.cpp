#include "cclfloaddialog.h"

#include "backgroundtask.h"
#include "claims/cclfload.h"
#include "importproblemmodel.h"
#include "mssp/msspformat.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace aco::ui {

namespace {

QString count(std::int64_t n)
{
    return MsspFormat::count(n);
}

// What a load read, delivery by delivery, for people.
QString detailsOf(const CclfLoadResult& result)
{
    QStringList lines;
    for (const CclfDeliveryLoad& d : result.deliveries) {
        const QString date = QStringLiteral("%1-%2-%3")
                                 .arg(d.id.fileDate / 10000)
                                 .arg(d.id.fileDate / 100 % 100, 2, 10, QLatin1Char('0'))
                                 .arg(d.id.fileDate % 100, 2, 10, QLatin1Char('0'));
        if (d.alreadyLoaded) {
            lines << CclfLoadDialog::tr("The %1 delivery of %2 was already loaded on %3: nothing changed.")
                         .arg(CclfFileName::kindName(d.id.kind), date, d.loadedBefore.left(10));
            continue;
        }
        std::int64_t records = 0;
        std::int64_t before = 0;
        for (const CclfFileLoad& f : d.files) {
            records += f.records;
            before += f.duplicates;
        }
        QString kind = CclfFileName::kindName(d.id.kind);
        kind[0] = kind[0].toUpper();
        lines << CclfLoadDialog::tr("%1 delivery of %2: %3 records%4.")
                     .arg(kind, date, count(records),
                          before > 0 ? CclfLoadDialog::tr(" (%1 delivered before, counted once)").arg(count(before))
                                     : QString());
    }
    const DeliveredTotals& t = result.delivered;
    lines << CclfLoadDialog::tr("Spending in the records read: Part A %1, Part B physician %2, DME %3; total %4.")
                 .arg(MsspFormat::cents(t.partACents), MsspFormat::cents(t.partBCents), MsspFormat::cents(t.dmeCents),
                      MsspFormat::cents(t.partACents + t.partBCents + t.dmeCents));
    const ClaimsMeasuresReport& m = result.measures;
    const auto month = [](int yyyymm) {
        return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
    };
    if (m.firstMonth != 0) {
        QStringList changed;
        for (int c : m.changedMonths)
            changed << month(c);
        lines << CclfLoadDialog::tr("Measures computed from the claims for %1 to %2: %3.")
                     .arg(month(m.firstMonth), month(m.lastMonth),
                          changed.isEmpty() ? CclfLoadDialog::tr("no month's results changed")
                                            : CclfLoadDialog::tr("results changed in %1").arg(changed.join(QStringLiteral(", "))));
        if (m.unattributedMemberMonths > 0)
            lines << CclfLoadDialog::tr("%1 of %2 member-months have no primary care provider of the roster.")
                         .arg(count(m.unattributedMemberMonths), count(m.memberMonths));
        if (m.beneficiariesNotInCclf8 > 0)
            lines << CclfLoadDialog::tr("Claims of %1 beneficiaries in no beneficiary file (CCLF8) are in no measure.")
                         .arg(count(m.beneficiariesNotInCclf8));
    }
    for (const auto* notes : {&result.notes, &m.notes})
        for (const QString& note : *notes)
            lines << note;
    return lines.join(QLatin1Char('\n'));
}

// The outcome in one line.
QString outcomeOf(const CclfLoadResult& result, bool dryRun)
{
    const auto loaded = std::count_if(result.deliveries.begin(), result.deliveries.end(),
                                      [](const CclfDeliveryLoad& d) { return !d.alreadyLoaded; });
    if (dryRun)
        return CclfLoadDialog::tr("No problem found. Nothing was written: Load to write it.");
    if (loaded == 0)
        return CclfLoadDialog::tr("Nothing to load: every delivery was loaded before.");
    return loaded == 1 ? CclfLoadDialog::tr("Loaded 1 delivery.")
                       : CclfLoadDialog::tr("Loaded %1 deliveries.").arg(loaded);
}

} // namespace

CclfLoadDialog::CclfLoadDialog(const Store& store, QWidget* parent)
    : QDialog(parent), m_databasePath(store.path()), m_readOnly(store.isReadOnly())
{
    setWindowTitle(tr("Load CCLF Delivery"));

    auto* intro = new QLabel(tr("The monthly Claim and Claim Line Feed files CMS sends the ACO: add the "
                                "zip files as they were downloaded, or the folders they were unzipped "
                                "to. Several deliveries load oldest first; a delivery already loaded "
                                "changes nothing."));
    intro->setWordWrap(true);
    m_paths = new QListWidget;
    m_paths->setObjectName(QStringLiteral("cclfPaths"));
    m_paths->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto* addZips = new QPushButton(tr("Add &Zip Files..."));
    auto* addFolder = new QPushButton(tr("Add &Folder..."));
    m_remove = new QPushButton(tr("&Remove"));
    auto* side = new QVBoxLayout;
    side->addWidget(addZips);
    side->addWidget(addFolder);
    side->addWidget(m_remove);
    side->addStretch();
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(m_paths, 1);
    chooser->addLayout(side);

    m_status = new QLabel(tr("Add a delivery, then Check or Load."));
    m_status->setObjectName(QStringLiteral("cclfStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new ImportProblemModel(this);
    m_problemView = m_problems->makeView();
    m_problemView->hide(); // until there are problems
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("cclfDetails"));
    m_details->setReadOnly(true);
    m_details->hide(); // until a check or load has read something

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_load = buttons->addButton(tr("&Load"), QDialogButtonBox::ActionRole);
    m_check->setToolTip(tr("Read every record and list the problems; nothing is written"));
    m_load->setToolTip(m_readOnly ? tr("The file is open read-only")
                                  : tr("Read every record and, if all are good, write them in one go"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(chooser, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_problemView, 2);
    layout->addWidget(m_details, 2);
    layout->addWidget(buttons);
    resize(860, 560);

    connect(addZips, &QPushButton::clicked, this, &CclfLoadDialog::addZips);
    connect(addFolder, &QPushButton::clicked, this, &CclfLoadDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_paths->selectedItems());
        updateButtons();
    });
    connect(m_paths, &QListWidget::itemSelectionChanged, this, &CclfLoadDialog::updateButtons);
    connect(m_check, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_load, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void CclfLoadDialog::addPaths(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString shown = QDir::toNativeSeparators(path);
        if (m_paths->findItems(shown, Qt::MatchExactly).isEmpty())
            m_paths->addItem(shown);
    }
    updateButtons();
}

QStringList CclfLoadDialog::paths() const
{
    QStringList paths;
    for (int i = 0; i < m_paths->count(); ++i)
        paths << QDir::fromNativeSeparators(m_paths->item(i)->text());
    return paths;
}

QString CclfLoadDialog::status() const
{
    return m_status->text();
}

QString CclfLoadDialog::details() const
{
    return m_details->toPlainText();
}

void CclfLoadDialog::addZips()
{
    // CMS's mailbox names have no extension, so every file is offered too.
    addPaths(QFileDialog::getOpenFileNames(this, tr("Add CCLF Zip Files"), QString(),
                                           tr("Zip files (*.zip);;All files (*)")));
}

void CclfLoadDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder of CCLF Files"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void CclfLoadDialog::updateButtons()
{
    const bool ready = !m_running && m_paths->count() > 0;
    m_check->setEnabled(ready);
    m_load->setEnabled(ready && !m_readOnly);
    m_remove->setEnabled(!m_running && !m_paths->selectedItems().isEmpty());
}

void CclfLoadDialog::run(bool dryRun)
{
    std::vector<QString> paths;
    for (const QString& path : this->paths())
        paths.push_back(path);
    const QString database = m_databasePath;
    auto result = std::make_shared<CclfLoadResult>();
    m_running = true;
    updateButtons();
    m_problems->setProblems({}, {});
    m_problemView->hide();
    m_details->hide();
    m_status->setText(dryRun ? tr("Checking...") : tr("Loading..."));
    BackgroundTask::run(
        this, dryRun ? tr("Checking the CCLF files...") : tr("Loading the CCLF files..."), 100,
        [=](const BackgroundTask::Report& progress) {
            // A connection of the worker's own: SQLite connections are not shared between threads.
            Store store = dryRun ? Store::openReadOnly(database) : Store::open(database);
            if (!dryRun)
                store.requireWritable(tr("take the claims"));
            *result = loadCclf(store.db(), paths, dryRun, [&](int percent, const QString& what) {
                return progress(percent, what);
            });
        },
        [=, this](const QString& failure, bool cancelled) {
            m_running = false;
            updateButtons();
            if (cancelled) {
                m_status->setText(tr("Cancelled: nothing was written."));
                return;
            }
            if (!failure.isEmpty()) {
                m_status->setText(failure);
                return;
            }
            m_problems->setCclfProblems(result->problems.kept());
            m_problemView->setVisible(!result->ok());
            if (!result->ok())
                m_status->setText(tr("%1; nothing was written. Get a correct copy of the files named and "
                                     "check again.")
                                      .arg(problemCount(static_cast<size_t>(result->problems.count()))));
            else
                m_status->setText(outcomeOf(*result, dryRun));
            m_details->setPlainText(result->ok() ? detailsOf(*result) : QString());
            m_details->setVisible(result->ok());
            if (result->written)
                Q_EMIT loaded();
        });
}

} // namespace aco::ui
