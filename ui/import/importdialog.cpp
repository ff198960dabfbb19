#include "importdialog.h"

#include "backgroundtask.h"
#include "import/importer.h"
#include "importproblemmodel.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace aco::ui {

namespace {

QString rowCount(std::int64_t rows)
{
    return rows == 1
               ? ImportDialog::tr("1 row")
               : ImportDialog::tr("%1 rows").arg(QLocale().toString(static_cast<qlonglong>(rows)));
}

} // namespace

ImportDialog::ImportDialog(const Store& store, QWidget* parent)
    : QDialog(parent), m_databasePath(store.path()), m_readOnly(store.isReadOnly())
{
    setWindowTitle(tr("Import CSV"));

    m_kind = new QComboBox;
    for (ImportKind kind : importKinds())
        m_kind->addItem(importKindName(kind), static_cast<int>(kind));
    m_file = new QLineEdit;
    m_file->setPlaceholderText(tr("A CSV file: UTF-8, comma-separated, one header line"));
    auto* browse = new QPushButton(tr("Browse..."));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("CSV &file:"));
    fileLabel->setBuddy(m_file);
    auto* form = new QFormLayout;
    form->addRow(tr("&Kind of data:"), m_kind);
    form->addRow(fileLabel, fileRow);

    m_columns = new QTableWidget(0, 4);
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Type"), tr("Required"), tr("Rule")});
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_columns->setWordWrap(true);
    m_replaceRule = new QLabel;
    m_replaceRule->setWordWrap(true);
    // Room for two lines whatever the kind: a wrapped label's height is not always asked for.
    m_replaceRule->setMinimumHeight(2 * m_replaceRule->fontMetrics().lineSpacing());

    m_status = new QLabel(tr("Choose the kind of data and the file, then Validate."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new ImportProblemModel(this);
    m_problemView = m_problems->makeView();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_validate = buttons->addButton(tr("&Validate"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_validate->setToolTip(tr("Check every row and list the problems; nothing is written"));
    m_import->setToolTip(m_readOnly
                             ? tr("The file is open read-only")
                             : tr("Check every row and, if all are good, write them in one go"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns, in any order:")));
    layout->addWidget(m_columns, 2);
    layout->addWidget(m_replaceRule);
    layout->addWidget(m_status);
    layout->addWidget(m_problemView, 3);
    layout->addWidget(buttons);
    resize(820, 640);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::showColumns);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_validate, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { run(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showColumns();
    updateButtons();
}

ImportKind ImportDialog::kind() const
{
    return static_cast<ImportKind>(m_kind->currentData().toInt());
}

void ImportDialog::showColumns()
{
    const auto columns = importColumns(kind());
    m_columns->setRowCount(static_cast<int>(columns.size()));
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        const ImportColumn& column = columns[static_cast<size_t>(row)];
        m_columns->setItem(row, 0, new QTableWidgetItem(QString::fromLatin1(column.name)));
        m_columns->setItem(row, 1, new QTableWidgetItem(QString::fromLatin1(column.type)));
        m_columns->setItem(row, 2, new QTableWidgetItem(column.required ? tr("yes") : tr("no")));
        m_columns->setItem(row, 3, new QTableWidgetItem(QString::fromUtf8(column.rule)));
    }
    m_columns->resizeRowsToContents();
    m_replaceRule->setText(tr("Importing again: %1").arg(importReplaceRule(kind())));
    m_problems->setProblems({}, {});
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), m_file->text(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportDialog::updateButtons()
{
    const bool ready = !m_running && !m_file->text().trimmed().isEmpty();
    m_validate->setEnabled(ready);
    m_import->setEnabled(ready && !m_readOnly);
    m_kind->setEnabled(!m_running);
}

void ImportDialog::run(bool dryRun)
{
    const QString csv = m_file->text().trimmed();
    const ImportKind chosen = kind();
    const QString database = m_databasePath;
    auto report = std::make_shared<ImportReport>();
    m_running = true;
    updateButtons();
    m_problems->setProblems({}, {});
    m_status->setText(dryRun ? tr("Checking...") : tr("Importing..."));
    BackgroundTask::run(
        this, dryRun ? tr("Checking %1...").arg(csv) : tr("Importing %1...").arg(csv), 100,
        [=](const BackgroundTask::Report& progress) {
            // A connection of the worker's own: SQLite connections are not shared between threads.
            Store store = dryRun ? Store::openReadOnly(database) : Store::open(database);
            if (!dryRun)
                store.requireWritable(tr("take the import"));
            *report = importCsvFile(store.db(), chosen, csv, dryRun, [&](int percent, const QString& step) {
                return progress(percent, step + QStringLiteral("..."));
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
            m_problems->setProblems(csv, report->problems);
            if (!report->ok())
                m_status->setText(
                    tr("%1 in %2; nothing was written. Correct the file and "
                       "validate again.")
                        .arg(problemCount(report->problems.size()), rowCount(report->rows)));
            else if (report->written)
                m_status->setText(
                    tr("Imported %1 of %2.").arg(rowCount(report->rows), importKindName(chosen)) +
                    (report->claimsResultsComputed
                         ? tr(" The claims-based measures, attribution and care gaps were computed "
                              "again from the file's CCLF claims.")
                         : QString()));
            else
                m_status->setText(tr("No problem found in %1. Nothing was written: Import to load "
                                     "them.")
                                      .arg(rowCount(report->rows)));
            if (report->written)
                Q_EMIT imported(chosen);
        });
}

} // namespace aco::ui
