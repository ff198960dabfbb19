#include "diagrams/crossingreduction.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/driverdiagram.h"
#include "error.h"
#include "measures/measure.h"
#include "store/statement.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QLocale>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

using namespace aco;

namespace {

DriverNode node(std::int64_t id, NodeKind kind, const char* text)
{
    DriverNode n;
    n.id = id;
    n.kind = kind;
    n.text = QString::fromUtf8(text);
    return n;
}

// Aim 1; primaries 2, 3; secondaries 4, 5; change idea 6.
DriverDiagram smallDiagram()
{
    DriverDiagram d(2026, QStringLiteral("Test"),
                    {QStringLiteral("Aim"), QStringLiteral("3%"), QStringLiteral("All"),
                     QStringLiteral("2026")},
                    1);
    d.insertNode(0, node(2, NodeKind::Primary, "P one"));
    d.insertNode(1, node(3, NodeKind::Primary, "P two"));
    d.insertNode(0, node(4, NodeKind::Secondary, "S one"));
    d.insertNode(1, node(5, NodeKind::Secondary, "S two"));
    d.insertNode(0, node(6, NodeKind::Change, "C one"));
    d.setLink({2, 1, LinkStrength::Strong});
    d.setLink({3, 1, LinkStrength::Strong});
    d.setLink({4, 2, LinkStrength::Strong});
    d.setLink({5, 2, LinkStrength::Weak});
    d.setLink({5, 3, LinkStrength::Strong});
    d.setLink({6, 5, LinkStrength::Strong});
    return d;
}

// The stored rows of every diagram, to prove a failed write left them alone.
QString dump(const Database& db)
{
    QString text;
    for (const char* sql :
         {"SELECT id, year, title, aim_what, aim_how_much, aim_for_whom, aim_by_when FROM "
          "driver_diagram ORDER BY id",
          "SELECT id, diagram_id, kind, position, text, measure_id, target, direction, status FROM "
          "driver_node ORDER BY id",
          "SELECT from_node, to_node, strength FROM driver_link ORDER BY from_node, to_node"}) {
        auto query = db.prepare(sql);
        while (query.step()) {
            for (int c = 0; c < query.columnCount(); ++c)
                text +=
                    (query.isNull(c) ? QStringLiteral("NULL") : query.text(c)) + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

class DemoDiagrams : public ::testing::Test
{
  protected:
    static void SetUpTestSuite()
    {
        s_folder = new test::TempFolder;
        test::writeSmallDemo(s_folder->path(QStringLiteral("demo.aco")));
    }
    static void TearDownTestSuite()
    {
        delete s_folder;
        s_folder = nullptr;
    }
    void SetUp() override
    {
        // A private copy per test, so that tests that write do not disturb the others.
        const QString copy = m_folder.path(QStringLiteral("copy.aco"));
        QFile::copy(s_folder->path(QStringLiteral("demo.aco")), copy);
        m_store = std::make_unique<Store>(Store::open(copy));
    }

    static test::TempFolder* s_folder;
    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
};

test::TempFolder* DemoDiagrams::s_folder = nullptr;

} // namespace

TEST(DriverDiagram, KeepsOneAimAndLinksOnlyNeighbouringColumns)
{
    DriverDiagram d = smallDiagram();
    EXPECT_EQ(d.nodeCount(), 6);
    EXPECT_EQ(d.aimNode()->text, QStringLiteral("Aim"));
    EXPECT_THROW(d.insertNode(0, node(7, NodeKind::Aim, "Second aim")), Error);
    EXPECT_THROW(d.insertNode(0, node(4, NodeKind::Primary, "Taken id")), Error);
    EXPECT_THROW(d.removeNode(1), Error);
    EXPECT_THROW(d.setLink({6, 2, LinkStrength::Strong}),
                 Error); // change idea to primary: skips a column
    EXPECT_THROW(d.setLink({2, 4, LinkStrength::Strong}), Error); // the wrong way
    EXPECT_THROW(d.setLink({4, 5, LinkStrength::Strong}), Error); // same column
    try {
        d.setLink({6, 2, LinkStrength::Strong});
    } catch (const Error& error) {
        EXPECT_STREQ(
            error.what(),
            "The change idea 'C one' cannot drive the primary driver 'P one': links join a "
            "node to one in the column just left of it.");
    }
    EXPECT_EQ(d.links().size(), 6u);
}

TEST(DriverDiagram, EditsChangeOnlyWhatTheySay)
{
    DriverDiagram d = smallDiagram();
    d.setLink({5, 2, LinkStrength::Strong}); // an existing link changes strength, no duplicate
    EXPECT_EQ(d.links().size(), 6u);
    EXPECT_EQ(d.link(5, 2)->strength, LinkStrength::Strong);

    const DriverNode removed = d.removeNode(5);
    EXPECT_EQ(removed.text, QStringLiteral("S two"));
    EXPECT_EQ(d.links().size(), 3u); // 5 -> 2, 5 -> 3 and 6 -> 5 went with it
    EXPECT_EQ(d.column(NodeKind::Secondary).size(), 1u);

    d.moveNode(3, 0);
    EXPECT_EQ(d.column(NodeKind::Primary)[0].id, 3);
    EXPECT_EQ(d.column(NodeKind::Primary)[1].id, 2);
    EXPECT_THROW(d.setOrder(NodeKind::Primary, {2}), Error);
    d.setOrder(NodeKind::Primary, {2, 3});
    EXPECT_EQ(d.column(NodeKind::Primary)[0].id, 2);

    DriverNode aim = *d.aimNode();
    aim.text = QStringLiteral("New aim");
    d.updateNode(aim);
    EXPECT_EQ(d.aim().what, QStringLiteral("New aim")); // the aim node's text is the aim
    Aim fields = d.aim();
    fields.what = QStringLiteral("Newer aim");
    d.setAim(fields);
    EXPECT_EQ(d.aimNode()->text, QStringLiteral("Newer aim"));

    EXPECT_EQ(d.find(6)->status, ChangeStatus::NotTested); // change ideas always have a status
    DriverNode primary = *d.find(2);
    primary.status = ChangeStatus::Adopted;
    d.updateNode(primary);
    EXPECT_FALSE(d.find(2)->status.has_value()); // and only they
}

TEST_F(DemoDiagrams, LoadsTheDemoDiagramsOfBothYears)
{
    DiagramRepository repository(m_store->db());
    EXPECT_EQ(repository.years(), (std::vector<int>{2025, 2026}));
    const auto d2026 = repository.load(2026);
    ASSERT_TRUE(d2026);
    // From the demo's tables: 5 primary drivers, 8 secondary, 10 change ideas, 27 links.
    EXPECT_EQ(d2026->column(NodeKind::Primary).size(), 5u);
    EXPECT_EQ(d2026->column(NodeKind::Secondary).size(), 8u);
    EXPECT_EQ(d2026->column(NodeKind::Change).size(), 10u);
    EXPECT_EQ(d2026->links().size(), 27u);
    EXPECT_EQ(d2026->aim().byWhen, QStringLiteral("December 31, 2026"));
    EXPECT_EQ(d2026->aimNode()->measure, QStringLiteral("TCOC"));
    // The aim and its targets agree: spending 3% below the year's benchmark per beneficiary-
    // month, and every quality measure at the 60th percentile (the tiers' Better cut-point).
    const double benchmark = m_store->db().queryInt64(
                                 "SELECT benchmark_per_capita_cents FROM performance_year WHERE "
                                 "year = 2026") /
                             1200.0;
    const double spend = std::round(benchmark * 0.97);
    EXPECT_EQ(d2026->aimNode()->target, spend);
    EXPECT_TRUE(d2026->aim().howMuch.startsWith(
        QStringLiteral("Spend 3% below the benchmark ($%1 PMPM); every quality measure at the "
                       "ACO's 60th percentile or better")
            .arg(QLocale(QLocale::English).toString(spend, 'f', 0))))
        << d2026->aim().howMuch.toStdString();
    for (const std::int64_t id : d2026->nodeIds()) {
        const DriverNode& n = *d2026->find(id);
        const Measure measure =
            n.measure.isEmpty() ? Measure{} : findMeasure(m_store->db(), n.measure);
        if (measure.domain != QLatin1String("quality"))
            continue;
        auto better = m_store->db().prepare(
            "SELECT better FROM tier_scheme WHERE measure_id = ?1 AND year = 2026");
        better.bind(1, measure.id);
        ASSERT_TRUE(better.step()) << n.measure.toStdString();
        EXPECT_EQ(n.target, better.real(0)) << n.measure.toStdString();
    }
    const auto& changes = d2026->column(NodeKind::Change);
    const auto nurseLine = std::find_if(changes.begin(), changes.end(), [](const DriverNode& n) {
        return n.text == QStringLiteral("After-hours nurse advice line");
    });
    ASSERT_NE(nurseLine, changes.end());
    EXPECT_EQ(nurseLine->status, ChangeStatus::Abandoned);
    // Stored as the workbench keeps a diagram nobody has ordered by hand: arranged, with the
    // fewest crossings Arrange finds (2, from the 18 of the order written).
    EXPECT_FALSE(d2026->orderedByHand());
    EXPECT_EQ(CrossingReduction::countCrossings(*d2026), 2);
    EXPECT_EQ(CrossingReduction::arranged(*d2026), *d2026);
    // 2025 lacks P5, S7, C4, C9 and C10, and the six links that touch them.
    const auto d2025 = repository.load(2025);
    ASSERT_TRUE(d2025);
    EXPECT_EQ(d2025->nodeCount(), 19);
    EXPECT_EQ(d2025->links().size(), 21u);
    EXPECT_FALSE(repository.load(2031));
}

TEST_F(DemoDiagrams, SaveReplacesTheYearWholeAndKeepsIds)
{
    DiagramRepository repository(m_store->db());
    DriverDiagram d = *repository.load(2026);
    const std::int64_t id = repository.newNodeId();
    DriverNode added = node(id, NodeKind::Change, "Text reminders for wellness visits");
    d.insertNode(2, added);
    d.setLink({id, d.column(NodeKind::Secondary)[2].id, LinkStrength::Weak});
    d.removeNode(d.column(NodeKind::Change)[0].id);
    d.moveNode(d.column(NodeKind::Primary)[4].id, 0);
    d.setOrderedByHand(true); // as the editor marks a box moved by hand
    EXPECT_EQ(repository.save(d), d);
    EXPECT_EQ(*repository.load(2026), d);
    EXPECT_EQ(repository.load(2025)->nodeCount(), 19); // the other year untouched
    // Ids handed out are never handed out again, even when the node they went to is gone.
    d.removeNode(id);
    repository.save(d);
    EXPECT_GT(repository.newNodeId(), id);
}

// A measure has one target a year: a second node giving it another is refused, naming both; the
// same target again, or none, is fine.
TEST_F(DemoDiagrams, AMeasureHasOneTargetAYear)
{
    DiagramRepository repository(m_store->db());
    const QString before = dump(m_store->db());
    DriverDiagram d = *repository.load(2026);
    DriverNode secondary = d.column(NodeKind::Secondary)[1]; // no measure in the demo
    ASSERT_TRUE(secondary.measure.isEmpty());
    secondary.measure = QStringLiteral("READM");
    secondary.target = 12.0; // the primary driver's is 13.5
    d.updateNode(secondary);
    try {
        repository.save(d);
        FAIL() << "a second target for READM was stored";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what())
                      .find("sets READM a target other than the primary driver 'Safe transitions "
                            "of care' does; a measure has one target a year"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_EQ(dump(m_store->db()), before);
    secondary.target = 13.5;
    d.updateNode(secondary);
    EXPECT_NO_THROW(repository.save(d));
    secondary.target.reset();
    d.updateNode(secondary);
    EXPECT_NO_THROW(repository.save(d));
}

TEST_F(DemoDiagrams, AFailedSaveLeavesTheFileAsItWas)
{
    DiagramRepository repository(m_store->db());
    const QString before = dump(m_store->db());
    DriverDiagram d = *repository.load(2026);

    // A node under an id that belongs to the 2025 diagram fails half way through the inserts.
    DriverNode clash =
        node(repository.load(2025)->column(NodeKind::Change)[0].id, NodeKind::Change, "Clash");
    DriverDiagram clashing = d;
    clashing.insertNode(99, clash);
    EXPECT_THROW(repository.save(clashing), Error);
    EXPECT_EQ(dump(m_store->db()), before);

    DriverDiagram unknownMeasure = d;
    DriverNode n = d.column(NodeKind::Primary)[0];
    n.measure = QStringLiteral("NOPE");
    unknownMeasure.updateNode(n);
    try {
        repository.save(unknownMeasure);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(
            std::string(error.what())
                .find("the primary driver 'Safe transitions of care' uses the measure 'NOPE'"),
            std::string::npos)
            << error.what();
    }
    DriverDiagram emptyAim = d;
    emptyAim.setAim({QStringLiteral("  "), {}, {}, {}});
    EXPECT_THROW(repository.save(emptyAim), Error);
    EXPECT_EQ(dump(m_store->db()), before);
}

TEST_F(DemoDiagrams, ImportRefusesAnExistingYearUnlessToldToReplace)
{
    DiagramRepository repository(m_store->db());
    const DriverDiagram d = *repository.load(2025);
    const QString before = dump(m_store->db());
    try {
        repository.importDiagram(d, false);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Failure);
        EXPECT_NE(std::string(error.what()).find("already has a driver diagram for 2025"),
                  std::string::npos);
    }
    EXPECT_EQ(dump(m_store->db()), before);

    const DriverDiagram stored = repository.importDiagram(d, true);
    EXPECT_EQ(stored.nodeCount(), d.nodeCount());
    EXPECT_GT(stored.aimNode()->id, d.largestId()); // new ids
    EXPECT_EQ(*repository.load(2025), stored);
    repository.remove(2025);
    EXPECT_EQ(repository.years(), std::vector<int>{2026});
    EXPECT_EQ(
        m_store->db().queryInt64(
            "SELECT count(*) FROM driver_link WHERE from_node NOT IN (SELECT id FROM driver_node)"),
        0);
}
