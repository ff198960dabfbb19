#include "diagrams/crossingreduction.h"
#include "diagrams/diagramcanvas.h"
#include "diagrams/diagramdiffdialog.h"
#include "diagrams/diagramdocument.h"
#include "diagrams/diagramedit.h"
#include "diagrams/diagrampainter.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/driverdiagramview.h"
#include "screenshot.h"
#include "store/store.h"
#include "smalldemotest.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <map>

using namespace aco;

namespace {

// The live metrics are read off the GUI thread: wait for them as a person would.
bool waitForMetrics(const ui::DriverDiagramView& view)
{
    return QTest::qWaitFor([&] { return !view.isComputing(); }, 30000);
}

// Everything the file and the editor hold of the diagrams: to compare after undo and redo.
struct State
{
    int shownYear = 0;
    std::optional<DriverDiagram> shown;
    std::map<int, DriverDiagram> stored;

    bool operator==(const State&) const = default;
};

State stateOf(ui::DriverDiagramView& view)
{
    State state;
    state.shownYear = view.year();
    if (const DriverDiagram* d = view.document().diagram())
        state.shown = *d;
    for (const int year : view.document().repository().years())
        state.stored.emplace(year, *view.document().repository().load(year));
    return state;
}

// Runs an edit as the view does: once, then onto the undo stack.
void push(ui::DriverDiagramView& view, ui::DiagramEdit* edit)
{
    edit->apply();
    view.undoStack()->push(edit);
}

QPoint centreOf(const ui::DriverDiagramView& view, std::int64_t id)
{
    return (view.layout()->box(id)->rect.center() * view.canvas()->zoom()).toPoint();
}

void sendMouse(QWidget* widget, QEvent::Type type, QPointF at, Qt::MouseButton button,
               Qt::MouseButtons buttons, Qt::KeyboardModifiers modifiers = {})
{
    QMouseEvent event(type, at, widget->mapToGlobal(at), button, buttons, modifiers);
    QApplication::sendEvent(widget, &event);
}

// A drag with the left button, in steps, as a hand would.
void drag(QWidget* widget, QPointF from, QPointF to, Qt::KeyboardModifiers modifiers = {})
{
    sendMouse(widget, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton, modifiers);
    for (int step = 1; step <= 6; ++step)
        sendMouse(widget, QEvent::MouseMove, from + (to - from) * step / 6.0, Qt::NoButton,
                  Qt::LeftButton, modifiers);
    sendMouse(widget, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton, modifiers);
}

class DiagramView : public test::SmallDemoTest
{
};

} // namespace

TEST_F(DiagramView, ShowsTheLatestYearWithLiveMetricsAndTakesAScreenshot)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1280, 900);
    view.show();
    ASSERT_TRUE(waitForMetrics(view));
    EXPECT_EQ(view.year(), 2026);
    ASSERT_NE(view.layout(), nullptr);
    EXPECT_EQ(view.layout()->boxes().size(), 24u);
    EXPECT_EQ(view.layout()->overlaps(), 0);
    // Every node with a measure shows a metric; the demo's data end in September 2026.
    EXPECT_EQ(view.metrics().size(), 11u); // the aim, the 5 primary drivers and 5 secondary drivers
    // The diagram's subtitle says which window the metrics cover.
    const auto subtitle = [&] {
        for (const PlacedText& text : view.layout()->texts())
            if (text.role == TextRole::Subtitle)
                return text.text;
        return QString();
    };
    EXPECT_EQ(
        subtitle(),
        QStringLiteral("Live metrics: ACO level, year to date (January\u2013September 2026)"));
    const std::int64_t aim = view.document().diagram()->aimNode()->id;
    const double ytd = *view.metrics().at(aim).value;
    view.setPeriod(Period(2025, 12), Window::Rolling12);
    ASSERT_TRUE(waitForMetrics(view));
    EXPECT_EQ(
        subtitle(),
        QStringLiteral("Live metrics: ACO level, rolling 12 months (January\u2013December 2025)"));
    EXPECT_NE(*view.metrics().at(aim).value, ytd);
    view.canvas()->select(view.document().diagram()->column(NodeKind::Secondary)[2].id);
    QApplication::processEvents(); // lay the widgets out before the picture
    test::screenshot(view, QStringLiteral("driver-diagram-editor.png"));
}

TEST_F(DiagramView, UndoAndRedoRestoreTheExactState)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1280, 900);
    view.show();
    ui::DiagramCanvas* canvas = view.canvas();
    std::vector<State> states{stateOf(view)};
    const auto column = [&](NodeKind kind) { return view.document().diagram()->column(kind); };

    // 1. Keyboard: select the first secondary driver, move it down with Ctrl+Down.
    canvas->setFocus();
    canvas->select(column(NodeKind::Secondary)[0].id);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(column(NodeKind::Secondary)[1].text,
              QStringLiteral("Office visit within 7 days of discharge"));
    states.push_back(stateOf(view));
    // 2. Delete a change idea with its links.
    canvas->select(column(NodeKind::Change)[1].id);
    QTest::keyClick(canvas, Qt::Key_Delete);
    EXPECT_EQ(column(NodeKind::Change).size(), 9u);
    states.push_back(stateOf(view));
    // 3. A weak link from a change idea to another secondary driver.
    view.linkNodes(column(NodeKind::Change)[0].id, column(NodeKind::Secondary)[3].id,
                   LinkStrength::Weak);
    states.push_back(stateOf(view));
    // 4. A new change idea linked to a secondary driver, in one step.
    DriverNode added;
    added.id = view.document().repository().newNodeId();
    added.kind = NodeKind::Change;
    added.text = QStringLiteral("Text-message reminders before wellness visits");
    push(view, ui::DiagramEdit::addNode(
                   view.document(), 2026, 3, added,
                   {{added.id, column(NodeKind::Secondary)[2].id, LinkStrength::Strong}}));
    states.push_back(stateOf(view));
    // 5. A new target.
    DriverNode retargeted = column(NodeKind::Primary)[1];
    retargeted.target = 80.0;
    retargeted.direction = TargetDirection::Higher;
    push(view, ui::DiagramEdit::editNode(view.document(), *view.document().diagram(), retargeted));
    states.push_back(stateOf(view));
    // 6. Arrange.
    view.arrange();
    states.push_back(stateOf(view));
    // 7. Carry forward to 2027, then edit its aim there.
    view.carryForward();
    EXPECT_EQ(view.year(), 2027);
    states.push_back(stateOf(view));
    const DriverDiagram& d2027 = *view.document().diagram();
    Aim aim = d2027.aim();
    aim.howMuch = QStringLiteral("Spend 4% below the benchmark");
    push(view, ui::DiagramEdit::editAim(view.document(), d2027, QStringLiteral("2027 strategy"),
                                        aim, *d2027.aimNode()));
    states.push_back(stateOf(view));

    ASSERT_EQ(view.undoStack()->count(), 8);
    for (size_t i = 1; i < states.size(); ++i)
        EXPECT_NE(states[i], states[i - 1]) << "step " << i << " changed nothing";
    // Undo everything, comparing at every step; then redo everything the same way.
    for (size_t i = states.size() - 1; i > 0; --i) {
        view.undoStack()->undo();
        EXPECT_EQ(stateOf(view), states[i - 1]) << "after undoing step " << i;
    }
    for (size_t i = 1; i < states.size(); ++i) {
        view.undoStack()->redo();
        EXPECT_EQ(stateOf(view), states[i]) << "after redoing step " << i;
    }
    // And the standard shortcut undoes from the keyboard.
    QApplication::setActiveWindow(&view);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    canvas->setFocus();
    QTest::keySequence(canvas, QKeySequence::Undo);
    EXPECT_EQ(stateOf(view), states[states.size() - 2]);
}

TEST_F(DiagramView, DragReordersWithinAColumnAndLinksAcrossColumns)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1400, 1000);
    view.show();
    ASSERT_TRUE(waitForMetrics(view));
    ui::DiagramCanvas* canvas = view.canvas();
    const auto column = [&](NodeKind kind) { return view.document().diagram()->column(kind); };

    // The first primary driver dropped below the third.
    const std::int64_t first = column(NodeKind::Primary)[0].id;
    const std::int64_t third = column(NodeKind::Primary)[2].id;
    const QRectF thirdRect = view.layout()->box(third)->rect;
    drag(canvas, centreOf(view, first), QPointF(thirdRect.center().x(), thirdRect.bottom() + 3));
    EXPECT_EQ(view.document().diagram()->indexOf(first), 2);
    EXPECT_EQ(view.document().diagram()->indexOf(third), 1);

    // A change idea dropped on an unlinked secondary driver links it; with Shift, weakly.
    const std::int64_t change =
        column(NodeKind::Change)[0].id; // discharge-notification feed, drives S1
    const std::int64_t secondary = column(NodeKind::Secondary)[4].id; // diabetes registries
    ASSERT_EQ(view.document().diagram()->link(change, secondary), nullptr);
    drag(canvas, centreOf(view, change), centreOf(view, secondary), Qt::ShiftModifier);
    ASSERT_NE(view.document().diagram()->link(change, secondary), nullptr);
    EXPECT_EQ(view.document().diagram()->link(change, secondary)->strength, LinkStrength::Weak);
    // A drop two columns away does nothing.
    const int links = static_cast<int>(view.document().diagram()->links().size());
    drag(canvas, centreOf(view, change), centreOf(view, column(NodeKind::Primary)[0].id));
    EXPECT_EQ(static_cast<int>(view.document().diagram()->links().size()), links);
    EXPECT_EQ(view.undoStack()->count(), 2);
    // Saved as it went: another connection reads the same diagram from the file.
    Store other = Store::openReadOnly(m_path);
    EXPECT_EQ(*DiagramRepository(other.db()).load(2026), *view.document().diagram());
}

TEST_F(DiagramView, KeyboardMovesTheSelectionAndClickingAMetricAsksForItsMeasure)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1400, 1000);
    view.show();
    ASSERT_TRUE(waitForMetrics(view));
    ui::DiagramCanvas* canvas = view.canvas();
    const DriverDiagram& d = *view.document().diagram();
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Down); // nothing selected: the aim
    EXPECT_EQ(canvas->selected(), d.aimNode()->id);
    QTest::keyClick(canvas, Qt::Key_Right); // to a primary driver it links to
    EXPECT_EQ(d.find(canvas->selected())->kind, NodeKind::Primary);
    QTest::keyClick(canvas, Qt::Key_Home);
    EXPECT_EQ(canvas->selected(), d.column(NodeKind::Primary)[0].id);
    QTest::keyClick(canvas, Qt::Key_Down);
    EXPECT_EQ(canvas->selected(), d.column(NodeKind::Primary)[1].id);
    QTest::keyClick(canvas, Qt::Key_Right); // a secondary driver that drives it
    const std::int64_t secondary = canvas->selected();
    ASSERT_NE(d.link(secondary, d.column(NodeKind::Primary)[1].id), nullptr);

    QSignalSpy activated(&view, &ui::DriverDiagramView::measureActivated);
    const NodeBox* box = view.layout()->box(d.column(NodeKind::Primary)[1].id);
    QTest::mouseClick(canvas, Qt::LeftButton, {},
                      (box->metricRect.center() * canvas->zoom()).toPoint());
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.at(0).at(0).toString(), d.column(NodeKind::Primary)[1].measure);
    // A click on the box's text selects it and asks for nothing.
    QTest::mouseClick(canvas, Qt::LeftButton, {},
                      (box->lines.front().rect().center() * canvas->zoom()).toPoint());
    EXPECT_EQ(activated.count(), 1);
    EXPECT_EQ(canvas->selected(), box->id);
    QTest::keyClick(canvas, Qt::Key_Space); // and the keyboard's way
    EXPECT_EQ(activated.count(), 2);
}

TEST(DiagramIcons, StatusShapesDifferInBlackAndWhite)
{
    // Each icon drawn large and thresholded to black and white: the shapes must still differ.
    const auto mask = [](auto paint) {
        QImage image(60, 60, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paint(painter);
        painter.end();
        std::vector<bool> dark;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark.push_back(qGray(image.pixel(x, y)) < 128);
        return dark;
    };
    const auto differing = [](const std::vector<bool>& a, const std::vector<bool>& b) {
        int count = 0;
        for (size_t i = 0; i < a.size(); ++i)
            count += a[i] != b[i];
        return count;
    };
    std::vector<std::vector<bool>> targets;
    for (const TargetStatus s : {TargetStatus::Met, TargetStatus::Near, TargetStatus::NotMet})
        targets.push_back(mask(
            [&](QPainter& p) { ui::DiagramPainter::paintTargetIcon(p, QPointF(30, 30), 40, s); }));
    std::vector<std::vector<bool>> changes;
    for (const ChangeStatus s : {ChangeStatus::NotTested, ChangeStatus::Testing,
                                 ChangeStatus::Adopted, ChangeStatus::Abandoned})
        changes.push_back(mask(
            [&](QPainter& p) { ui::DiagramPainter::paintChangeIcon(p, QPointF(30, 30), 40, s); }));
    for (const auto* set : {&targets, &changes})
        for (size_t a = 0; a < set->size(); ++a)
            for (size_t b = a + 1; b < set->size(); ++b)
                EXPECT_GT(differing((*set)[a], (*set)[b]), 120)
                    << a << " vs " << b; // of 3,600 pixels
}

TEST(DiagramViewStatus, MetNearAndNotMetShowTheirIconsInTheirColours)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("metrics.aco")));
    store.db().exec(R"sql(
        INSERT INTO aco VALUES (1, 'A0001', 'Hand ACO', '2026-09-30');
        INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic');
        INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, active_from) VALUES
          (1, '1234567893', 'Adams', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01');
        INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
          (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent');
        -- September 2026: 70 of 100 screened, 70.0%.
        INSERT INTO measure_result VALUES (1, 202609, 1, 70, 100);
        INSERT INTO driver_diagram (id, year, title, aim_what, aim_how_much, aim_for_whom, aim_by_when)
          VALUES (1, 2026, 'Status', 'Screen more women', '75%', 'All', '2026');
        -- Targets 70 (met), 75 (5 short, within 7.5: near) and 80 (10 short, beyond 8: not met).
        INSERT INTO driver_node (id, diagram_id, kind, position, text, measure_id, target) VALUES
          (1, 1, 'aim', 0, 'Screen more women', NULL, NULL),
          (2, 1, 'primary', 0, 'Met', 1, 70), (3, 1, 'primary', 1, 'Near', 1, 75), (4, 1, 'primary', 2, 'Not met', 1, 80);
    )sql");
    ui::DriverDiagramView view(store);
    view.setPeriod(Period(2026, 9), Window::Month);
    view.resize(1300, 800);
    view.show();
    ASSERT_TRUE(waitForMetrics(view));
    view.canvas()->setZoom(2.0);
    const QImage image = view.canvas()->grab().toImage();
    const std::pair<std::int64_t, TargetStatus> expected[] = {
        {2, TargetStatus::Met}, {3, TargetStatus::Near}, {4, TargetStatus::NotMet}};
    for (const auto& [id, status] : expected) {
        const NodeBox* box = view.layout()->box(id);
        ASSERT_EQ(box->status, status) << id;
        // A point inside each shape, clear of the white mark on it.
        const double r = DiagramLayout::iconSize / 2;
        const QPointF inside =
            status == TargetStatus::Near ? QPointF(-0.45 * r, 0.6 * r) : QPointF(0, -0.72 * r);
        const QColor pixel = image.pixelColor(((box->metricIcon + inside) * 2.0).toPoint());
        const QColor want = ui::DiagramPainter::statusColor(status);
        EXPECT_LT(std::abs(pixel.red() - want.red()) + std::abs(pixel.green() - want.green()) +
                      std::abs(pixel.blue() - want.blue()),
                  40)
            << id << ": " << pixel.name().toStdString() << " instead of "
            << want.name().toStdString();
    }
    test::screenshot(view, QStringLiteral("driver-diagram-status.png"));
}

TEST_F(DiagramView, CompareYearsListsWhatChanged)
{
    ui::DriverDiagramView view(*m_store);
    ui::DiagramDiffDialog dialog(view.document(), 2025, 2026);
    dialog.show();
    // From the demo's tables: 5 nodes new in 2026, 10 new targets, 3 change ideas adopted.
    EXPECT_EQ(dialog.findChild<QLabel*>(QStringLiteral("summary"))->text(),
              QStringLiteral("From 2025 to 2026: 5 added, 0 removed, 10 retargeted, 3 status "
                             "changes, 0 link changes."));
    EXPECT_EQ(dialog.changesView()->topLevelItemCount(),
              5 + 10 + 3 + 2); // and two of the aim's fields
    test::screenshot(dialog, QStringLiteral("driver-diagram-compare.png"));
}

TEST(DiagramViewFile, OpensItsOwnConnectionAndStartsEmptyFilesWithAnOffer)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("empty.aco"));
    Store::create(path);
    ui::DriverDiagramView view(path);
    view.show();
    EXPECT_EQ(view.year(), 0);
    EXPECT_EQ(view.layout(), nullptr);
    EXPECT_FALSE(view.findChild<QAction*>(QStringLiteral("arrange"))->isEnabled());
    EXPECT_TRUE(view.findChild<QAction*>(QStringLiteral("newDiagram"))->isEnabled());
}

// A PNG of the diagram is drawn at twice its size and saved in the background; exported() says
// when, and the message line says where.
TEST_F(DiagramView, ExportsAPngInTheBackground)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1280, 900);
    view.show();
    ASSERT_TRUE(waitForMetrics(view));
    QSignalSpy exported(&view, &ui::DriverDiagramView::exported);
    const QString png = m_folder.path(QStringLiteral("diagram.png"));
    view.exportTo(png);
    ASSERT_TRUE(exported.wait(20000));
    EXPECT_EQ(exported.at(0).at(0).toString(), png);
    EXPECT_TRUE(exported.at(0).at(1).toString().isEmpty()) << exported.at(0).at(1).toString().toStdString();
    EXPECT_EQ(QImage(png).size(), (view.layout()->size() * 2.0).toSize());
}

// A diagram nobody has ordered by hand is kept arranged, edit after edit, and the Keep Arranged
// button says so; moving a box by hand makes the order the user's, stored as such, until Keep
// Arranged is chosen again.
TEST_F(DiagramView, ADiagramIsKeptArrangedUntilABoxIsMovedByHand)
{
    ui::DriverDiagramView view(*m_store);
    view.resize(1280, 900);
    view.show();
    ui::DiagramCanvas* canvas = view.canvas();
    auto* keep = view.findChild<QAction*>(QStringLiteral("arrange"));
    ASSERT_NE(keep, nullptr);
    const auto diagram = [&] { return *view.document().diagram(); };
    const auto stored = [&] { return *DiagramRepository(m_store->db()).load(2026); };
    const auto isArranged = [](const DriverDiagram& d) {
        return CrossingReduction::arranged(d) == d;
    };
    // The demo's diagram opens arranged: 2 crossings, not the 18 of the order it was written in.
    EXPECT_TRUE(keep->isCheckable());
    EXPECT_TRUE(keep->isChecked());
    EXPECT_FALSE(stored().orderedByHand());
    EXPECT_EQ(CrossingReduction::countCrossings(diagram()), 2);

    // A new change idea, linked across the diagram: still arranged after the edit.
    DriverNode added;
    added.id = view.document().repository().newNodeId();
    added.kind = NodeKind::Change;
    added.text = QStringLiteral("Pharmacy reconciliation for high-risk discharges");
    push(view, ui::DiagramEdit::addNode(
                   view.document(), 2026, 0, added,
                   {{added.id, diagram().column(NodeKind::Secondary).back().id,
                     LinkStrength::Strong}}));
    EXPECT_TRUE(isArranged(diagram()));
    EXPECT_EQ(stored(), diagram());
    EXPECT_TRUE(keep->isChecked());

    // Ctrl+Down moves a box by hand: the order is now the user's, stored so, and kept.
    const std::int64_t moved = diagram().column(NodeKind::Primary)[0].id;
    canvas->setFocus();
    canvas->select(moved);
    QTest::keyClick(canvas, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(diagram().indexOf(moved), 1);
    EXPECT_FALSE(keep->isChecked());
    EXPECT_TRUE(stored().orderedByHand());
    EXPECT_EQ(stored().indexOf(moved), 1);
    // Undone, it is the workbench's again.
    view.undoStack()->undo();
    EXPECT_TRUE(keep->isChecked());
    EXPECT_FALSE(stored().orderedByHand());
    EXPECT_TRUE(isArranged(diagram()));
    view.undoStack()->redo();
    EXPECT_FALSE(keep->isChecked());

    // Keep Arranged: arranged again, and kept so.
    keep->trigger();
    EXPECT_TRUE(keep->isChecked());
    EXPECT_FALSE(stored().orderedByHand());
    EXPECT_TRUE(isArranged(diagram()));
    // Unchecked: the order stays as it is, the user's from now on.
    const CrossingReduction::Orders orders = CrossingReduction::ordersOf(diagram());
    keep->trigger();
    EXPECT_FALSE(keep->isChecked());
    EXPECT_TRUE(stored().orderedByHand());
    EXPECT_EQ(CrossingReduction::ordersOf(stored()), orders);
}
