#include "newacodialog.h"

#include "backgroundtask.h"
#include "import/newaco.h"
#include "importproblemmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace aco::ui {

namespace {

// The columns of `kind` for a tooltip: required ones first.
QString columnList(ImportKind kind)
{
    QStringList required;
    QStringList optional;
    for (const ImportColumn& column : importColumns(kind))
        (column.required ? required : optional) << QString::fromLatin1(column.name);
    QString text = NewAcoDialog::tr("Columns: %1").arg(required.join(QStringLiteral(", ")));
    if (!optional.isEmpty())
        text += NewAcoDialog::tr("; optional: %1").arg(optional.join(QStringLiteral(", ")));
    return text + NewAcoDialog::tr(". Importing again: %1").arg(importReplaceRule(kind));
}

} // namespace

NewAcoDialog::NewAcoDialog(const QString& openPath, QWidget* parent)
    : QDialog(parent), m_openPath(openPath)
{
    setWindowTitle(tr("New ACO from CSV"));

    m_acoId = new QLineEdit;
    m_acoId->setObjectName(QStringLiteral("acoId"));
    m_acoId->setPlaceholderText(tr("A1234"));
    m_acoId->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("A[0-9]{0,4}")), m_acoId));
    m_acoId->setToolTip(tr("The ACO's identifier with CMS: the letter A and four digits."));
    m_acoId->setMaximumWidth(m_acoId->fontMetrics().horizontalAdvance(QStringLiteral("A00000")) +
                             24);
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("acoName"));
    m_name->setToolTip(tr("The ACO's name, as it appears on scorecards and board packets."));
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setPlaceholderText(tr("The new ACO Workbench file (.aco)"));
    m_target->setToolTip(tr("Where to save the new file. It appears only when every extract "
                            "imports without a problem."));
    auto* browseTarget = new QPushButton(tr("Browse..."));
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browseTarget);
    auto* form = new QFormLayout;
    form->addRow(tr("ACO &ID:"), m_acoId);
    form->addRow(tr("&Name:"), m_name);
    auto* targetLabel = new QLabel(tr("&Save as:"));
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);

    auto* intro = new QLabel(
        tr("Choose the CSV extract of each kind of data you have; leave out the others and add "
           "them later with File > Import CSV. They are imported in the order below. Hover over "
           "a kind to see its columns; the user guide's import page describes them all."));
    intro->setWordWrap(true);
    m_standardMeasures =
        new QCheckBox(tr("Start with the standard &measures (TCOC, ADM, EDV, READM, FU7, "
                         "NOVISIT, AWV, FLU, CRC, BCS, HBA1C, BP, STATIN, ENG)"));
    m_standardMeasures->setObjectName(QStringLiteral("standardMeasures"));
    m_standardMeasures->setChecked(true);
    m_standardMeasures->setToolTip(
        tr("The cost, utilization and quality measures of the CMS Provider Engagement Toolkit "
           "and provider meeting attendance, so that results and tiers can use their codes."));

    m_status = new QLabel(tr("Give the ACO's ID and name, where to save the file, and its "
                             "extracts; then Create."));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems = new ImportProblemModel(this);
    m_problemView = m_problems->makeView();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    m_create->setToolTip(tr("Create the file and import the extracts into it, all or nothing"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addWidget(extractsGrid());
    layout->addWidget(m_standardMeasures);
    layout->addWidget(m_status);
    layout->addWidget(m_problemView, 1);
    layout->addWidget(buttons);
    resize(860, 660);

    connect(browseTarget, &QPushButton::clicked, this, &NewAcoDialog::chooseTarget);
    for (QLineEdit* edit : {m_acoId, m_name, m_target})
        connect(edit, &QLineEdit::textChanged, this, &NewAcoDialog::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &NewAcoDialog::create);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

QWidget* NewAcoDialog::extractsGrid()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    int row = 0;
    for (ImportKind kind : importKinds()) {
        const QString name = importKindName(kind);
        auto* edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setPlaceholderText(tr("none yet"));
        edit->setToolTip(columnList(kind));
        auto* label = new QLabel(name);
        label->setToolTip(edit->toolTip());
        label->setBuddy(edit);
        auto* browse = new QPushButton(tr("Browse..."));
        browse->setToolTip(tr("Choose the %1 extract").arg(name));
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(browse, row, 2);
        connect(browse, &QPushButton::clicked, this, [this, edit, name] {
            const QString folder = edit->text().isEmpty()
                                       ? QFileInfo(m_target->text()).absolutePath()
                                       : QFileInfo(edit->text()).absolutePath();
            const QString path =
                QFileDialog::getOpenFileName(this, tr("The %1 Extract").arg(name), folder,
                                             tr("CSV files (*.csv);;All files (*)"));
            if (!path.isEmpty())
                edit->setText(path);
        });
        m_files[kind] = edit;
        ++row;
    }
    auto* folder = new QPushButton(tr("From a &Folder..."));
    folder->setToolTip(tr("Take every KIND.csv in a folder (practices.csv, providers.csv, ...)"));
    grid->addWidget(folder, row, 2);
    grid->setColumnStretch(1, 1);
    connect(folder, &QPushButton::clicked, this, &NewAcoDialog::chooseFolder);
    return box;
}

int NewAcoDialog::takeFolder(const QString& folder)
{
    int found = 0;
    for (const auto& [kind, edit] : m_files) {
        const QString path = QDir(folder).filePath(importKindName(kind) + QStringLiteral(".csv"));
        if (QFileInfo::exists(path)) {
            edit->setText(path);
            ++found;
        }
    }
    return found;
}

void NewAcoDialog::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of Extracts"), QDir::homePath());
    if (folder.isEmpty())
        return;
    const int found = takeFolder(folder);
    m_status->setText(found == 0
                          ? tr("%1 holds no file named after a kind (practices.csv, "
                               "providers.csv, ...).")
                                .arg(QDir::toNativeSeparators(folder))
                          : tr("Took %1 from %2.")
                                .arg(found == 1 ? tr("1 extract") : tr("%1 extracts").arg(found),
                                     QDir::toNativeSeparators(folder)));
}

void NewAcoDialog::chooseTarget()
{
    const QString suggestion =
        m_target->text().isEmpty()
            ? QDir::home().filePath(
                  (m_name->text().trimmed().isEmpty() ? tr("new-aco") : m_name->text().trimmed()) +
                  QStringLiteral(".aco"))
            : m_target->text();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the New ACO As"), suggestion,
                                     tr("ACO Workbench files (*.aco);;All files (*)"));
    if (!path.isEmpty())
        m_target->setText(path);
}

void NewAcoDialog::updateButtons()
{
    m_create->setEnabled(!m_running && m_acoId->hasAcceptableInput() &&
                         m_acoId->text().size() == 5 && !m_name->text().trimmed().isEmpty() &&
                         !m_target->text().trimmed().isEmpty());
}

void NewAcoDialog::create()
{
    const QString path = QFileInfo(m_target->text().trimmed()).absoluteFilePath();
    if (!m_openPath.isEmpty() && QFileInfo(path) == QFileInfo(m_openPath)) {
        m_status->setText(tr("%1 is open in this window; choose another name.")
                              .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const bool exists = QFileInfo::exists(path);
    if (exists &&
        QMessageBox::question(this, tr("Replace File"),
                              tr("%1 already exists. Replace it with the new ACO?")
                                  .arg(QDir::toNativeSeparators(path))) != QMessageBox::Yes)
        return;

    NewAco aco;
    aco.acoId = m_acoId->text();
    aco.name = m_name->text();
    aco.standardMeasures = m_standardMeasures->isChecked();
    for (const auto& [kind, edit] : m_files)
        if (const QString file = edit->text().trimmed(); !file.isEmpty())
            aco.files.push_back({kind, file});
    auto report = std::make_shared<NewAcoReport>();
    m_running = true;
    updateButtons();
    m_problems->setProblems({}, {});
    m_status->setText(tr("Creating %1...").arg(QDir::toNativeSeparators(path)));
    BackgroundTask::run(
        this, tr("Creating %1...").arg(QFileInfo(path).fileName()), 100,
        [=](const BackgroundTask::Report& progress) {
            *report = createAcoFile(path, aco, exists, [&](int percent, const QString&) {
                return progress(percent, tr("Checking and writing the extracts..."));
            });
        },
        [=, this](const QString& failure, bool cancelled) {
            m_running = false;
            updateButtons();
            if (report->created) { // a Cancel pressed too late to stop it counts for nothing
                Q_EMIT created(path);
                accept();
                return;
            }
            if (cancelled) {
                m_status->setText(tr("Cancelled: nothing was created."));
                return;
            }
            if (!failure.isEmpty()) {
                m_status->setText(failure);
                return;
            }
            const NewAcoReport::Import& failed = report->imports.back();
            m_problems->setProblems(failed.file.path, failed.report.problems);
            m_status->setText(tr("The %1 extract has %2; nothing was created. Correct it and "
                                 "Create again.")
                                  .arg(importKindName(failed.file.kind),
                                       problemCount(failed.report.problems.size())));
        });
}

} // namespace aco::ui
