#include "windowtest.h"

#include "data/dataview.h"
#include "diagrams/driverdiagramview.h"
#include "providers/providercolumns.h"
#include "providers/providersview.h"
#include "screenshot.h"
#include "store/store.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QSplitterHandle>
#include <QTableView>

using namespace aco;
using test::DemoWindow;
using test::WindowTest;

namespace {

QAction* recentAction(const ui::MainWindow& window, const QString& fileName)
{
    auto* menu = window.findChild<QMenu*>(QStringLiteral("recentMenu"));
    if (!menu)
        return nullptr;
    for (QAction* action : menu->actions())
        if (action->text().endsWith(QLatin1Char(' ') + fileName))
            return action;
    return nullptr;
}

} // namespace

TEST_F(DemoWindow, RemembersTheFilesOpenedMostRecentFirst)
{
    const QString other = m_folder.path(QStringLiteral("other.aco"));
    ASSERT_TRUE(QFile::copy(m_path, other));
    ASSERT_TRUE(openAndWait(*m_window, other));
    EXPECT_EQ(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
              QStringList({other, m_path}));
    QAction* first = recentAction(*m_window, QStringLiteral("small.aco"));
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->text(), QStringLiteral("&2 small.aco"));

    // Choosing one opens it again.
    QSignalSpy opened(m_window.get(), &ui::MainWindow::fileOpened);
    first->trigger();
    ASSERT_TRUE(opened.wait(30000));
    EXPECT_EQ(m_window->store()->path(), m_path);
    EXPECT_EQ(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
              QStringList({m_path, other}));

    // A file that has gone is taken off the list, with a word why.
    ASSERT_TRUE(QFile::remove(other));
    QAction* gone = recentAction(*m_window, QStringLiteral("other.aco"));
    ASSERT_NE(gone, nullptr);
    gone->trigger();
    auto* box = m_window->findChild<QMessageBox*>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("no longer exists")))
        << box->text().toStdString();
    box->close();
    EXPECT_EQ(QSettings().value(QStringLiteral("recentFiles")).toStringList(),
              QStringList({m_path}));
    EXPECT_EQ(recentAction(*m_window, QStringLiteral("other.aco")), nullptr);
}

TEST_F(DemoWindow, ComesBackWithTheLastFileViewAndSize)
{
    m_window->show();
    m_window->resize(1234, 700); // fits the test platform's 1366 x 768 screen
    m_window->showView(ui::MainWindow::View::Data);
    m_window->close();
    m_window.reset();

    ui::MainWindow again;
    QSignalSpy opened(&again, &ui::MainWindow::fileOpened);
    again.restoreLastDatabase();
    ASSERT_TRUE(opened.wait(30000));
    waitIdle(again);
    again.show();
    ASSERT_NE(again.store(), nullptr);
    EXPECT_EQ(again.store()->path(), m_path);
    EXPECT_EQ(again.currentView(), ui::MainWindow::View::Data);
    EXPECT_EQ(again.size(), QSize(1234, 700));
}

// The split between the providers table and the scorecard follows the window until the user
// moves it; then it is theirs, and so are the columns they choose, the next time too.
TEST_F(DemoWindow, RemembersTheProvidersSplitAndColumns)
{
    m_window->resize(1366, 740);
    m_window->show();
    m_window->showView(ui::MainWindow::View::Providers);
    waitIdle(*m_window);
    auto* view = m_window->findChild<ui::ProvidersView*>();
    auto* splitter = view->splitter();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->columnCount() > 8; }, 30000));
    EXPECT_EQ(splitter->sizes(), view->defaultSplit());
    m_window->resize(1300, 740);
    QApplication::processEvents();
    EXPECT_EQ(splitter->sizes(), view->defaultSplit());
    const int before = splitter->sizes()[0];

    // Dragged 120 pixels to the right: the table keeps that width when the window narrows.
    QSplitterHandle* handle = splitter->handle(1);
    const QPoint from = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, {}, from);
    const QPoint to = handle->mapToGlobal(from + QPoint(120, 0));
    QMouseEvent move(QEvent::MouseMove, from + QPoint(120, 0), to, Qt::LeftButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(handle, &move);
    QTest::mouseRelease(handle, Qt::LeftButton, {}, from + QPoint(120, 0));
    EXPECT_EQ(splitter->sizes()[0], before + 120);
    m_window->resize(1280, 740);
    QApplication::processEvents();
    EXPECT_EQ(splitter->sizes()[0], before + 120);

    // Columns chosen are shown whatever the width; NPI is not among those that fit.
    auto* columns = table->findChild<ui::ProviderColumns*>();
    ASSERT_NE(columns, nullptr);
    const int npi = 1;
    EXPECT_TRUE(table->isColumnHidden(npi));
    columns->choose({QStringLiteral("Provider"), QStringLiteral("NPI")});
    EXPECT_FALSE(table->isColumnHidden(npi));
    EXPECT_TRUE(table->isColumnHidden(2)); // Specialty
    m_window->close();
    m_window.reset();

    ui::MainWindow again;
    again.resize(1280, 740);
    ASSERT_TRUE(openAndWait(again, m_path));
    again.show();
    again.showView(ui::MainWindow::View::Providers);
    QApplication::processEvents();
    auto* view2 = again.findChild<ui::ProvidersView*>();
    EXPECT_EQ(view2->splitter()->sizes()[0], before + 120);
    auto* table2 = again.findChild<QTableView*>(QStringLiteral("providerTable"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table2->model()->columnCount() > 8; }, 30000));
    EXPECT_FALSE(table2->isColumnHidden(npi));
    EXPECT_TRUE(table2->isColumnHidden(2));
    // Back to the columns that fit.
    auto* columns2 = table2->findChild<ui::ProviderColumns*>();
    columns2->choose({});
    EXPECT_TRUE(table2->isColumnHidden(npi));
    EXPECT_FALSE(QSettings().contains(QStringLiteral("providers/columns")));
}

TEST_F(WindowTest, StartsEmptyWhenTheLastFileHasGone)
{
    QSettings().setValue(QStringLiteral("lastDatabase"), m_folder.path(QStringLiteral("gone.aco")));
    ui::MainWindow window;
    window.restoreLastDatabase();
    EXPECT_FALSE(window.isBusy());
    EXPECT_EQ(window.store(), nullptr);
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("No file open")));
}

TEST_F(WindowTest, AFileItMayNotWriteOpensReadOnlyWithANotice)
{
    const QString path = m_folder.path(QStringLiteral("locked.aco"));
    test::writeSmallDemo(path);
    ASSERT_TRUE(
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    if (QFileInfo(path).isWritable())
        GTEST_SKIP() << "this user (root) may write any file, so no file is read-only to it";
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(openAndWait(window, path));
    ASSERT_TRUE(window.store()->isReadOnly());
    auto* notice = window.findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("Read-only")))
        << notice->text().toStdString();
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("read-only")));
    test::screenshot(window, QStringLiteral("read-only.png"));
    auto* data = window.findChild<ui::DataView*>(QStringLiteral("data"));
    EXPECT_TRUE(
        data->fieldText(QStringLiteral("dataAccess")).startsWith(QStringLiteral("Read-only")));
    // The diagram's editing is off.
    auto* diagram = window.findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    for (const char* name : {"addPrimary", "arrange", "newDiagram", "importDiagram"}) {
        auto* action = diagram->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_FALSE(action->isEnabled()) << name;
    }
    // Nothing can be imported into it.
    EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("importCsv"))->isEnabled());
}

TEST_F(DemoWindow, AWritableFileHasNoNotice)
{
    m_window->show();
    auto* notice = m_window->findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isVisible());
    auto* diagram = m_window->findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    EXPECT_TRUE(diagram->findChild<QAction*>(QStringLiteral("addPrimary"))->isEnabled());
}

// A window left at 1440 x 900 on a large screen comes back inside a smaller one (the test
// platform's 1366 x 768), at most as large as its available area and wholly on it, on the view
// left.
TEST_F(DemoWindow, ComesBackInsideASmallerScreen)
{
    m_window->show();
    const QRect available = m_window->screen()->availableGeometry();
    ASSERT_LT(available.width(), 1440);
    m_window->setGeometry(QRect(QPoint(0, 0), QSize(1440, 900)));
    m_window->showView(ui::MainWindow::View::Scenarios);
    m_window->close();
    m_window.reset();

    ui::MainWindow again;
    QSignalSpy opened(&again, &ui::MainWindow::fileOpened);
    again.show();
    again.openDatabase(m_path); // as --db FILE does: the view left comes back too
    ASSERT_TRUE(opened.wait(30000));
    waitIdle(again);
    EXPECT_TRUE(available.contains(again.frameGeometry()))
        << again.frameGeometry().width() << "x" << again.frameGeometry().height() << " in "
        << available.width() << "x" << available.height();
    EXPECT_EQ(again.currentView(), ui::MainWindow::View::Scenarios);
}

// The window and its views fit a 1366 x 768 laptop screen.
TEST_F(DemoWindow, FitsALaptopScreen)
{
    m_window->show();
    for (int view = 0; view < ui::MainWindow::viewCount; ++view) {
        m_window->showView(static_cast<ui::MainWindow::View>(view));
        waitIdle(*m_window);
        const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
        EXPECT_LE(minimum.width(), 1366) << view;
        EXPECT_LE(minimum.height(), 768 - 60) << view; // a panel and a title bar take the rest
    }
}
