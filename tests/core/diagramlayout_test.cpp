#include "diagrams/crossingreduction.h"
#include "diagrams/diagramlayout.h"
#include "diagrams/diagramrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace aco;

namespace {

// Every character 7 units wide (8 in headings), lines 16 units apart: a font the test can
// reason about.
class FixedMeasurer : public TextMeasurer
{
  public:
    double width(const QString& text, TextRole role) const override
    {
        return static_cast<double>(text.size()) *
               (role == TextRole::Title || role == TextRole::AimText ? 8.0 : 7.0);
    }
    double lineHeight(TextRole) const override { return 16.0; }
    double ascent(TextRole) const override { return 12.0; }
};

DriverNode node(std::int64_t id, NodeKind kind, const QString& text)
{
    DriverNode n;
    n.id = id;
    n.kind = kind;
    n.text = text;
    return n;
}

// Pairs of links into column `left` whose ends are in opposite orders: counted here from the
// diagram's column indices, independently of CrossingReduction.
int crossingsInto(const DriverDiagram& d, NodeKind left)
{
    int count = 0;
    const auto& links = d.links();
    for (size_t a = 0; a < links.size(); ++a)
        for (size_t b = a + 1; b < links.size(); ++b) {
            if (d.find(links[a].to)->kind != left || d.find(links[b].to)->kind != left)
                continue;
            const int from = d.indexOf(links[a].from) - d.indexOf(links[b].from);
            const int to = d.indexOf(links[a].to) - d.indexOf(links[b].to);
            if (from * to < 0)
                ++count;
        }
    return count;
}

int crossingsByIndex(const DriverDiagram& d)
{
    return crossingsInto(d, NodeKind::Aim) + crossingsInto(d, NodeKind::Primary) +
           crossingsInto(d, NodeKind::Secondary);
}

// The tangled diagram: primaries P1-P3, secondaries Sa-Sf, change ideas Ca-Cf (each driving the
// secondary of its letter). Sa, Sb drive P1; Sc and Sd both drive P2 and P3; Se, Sf drive P3.
// Minimum crossings, by hand: Sc, Sd, P2, P3 with their four links form a K(2,2); whichever way
// the two pairs are ordered, the link from the upper secondary to the lower primary crosses the
// one from the lower secondary to the upper primary, so every order has at least 1 crossing.
// The order P1 P2 P3 / Sa Sb Sc Sd Se Sf / Ca ... Cf has exactly that one, so the minimum is 1.
// It is stored scrambled.
DriverDiagram tangledDiagram()
{
    DriverDiagram d(2026, QStringLiteral("Tangled"), {QStringLiteral("Aim"), {}, {}, {}}, 1);
    const std::int64_t p1 = 2, p2 = 3, p3 = 4;
    for (const auto& [id, text] : {std::pair{p3, "P3"}, {p1, "P1"}, {p2, "P2"}})
        d.insertNode(9, node(id, NodeKind::Primary, QString::fromLatin1(text)));
    // Sa = 5 ... Sf = 10; Ca = 11 ... Cf = 16.
    for (const std::int64_t s : {8, 5, 10, 7, 9, 6})
        d.insertNode(9, node(s, NodeKind::Secondary, QStringLiteral("S%1").arg(s)));
    for (const std::int64_t c : {12, 15, 11, 16, 14, 13})
        d.insertNode(9, node(c, NodeKind::Change, QStringLiteral("C%1").arg(c)));
    for (const std::int64_t p : {p1, p2, p3})
        d.setLink({p, 1, LinkStrength::Strong});
    d.setLink({5, p1, LinkStrength::Strong});
    d.setLink({6, p1, LinkStrength::Weak});
    d.setLink({7, p2, LinkStrength::Strong});
    d.setLink({7, p3, LinkStrength::Weak});
    d.setLink({8, p2, LinkStrength::Strong});
    d.setLink({8, p3, LinkStrength::Strong});
    d.setLink({9, p3, LinkStrength::Strong});
    d.setLink({10, p3, LinkStrength::Weak});
    for (std::int64_t c = 11; c <= 16; ++c)
        d.setLink({c, c - 6, LinkStrength::Strong});
    return d;
}

// The least number of crossings over every order of the columns, by trying them all. The aim
// column has one node, so its links never cross; for each order of the secondaries the two other
// gaps are independent: the best of the 3! primary orders plus the best of the 6! change orders.
int exhaustiveMinimum(DriverDiagram d)
{
    const auto idsOf = [&](NodeKind kind) {
        std::vector<std::int64_t> ids;
        for (const auto& n : d.column(kind))
            ids.push_back(n.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    const auto bestOrder = [&](NodeKind kind, NodeKind gap) {
        std::vector<std::int64_t> ids = idsOf(kind);
        int best = 1 << 30;
        do {
            d.setOrder(kind, ids);
            best = std::min(best, crossingsInto(d, gap));
        } while (std::next_permutation(ids.begin(), ids.end()));
        return best;
    };
    std::vector<std::int64_t> secondaries = idsOf(NodeKind::Secondary);
    int best = 1 << 30;
    do {
        d.setOrder(NodeKind::Secondary, secondaries);
        best = std::min(best, bestOrder(NodeKind::Primary, NodeKind::Primary) +
                                  bestOrder(NodeKind::Change, NodeKind::Secondary));
    } while (std::next_permutation(secondaries.begin(), secondaries.end()));
    return best;
}

void expectSound(const DiagramLayout& layout, const DriverDiagram& d, const TextMeasurer& measurer)
{
    EXPECT_EQ(layout.overlaps(), 0);
    ASSERT_EQ(static_cast<int>(layout.boxes().size()), d.nodeCount());
    for (const NodeBox& box : layout.boxes()) {
        // Equal width per column; inside the diagram; every line inside its box.
        EXPECT_EQ(box.rect.width(),
                  DiagramLayout::columnWidths[static_cast<size_t>(columnOf(box.kind))]);
        EXPECT_TRUE(QRectF(QPointF(0, 0), layout.size()).contains(box.rect));
        for (const PlacedText& line : box.lines) {
            EXPECT_TRUE(box.rect.contains(line.rect())) << line.text.toStdString();
            EXPECT_EQ(line.width, measurer.width(line.text, line.role));
        }
        // Boxes go down their column in the diagram's order.
        if (box.index > 0) {
            const std::int64_t above = d.column(box.kind)[static_cast<size_t>(box.index - 1)].id;
            EXPECT_GE(box.rect.top(),
                      layout.box(above)->rect.bottom() + DiagramLayout::nodeGap - 1e-9);
        }
        for (const PlacedText& text : layout.texts())
            EXPECT_FALSE(text.rect().intersects(box.rect)) << text.text.toStdString();
        for (const LegendEntry& entry : layout.legend())
            EXPECT_FALSE(entry.label.rect().intersects(box.rect));
    }
    for (const LinkCurve& curve : layout.links()) {
        const DriverLink* link = d.link(curve.from, curve.to);
        ASSERT_NE(link, nullptr);
        EXPECT_EQ(curve.strength, link->strength);
        EXPECT_EQ(curve.start.x(), layout.box(curve.from)->rect.left());
        EXPECT_EQ(curve.end.x(), layout.box(curve.to)->rect.right());
        EXPECT_TRUE(layout.box(curve.from)->rect.contains(curve.start));
        EXPECT_TRUE(layout.box(curve.to)->rect.contains(curve.end));
    }
    EXPECT_EQ(layout.links().size(), d.links().size());
}

bool sameLayout(const DiagramLayout& a, const DiagramLayout& b)
{
    if (a.size() != b.size() || a.boxes().size() != b.boxes().size() ||
        a.links().size() != b.links().size())
        return false;
    for (size_t i = 0; i < a.boxes().size(); ++i) {
        if (a.boxes()[i].rect != b.boxes()[i].rect ||
            a.boxes()[i].lines.size() != b.boxes()[i].lines.size())
            return false;
        for (size_t k = 0; k < a.boxes()[i].lines.size(); ++k)
            if (a.boxes()[i].lines[k].text != b.boxes()[i].lines[k].text ||
                a.boxes()[i].lines[k].baseline != b.boxes()[i].lines[k].baseline)
                return false;
    }
    for (size_t i = 0; i < a.links().size(); ++i)
        if (a.links()[i].start != b.links()[i].start || a.links()[i].end != b.links()[i].end)
            return false;
    return true;
}

} // namespace

TEST(DiagramLayout, WrapsWordsAndBreaksWordsLongerThanTheLine)
{
    const FixedMeasurer m;
    EXPECT_EQ(DiagramLayout::wrap(QStringLiteral("one two three four"), 70, TextRole::Body, m),
              (QStringList{QStringLiteral("one two"),
                           QStringLiteral("three four")})); // 7 and 10 characters
    EXPECT_EQ(DiagramLayout::wrap(QStringLiteral("abcdefghijklmnop"), 70, TextRole::Body, m),
              (QStringList{QStringLiteral("abcdefghij"), QStringLiteral("klmnop")}));
    EXPECT_EQ(DiagramLayout::wrap(QStringLiteral("  spaced   out  "), 700, TextRole::Body, m),
              QStringList{QStringLiteral("spaced out")});
    EXPECT_EQ(DiagramLayout::wrap(QString(), 70, TextRole::Body, m), QStringList{QString()});
}

TEST(DiagramLayout, WrapLeavesNoWordAloneOnTheLastLineWhenTheLineAboveCanGiveOne)
{
    const FixedMeasurer m;
    // 15 characters a line: greedily "not met, within" over "10%".
    EXPECT_EQ(DiagramLayout::wrap(QStringLiteral("not met, within 10%"), 105, TextRole::Body, m),
              (QStringList{QStringLiteral("not met,"), QStringLiteral("within 10%")}));
    EXPECT_EQ(
        DiagramLayout::wrap(QStringLiteral("Reduce avoidable ED visits"), 105, TextRole::Body, m),
        (QStringList{QStringLiteral("Reduce"), QStringLiteral("avoidable"),
                     QStringLiteral("ED visits")}));
    // 10 characters a line. "cdefghi jklmnop" would not fit, and "defghijk" has no word to give.
    EXPECT_EQ(DiagramLayout::wrap(QStringLiteral("ab cdefghi jklmnop"), 70, TextRole::Body, m),
              (QStringList{QStringLiteral("ab cdefghi"), QStringLiteral("jklmnop")}));
    EXPECT_EQ(
        DiagramLayout::wrap(QStringLiteral("abc defghijk lm"), 70, TextRole::Body, m),
        (QStringList{QStringLiteral("abc"), QStringLiteral("defghijk"), QStringLiteral("lm")}));
    // The end of a word broken between characters stays where it is.
    EXPECT_EQ(
        DiagramLayout::wrap(QStringLiteral("ab abcdefghijklm"), 70, TextRole::Body, m),
        (QStringList{QStringLiteral("ab"), QStringLiteral("abcdefghij"), QStringLiteral("klm")}));
}

TEST(DiagramLayout, DemoDiagramsHaveNoOverlapsAndAreDeterministic)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    Store store = Store::open(path);
    DiagramRepository repository(store.db());
    const FixedMeasurer m;
    for (const int year : {2025, 2026}) {
        const DriverDiagram d = *repository.load(year);
        DiagramMetrics metrics;
        for (const std::int64_t id : d.nodeIds())
            if (!d.find(id)->measure.isEmpty())
                metrics[id] = {d.find(id)->measure,
                               {},
                               70.0,
                               TargetStatus::Near,
                               QStringLiteral("CRC 70.0% \u00B7 within 10%"),
                               QStringLiteral("target \u2265 75.0%"),
                               {}};
        const DiagramLayout layout =
            DiagramLayout::compute(d, metrics, m, QStringLiteral("Subtitle"));
        expectSound(layout, d, m);
        const DriverDiagram copy = *repository.load(year);
        EXPECT_TRUE(sameLayout(
            layout, DiagramLayout::compute(copy, metrics, m, QStringLiteral("Subtitle"))))
            << year;
        const DriverDiagram arranged = CrossingReduction::arranged(d);
        expectSound(DiagramLayout::compute(arranged, metrics, m, {}), arranged, m);
        // The least possible: 1 for 2025 and 2 for 2026, found once by trying every order of the
        // primary and secondary drivers with the best order of change ideas for each (a search
        // outside this test). For 2026 at least one is forced by hand: P1 and P4 share S6 and S8.
        EXPECT_EQ(CrossingReduction::countCrossings(arranged), year == 2025 ? 1 : 2);
        EXPECT_EQ(CrossingReduction::countCrossings(d), crossingsByIndex(d));
        EXPECT_EQ(CrossingReduction::countCrossings(arranged), crossingsByIndex(arranged));
        std::cout << year << ": " << CrossingReduction::countCrossings(d)
                  << " crossings as stored, " << CrossingReduction::countCrossings(arranged)
                  << " arranged\n";
    }
}

TEST(DiagramLayout, LargeDiagramHasNoOverlaps)
{
    // 6 primaries, 18 secondaries, 40 change ideas, links chosen by a fixed rule.
    DriverDiagram d(2026, QStringLiteral("Large"),
                    {QStringLiteral("A long aim that takes a few lines to say in full"),
                     QStringLiteral("Much"), QStringLiteral("All"), QStringLiteral("Soon")},
                    1);
    std::int64_t id = 2;
    std::vector<std::int64_t> p, s;
    for (int i = 0; i < 6; ++i, ++id) {
        d.insertNode(i, node(id, NodeKind::Primary,
                             QStringLiteral("Primary driver number %1 with words").arg(i)));
        d.setLink({id, 1, LinkStrength::Strong});
        p.push_back(id);
    }
    for (int i = 0; i < 18; ++i, ++id) {
        d.insertNode(
            i, node(id, NodeKind::Secondary, QString(i % 3 + 1, QLatin1Char('x')).repeated(20)));
        d.setLink({id, p[static_cast<size_t>(i * 7 % 6)], LinkStrength::Strong});
        d.setLink({id, p[static_cast<size_t>(i % 6)], LinkStrength::Weak});
        s.push_back(id);
    }
    for (int i = 0; i < 40; ++i, ++id) {
        d.insertNode(i, node(id, NodeKind::Change, QStringLiteral("Change idea %1").arg(i)));
        d.setLink({id, s[static_cast<size_t>(i * 5 % 18)],
                   i % 2 ? LinkStrength::Weak : LinkStrength::Strong});
    }
    const FixedMeasurer m;
    expectSound(DiagramLayout::compute(d, {}, m, {}), d, m);
    const DriverDiagram arranged = CrossingReduction::arranged(d);
    expectSound(DiagramLayout::compute(arranged, {}, m, {}), arranged, m);
    EXPECT_LT(CrossingReduction::countCrossings(arranged), CrossingReduction::countCrossings(d));
}

// A printed page shows some of the columns at widths of its own: the others are left out with
// their nodes and links, and the columns shown close up.
TEST(DiagramLayout, LeavesOutTheColumnsOfWidthZero)
{
    const DriverDiagram d = tangledDiagram();
    DiagramLayout::Geometry geometry;
    geometry.columnWidths = {0.0, 0.0, 150.0, 120.0};
    geometry.columnGap = 30.0;
    geometry.margin = 5.0;
    const FixedMeasurer m;
    const DiagramLayout layout = DiagramLayout::compute(d, {}, m, {}, geometry);
    EXPECT_TRUE(layout.columnRect(NodeKind::Aim).isEmpty());
    EXPECT_TRUE(layout.columnRect(NodeKind::Primary).isEmpty());
    EXPECT_EQ(layout.columnRect(NodeKind::Secondary).left(), 5.0);
    EXPECT_EQ(layout.columnRect(NodeKind::Secondary).width(), 150.0);
    EXPECT_EQ(layout.columnRect(NodeKind::Change).left(), 5.0 + 150.0 + 30.0);
    EXPECT_EQ(layout.columnRect(NodeKind::Change).width(), 120.0);
    EXPECT_EQ(layout.size().width(), 5.0 + 150.0 + 30.0 + 120.0 + 5.0);
    EXPECT_EQ(layout.columnAt(2.0), std::nullopt);
    ASSERT_EQ(layout.boxes().size(), 12u); // Sa-Sf, Ca-Cf
    for (const NodeBox& box : layout.boxes())
        EXPECT_TRUE(box.kind == NodeKind::Secondary || box.kind == NodeKind::Change);
    // The six links of the change ideas; none to the primaries left out.
    ASSERT_EQ(layout.links().size(), 6u);
    for (const LinkCurve& link : layout.links())
        EXPECT_EQ(link.to, link.from - 6);
    EXPECT_EQ(layout.overlaps(), 0);
    // Only the two columns' headings (one line each, 17 and 12 characters of 7 units) under
    // the title.
    int headers = 0;
    for (const PlacedText& text : layout.texts())
        headers += text.role == TextRole::Header;
    EXPECT_EQ(headers, 2);
}

TEST(CrossingReduction, ReducesTheTangledDiagramToItsKnownMinimum)
{
    const DriverDiagram d = tangledDiagram();
    EXPECT_EQ(CrossingReduction::countCrossings(d), crossingsByIndex(d));
    EXPECT_GT(crossingsByIndex(d), 5);  // it really is tangled
    EXPECT_EQ(exhaustiveMinimum(d), 1); // the hand proof, checked by trying every order

    const DriverDiagram arranged = CrossingReduction::arranged(d);
    EXPECT_EQ(crossingsByIndex(arranged), 1);
    // Arranging changes only the order: same nodes, same links.
    EXPECT_EQ(arranged.links(), d.links());
    EXPECT_EQ(arranged.nodeCount(), d.nodeCount());
    // Deterministic, and stable once arranged.
    EXPECT_EQ(CrossingReduction::arranged(tangledDiagram()), arranged);
    EXPECT_EQ(CrossingReduction::arranged(arranged), arranged);
}

TEST(CrossingReduction, UntanglesATreeCompletely)
{
    // A tree (4 primaries, 2 secondaries each, 2 change ideas each) can be drawn with no
    // crossing: order every column by its parent's position. Stored in a scrambled order.
    DriverDiagram d(2026, QStringLiteral("Tree"), {QStringLiteral("Aim"), {}, {}, {}}, 1);
    const std::vector<int> scramble = {5, 2, 7, 0, 3, 6, 1, 4}; // a fixed permutation of 8
    for (int i = 0; i < 4; ++i)
        d.insertNode(i, node(10 + i, NodeKind::Primary, QStringLiteral("P%1").arg(i)));
    for (int i = 0; i < 8; ++i)
        d.insertNode(i, node(20 + scramble[static_cast<size_t>(i)], NodeKind::Secondary,
                             QStringLiteral("S")));
    for (int i = 0; i < 16; ++i)
        d.insertNode(i, node(40 + (i * 7) % 16, NodeKind::Change, QStringLiteral("C")));
    for (int i = 0; i < 4; ++i)
        d.setLink({10 + i, 1, LinkStrength::Strong});
    for (int i = 0; i < 8; ++i)
        d.setLink({20 + i, 10 + i / 2, LinkStrength::Strong});
    for (int i = 0; i < 16; ++i)
        d.setLink({40 + i, 20 + i / 2, LinkStrength::Weak});
    EXPECT_GT(crossingsByIndex(d), 10);
    EXPECT_EQ(crossingsByIndex(CrossingReduction::arranged(d)), 0);
}
