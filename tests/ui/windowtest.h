#pragma once

#include "mainwindow.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace aco::test {

// Settings of the window's own, in the test's folder, so that tests neither read nor change
// the user's.
class WindowTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_folder.path(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ACO Workbench Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui-tests"));
        QSettings().clear();
    }

    // Opens `path` and waits until the window has read everything it shows.
    static bool openAndWait(ui::MainWindow& window, const QString& path)
    {
        QSignalSpy opened(&window, &ui::MainWindow::fileOpened);
        QSignalSpy failed(&window, &ui::MainWindow::openFailed);
        window.openDatabase(path);
        if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        waitIdle(window);
        return !opened.isEmpty();
    }

    static void waitIdle(const ui::MainWindow& window)
    {
        EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isBusy(); }, 60000));
    }

    static QString statusText(const ui::MainWindow& window)
    {
        QString text;
        for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
            text += label->text() + QLatin1Char('|');
        return text;
    }

    TempFolder m_folder;
};

// The window open on the small demo ACO.
class DemoWindow : public WindowTest
{
  protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        m_path = m_folder.path(QStringLiteral("small.aco"));
        writeSmallDemo(m_path);
        m_window = std::make_unique<ui::MainWindow>();
        ASSERT_TRUE(openAndWait(*m_window, m_path));
    }

    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace aco::test
