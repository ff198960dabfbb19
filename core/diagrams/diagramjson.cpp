#include "diagrams/diagramjson.h"

#include "diagrams/driverdiagram.h"
#include "error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <set>

namespace aco {

namespace {

const QString formatName = QStringLiteral("aco-workbench/driver-diagram");
constexpr int formatVersion = 1;

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QString jsonId(NodeKind kind, int index)
{
    static const char* prefixes[] = {"aim", "P", "S", "C"};
    if (kind == NodeKind::Aim)
        return QStringLiteral("aim");
    return QString::fromLatin1(prefixes[columnOf(kind)]) + QString::number(index + 1);
}

// Reads one JSON object's fields, refusing any it was not told about.
class Fields
{
  public:
    Fields(const QJsonObject& object, QString where, QString source)
        : m_object(object), m_where(std::move(where)), m_source(std::move(source))
    {
    }

    [[noreturn]] void fail(const QString& message) const
    {
        throw Error("'" + m_source.toStdString() + "': " + message.toStdString(),
                    Error::Kind::InvalidData);
    }

    QString string(const char* name, bool required = false)
    {
        m_known.insert(key(name));
        const QJsonValue value = m_object.value(key(name));
        if (value.isUndefined()) {
            if (required)
                fail(m_where + QStringLiteral(" has no '") + key(name) + QStringLiteral("'."));
            return {};
        }
        if (!value.isString())
            fail(m_where + QStringLiteral(": '") + key(name) + QStringLiteral("' must be text."));
        return value.toString();
    }

    std::optional<double> number(const char* name)
    {
        m_known.insert(key(name));
        const QJsonValue value = m_object.value(key(name));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble())
            fail(m_where + QStringLiteral(": '") + key(name) +
                 QStringLiteral("' must be a number."));
        return value.toDouble();
    }

    QJsonValue value(const char* name)
    {
        m_known.insert(key(name));
        return m_object.value(key(name));
    }

    // Call after reading every field: refuses the rest. `hints` explain fields that are known
    // elsewhere ("status": "only change ideas have one").
    void finish(const std::map<QString, QString>& hints = {}) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            const auto hint = hints.find(it.key());
            fail(m_where + QStringLiteral(" has an unknown field '") + it.key() +
                 QLatin1Char('\'') +
                 (hint == hints.end() ? QString()
                                      : QStringLiteral(" (") + hint->second + QLatin1Char(')')) +
                 QLatin1Char('.'));
        }
    }

  private:
    QJsonObject m_object;
    QString m_where;
    QString m_source;
    std::set<QString> m_known;
};

struct ReadNode
{
    QString id;
    DriverNode node;
};

struct ReadLink
{
    QString from;
    QString to;
    LinkStrength strength;
};

// Follows links from `id` looking for a way back to `start`; fills `path` when it finds one.
bool findCycle(const QString& start, const QString& id,
               const std::multimap<QString, QString>& edges, std::set<QString>& seen,
               QStringList& path)
{
    path.append(id);
    const auto [first, last] = edges.equal_range(id);
    for (auto it = first; it != last; ++it) {
        if (it->second == start) {
            path.append(start);
            return true;
        }
        if (seen.insert(it->second).second && findCycle(start, it->second, edges, seen, path))
            return true;
    }
    path.removeLast();
    return false;
}

} // namespace

QByteArray DiagramJson::write(const DriverDiagram& diagram)
{
    std::map<std::int64_t, QString> ids;
    QJsonArray nodes;
    for (int column = 0; column < nodeKindCount; ++column) {
        const auto& nodesOfColumn = diagram.column(kindOfColumn(column));
        for (size_t i = 0; i < nodesOfColumn.size(); ++i) {
            const DriverNode& n = nodesOfColumn[i];
            const QString id = jsonId(n.kind, static_cast<int>(i));
            ids[n.id] = id;
            QJsonObject node{{key("id"), id}, {key("kind"), nodeKindName(n.kind)}};
            if (n.kind != NodeKind::Aim)
                node.insert(key("text"), n.text);
            if (!n.measure.isEmpty())
                node.insert(key("measure"), n.measure);
            if (n.target)
                node.insert(key("target"), *n.target);
            if (n.direction)
                node.insert(key("direction"), directionName(*n.direction));
            if (n.status)
                node.insert(key("status"), changeStatusName(*n.status));
            nodes.append(node);
        }
    }
    // Links in the order of the boxes they join, not of their ids, so that one diagram always
    // reads the same, whatever ids it was stored under.
    const auto place = [&](std::int64_t id) {
        return std::pair(static_cast<int>(diagram.find(id)->kind), diagram.indexOf(id));
    };
    std::vector<DriverLink> sorted = diagram.links();
    std::sort(sorted.begin(), sorted.end(), [&](const DriverLink& a, const DriverLink& b) {
        return std::pair(place(a.from), place(a.to)) < std::pair(place(b.from), place(b.to));
    });
    QJsonArray links;
    for (const DriverLink& l : sorted)
        links.append(QJsonObject{{key("from"), ids.at(l.from)},
                                 {key("to"), ids.at(l.to)},
                                 {key("strength"), linkStrengthName(l.strength)}});
    const Aim& aim = diagram.aim();
    const QJsonObject root{
        {key("format"), formatName},
        {key("version"), formatVersion},
        {key("year"), diagram.year()},
        {key("title"), diagram.title()},
        {key("order"), diagram.orderedByHand() ? key("by_hand") : key("arranged")},
        {key("aim"), QJsonObject{{key("what"), aim.what},
                                 {key("how_much"), aim.howMuch},
                                 {key("for_whom"), aim.forWhom},
                                 {key("by_when"), aim.byWhen}}},
        {key("nodes"), nodes},
        {key("links"), links},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

DriverDiagram DiagramJson::read(const QByteArray& json, const QString& source,
                                const std::function<bool(const QString&)>& measureExists)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        throw Error("'" + source.toStdString() + "': not valid JSON (" +
                        parseError.errorString().toStdString() + " at character " +
                        std::to_string(parseError.offset) + ").",
                    Error::Kind::InvalidData);
    if (!document.isObject())
        throw Error("'" + source.toStdString() + "': not a JSON object.", Error::Kind::InvalidData);

    Fields root(document.object(), QStringLiteral("the diagram"), source);
    const QString format = root.string("format");
    if (!format.isEmpty() && format != formatName)
        root.fail(QStringLiteral("the format is '") + format + QStringLiteral("', not '") +
                  formatName + QStringLiteral("'."));
    if (const auto version = root.number("version"); version && *version > formatVersion)
        root.fail(QStringLiteral(
                      "it was written by a newer version of ACO Workbench (format version %1).")
                      .arg(*version));
    const auto year = root.number("year");
    if (!year || *year != static_cast<int>(*year))
        root.fail(QStringLiteral("the diagram needs a 'year', a whole number such as 2026."));
    if (*year < 2012 || *year > 2100)
        root.fail(QStringLiteral("the year %1 is not a performance year (2012-2100).").arg(*year));
    const QString title = root.string("title");
    // The nodes' order as given is someone's choice unless the file says to keep it arranged.
    const QString order = root.string("order");
    if (!order.isEmpty() && order != key("by_hand") && order != key("arranged"))
        root.fail(QStringLiteral("the order is '") + order +
                  QStringLiteral("'; it must be by_hand or arranged."));
    const QJsonValue aimValue = root.value("aim");
    if (!aimValue.isObject())
        root.fail(
            QStringLiteral("the diagram has no 'aim' object (what, how_much, for_whom, by_when)."));
    Fields aimFields(aimValue.toObject(), QStringLiteral("the aim"), source);
    Aim aim;
    aim.what = aimFields.string("what");
    aim.howMuch = aimFields.string("how_much");
    aim.forWhom = aimFields.string("for_whom");
    aim.byWhen = aimFields.string("by_when");
    aimFields.finish();
    if (aim.what.trimmed().isEmpty())
        aimFields.fail(
            QStringLiteral("the aim is empty; its 'what' must say what is to be achieved."));

    // Nodes, in file order.
    const QJsonValue nodesValue = root.value("nodes");
    const QJsonValue linksValue = root.value("links");
    root.finish();
    if (!nodesValue.isArray())
        root.fail(QStringLiteral("the diagram has no 'nodes' list."));
    std::vector<ReadNode> nodes;
    std::map<QString, size_t> byId;
    const QJsonArray nodeArray = nodesValue.toArray();
    for (qsizetype i = 0; i < nodeArray.size(); ++i) {
        if (!nodeArray[i].isObject())
            root.fail(QStringLiteral("node %1 of 'nodes' is not an object.").arg(i + 1));
        const QJsonObject object = nodeArray[i].toObject();
        const QString id = object.value(key("id")).toString();
        Fields fields(object,
                      id.isEmpty() ? QStringLiteral("node %1 of 'nodes'").arg(i + 1)
                                   : QStringLiteral("node '") + id + QLatin1Char('\''),
                      source);
        fields.string("id", true);
        if (id.trimmed().isEmpty())
            fields.fail(QStringLiteral("node %1 of 'nodes' has an empty 'id'.").arg(i + 1));
        if (byId.contains(id))
            fields.fail(QStringLiteral("two nodes have the id '") + id + QStringLiteral("'."));
        ReadNode read;
        read.id = id;
        const QString kindName = fields.string("kind", true);
        const auto kind = parseNodeKind(kindName);
        if (!kind)
            fields.fail(QStringLiteral("node '") + id + QStringLiteral("' has the kind '") +
                        kindName +
                        QStringLiteral("'; it must be aim, primary, secondary or change."));
        read.node.kind = *kind;
        if (*kind != NodeKind::Aim) {
            read.node.text = fields.string("text", true).trimmed();
            if (read.node.text.isEmpty())
                fields.fail(QStringLiteral("node '") + id + QStringLiteral("' has no text."));
        }
        read.node.measure = fields.string("measure").trimmed();
        read.node.target = fields.number("target");
        const QString direction = fields.string("direction");
        if (!direction.isEmpty()) {
            read.node.direction = parseDirection(direction);
            if (!read.node.direction)
                fields.fail(QStringLiteral("node '") + id +
                            QStringLiteral("' has the direction '") + direction +
                            QStringLiteral("'; it must be higher or lower."));
        }
        if (*kind == NodeKind::Change) {
            const QString status = fields.string("status");
            if (!status.isEmpty()) {
                read.node.status = parseChangeStatus(status);
                if (!read.node.status)
                    fields.fail(
                        QStringLiteral("node '") + id + QStringLiteral("' has the status '") +
                        status +
                        QStringLiteral("'; it must be not_tested, testing, adopted or abandoned."));
            }
        }
        fields.finish(
            {{key("text"), QStringLiteral("the aim's text is the 'what' of the diagram's 'aim'")},
             {key("status"), QStringLiteral("only change ideas have a status")}});
        if (!read.node.measure.isEmpty() && measureExists && !measureExists(read.node.measure))
            fields.fail(QStringLiteral("node '") + id + QStringLiteral("' uses the measure '") +
                        read.node.measure +
                        QStringLiteral("', which the file it is imported into does not have."));
        byId[id] = nodes.size();
        nodes.push_back(read);
    }
    const auto aims = std::count_if(nodes.begin(), nodes.end(),
                                    [](const ReadNode& n) { return n.node.kind == NodeKind::Aim; });
    if (aims == 0)
        root.fail(QStringLiteral("the diagram has no node of kind 'aim'."));
    if (aims > 1)
        root.fail(
            QStringLiteral("the diagram has %1 nodes of kind 'aim'; it must have one.").arg(aims));

    // Links: every endpoint known, no cycle, then each from one column to the next on its left.
    std::vector<ReadLink> links;
    if (!linksValue.isUndefined() && !linksValue.isArray())
        root.fail(QStringLiteral("'links' must be a list."));
    const QJsonArray linkArray = linksValue.toArray();
    std::multimap<QString, QString> edges;
    for (qsizetype i = 0; i < linkArray.size(); ++i) {
        if (!linkArray[i].isObject())
            root.fail(QStringLiteral("link %1 of 'links' is not an object.").arg(i + 1));
        Fields fields(linkArray[i].toObject(), QStringLiteral("link %1 of 'links'").arg(i + 1),
                      source);
        ReadLink link;
        link.from = fields.string("from", true);
        link.to = fields.string("to", true);
        const QString strength = fields.string("strength");
        link.strength = strength.isEmpty()
                            ? LinkStrength::Strong
                            : parseLinkStrength(strength).value_or(LinkStrength::Strong);
        if (!strength.isEmpty() && !parseLinkStrength(strength))
            fields.fail(QStringLiteral("the link from '") + link.from + QStringLiteral("' to '") +
                        link.to + QStringLiteral("' has the strength '") + strength +
                        QStringLiteral("'; it must be strong or weak."));
        fields.finish();
        for (const QString& end : {link.from, link.to})
            if (!byId.contains(end))
                fields.fail(QStringLiteral("link %1 of 'links' names the node '").arg(i + 1) + end +
                            QStringLiteral("', which is not in 'nodes'."));
        for (const ReadLink& other : links)
            if (other.from == link.from && other.to == link.to)
                fields.fail(QStringLiteral("the node '") + link.from +
                            QStringLiteral("' is linked to '") + link.to +
                            QStringLiteral("' twice."));
        links.push_back(link);
        edges.emplace(link.from, link.to);
    }
    for (const ReadNode& node : nodes) {
        std::set<QString> seen;
        QStringList path;
        if (findCycle(node.id, node.id, edges, seen, path))
            root.fail(QStringLiteral("the links form a cycle through the node '") + node.id +
                      QStringLiteral("' (") + path.join(QStringLiteral(" \u2192 ")) +
                      QStringLiteral(")."));
    }
    for (const ReadLink& link : links) {
        const DriverNode& from = nodes[byId[link.from]].node;
        const DriverNode& to = nodes[byId[link.to]].node;
        const int step = columnOf(from.kind) - columnOf(to.kind);
        const QString pair = QStringLiteral("the link from '") + link.from +
                             QStringLiteral("' to '") + link.to + QLatin1Char('\'');
        if (step > 1)
            root.fail(pair + QStringLiteral(" skips a column: a ") + nodeKindLabel(from.kind) +
                      QStringLiteral(" can drive only a ") +
                      nodeKindLabel(kindOfColumn(columnOf(from.kind) - 1)) + QLatin1Char('.'));
        if (step == 0)
            root.fail(pair + QStringLiteral(" joins two nodes of the same column (") +
                      nodeKindLabel(from.kind) +
                      QStringLiteral("s); links join neighbouring columns."));
        if (step < 0)
            root.fail(pair +
                      QStringLiteral(" runs the wrong way: links go from the more specific node to "
                                     "the one it drives, "
                                     "so write it from '") +
                      link.to + QStringLiteral("' to '") + link.from + QStringLiteral("'."));
    }

    DriverDiagram diagram;
    diagram.setYear(static_cast<int>(*year));
    diagram.setTitle(title.isEmpty() ? QStringLiteral("Driver diagram %1").arg(diagram.year())
                                     : title);
    diagram.setAim(aim);
    diagram.setOrderedByHand(order != key("arranged"));
    for (size_t i = 0; i < nodes.size(); ++i) {
        DriverNode node = nodes[i].node;
        node.id = static_cast<std::int64_t>(i + 1);
        diagram.insertNode(static_cast<int>(diagram.column(node.kind).size()), node);
    }
    for (const ReadLink& link : links)
        diagram.setLink({static_cast<std::int64_t>(byId[link.from] + 1),
                         static_cast<std::int64_t>(byId[link.to] + 1), link.strength});
    return diagram;
}

} // namespace aco
