#include "mainwindow.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
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

TEST(MainWindow, ListsTheProvidersOfTheDemoAndSearchesThem)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("small.aco"));
    test::writeSmallDemo(path);

    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(window.openDatabase(path));
    auto* table = window.findChild<QTableView*>(QStringLiteral("providerTable"));
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("providerSearch"));
    ASSERT_TRUE(table && search);
    EXPECT_TRUE(table->isVisible());
    EXPECT_EQ(table->model()->rowCount(), 25);
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("Riverbend Health Partners ACO · 25 providers")))
        << statusText(window).toStdString();
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("Data as of 2026-09-30")));

    // Typing an NPI leaves exactly that provider.
    const QString npi = table->model()->index(0, 1).data().toString();
    ASSERT_EQ(npi.size(), 10);
    QTest::keyClicks(search, npi);
    EXPECT_EQ(table->model()->rowCount(), 1);
    EXPECT_EQ(table->model()->index(0, 1).data().toString(), npi);
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("1 of 25 providers shown")));

    // Sorting by attributed beneficiaries puts the largest panel first.
    search->clear();
    table->sortByColumn(7, Qt::DescendingOrder);
    const int first = table->model()->index(0, 7).data().toInt();
    const int second = table->model()->index(1, 7).data().toInt();
    EXPECT_GE(first, second);
    EXPECT_GT(first, 0);
}

TEST(MainWindow, AFileItCannotOpenKeepsTheWindowAsItWas)
{
    test::TempFolder folder;
    const QString good = folder.path(QStringLiteral("good.aco"));
    test::writeSmallDemo(good);
    ui::MainWindow window;
    ASSERT_TRUE(window.openDatabase(good));

    // The error box is modal; close it as soon as it appears.
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox"))
                widget->close();
    });
    EXPECT_FALSE(window.openDatabase(folder.path(QStringLiteral("missing.aco"))));
    ASSERT_NE(window.store(), nullptr);
    EXPECT_EQ(window.store()->path(), good);
}
