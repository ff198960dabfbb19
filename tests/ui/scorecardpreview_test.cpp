#include "providers/providersview.h"
#include "scorecards/scorecardpreview.h"
#include "scorecards/scorecard.h"
#include "store/store.h"
#include "screenshot.h"
#include "windowtest.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QScreen>
#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace aco;

namespace {

// A preview of the small demo's first provider, in a window of 600 x 700 of its own.
class ScorecardPreviewTest : public test::WindowTest
{
  protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        const QString path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(path);
        const Store store = Store::openReadOnly(path);
        ScorecardOptions options;
        options.period = Period(2026, 9);
        const ScorecardBuilder builder(store.db(), options);
        m_card = std::make_shared<const Scorecard>(builder.build(builder.providers().front()));
    }

    std::unique_ptr<ui::ScorecardPreview> makePreview(const QString& name)
    {
        auto preview = std::make_unique<ui::ScorecardPreview>();
        preview->setObjectName(name);
        preview->setScorecard(m_card);
        preview->resize(600, 700);
        preview->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(preview.get()));
        return preview;
    }

    // The page's width in pixels at the printed size: 8.5 inches.
    static double fullWidth(const QWidget& widget) { return 8.5 * widget.logicalDpiX(); }

    std::shared_ptr<const Scorecard> m_card;
};

TEST_F(ScorecardPreviewTest, FitsTheWidthOrThePageAndZoomsInSteps)
{
    const auto preview = makePreview(QStringLiteral("a"));
    // Fit width, by default: the page and 10 pixels either side fill the viewport's width.
    EXPECT_EQ(preview->zoomMode(), ui::ScorecardPreview::ZoomMode::FitWidth);
    const int shown = preview->viewport()->width();
    EXPECT_NEAR(preview->zoom(), (shown - 20) / fullWidth(*preview), 1e-9);
    EXPECT_TRUE(preview->fitWidthAction()->isChecked());
    // Taller than the viewport at that width (11 x 8.5 inches): it scrolls.
    EXPECT_GT(preview->verticalScrollBar()->maximum(), 0);
    EXPECT_EQ(preview->horizontalScrollBar()->maximum(), 0);
    // At any width: never a scroll bar's pixel of rounding.
    for (int width = 400; width <= 1100; width += 7) {
        preview->resize(width, 700);
        EXPECT_EQ(preview->horizontalScrollBar()->maximum(), 0) << width;
    }
    preview->resize(600, 700);

    // Fit page: the whole 11-inch height shows, and nothing scrolls.
    preview->fitPageAction()->trigger();
    const int high = preview->viewport()->height();
    EXPECT_NEAR(preview->zoom(), (high - 20) / (11.0 * preview->logicalDpiY()), 1e-9);
    EXPECT_EQ(preview->verticalScrollBar()->maximum(), 0);
    EXPECT_TRUE(preview->fitPageAction()->isChecked());
    EXPECT_FALSE(preview->fitWidthAction()->isChecked());

    // 100% is the printed size; the steps from there are 110% and 85%.
    preview->actualSizeAction()->trigger();
    EXPECT_EQ(preview->zoomMode(), ui::ScorecardPreview::ZoomMode::Fixed);
    EXPECT_DOUBLE_EQ(preview->zoom(), 1.0);
    EXPECT_EQ(preview->findChild<QLabel*>(QStringLiteral("previewZoom"))->text(),
              QStringLiteral("100%"));
    EXPECT_GT(preview->horizontalScrollBar()->maximum(), 0); // 816 pixels in a 600-pixel view
    preview->zoomInAction()->trigger();
    EXPECT_DOUBLE_EQ(preview->zoom(), 1.1);
    preview->zoomOutAction()->trigger();
    preview->zoomOutAction()->trigger();
    EXPECT_DOUBLE_EQ(preview->zoom(), 0.85);
    EXPECT_EQ(preview->findChild<QLabel*>(QStringLiteral("previewZoom"))->text(),
              QStringLiteral("85%"));
    // Never below a quarter or above four times the printed size.
    for (int i = 0; i < 20; ++i)
        preview->zoomOut();
    EXPECT_DOUBLE_EQ(preview->zoom(), 0.25);
    for (int i = 0; i < 20; ++i)
        preview->zoomIn();
    EXPECT_DOUBLE_EQ(preview->zoom(), 4.0);
}

TEST_F(ScorecardPreviewTest, ZoomsWithTheKeyboardAndCtrlWheel)
{
    const auto preview = makePreview(QStringLiteral("b"));
    preview->setZoom(1.0);
    preview->setFocus();
    QApplication::setActiveWindow(preview.get());
    QTest::keyClick(preview.get(), Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(preview->zoom(), 1.1);
    QTest::keyClick(preview.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(preview->zoom(), 1.0);
    QTest::keyClick(preview.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(preview->zoom(), 0.85);
    QTest::keyClick(preview.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_DOUBLE_EQ(preview->zoom(), 1.0);

    // One notch of the wheel with Ctrl: 10% more; without Ctrl it scrolls instead.
    const QPointF centre = preview->viewport()->rect().center();
    QWheelEvent up(centre, preview->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                   Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview->viewport(), &up);
    EXPECT_NEAR(preview->zoom(), 1.1, 1e-9);
    QWheelEvent down(centre, preview->viewport()->mapToGlobal(centre), QPoint(), QPoint(0, -120),
                     Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(preview->viewport(), &down);
    EXPECT_NEAR(preview->zoom(), 1.1, 1e-9);
    EXPECT_GT(preview->verticalScrollBar()->value(), 0);
}

TEST_F(ScorecardPreviewTest, KeepsItsZoomForTheNextTime)
{
    {
        const auto preview = makePreview(QStringLiteral("kept"));
        preview->setZoom(1.5);
        const auto other = makePreview(QStringLiteral("other"));
        other->fitPageAction()->trigger();
    }
    const auto again = makePreview(QStringLiteral("kept"));
    EXPECT_EQ(again->zoomMode(), ui::ScorecardPreview::ZoomMode::Fixed);
    EXPECT_DOUBLE_EQ(again->zoom(), 1.5);
    const auto other = makePreview(QStringLiteral("other"));
    EXPECT_EQ(other->zoomMode(), ui::ScorecardPreview::ZoomMode::FitPage);
    const auto fresh = makePreview(QStringLiteral("new"));
    EXPECT_EQ(fresh->zoomMode(), ui::ScorecardPreview::ZoomMode::FitWidth);
}

TEST_F(ScorecardPreviewTest, DoubleClickOpensTheScorecardFullSize)
{
    const auto preview = makePreview(QStringLiteral("c"));
    QTest::mouseDClick(preview->viewport(), Qt::LeftButton, {},
                       preview->viewport()->rect().center());
    QWidget* window = preview->fullSizeWindow();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    auto* full = window->findChild<ui::ScorecardPreview*>();
    ASSERT_NE(full, nullptr);
    EXPECT_EQ(full->scorecard(), m_card.get());
    EXPECT_TRUE(window->windowTitle().contains(m_card->provider.displayName()));
    // The printed size, fit to its width, and as tall as most of the 768-pixel screen.
    EXPECT_GE(window->height(), 768 * 9 / 10 - 1);
    EXPECT_NEAR(full->zoom(), 1.0, 0.01);
    window->close();
    QTest::qWait(0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(preview->fullSizeWindow(), nullptr);
}

} // namespace

namespace {

// On a laptop's 1366 x 768 screen, the Scorecards view fits the page to its width with the
// measure table's 7.5-point text at 9 points or more on screen.
using DemoWindowPreview = test::DemoWindow;

TEST_F(DemoWindowPreview, TheScorecardReadsAtFitWidthOnALaptop)
{
    m_window->resize(m_window->screen()->availableGeometry().size());
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showView(ui::MainWindow::View::Scorecards);
    auto* picker = m_window->findChild<QComboBox*>(QStringLiteral("scorecardProvider"));
    QTest::keyClick(picker, Qt::Key_Down);
    waitIdle(*m_window);
    auto* preview = m_window->findChild<ui::ScorecardPreview*>(QStringLiteral("scorecardPreview"));
    ASSERT_NE(preview->scorecard(), nullptr) << preview->message().toStdString();
    EXPECT_EQ(preview->zoomMode(), ui::ScorecardPreview::ZoomMode::FitWidth);
    EXPECT_GE(7.5 * preview->zoom(), 9.0) << preview->zoom();
    test::screenshot(*m_window, QStringLiteral("scorecards-fit-width.png"));
}

// In the Providers view too, beside the table: the scorecard at Fit Width reads at 9 points
// (a point of the page at 100% is a point on screen, so the 7.5-point text shows at 7.5 x zoom
// points), and the table shows the columns that fit it, without scrolling sideways.
TEST_F(DemoWindowPreview, TheScorecardBesideTheProvidersReadsAtFitWidthOnALaptop)
{
    m_window->resize(m_window->screen()->availableGeometry().size());
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_EQ(m_window->width(), 1366);
    m_window->showView(ui::MainWindow::View::Providers);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->columnCount() > 8; }, 30000));
    const QModelIndex row = table->model()->index(2, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    waitIdle(*m_window);
    auto* preview = m_window->findChild<ui::ScorecardPreview*>(QStringLiteral("providerPreview"));
    ASSERT_NE(preview->scorecard(), nullptr) << preview->message().toStdString();
    EXPECT_EQ(preview->zoomMode(), ui::ScorecardPreview::ZoomMode::FitWidth);
    EXPECT_GE(7.5 * preview->zoom(), 9.0) << preview->zoom();
    EXPECT_LT(7.5 * preview->zoom(), 9.5) << "the table has the rest";
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
    EXPECT_FALSE(table->isColumnHidden(0)); // the providers' names
    int shown = 0;
    for (int column = 0; column < table->model()->columnCount(); ++column)
        if (!table->isColumnHidden(column))
            shown += table->horizontalHeader()->sectionSize(column);
    EXPECT_LE(shown, table->viewport()->width());
    EXPECT_FALSE(m_window->findChild<QLabel*>(QStringLiteral("providerMeasuresNote"))->isVisible());
    test::screenshot(*m_window, QStringLiteral("providers-fit-width.png"));

    // A wider table, dragged, shows the overall tier too, before the measures it sums up.
    auto* splitter = m_window->findChild<QSplitter*>(QStringLiteral("providersSplitter"));
    const int tier = table->model()->columnCount() - 1;
    ASSERT_EQ(table->model()->headerData(tier, Qt::Horizontal).toString(),
              QStringLiteral("Overall tier"));
    EXPECT_TRUE(table->isColumnHidden(tier));
    splitter->setSizes({splitter->sizes()[0] + 150, splitter->sizes()[1] - 150});
    EXPECT_FALSE(table->isColumnHidden(tier));
    EXPECT_TRUE(table->isColumnHidden(tier - 1)); // ENG: there is no room for all four
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
    // The note on the measures' columns shows with them.
    auto* note = m_window->findChild<QLabel*>(QStringLiteral("providerMeasuresNote"));
    EXPECT_EQ(note->isVisible(), !table->isColumnHidden(8));
    splitter->setSizes({splitter->sizes()[0] + 300, splitter->sizes()[1] - 300});
    EXPECT_FALSE(table->isColumnHidden(8)); // TCOC
    EXPECT_TRUE(note->isVisible());
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
}

} // namespace
