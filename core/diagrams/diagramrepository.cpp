#include "diagrams/diagramrepository.h"

#include "diagrams/crossingreduction.h"
#include "diagrams/diagramvalidation.h"
#include "error.h"
#include "store/database.h"

#include <algorithm>

namespace aco {

DiagramRepository::DiagramRepository(Database& db) : m_db(db) {}

const QString& DiagramRepository::path() const
{
    return m_db.path();
}

std::vector<int> DiagramRepository::years() const
{
    auto query = m_db.prepare("SELECT year FROM driver_diagram ORDER BY year");
    std::vector<int> years;
    while (query.step())
        years.push_back(query.integer(0));
    return years;
}

bool DiagramRepository::contains(int year) const
{
    auto query = m_db.prepare("SELECT 1 FROM driver_diagram WHERE year = ?1");
    query.bind(1, year);
    return query.step();
}

std::optional<DriverDiagram> DiagramRepository::load(int year) const
{
    auto head = m_db.prepare("SELECT id, title, aim_what, aim_how_much, aim_for_whom, aim_by_when, "
                             "ordered_by_hand FROM driver_diagram WHERE year = ?1");
    head.bind(1, year);
    if (!head.step())
        return std::nullopt;
    const std::int64_t diagramId = head.int64(0);
    DriverDiagram diagram;
    diagram.setYear(year);
    diagram.setTitle(head.text(1));
    diagram.setAim({head.text(2), head.text(3), head.text(4), head.text(5)});
    diagram.setOrderedByHand(head.integer(6) != 0);

    const auto damaged = [&](const QString& why) {
        return Error(quoted(m_db.path()) + ": the " + std::to_string(year) + " driver diagram " +
                         why.toStdString(),
                     Error::Kind::InvalidData);
    };
    try {
        auto nodes = m_db.prepare(R"sql(
            SELECT n.id, n.kind, n.text, coalesce(m.code, ''), n.target, n.direction, n.status
            FROM driver_node n LEFT JOIN measure m ON m.id = n.measure_id
            WHERE n.diagram_id = ?1
            ORDER BY CASE n.kind WHEN 'aim' THEN 0 WHEN 'primary' THEN 1 WHEN 'secondary' THEN 2 ELSE 3 END,
                     n.position, n.id)sql");
        nodes.bind(1, diagramId);
        while (nodes.step()) {
            DriverNode node;
            node.id = nodes.int64(0);
            node.kind = parseNodeKind(nodes.text(1)).value_or(NodeKind::Change);
            node.text = nodes.text(2);
            node.measure = nodes.text(3);
            node.target = nodes.optionalReal(4);
            if (!nodes.isNull(5))
                node.direction = parseDirection(nodes.text(5));
            if (!nodes.isNull(6))
                node.status = parseChangeStatus(nodes.text(6));
            diagram.insertNode(static_cast<int>(diagram.column(node.kind).size()), node);
        }
        if (!diagram.aimNode())
            throw damaged(QStringLiteral("has no aim node."));

        auto links = m_db.prepare(R"sql(
            SELECT l.from_node, l.to_node, l.strength FROM driver_link l
            JOIN driver_node n ON n.id = l.from_node WHERE n.diagram_id = ?1
            ORDER BY l.from_node, l.to_node)sql");
        links.bind(1, diagramId);
        while (links.step()) {
            diagram.setLink({links.int64(0), links.int64(1),
                             parseLinkStrength(links.text(2)).value_or(LinkStrength::Strong)});
        }
    } catch (const Error& error) {
        if (error.kind() == Error::Kind::Usage) // a rule of the model: the rows are wrong
            throw damaged(QStringLiteral("is damaged: ") + QString::fromStdString(error.what()));
        throw;
    }
    return diagram;
}

std::map<QString, std::int64_t> DiagramRepository::measureIds() const
{
    auto query = m_db.prepare("SELECT code, id FROM measure");
    std::map<QString, std::int64_t> ids;
    while (query.step())
        ids.emplace(query.text(0), query.int64(1));
    return ids;
}

std::map<QString, QString> DiagramRepository::measureNames() const
{
    auto query = m_db.prepare("SELECT code, name FROM measure");
    std::map<QString, QString> names;
    while (query.step())
        names.emplace(query.text(0), query.text(1));
    return names;
}

bool DiagramRepository::hasMeasure(const QString& code) const
{
    auto query = m_db.prepare("SELECT 1 FROM measure WHERE code = ?1");
    query.bind(1, code);
    return query.step();
}

DriverDiagram DiagramRepository::save(const DriverDiagram& given)
{
    const auto measures = measureIds();
    validateDiagram(
        given, [&](const QString& code) { return measures.contains(code); },
        QString::fromStdString(quoted(m_db.path()) + ": "));
    // Unless the user ordered it by hand, a diagram is kept with the fewest crossing links.
    const DriverDiagram diagram = given.orderedByHand() ? given : CrossingReduction::arranged(given);

    Transaction transaction(m_db);
    auto find = m_db.prepare("SELECT id FROM driver_diagram WHERE year = ?1");
    find.bind(1, diagram.year());
    std::int64_t diagramId = 0;
    const Aim& aim = diagram.aim();
    if (find.step()) {
        diagramId = find.int64(0);
        auto update =
            m_db.prepare("UPDATE driver_diagram SET title = ?2, aim_what = ?3, aim_how_much = ?4, "
                         "aim_for_whom = ?5, aim_by_when = ?6, ordered_by_hand = ?7 WHERE id = ?1");
        update.bind(1, diagramId).bind(2, diagram.title()).bind(3, aim.what).bind(4, aim.howMuch);
        update.bind(5, aim.forWhom).bind(6, aim.byWhen).bind(7, diagram.orderedByHand() ? 1 : 0);
        update.run();
        auto unlink =
            m_db.prepare("DELETE FROM driver_link WHERE from_node IN (SELECT id FROM driver_node "
                         "WHERE diagram_id = ?1) OR to_node IN (SELECT id FROM driver_node WHERE "
                         "diagram_id = ?1)");
        unlink.bind(1, diagramId).run();
        auto clear = m_db.prepare("DELETE FROM driver_node WHERE diagram_id = ?1");
        clear.bind(1, diagramId).run();
    } else {
        auto insert = m_db.prepare(
            "INSERT INTO driver_diagram (year, title, aim_what, aim_how_much, aim_for_whom, "
            "aim_by_when, ordered_by_hand) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        insert.bind(1, diagram.year())
            .bind(2, diagram.title())
            .bind(3, aim.what)
            .bind(4, aim.howMuch);
        insert.bind(5, aim.forWhom).bind(6, aim.byWhen).bind(7, diagram.orderedByHand() ? 1 : 0);
        insert.run();
        diagramId = m_db.lastInsertId();
    }
    find.reset();

    auto node =
        m_db.prepare("INSERT INTO driver_node (id, diagram_id, kind, position, text, measure_id, "
                     "target, direction, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (int column = 0; column < nodeKindCount; ++column) {
        const auto& nodes = diagram.column(kindOfColumn(column));
        for (size_t position = 0; position < nodes.size(); ++position) {
            const DriverNode& n = nodes[position];
            node.bind(1, n.id).bind(2, diagramId).bind(3, nodeKindName(n.kind));
            node.bind(4, static_cast<std::int64_t>(position)).bind(5, n.text);
            if (n.measure.isEmpty())
                node.bindNull(6);
            else
                node.bind(6, measures.at(n.measure));
            node.bind(7, n.target);
            node.bind(8, n.direction ? std::optional(directionName(*n.direction)) : std::nullopt);
            node.bind(9, n.status ? std::optional(changeStatusName(*n.status)) : std::nullopt);
            node.run();
        }
    }
    auto link =
        m_db.prepare("INSERT INTO driver_link (from_node, to_node, strength) VALUES (?1, ?2, ?3)");
    for (const DriverLink& l : diagram.links())
        link.bind(1, l.from).bind(2, l.to).bind(3, linkStrengthName(l.strength)).run();
    transaction.commit();
    m_nextId = std::max(m_nextId, diagram.largestId() + 1);
    return diagram;
}

void DiagramRepository::remove(int year)
{
    Transaction transaction(m_db);
    auto unlink =
        m_db.prepare("DELETE FROM driver_link WHERE from_node IN (SELECT n.id FROM driver_node n "
                     "JOIN driver_diagram d ON d.id = n.diagram_id WHERE d.year = ?1)");
    unlink.bind(1, year).run();
    auto nodes =
        m_db.prepare("DELETE FROM driver_node WHERE diagram_id IN (SELECT id FROM driver_diagram "
                     "WHERE year = ?1)");
    nodes.bind(1, year).run();
    auto diagram = m_db.prepare("DELETE FROM driver_diagram WHERE year = ?1");
    diagram.bind(1, year).run();
    transaction.commit();
}

DriverDiagram DiagramRepository::importDiagram(const DriverDiagram& diagram, bool replace)
{
    if (!replace && contains(diagram.year()))
        throw Error(quoted(m_db.path()) + " already has a driver diagram for " +
                    std::to_string(diagram.year()) + "; import with --replace to replace it.");
    return save(withNewIds(diagram));
}

std::int64_t DiagramRepository::newNodeId()
{
    m_nextId =
        std::max(m_nextId, m_db.queryInt64("SELECT coalesce(max(id), 0) + 1 FROM driver_node", 1));
    return m_nextId++;
}

DriverDiagram DiagramRepository::withNewIds(const DriverDiagram& diagram)
{
    std::map<std::int64_t, std::int64_t> ids;
    DriverDiagram copy;
    copy.setYear(diagram.year());
    copy.setTitle(diagram.title());
    copy.setAim(diagram.aim());
    copy.setOrderedByHand(diagram.orderedByHand());
    for (int column = 0; column < nodeKindCount; ++column) {
        for (DriverNode node : diagram.column(kindOfColumn(column))) {
            node.id = ids[node.id] = newNodeId();
            copy.insertNode(static_cast<int>(copy.column(node.kind).size()), node);
        }
    }
    for (const DriverLink& l : diagram.links())
        copy.setLink({ids.at(l.from), ids.at(l.to), l.strength});
    return copy;
}

} // namespace aco
