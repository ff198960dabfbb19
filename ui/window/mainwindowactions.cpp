// The main window's menus and what they do with files, settings and help.
#include "mainwindow.h"

#include "backgroundtask.h"
#include "demo/demoaco.h"
#include "export/exportfiledialog.h"
#include "import/newacodialog.h"
#include "providers/providersview.h"
#include "scenarios/scenariosview.h"
#include "scorecards/scorecarddialog.h"
#include "store/store.h"
#include "window/recentfiles.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QToolBar>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace aco::ui {

namespace {
const QString fileFilter = QObject::tr("ACO Workbench files (*.aco);;All files (*)");
} // namespace

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* fromCsv =
        file->addAction(tr("&New ACO from CSV..."), this, &MainWindow::createFromCsv);
    fromCsv->setObjectName(QStringLiteral("newFromCsv"));
    fromCsv->setShortcut(QKeySequence::New);
    fromCsv->setToolTip(tr("Create a file for your ACO from its CSV extracts"));
    file->addAction(tr("Create &Demo ACO..."), this, &MainWindow::createDemo);
    QAction* open = file->addAction(tr("&Open..."), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Open an ACO Workbench file"));
    QMenu* recent = file->addMenu(tr("Open &Recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentFiles(recent, this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openRecent);
    file->addSeparator();
    m_printScorecards =
        file->addAction(tr("&Print Scorecards..."), this, &MainWindow::printScorecards);
    m_printScorecards->setShortcut(QKeySequence::Print);
    m_printScorecards->setEnabled(false);
    createToolActions(file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    createViewActions(view);
    view->addSeparator();
    QAction* find = view->addAction(tr("&Find Provider"), this, [this] {
        showView(View::Providers);
        m_providers->search()->setFocus();
        m_providers->search()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    view->addSeparator();
    m_maskPhi = view->addAction(tr("&Mask Patient Data"));
    m_maskPhi->setObjectName(QStringLiteral("maskPhi"));
    m_maskPhi->setCheckable(true);
    m_maskPhi->setChecked(maskPhiSetting());
    m_maskPhi->setToolTip(
        tr("Show and print patients by initials and the MBI's last four characters"));
    connect(m_maskPhi, &QAction::toggled, this, &MainWindow::setMaskPhi);
    view->addAction(m_periodBar->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_checkFile);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide =
        help->addAction(tr("ACO Workbench &User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About ACO Workbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    for (QMenu* menu : {file, view, tools, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::createViewActions(QMenu* menu)
{
    const QString names[viewCount] = {
        tr("&Dashboard"),      tr("&Providers"),       tr("&Scorecards"), tr("Peer &Comparison"),
        tr("D&river Diagram"), tr("&MSSP Calculator"), tr("Sce&narios"),  tr("D&ata")};
    for (int i = 0; i < viewCount; ++i) {
        QAction* action =
            menu->addAction(names[i], this, [this, i] { showView(static_cast<View>(i)); });
        action->setObjectName(QStringLiteral("showView%1").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setEnabled(false);
        connect(this, &MainWindow::fileOpened, action, [action] { action->setEnabled(true); });
    }
}

bool MainWindow::maskPhi() const
{
    return m_maskPhi->isChecked();
}

void MainWindow::setMaskPhi(bool mask)
{
    setMaskPhiSetting(mask);
    refreshPreviews();
}

void MainWindow::chooseDatabase()
{
    const QString folder = m_store ? QFileInfo(m_store->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open ACO Workbench File"), folder, fileFilter);
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::openRecent(const QString& path)
{
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    m_recent->remove(path);
    showProblem(tr("File Not Found"),
                tr("%1 no longer exists; it has been removed from the recent files.")
                    .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreLastDatabase()
{
    const QString path = QSettings().value(QStringLiteral("lastDatabase")).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return;
    m_restoreView = true;
    openDatabase(path);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    m_fitRestored = restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (m_fitRestored)
        fitToScreen();
    else
        resize(1100, 700);
    // Whichever way the first file comes (the last one, --db FILE, File > Open), it comes back
    // on the view left.
    m_restoreView = settings.contains(QStringLiteral("window/view"));
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    // Kept under a new name since the scorecard beside the table reads at 9 points: a split
    // kept from before gave it half that.
    settings.remove(QStringLiteral("window/providersSplitter"));
    m_providers->restoreSplitter(
        settings.value(QStringLiteral("window/providersSplit")).toByteArray());
}

void MainWindow::fitToScreen()
{
    if (isMaximized() || isFullScreen())
        return;
    QScreen* screen = QGuiApplication::screenAt(geometry().center());
    if (!screen)
        screen = this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame (title bar, borders) is known once shown; until then the window itself fits.
    const QSize frame = isVisible() ? frameGeometry().size() - geometry().size() : QSize(0, 0);
    const QSize size = geometry().size().boundedTo(available.size() - frame);
    if (size != geometry().size())
        resize(size);
    QRect outer(frameGeometry().topLeft(), size + frame);
    outer.moveRight(std::min(outer.right(), available.right()));
    outer.moveBottom(std::min(outer.bottom(), available.bottom()));
    outer.moveLeft(std::max(outer.left(), available.left()));
    outer.moveTop(std::max(outer.top(), available.top()));
    if (outer.topLeft() != frameGeometry().topLeft())
        move(outer.topLeft());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_fitRestored, false)) // again, now that the frame is known
        fitToScreen();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_scenarios && !m_scenarios->maybeDropChanges()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/providersSplit"),
                      m_providers->splitter()->saveState());
    if (m_store)
        settings.setValue(QStringLiteral("window/view"), static_cast<int>(currentView()));
    event->accept();
}

void MainWindow::createFromCsv()
{
    auto* dialog = new NewAcoDialog(m_store ? m_store->path() : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewAcoDialog::created, this,
            [this](const QString& path) { openDatabase(path); });
    dialog->open();
}

void MainWindow::createDemo()
{
    const QStringList sizes = {tr("Small: 25 providers, 3,000 beneficiaries"),
                               tr("Medium: 400 providers, 60,000 beneficiaries"),
                               tr("Large: 5,000 providers, 500,000 beneficiaries")};
    bool ok = false;
    const QString choice =
        QInputDialog::getItem(this, tr("Create the Demo ACO"), tr("Size:"), sizes, 1, false, &ok);
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
        [=](const BackgroundTask::Report& report) {
            writeDemo(path, {size, 1}, true, report);
        },
        [=, this](const QString& failure, bool cancelled) {
            if (cancelled)
                return;
            if (!failure.isEmpty())
                QMessageBox::critical(this, tr("Cannot Create the Demo ACO"), failure);
            else
                openDatabase(path);
        });
}

void MainWindow::printScorecards()
{
    if (!m_store)
        return;
    ScorecardDialog dialog(m_store->path(), m_store->db(), m_selected, this);
    if (m_selector->hasChoice())
        dialog.setPeriod(m_selector->choice().period, m_selector->choice().window);
    dialog.setMaskPhi(maskPhi());
    dialog.exec();
    refreshAfterChange(); // printouts are recorded in the export log
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ACO Workbench"),
                       tr("<h3>ACO Workbench %1</h3><p>Provider scorecards with unblinded peer "
                          "comparison, driver diagrams and shared-savings simulation for Medicare "
                          "Accountable Care Organizations.</p><p>Works offline on one local "
                          "file.</p><p>Press F1 for the user guide.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showUserGuide()
{
    // Installed with the package, or beside the build tree when run from it.
    const QDir programs(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        programs.filePath(QStringLiteral("../share/doc/aco-workbench/user-guide.md")),
        programs.filePath(QStringLiteral("../../docs/user-guide.md")),
    };
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(candidate).absoluteFilePath()));
            return;
        }
    }
    showProblem(tr("User Guide Not Found"), tr("The user guide is not installed: it should be at "
                                               "%1. Reinstall the aco-workbench package.")
                                                .arg(QDir::cleanPath(candidates.front())));
}

} // namespace aco::ui
