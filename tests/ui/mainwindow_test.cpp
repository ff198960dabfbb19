#include "mainwindow.h"
#include "diagrams/driverdiagramview.h"
#include "msspcalculatorpanel.h"
#include "store/store.h"
#include "screenshot.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace aco;

namespace {

QString statusText(const ui::MainWindow& window)
{
    QString text;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        text += label->text() + QLatin1Char('|');
    return text;
}

} // namespace

// The window, open on the small demo ACO.
class DemoWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(m_path);
        ASSERT_TRUE(m_window.openDatabase(m_path));
    }

    test::TempFolder m_folder;
    QString m_path;
    ui::MainWindow m_window;
};

TEST_F(DemoWindow, ListsTheProvidersOfTheDemoAndSearchesThem)
{
    m_window.show();
    auto* table = m_window.findChild<QTableView*>(QStringLiteral("providerTable"));
    auto* search = m_window.findChild<QLineEdit*>(QStringLiteral("providerSearch"));
    ASSERT_TRUE(table && search);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 25);
    EXPECT_TRUE(statusText(m_window).contains(QStringLiteral("Riverbend Health Partners ACO · 25 providers")))
        << statusText(m_window).toStdString();
    EXPECT_TRUE(statusText(m_window).contains(QStringLiteral("Data as of 2026-09-30")));
    m_window.resize(1200, 720);
    test::screenshot(m_window, QStringLiteral("providers.png"));

    // Typing an NPI leaves exactly that provider.
    const QString npi = table->model()->index(0, 1).data().toString();
    ASSERT_EQ(npi.size(), 10);
    QTest::keyClicks(search, npi);
    EXPECT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), npi);
    EXPECT_TRUE(statusText(m_window).contains(QStringLiteral("1 of 25 providers shown")));

    // Sorting by attributed beneficiaries puts the largest panel first.
    search->clear();
    table->sortByColumn(7, Qt::DescendingOrder);
    const int first = table->model()->index(0, 7).data().toInt();
    const int second = table->model()->index(1, 7).data().toInt();
    EXPECT_GE(first, second);
    EXPECT_GT(first, 0);
}

TEST_F(DemoWindow, AFileItCannotOpenKeepsTheWindowAsItWas)
{
    // The error box is modal; close it as soon as it appears.
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox"))
                widget->close();
    });
    EXPECT_FALSE(m_window.openDatabase(m_folder.path(QStringLiteral("missing.aco"))));
    ASSERT_NE(m_window.store(), nullptr);
    EXPECT_EQ(m_window.store()->path(), m_path);
}

TEST_F(DemoWindow, TheMsspCalculatorStartsFromThePerformanceYear)
{
    auto* tabs = m_window.findChild<QTabWidget*>(QStringLiteral("views"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentIndex(3);
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("&MSSP Calculator"));
    auto* panel = m_window.findChild<ui::MsspCalculatorPanel*>(QStringLiteral("msspCalculator"));
    ASSERT_NE(panel, nullptr);
    const MsspInput in = panel->inputs();
    EXPECT_EQ(in.performanceYear, 2026);
    EXPECT_EQ(in.track, MsspTrack::BasicE);
    // The benchmark is the per-capita benchmark times the assigned beneficiaries, from the file.
    const auto& db = m_window.store()->db();
    EXPECT_NEAR(in.benchmarkTotal,
                db.queryInt64("SELECT benchmark_per_capita_cents * assigned_beneficiaries FROM performance_year WHERE year = 2026") / 100.0,
                0.01);
    ASSERT_TRUE(panel->result().has_value());
    m_window.resize(1200, 820);
    test::screenshot(m_window, QStringLiteral("mssp-calculator.png"));
    auto* source = m_window.findChild<QLabel*>(QStringLiteral("msspSource"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().contains(QStringLiteral("through 2026-09 (9 months)"))) << source->text().toStdString();
}

TEST_F(DemoWindow, ADiagramMetricOpensThatMeasuresPeerComparison)
{
    auto* tabs = m_window.findChild<QTabWidget*>(QStringLiteral("views"));
    auto* diagram = m_window.findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    ASSERT_TRUE(tabs && diagram);
    EXPECT_EQ(tabs->indexOf(diagram), 2);
    EXPECT_EQ(diagram->year(), 2026);
    tabs->setCurrentWidget(diagram);
    Q_EMIT diagram->measureActivated(QStringLiteral("FU7"));
    auto* peers = m_window.findChild<QWidget*>(QStringLiteral("peerComparison"));
    EXPECT_EQ(tabs->currentWidget(), peers);
    auto* measure = peers->findChild<QComboBox*>();
    ASSERT_NE(measure, nullptr);
    EXPECT_EQ(measure->currentData().toString(), QStringLiteral("FU7"));

    // Opening another file gives the diagram view of that file.
    ASSERT_TRUE(m_window.openDatabase(m_path));
    EXPECT_NE(m_window.findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram")), nullptr);
    EXPECT_EQ(m_window.findChildren<ui::DriverDiagramView*>().size(), 1);
}
