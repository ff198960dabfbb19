#include "diagrams/diagramjson.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/driverdiagram.h"
#include "error.h"
#include "store/store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace aco;

namespace {

// The same diagram with its node ids replaced by 1, 2, ... in column order, so that diagrams
// stored under different ids compare.
DriverDiagram renumbered(const DriverDiagram& d)
{
    std::map<std::int64_t, std::int64_t> ids;
    DriverDiagram copy;
    copy.setYear(d.year());
    copy.setTitle(d.title());
    copy.setAim(d.aim());
    for (const std::int64_t id : d.nodeIds()) {
        DriverNode n = *d.find(id);
        n.id = ids[id] = static_cast<std::int64_t>(ids.size() + 1);
        copy.insertNode(static_cast<int>(copy.column(n.kind).size()), n);
    }
    for (const DriverLink& l : d.links())
        copy.setLink({ids[l.from], ids[l.to], l.strength});
    return copy;
}

const char* minimal = R"json({
  "year": 2027,
  "title": "Minimal",
  "aim": {"what": "Fewer admissions", "how_much": "10% fewer", "for_whom": "Everyone", "by_when": "2027"},
  "nodes": [
    {"id": "A", "kind": "aim", "measure": "ADM", "target": 230, "direction": "lower"},
    {"id": "P", "kind": "primary", "text": "Transitions"},
    {"id": "S", "kind": "secondary", "text": "Follow-up", "measure": "FU7", "target": 66.5},
    {"id": "C", "kind": "change", "text": "Call in two days", "status": "testing"}
  ],
  "links": [
    {"from": "P", "to": "A"},
    {"from": "S", "to": "P", "strength": "weak"},
    {"from": "C", "to": "S", "strength": "strong"}
  ]
})json";

QJsonObject minimalObject()
{
    return QJsonDocument::fromJson(minimal).object();
}

QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson();
}

// Replaces node `index` of the minimal diagram's list.
QJsonObject withNode(int index, const QJsonObject& nodeObject)
{
    QJsonObject root = minimalObject();
    QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
    nodes[index] = nodeObject;
    root.insert(QStringLiteral("nodes"), nodes);
    return root;
}

QJsonObject withLinks(const QJsonArray& links)
{
    QJsonObject root = minimalObject();
    root.insert(QStringLiteral("links"), links);
    return root;
}

QJsonObject jsonLink(const char* from, const char* to)
{
    return {{QStringLiteral("from"), QString::fromUtf8(from)},
            {QStringLiteral("to"), QString::fromUtf8(to)}};
}

bool knownMeasure(const QString& code)
{
    return code == QStringLiteral("ADM") || code == QStringLiteral("FU7");
}

// Expects reading to fail with InvalidData and a message holding `fragment`.
void expectRefused(const QByteArray& json, const std::string& fragment)
{
    try {
        DiagramJson::read(json, QStringLiteral("in.json"), knownMeasure);
        FAIL() << "accepted; expected: " << fragment;
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        const std::string message = error.what();
        EXPECT_NE(message.find(fragment), std::string::npos) << message;
        EXPECT_EQ(message.rfind("'in.json': ", 0), 0u) << message; // names the file first
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
}

} // namespace

TEST(DiagramJson, ReadsEveryField)
{
    const DriverDiagram d = DiagramJson::read(minimal, QStringLiteral("in.json"), knownMeasure);
    EXPECT_EQ(d.year(), 2027);
    EXPECT_EQ(d.aim().howMuch, QStringLiteral("10% fewer"));
    ASSERT_NE(d.aimNode(), nullptr);
    EXPECT_EQ(d.aimNode()->text, QStringLiteral("Fewer admissions"));
    EXPECT_EQ(d.aimNode()->target, 230.0);
    EXPECT_EQ(d.aimNode()->direction, TargetDirection::Lower);
    const DriverNode& s = d.column(NodeKind::Secondary).front();
    EXPECT_EQ(s.measure, QStringLiteral("FU7"));
    EXPECT_EQ(s.target, 66.5);
    EXPECT_FALSE(s.direction.has_value());
    EXPECT_EQ(d.column(NodeKind::Change).front().status, ChangeStatus::Testing);
    ASSERT_EQ(d.links().size(), 3u);
    EXPECT_EQ(d.link(s.id, d.column(NodeKind::Primary).front().id)->strength, LinkStrength::Weak);
    EXPECT_EQ(d.link(d.column(NodeKind::Primary).front().id, d.aimNode()->id)->strength,
              LinkStrength::Strong);
}

TEST(DiagramJson, RoundTripIsLossless)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    Store store = Store::open(path);
    DiagramRepository repository(store.db());
    for (const int year : {2025, 2026}) {
        const DriverDiagram original = *repository.load(year);
        const QByteArray json = DiagramJson::write(original);
        const DriverDiagram read = DiagramJson::read(json, QStringLiteral("x.json"));
        EXPECT_EQ(renumbered(read), renumbered(original)) << year;
        EXPECT_EQ(DiagramJson::write(read), json) << year;

        // Through the file: import under new ids, read back, write again.
        const DriverDiagram stored = repository.importDiagram(read, true);
        EXPECT_EQ(renumbered(*repository.load(year)), renumbered(original));
        EXPECT_EQ(DiagramJson::write(stored), json);
    }
    // Values that print awkwardly survive too.
    DriverDiagram d = DiagramJson::read(minimal, QStringLiteral("in.json"));
    DriverNode s = d.column(NodeKind::Secondary).front();
    s.target = 0.1 + 0.2;
    s.text = QStringLiteral("Quotes \" and \\ and \u00e9 and \u2265");
    d.updateNode(s);
    EXPECT_EQ(DiagramJson::read(DiagramJson::write(d), QStringLiteral("x.json")), d);
}

TEST(DiagramJson, RefusesUnknownFieldsNamingTheNode)
{
    QJsonObject primary{{QStringLiteral("id"), QStringLiteral("P")},
                        {QStringLiteral("kind"), QStringLiteral("primary")},
                        {QStringLiteral("text"), QStringLiteral("Transitions")},
                        {QStringLiteral("colour"), QStringLiteral("red")}};
    expectRefused(bytes(withNode(1, primary)), "node 'P' has an unknown field 'colour'.");
    primary.remove(QStringLiteral("colour"));
    primary.insert(QStringLiteral("status"), QStringLiteral("testing"));
    expectRefused(bytes(withNode(1, primary)),
                  "node 'P' has an unknown field 'status' (only change ideas have a status).");
    QJsonObject root = minimalObject();
    root.insert(QStringLiteral("author"), QStringLiteral("me"));
    expectRefused(bytes(root), "the diagram has an unknown field 'author'.");
}

TEST(DiagramJson, RefusesALinkThatSkipsAColumnOrRunsTheWrongWay)
{
    expectRefused(bytes(withLinks({jsonLink("P", "A"), jsonLink("C", "P")})),
                  "the link from 'C' to 'P' skips a column: a change idea can drive only a "
                  "secondary driver.");
    expectRefused(bytes(withLinks({jsonLink("P", "S")})),
                  "the link from 'P' to 'S' runs the wrong way");
    expectRefused(bytes(withLinks({jsonLink("P", "A"), jsonLink("P", "A")})),
                  "the node 'P' is linked to 'A' twice.");
    expectRefused(bytes(withLinks({jsonLink("P", "Q")})),
                  "names the node 'Q', which is not in 'nodes'.");
}

TEST(DiagramJson, RefusesACycle)
{
    expectRefused(bytes(withLinks({jsonLink("S", "P"), jsonLink("P", "S")})),
                  "the links form a cycle through the node 'P' (P \u2192 S \u2192 P).");
    expectRefused(bytes(withLinks({jsonLink("C", "C")})),
                  "the links form a cycle through the node 'C' (C \u2192 C).");
}

TEST(DiagramJson, RefusesAMissingMeasureAndAnEmptyAim)
{
    QJsonObject secondary{{QStringLiteral("id"), QStringLiteral("S")},
                          {QStringLiteral("kind"), QStringLiteral("secondary")},
                          {QStringLiteral("text"), QStringLiteral("Follow-up")},
                          {QStringLiteral("measure"), QStringLiteral("XYZ")}};
    expectRefused(
        bytes(withNode(2, secondary)),
        "node 'S' uses the measure 'XYZ', which the file it is imported into does not have.");

    QJsonObject root = minimalObject();
    QJsonObject aim = root.value(QStringLiteral("aim")).toObject();
    aim.insert(QStringLiteral("what"), QStringLiteral("   "));
    root.insert(QStringLiteral("aim"), aim);
    expectRefused(bytes(root), "the aim is empty");

    QJsonObject noText{{QStringLiteral("id"), QStringLiteral("P")},
                       {QStringLiteral("kind"), QStringLiteral("primary")}};
    expectRefused(bytes(withNode(1, noText)), "node 'P' has no 'text'.");
    QJsonObject secondAim{{QStringLiteral("id"), QStringLiteral("P")},
                          {QStringLiteral("kind"), QStringLiteral("aim")}};
    expectRefused(bytes(withNode(1, secondAim)),
                  "the diagram has 2 nodes of kind 'aim'; it must have one.");
    expectRefused("{\"year\": 2026,", "'in.json': not valid JSON");
}
