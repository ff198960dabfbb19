#include "windowtest.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace aco;
using test::WindowTest;

namespace {

// Ticks every 5 ms on the GUI thread and keeps the longest time between two ticks: how long
// the event loop was kept from answering.
class Heartbeat
{
  public:
    Heartbeat()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return m_longest; }

  private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

// Opening a file, choosing every view and another period keep the window answering. The file is
// the small demo, or the one ACO_RESPONSIVENESS_FILE names (the large demo for the figure in
// the README).
TEST_F(WindowTest, OpeningAFileAndChangingPeriodNeverBlocksTheEventLoopLong)
{
    QString path = qEnvironmentVariable("ACO_RESPONSIVENESS_FILE");
    if (path.isEmpty()) {
        path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(path);
    }
    ui::MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    Heartbeat heartbeat;
    ASSERT_TRUE(openAndWait(window, path));
    const qint64 opening = heartbeat.longest();
    for (int view = 0; view < ui::MainWindow::viewCount; ++view) {
        window.showView(static_cast<ui::MainWindow::View>(view));
        QTest::qWait(20);
    }
    auto* month = window.findChild<QComboBox*>(QStringLiteral("periodSelector"));
    month->setCurrentIndex(month->count() - 1);
    waitIdle(window);
    QTest::qWait(20);
    std::fprintf(stderr, "Longest event-loop block: %lld ms opening, %lld ms in all\n",
                 static_cast<long long>(opening), static_cast<long long>(heartbeat.longest()));
    RecordProperty("longestBlockMs", static_cast<int>(heartbeat.longest()));
    // The goal is 100 ms, checked when measuring a named file. Run among other tests on a busy
    // machine, the small demo gets room for the scheduler (up to 80 ms seen at a load of 10) and
    // still catches work put back on the GUI thread (opening it there blocked for 200 ms).
    EXPECT_LT(heartbeat.longest(),
              qEnvironmentVariableIsSet("ACO_RESPONSIVENESS_FILE") ? 100 : 150);
}
