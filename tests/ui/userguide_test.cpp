#include "windowtest.h"

#include "dashboard/dashboardview.h"
#include "import/newacodialog.h"

#include "screenshot.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

using namespace aco;
using test::WindowTest;

// Every view as a person sees it, a provider selected, at the user guide's size. With
// ACO_SCREENSHOT_DIR set the pictures are saved there; ACO_GUIDE_FILE names the file to show
// (the guide's pictures are of the medium demo), else the small demo.
TEST_F(WindowTest, ShowsEveryViewForTheUserGuide)
{
    QString path = qEnvironmentVariable("ACO_GUIDE_FILE");
    if (path.isEmpty()) {
        path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(path);
    }
    ui::MainWindow window;
    window.resize(1400, 880);
    window.show();
    ASSERT_TRUE(openAndWait(window, path));
    auto* table = window.findChild<QTableView*>(QStringLiteral("providerTable"));
    ASSERT_NE(table, nullptr);
    table->sortByColumn(0, Qt::AscendingOrder);
    const QModelIndex row = table->model()->index(2, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    waitIdle(window);

    const char* names[] = {"dashboard",      "providers",       "scorecards", "peer-comparison",
                           "driver-diagram", "mssp-calculator", "scenarios",  "data"};
    for (int view = 0; view < ui::MainWindow::viewCount; ++view) {
        window.showView(static_cast<ui::MainWindow::View>(view));
        waitIdle(window);
        if (view == static_cast<int>(ui::MainWindow::View::Dashboard)) {
            auto* dashboard = window.findChild<ui::DashboardView*>(QStringLiteral("dashboard"));
            ASSERT_TRUE(QTest::qWaitFor(
                [&] { return dashboard->data() != nullptr && !dashboard->isComputing(); }, 60000));
        }
        QTest::qWait(50); // lay the view out before the picture
        EXPECT_TRUE(window.viewPage(static_cast<ui::MainWindow::View>(view))->isVisible())
            << names[view];
        test::screenshot(window,
                         QStringLiteral("view-%1.png").arg(QString::fromLatin1(names[view])));
    }
}

// File > New ACO from CSV filled in as an administrator would, for the user guide.
TEST_F(WindowTest, ShowsTheNewAcoDialogForTheUserGuide)
{
    ui::NewAcoDialog dialog{QString()};
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.acoId(), QStringLiteral("A1234"));
    QTest::keyClicks(dialog.name(), QStringLiteral("Riverside Care Partners"));
    QTest::keyClicks(dialog.target(), QStringLiteral("/home/maria/aco/riverside.aco"));
    for (ImportKind kind :
         {ImportKind::Years, ImportKind::Practices, ImportKind::Departments, ImportKind::Providers,
          ImportKind::Beneficiaries, ImportKind::Results, ImportKind::Expenditures})
        dialog.extract(kind)->setText(
            QStringLiteral("/home/maria/extracts/%1.csv").arg(importKindName(kind)));
    EXPECT_TRUE(dialog.findChild<QPushButton*>(QStringLiteral("create"))->isEnabled());
    test::screenshot(dialog, QStringLiteral("new-aco.png"));
}
