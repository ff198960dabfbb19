#include "diagrams/diagramdiff.h"
#include "diagrams/diagramrepository.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace aco;

namespace {

std::vector<QString> textsOf(const std::vector<DiagramChange>& changes, DiagramChange::Kind kind)
{
    std::vector<QString> texts;
    for (const DiagramChange& c : changes)
        if (c.kind == kind)
            texts.push_back(c.text);
    std::sort(texts.begin(), texts.end());
    return texts;
}

} // namespace

TEST(DiagramDiff, DemoYearsDifferAsTheDemoSays)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    Store store = Store::open(path);
    DiagramRepository repository(store.db());
    const DriverDiagram d2025 = *repository.load(2025);
    const DriverDiagram d2026 = *repository.load(2026);
    const auto changes = DiagramDiff::compare(d2025, d2026);
    using Kind = DiagramChange::Kind;

    // From the demo's node table: five nodes start in 2026.
    EXPECT_EQ(
        textsOf(changes, Kind::Added),
        (std::vector<QString>{QStringLiteral("Mailed FIT kits for colorectal screening"),
                              QStringLiteral("Monthly scorecards with unblinded peer comparison"),
                              QStringLiteral("Providers engaged with their own data"),
                              QStringLiteral("Pursuit lists of the 20 highest-risk patients"),
                              QStringLiteral("Scorecards hand-delivered by provider relations")}));
    EXPECT_TRUE(textsOf(changes, Kind::Removed).empty());
    // Every node of both years with a measure has a new target: the aim, P1-P4, S1, S3, S4, S5, S8.
    EXPECT_EQ(textsOf(changes, Kind::Retargeted).size(), 10u);
    for (const DiagramChange& c : changes) {
        if (c.kind == Kind::Retargeted && c.text == QStringLiteral("Safe transitions of care")) {
            EXPECT_EQ(c.detail, QStringLiteral("READM \u2264 14.5 \u2192 READM \u2264 13.5"));
        }
    }
    // Change ideas adopted in 2026 were being tested in 2025.
    EXPECT_EQ(
        textsOf(changes, Kind::StatusChanged),
        (std::vector<QString>{QStringLiteral("Discharge-notification feed to every practice"),
                              QStringLiteral("Open-access appointment slots each morning"),
                              QStringLiteral("Schedule wellness visits in the birthday month")}));
    // The aim's how much and by when; new links belong to new nodes and are not listed.
    EXPECT_EQ(textsOf(changes, Kind::AimChanged).size(), 2u);
    EXPECT_TRUE(textsOf(changes, Kind::LinkAdded).empty());
    EXPECT_TRUE(textsOf(changes, Kind::LinkRemoved).empty());

    // The other way round, the same nodes are removed.
    EXPECT_EQ(textsOf(DiagramDiff::compare(d2026, d2025), Kind::Removed),
              textsOf(changes, Kind::Added));
}

TEST(DiagramDiff, CarriedForwardCopyDiffersOnlyInItsYear)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    Store store = Store::open(path);
    DiagramRepository repository(store.db());
    const DriverDiagram d2026 = *repository.load(2026);
    const DriverDiagram d2027 = repository.withNewIds(DiagramDiff::carriedForward(d2026, 2027));
    EXPECT_EQ(d2027.year(), 2027);
    EXPECT_EQ(d2027.title(), QStringLiteral("Riverbend Health Partners ACO: 2027 strategy"));
    EXPECT_EQ(d2027.aim().byWhen, QStringLiteral("December 31, 2027"));
    EXPECT_EQ(d2027.nodeCount(), d2026.nodeCount());
    EXPECT_EQ(d2027.links().size(), d2026.links().size());
    for (const std::int64_t id : d2027.nodeIds())
        EXPECT_EQ(d2026.find(id), nullptr); // every node under a new id

    const auto changes = DiagramDiff::compare(d2026, d2027);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].kind, DiagramChange::Kind::AimChanged);
    EXPECT_EQ(changes[0].detail,
              QStringLiteral("by when: December 31, 2026 \u2192 December 31, 2027"));

    repository.save(d2027);
    EXPECT_EQ(repository.years(), (std::vector<int>{2025, 2026, 2027}));
    EXPECT_EQ(*repository.load(2026), d2026); // the source is untouched

    // Edit the copy: a retarget, a removal, a new link; the diff names each.
    DriverDiagram edited = d2027;
    const auto named = [&](NodeKind kind, const char* text) {
        for (const DriverNode& n : edited.column(kind))
            if (n.text == QString::fromUtf8(text))
                return n;
        ADD_FAILURE() << text;
        return DriverNode{};
    };
    DriverNode p1 = named(NodeKind::Primary, "Safe transitions of care");
    p1.target = 12.0;
    edited.updateNode(p1);
    const std::int64_t s2 = named(NodeKind::Secondary, "Medication reconciliation at discharge").id;
    edited.removeNode(named(NodeKind::Change, "After-hours nurse advice line").id); // abandoned
    edited.setLink(
        {s2, named(NodeKind::Primary, "The right care in the right place").id, LinkStrength::Weak});
    const auto editChanges = DiagramDiff::compare(d2027, edited);
    EXPECT_EQ(textsOf(editChanges, DiagramChange::Kind::Retargeted),
              std::vector<QString>{QStringLiteral("Safe transitions of care")});
    EXPECT_EQ(textsOf(editChanges, DiagramChange::Kind::Removed),
              std::vector<QString>{QStringLiteral("After-hours nurse advice line")});
    EXPECT_EQ(
        textsOf(editChanges, DiagramChange::Kind::LinkAdded),
        std::vector<QString>{QStringLiteral(
            "Medication reconciliation at discharge \u2192 The right care in the right place")});
}
