#include "diagrams/diagramrepository.h"
#include "diagrams/fonttextmeasurer.h"
#include "packet/diagrampages.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <set>
#include <utility>

using namespace aco;
using ui::DiagramPages;

namespace {

// A landscape Letter page's content in the packet: inside half-inch margins (10 by 7.5 inches),
// less the page's heading (32 pt) and footer (22 pt).
const QSizeF content(720, 486);

DriverNode node(std::int64_t id, NodeKind kind, const QString& text)
{
    DriverNode n;
    n.id = id;
    n.kind = kind;
    n.text = text;
    if (kind == NodeKind::Change)
        n.status = ChangeStatus::Testing;
    return n;
}

// An aim with `primaries` primary drivers, each driven by `secondaries` secondary drivers of its
// own, each driven by `changes` change ideas of its own.
DriverDiagram tree(int primaries, int secondaries, int changes)
{
    DriverDiagram d(2026, QStringLiteral("A strategy"),
                    Aim{QStringLiteral("Lower total cost of care"), QStringLiteral("3%"),
                        QStringLiteral("Everyone attributed"), QStringLiteral("December 31")},
                    1);
    std::int64_t id = 1;
    for (int p = 0; p < primaries; ++p) {
        const std::int64_t primary = ++id;
        d.insertNode(p, node(primary, NodeKind::Primary,
                             QStringLiteral("Primary driver number %1 of the aim").arg(p + 1)));
        d.setLink({primary, 1, LinkStrength::Strong});
        for (int s = 0; s < secondaries; ++s) {
            const std::int64_t secondary = ++id;
            d.insertNode(p * secondaries + s,
                         node(secondary, NodeKind::Secondary,
                              QStringLiteral("Secondary driver %1 of primary %2, described at "
                                             "some length")
                                  .arg(s + 1)
                                  .arg(p + 1)));
            d.setLink({secondary, primary, LinkStrength::Strong});
            for (int c = 0; c < changes; ++c) {
                const std::int64_t change = ++id;
                d.insertNode(static_cast<int>(d.column(NodeKind::Change).size()),
                             node(change, NodeKind::Change,
                                  QStringLiteral("Change idea %1 for secondary %2.%3")
                                      .arg(c + 1)
                                      .arg(p + 1)
                                      .arg(s + 1)));
                d.setLink({change, secondary, LinkStrength::Weak});
            }
        }
    }
    return d;
}

// Every page prints its smallest text at 8 pt or more and fits the page; together the pages show
// every node and every link of the diagram.
void expectReadableAndComplete(const std::vector<DiagramLayout>& pages,
                               const DriverDiagram& diagram)
{
    std::set<std::int64_t> nodes;
    std::set<std::pair<std::int64_t, std::int64_t>> links;
    for (const DiagramLayout& page : pages) {
        const double scale = DiagramPages::scale(page, content);
        // 12-pixel text at 8 pt: two thirds of a point per layout unit.
        EXPECT_GE(scale * ui::FontTextMeasurer::smallestPixelSize(), 8.0 - 1e-9);
        EXPECT_LE(page.size().width() * scale, content.width() + 1e-6);
        EXPECT_LE(page.size().height() * scale, content.height() + 1e-6);
        EXPECT_EQ(page.overlaps(), 0);
        for (const NodeBox& box : page.boxes())
            nodes.insert(box.id);
        for (const LinkCurve& link : page.links())
            links.insert({link.from, link.to});
    }
    EXPECT_EQ(nodes.size(), static_cast<size_t>(diagram.nodeCount()));
    EXPECT_EQ(links.size(), diagram.links().size());
}

// The title as the page prints it, its lines joined.
QString titleOf(const DiagramLayout& layout)
{
    QStringList lines;
    for (const PlacedText& text : layout.texts())
        if (text.role == TextRole::Title)
            lines << text.text;
    return lines.join(QLatin1Char(' '));
}

} // namespace

// A small diagram prints whole on one page, at 9 pt.
TEST(DiagramPages, ASmallDiagramPrintsWholeAtNinePoints)
{
    const DriverDiagram diagram = tree(2, 1, 1);
    const std::vector<DiagramLayout> pages =
        DiagramPages::layouts(diagram, {}, QStringLiteral("Subtitle"), content);
    ASSERT_EQ(pages.size(), 1u);
    EXPECT_DOUBLE_EQ(DiagramPages::scale(pages[0], content) * 12, 9.0);
    for (const NodeKind kind :
         {NodeKind::Aim, NodeKind::Primary, NodeKind::Secondary, NodeKind::Change})
        EXPECT_FALSE(pages[0].columnRect(kind).isEmpty());
    expectReadableAndComplete(pages, diagram);
}

// The demo's diagram (24 nodes) would print at 6.5 pt on one page: it is split by its columns,
// the aim with its primary and secondary drivers first, the change ideas after.
TEST(DiagramPages, TheDemoDiagramSplitsByColumns)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    Store store = Store::open(path);
    const DriverDiagram diagram = *DiagramRepository(store.db()).load(2026);
    const std::vector<DiagramLayout> pages =
        DiagramPages::layouts(diagram, {}, QStringLiteral("Subtitle"), content);
    ASSERT_GE(pages.size(), 2u);
    expectReadableAndComplete(pages, diagram);
    EXPECT_FALSE(pages.front().columnRect(NodeKind::Aim).isEmpty());
    EXPECT_TRUE(pages.front().columnRect(NodeKind::Change).isEmpty());
    EXPECT_TRUE(pages.back().columnRect(NodeKind::Aim).isEmpty());
    EXPECT_FALSE(pages.back().columnRect(NodeKind::Change).isEmpty());
    EXPECT_EQ(titleOf(pages.front()), diagram.title());
    for (size_t p = 1; p < pages.size(); ++p)
        EXPECT_EQ(titleOf(pages[p]), diagram.title() + QStringLiteral(" (continued)"));
}

// A diagram three times the demo's continues each part over more pages, none under 8 pt.
TEST(DiagramPages, ALargerDiagramContinuesOverMorePages)
{
    const DriverDiagram diagram = tree(6, 4, 2); // 1 + 6 + 24 + 48 nodes
    const std::vector<DiagramLayout> pages =
        DiagramPages::layouts(diagram, {}, QStringLiteral("Subtitle"), content);
    EXPECT_GE(pages.size(), 4u);
    expectReadableAndComplete(pages, diagram);
}
