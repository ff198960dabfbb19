#include "backgroundqueue.h"
#include "backgroundtask.h"
#include "error.h"
#include "store/store.h"
#include "testsupport.h"

#include <QEventLoop>
#include <QTest>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QWidget>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

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

// Presses the task's Cancel, as the button does, and notes that it was pressed.
void pressCancel(QWidget& parent, std::atomic<bool>* pressed = nullptr)
{
    for (QProgressDialog* dialog : parent.findChildren<QProgressDialog*>())
        Q_EMIT dialog->canceled();
    if (pressed)
        *pressed = true;
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
        [&parent] { pressCancel(parent); });
    EXPECT_TRUE(ending.called);
    EXPECT_TRUE(ending.cancelled);
    EXPECT_TRUE(ending.failure.isEmpty());
    EXPECT_GT(steps.load(), 0);
}

// Cancel pressed once the work no longer asks: the work finished, and that is what is reported.
TEST(BackgroundTask, ACancelTooLateToStopTheWorkReportsItsSuccess)
{
    QWidget parent;
    std::atomic<bool> pressed{false};
    const Ending ending = runToEnd(
        parent,
        [&](const ui::BackgroundTask::Report& report) {
            report(1, QStringLiteral("last step"));
            while (!pressed) // the rest runs to its end without asking again
                QThread::msleep(5);
        },
        [&parent, &pressed] { pressCancel(parent, &pressed); });
    EXPECT_TRUE(ending.called);
    EXPECT_FALSE(ending.cancelled);
    EXPECT_TRUE(ending.failure.isEmpty());
}

// Cancel pressed while the work fails for a reason of its own: the failure is what happened.
TEST(BackgroundTask, AFailureUnrelatedToACancelIsReported)
{
    QWidget parent;
    std::atomic<bool> pressed{false};
    const Ending ending = runToEnd(
        parent,
        [&](const ui::BackgroundTask::Report& report) {
            report(1, QStringLiteral("working"));
            while (!pressed)
                QThread::msleep(5);
            throw Error("'x.pdf' cannot be written (disk full).");
        },
        [&parent, &pressed] { pressCancel(parent, &pressed); });
    EXPECT_TRUE(ending.called);
    EXPECT_FALSE(ending.cancelled);
    EXPECT_EQ(ending.failure, QStringLiteral("'x.pdf' cannot be written (disk full)."));
}

// Cancelling a reading on the window's queue stops it where it is, rather than letting it run
// on unseen: the queue is free again at once, and the cancelled job never reports.
TEST(BackgroundQueue, CancellingAReadingStopsItAtOnce)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("queue.aco"));
    Store::create(path);
    ui::BackgroundQueue queue;
    std::atomic<bool> started{false};
    bool reported = false;
    queue.post(
        QStringLiteral("reading"), path,
        [&started](const Database* db) {
            started = true;
            // Minutes of work for SQLite, if nothing stops it.
            auto longRead = db->prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 "
                                        "FROM c WHERE x < 1000000000) SELECT count(*) FROM c");
            longRead.step();
        },
        [&reported](const QString&) { reported = true; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return started.load(); }, 5000));
    QTest::qWait(100);
    const auto cancelled = std::chrono::steady_clock::now();
    queue.cancel(QStringLiteral("reading"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !queue.isBusy(); }, 5000));
    EXPECT_LT(std::chrono::steady_clock::now() - cancelled, std::chrono::seconds(2));
    EXPECT_FALSE(reported);

    // The queue's connection reads again for the next job.
    std::int64_t one = 0;
    queue.post(
        QStringLiteral("reading"), path, [&one](const Database* db) { one = db->queryInt64("SELECT 1"); },
        [](const QString&) {});
    ASSERT_TRUE(QTest::qWaitFor([&] { return !queue.isBusy(); }, 5000));
    EXPECT_EQ(one, 1);
}
