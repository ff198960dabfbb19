#include "diagrams/diagramdiff.h"

#include <QRegularExpression>

#include <map>

namespace aco {

namespace {

QString matchKey(const DriverNode& node)
{
    return nodeKindName(node.kind) + QLatin1Char('|') + node.text.simplified().toCaseFolded();
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'g', 10) : QStringLiteral("none");
}

QString describeTarget(const DriverNode& node)
{
    if (node.measure.isEmpty() && !node.target)
        return QStringLiteral("no measure");
    QString text = node.measure.isEmpty() ? QStringLiteral("no measure") : node.measure;
    if (node.target)
        text += (node.direction == TargetDirection::Lower    ? QStringLiteral(" \u2264 ")
                 : node.direction == TargetDirection::Higher ? QStringLiteral(" \u2265 ")
                                                             : QStringLiteral(" target ")) +
                number(node.target);
    return text;
}

std::map<QString, const DriverNode*> byKey(const DriverDiagram& diagram)
{
    std::map<QString, const DriverNode*> nodes;
    for (const std::int64_t id : diagram.nodeIds()) {
        const DriverNode* node = diagram.find(id);
        nodes.emplace(matchKey(*node), node); // a repeated text keeps its first node
    }
    return nodes;
}

QString replaceYear(QString text, int from, int to)
{
    const QRegularExpression year(QStringLiteral("\\b%1\\b").arg(from));
    return text.replace(year, QString::number(to));
}

} // namespace

QString DiagramDiff::kindLabel(DiagramChange::Kind kind)
{
    switch (kind) {
    case DiagramChange::Kind::Added:
        return QStringLiteral("Added");
    case DiagramChange::Kind::Removed:
        return QStringLiteral("Removed");
    case DiagramChange::Kind::Retargeted:
        return QStringLiteral("Retargeted");
    case DiagramChange::Kind::StatusChanged:
        return QStringLiteral("Status");
    case DiagramChange::Kind::AimChanged:
        return QStringLiteral("Aim");
    case DiagramChange::Kind::LinkAdded:
        return QStringLiteral("Link added");
    case DiagramChange::Kind::LinkRemoved:
        return QStringLiteral("Link removed");
    case DiagramChange::Kind::LinkChanged:
        return QStringLiteral("Link changed");
    }
    return {};
}

std::vector<DiagramChange> DiagramDiff::compare(const DriverDiagram& before,
                                                const DriverDiagram& after)
{
    using Kind = DiagramChange::Kind;
    std::vector<DiagramChange> changes;
    const Aim& a = before.aim();
    const Aim& b = after.aim();
    const std::tuple<const char*, QString, QString> aimFields[] = {
        {"what", a.what, b.what},
        {"how much", a.howMuch, b.howMuch},
        {"for whom", a.forWhom, b.forWhom},
        {"by when", a.byWhen, b.byWhen}};
    for (const auto& [field, old, now] : aimFields)
        if (old != now)
            changes.push_back({Kind::AimChanged, NodeKind::Aim, now,
                               QString::fromLatin1(field) + QStringLiteral(": ") + old +
                                   QStringLiteral(" \u2192 ") + now});

    const auto oldNodes = byKey(before);
    const auto newNodes = byKey(after);
    const auto matchOf = [](const std::map<QString, const DriverNode*>& nodes,
                            const DriverNode& node) -> const DriverNode* {
        if (node.kind == NodeKind::Aim) // one aim per diagram: always the same node
            for (const auto& [key, other] : nodes)
                if (other->kind == NodeKind::Aim)
                    return other;
        const auto it = nodes.find(matchKey(node));
        return it == nodes.end() ? nullptr : it->second;
    };
    for (const std::int64_t id : after.nodeIds()) {
        const DriverNode& node = *after.find(id);
        const DriverNode* old = matchOf(oldNodes, node);
        if (!old) {
            changes.push_back({Kind::Added, node.kind, node.text, describeTarget(node)});
            continue;
        }
        if (old->measure != node.measure || old->target != node.target ||
            old->direction != node.direction)
            changes.push_back(
                {Kind::Retargeted, node.kind, node.text,
                 describeTarget(*old) + QStringLiteral(" \u2192 ") + describeTarget(node)});
        if (old->status != node.status && old->status && node.status)
            changes.push_back({Kind::StatusChanged, node.kind, node.text,
                               changeStatusLabel(*old->status) + QStringLiteral(" \u2192 ") +
                                   changeStatusLabel(*node.status)});
    }
    for (const std::int64_t id : before.nodeIds()) {
        const DriverNode& node = *before.find(id);
        if (!matchOf(newNodes, node))
            changes.push_back({Kind::Removed, node.kind, node.text, describeTarget(node)});
    }

    // Links by the keys of their ends, so that they compare across ids.
    const auto linkKeys = [&](const DriverDiagram& diagram) {
        std::map<std::pair<QString, QString>, const DriverLink*> keys;
        for (const DriverLink& l : diagram.links()) {
            const DriverNode* from = diagram.find(l.from);
            const DriverNode* to = diagram.find(l.to);
            keys.emplace(
                std::pair(to->kind == NodeKind::Aim ? QStringLiteral("aim") : matchKey(*to),
                          matchKey(*from)),
                &l);
        }
        return keys;
    };
    const auto oldLinks = linkKeys(before);
    const auto newLinks = linkKeys(after);
    const auto linkText = [](const DriverDiagram& diagram, const DriverLink& l) {
        return diagram.find(l.from)->text + QStringLiteral(" \u2192 ") + diagram.find(l.to)->text;
    };
    for (const auto& [key, link] : newLinks) {
        const DriverNode* from = after.find(link->from);
        const DriverNode* to = after.find(link->to);
        // A link to or from a new node is part of that node's addition.
        if (!matchOf(oldNodes, *from) || !matchOf(oldNodes, *to))
            continue;
        const auto old = oldLinks.find(key);
        if (old == oldLinks.end())
            changes.push_back({Kind::LinkAdded, from->kind, linkText(after, *link),
                               linkStrengthName(link->strength)});
        else if (old->second->strength != link->strength)
            changes.push_back({Kind::LinkChanged, from->kind, linkText(after, *link),
                               linkStrengthName(old->second->strength) +
                                   QStringLiteral(" \u2192 ") + linkStrengthName(link->strength)});
    }
    for (const auto& [key, link] : oldLinks) {
        const DriverNode* from = before.find(link->from);
        const DriverNode* to = before.find(link->to);
        if (!matchOf(newNodes, *from) || !matchOf(newNodes, *to))
            continue;
        if (!newLinks.contains(key))
            changes.push_back({Kind::LinkRemoved, from->kind, linkText(before, *link),
                               linkStrengthName(link->strength)});
    }
    return changes;
}

DriverDiagram DiagramDiff::carriedForward(const DriverDiagram& source, int year)
{
    DriverDiagram copy = source;
    copy.setYear(year);
    copy.setTitle(replaceYear(source.title(), source.year(), year));
    Aim aim = source.aim();
    aim.byWhen = replaceYear(aim.byWhen, source.year(), year);
    copy.setAim(aim);
    return copy;
}

} // namespace aco
