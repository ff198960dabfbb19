#include "backgroundtask.h"
#include "error.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>

using namespace aco;

namespace {

struct Ending
{
    bool called = false;
    QString failure;
    bool cancelled = false;
};

// Runs a task to its end, keeping the event loop turning as the window would.
Ending runToEnd(QWidget& parent, ui::BackgroundTask::Work work, const std::function<void()>& whileRunning = {})
{
    Ending ending;
    QEventLoop loop;
    ui::BackgroundTask::run(&parent, QStringLiteral("Working..."), 10, std::move(work),
                            [&](const QString& failure, bool cancelled) {
                                ending = {true, failure, cancelled};
                                loop.quit();
                            });
    if (whileRunning)
        QTimer::singleShot(50, whileRunning);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit); // a hung task fails the test, not the run
    loop.exec();
    return ending;
}

} // namespace

TEST(BackgroundTask, RunsOffTheGuiThreadAndReportsSuccess)
{
    QWidget parent;
    std::atomic<bool> onGuiThread{true};
    const Ending ending = runToEnd(parent, [&](const ui::BackgroundTask::Report& report) {
        onGuiThread = QThread::currentThread() == parent.thread();
        for (int i = 1; i <= 10; ++i)
            report(i, QStringLiteral("step"));
    });
    EXPECT_TRUE(ending.called);
    EXPECT_TRUE(ending.failure.isEmpty());
    EXPECT_FALSE(ending.cancelled);
    EXPECT_FALSE(onGuiThread);
}

TEST(BackgroundTask, PassesTheErrorMessageBack)
{
    QWidget parent;
    const Ending ending = runToEnd(parent, [](const ui::BackgroundTask::Report&) {
        throw Error("'x.aco' cannot be written.");
    });
    EXPECT_TRUE(ending.called);
    EXPECT_EQ(ending.failure, QStringLiteral("'x.aco' cannot be written."));
}

TEST(BackgroundTask, CancelStopsTheWork)
{
    QWidget parent;
    std::atomic<int> steps{0};
    const Ending ending = runToEnd(
        parent,
        [&](const ui::BackgroundTask::Report& report) {
            for (;;) { // runs until told to stop
                ++steps;
                if (!report(1, QStringLiteral("waiting")))
                    throw Error("cancelled");
                QThread::msleep(5);
            }
        },
        [&parent] {
            // As the Cancel button does.
            for (QProgressDialog* dialog : parent.findChildren<QProgressDialog*>())
                Q_EMIT dialog->canceled();
        });
    EXPECT_TRUE(ending.called);
    EXPECT_TRUE(ending.cancelled);
    EXPECT_TRUE(ending.failure.isEmpty());
    EXPECT_GT(steps.load(), 0);
}
