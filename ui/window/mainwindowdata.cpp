// The main window's File > Export menu (every kind the command line exports, and the providers
// table as shown) and Tools > Check File: the data actions the Data view offers as buttons too.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "check.h"
#include "data/dataview.h"
#include "export/exportfiledialog.h"
#include "periodselector.h"
#include "store/store.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

#include <map>
#include <memory>

namespace aco::ui {

namespace {

// What the menu calls each kind of `aco-workbench export --kind`, in the words users use.
QString kindTitle(const QString& kind)
{
    static const std::map<QString, QString> titles = {
        {QStringLiteral("providers"), QObject::tr("Provider Roster")},
        {QStringLiteral("results"), QObject::tr("Measure Results by Month")},
        {QStringLiteral("scorecard"), QObject::tr("Scorecard Measures")},
        {QStringLiteral("pursuit"), QObject::tr("Pursuit Lists")},
        {QStringLiteral("care-gaps"), QObject::tr("Care Gaps")},
        {QStringLiteral("expenditures"), QObject::tr("Expenditures")},
        {QStringLiteral("claims-spending"), QObject::tr("Claims Spending")},
        {QStringLiteral("risk-scores"), QObject::tr("Risk Scores")},
    };
    const auto title = titles.find(kind);
    if (title != titles.end())
        return title->second;
    QString words = kind;
    words.replace(QLatin1Char('-'), QLatin1Char(' '));
    return words.left(1).toUpper() + words.mid(1);
}

} // namespace

QMenu* MainWindow::createExportMenu(QMenu* file)
{
    QMenu* menu = file->addMenu(tr("&Export"));
    menu->setObjectName(QStringLiteral("exportMenu"));
    menu->setToolTipsVisible(true);
    QAction* shown = menu->addAction(tr("&Providers Table as Shown..."), this,
                                     &MainWindow::exportProviders);
    shown->setObjectName(QStringLiteral("exportProviders"));
    shown->setToolTip(tr("Save the providers table as shown to Excel (.xlsx) or CSV"));
    menu->addSeparator();
    for (const ExportKind& kind : exportKinds()) {
        const QString name = QString::fromLatin1(kind.name);
        const QString title = kindTitle(name);
        QAction* action = menu->addAction(title + QStringLiteral("..."), this,
                                          [this, name, title] { exportData(name, title); });
        action->setObjectName(QStringLiteral("export_") + name);
        QString tip = QString::fromLatin1(kind.description);
        if (kind.patientData)
            tip += tr(" (patient data: masked when View > Mask Patient Data is on)");
        action->setToolTip(tip.left(1).toUpper() + tip.mid(1));
    }
    return menu;
}

void MainWindow::exportData(const QString& kind, const QString& title)
{
    if (!m_store)
        return;
    ExportOptions options;
    // The lists and scorecard as of the month on show; the results of every month.
    if (m_selector->hasChoice() && kind != QLatin1String("results")) {
        options.period = m_selector->choice().period;
        options.window = m_selector->choice().window;
    }
    exportKind(this, *m_store, kind, title, options, [this](bool written) {
        if (written)
            refreshAfterChange(); // the export log has a row more
    });
}

QAction* MainWindow::createCheckAction()
{
    auto* check = new QAction(tr("&Check File..."), this);
    connect(check, &QAction::triggered, this, &MainWindow::checkFile);
    check->setObjectName(QStringLiteral("checkFile"));
    check->setToolTip(tr("Check the open file without changing it: SQLite's integrity check, "
                         "references between tables, NPI and MBI formats"));
    return check;
}

void MainWindow::checkFile()
{
    if (!m_store)
        return;
    // On a connection of its own, as the check reads every table: a few seconds on a large file.
    auto report = std::make_shared<CheckReport>();
    const QString path = m_store->path();
    BackgroundTask::run(
        this, tr("Checking %1...").arg(m_aco ? m_aco->name : path), 0,
        [path, report](const BackgroundTask::Report&) {
            *report = checkDatabase(Store::openReadOnly(path).db());
        },
        [this, report](const QString& failure, bool cancelled) {
            if (cancelled)
                return;
            if (!failure.isEmpty()) {
                showProblem(tr("Cannot Check File"), failure);
                return;
            }
            QMessageBox box(report->ok() ? QMessageBox::Information : QMessageBox::Warning,
                            tr("Check File"),
                            report->ok() ? tr("No problems found in this file.")
                                         : tr("%n problem(s) found in this file.", nullptr,
                                              int(report->problems.size())),
                            QMessageBox::Ok, this);
            box.setObjectName(QStringLiteral("checkResult"));
            QStringList details;
            for (const std::string& problem : report->problems)
                details << QString::fromStdString(problem);
            box.setInformativeText(
                tr("SQLite's integrity and foreign key checks, identifier formats (NPI, MBI) and "
                   "references between tables, on schema version %1.")
                    .arg(report->schemaVersion));
            details << tr("Content SHA-256: %1").arg(report->contentHash);
            box.setDetailedText(details.join(QLatin1Char('\n')));
            box.exec();
        });
}

} // namespace aco::ui
