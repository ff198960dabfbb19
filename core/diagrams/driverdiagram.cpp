#include "diagrams/driverdiagram.h"

#include "error.h"

#include <algorithm>

namespace aco {

namespace {

[[noreturn]] void refuse(const QString& message)
{
    throw Error(message.toStdString(), Error::Kind::Usage);
}

bool linkBefore(const DriverLink& a, const DriverLink& b)
{
    return std::pair(a.from, a.to) < std::pair(b.from, b.to);
}

} // namespace

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString describeNode(const DriverNode& node)
{
    QString text = node.text.simplified();
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("the ") + nodeKindLabel(node.kind) + QStringLiteral(" '") + text +
           QLatin1Char('\'');
}

DriverDiagram::DriverDiagram(int year, const QString& title, const Aim& aim, std::int64_t aimId)
    : m_year(year), m_title(title), m_aim(aim)
{
    DriverNode node;
    node.id = aimId;
    node.kind = NodeKind::Aim;
    node.text = aim.what;
    insertNode(0, node);
}

void DriverDiagram::setAim(const Aim& aim)
{
    m_aim = aim;
    for (DriverNode& node : m_columns[0])
        node.text = aim.what;
}

const DriverNode* DriverDiagram::aimNode() const
{
    return m_columns[0].empty() ? nullptr : &m_columns[0].front();
}

const DriverNode* DriverDiagram::find(std::int64_t id) const
{
    for (const auto& column : m_columns)
        for (const DriverNode& node : column)
            if (node.id == id)
                return &node;
    return nullptr;
}

int DriverDiagram::indexOf(std::int64_t id) const
{
    for (const auto& column : m_columns)
        for (size_t i = 0; i < column.size(); ++i)
            if (column[i].id == id)
                return static_cast<int>(i);
    return -1;
}

int DriverDiagram::nodeCount() const
{
    int count = 0;
    for (const auto& column : m_columns)
        count += static_cast<int>(column.size());
    return count;
}

std::vector<std::int64_t> DriverDiagram::nodeIds() const
{
    std::vector<std::int64_t> ids;
    for (const auto& column : m_columns)
        for (const DriverNode& node : column)
            ids.push_back(node.id);
    return ids;
}

std::int64_t DriverDiagram::largestId() const
{
    std::int64_t largest = 0;
    for (const std::int64_t id : nodeIds())
        largest = std::max(largest, id);
    return largest;
}

std::vector<DriverNode>::iterator DriverDiagram::locate(std::int64_t id)
{
    for (auto& column : m_columns) {
        const auto it = std::find_if(column.begin(), column.end(),
                                     [id](const DriverNode& n) { return n.id == id; });
        if (it != column.end())
            return it;
    }
    refuse(QStringLiteral("There is no node %1 in the %2 driver diagram.").arg(id).arg(m_year));
}

std::vector<DriverNode>& DriverDiagram::columnOfNode(std::int64_t id)
{
    return m_columns[static_cast<size_t>(locate(id)->kind)];
}

void DriverDiagram::insertNode(int index, const DriverNode& node)
{
    if (node.id == 0 || find(node.id))
        refuse(QStringLiteral("A node needs a new id, and %1 is taken.").arg(node.id));
    auto& column = m_columns[static_cast<size_t>(node.kind)];
    if (node.kind == NodeKind::Aim && !column.empty())
        refuse(QStringLiteral("The %1 driver diagram already has an aim.").arg(m_year));
    DriverNode added = node;
    if (added.kind == NodeKind::Aim)
        added.text = m_aim.what;
    if (added.kind != NodeKind::Change)
        added.status.reset();
    else if (!added.status)
        added.status = ChangeStatus::NotTested;
    index = std::clamp(index, 0, static_cast<int>(column.size()));
    column.insert(column.begin() + index, added);
}

DriverNode DriverDiagram::removeNode(std::int64_t id)
{
    const auto it = locate(id);
    if (it->kind == NodeKind::Aim)
        refuse(QStringLiteral("The aim cannot be deleted; edit it instead."));
    const DriverNode removed = *it;
    columnOfNode(id).erase(it);
    std::erase_if(m_links, [id](const DriverLink& l) { return l.from == id || l.to == id; });
    return removed;
}

void DriverDiagram::updateNode(const DriverNode& node)
{
    const auto it = locate(node.id);
    if (it->kind != node.kind)
        refuse(capitalised(describeNode(*it)) +
               QStringLiteral(" cannot change its column; add a new node instead."));
    *it = node;
    if (node.kind == NodeKind::Aim)
        m_aim.what = node.text;
    if (node.kind != NodeKind::Change)
        it->status.reset();
    else if (!it->status)
        it->status = ChangeStatus::NotTested;
}

void DriverDiagram::moveNode(std::int64_t id, int index)
{
    auto& column = columnOfNode(id);
    const auto it = locate(id);
    const DriverNode node = *it;
    column.erase(it);
    index = std::clamp(index, 0, static_cast<int>(column.size()));
    column.insert(column.begin() + index, node);
}

void DriverDiagram::setOrder(NodeKind kind, const std::vector<std::int64_t>& ids)
{
    auto& column = m_columns[static_cast<size_t>(kind)];
    std::vector<DriverNode> ordered;
    for (const std::int64_t id : ids) {
        const auto it = std::find_if(column.begin(), column.end(),
                                     [id](const DriverNode& n) { return n.id == id; });
        if (it == column.end() || std::any_of(ordered.begin(), ordered.end(),
                                              [id](const DriverNode& n) { return n.id == id; }))
            refuse(QStringLiteral("The new order of the %1 column does not match its nodes.")
                       .arg(columnTitle(kind)));
        ordered.push_back(*it);
    }
    if (ordered.size() != column.size())
        refuse(QStringLiteral("The new order of the %1 column does not match its nodes.")
                   .arg(columnTitle(kind)));
    column = std::move(ordered);
}

const DriverLink* DriverDiagram::link(std::int64_t from, std::int64_t to) const
{
    for (const DriverLink& l : m_links)
        if (l.from == from && l.to == to)
            return &l;
    return nullptr;
}

std::vector<DriverLink> DriverDiagram::linksOf(std::int64_t id) const
{
    std::vector<DriverLink> found;
    for (const DriverLink& l : m_links)
        if (l.from == id || l.to == id)
            found.push_back(l);
    return found;
}

bool DriverDiagram::canLink(std::int64_t from, std::int64_t to) const
{
    const DriverNode* a = find(from);
    const DriverNode* b = find(to);
    return a && b && columnOf(a->kind) == columnOf(b->kind) + 1;
}

void DriverDiagram::setLink(const DriverLink& newLink)
{
    if (!canLink(newLink.from, newLink.to)) {
        const DriverNode* a = find(newLink.from);
        const DriverNode* b = find(newLink.to);
        if (!a || !b)
            refuse(QStringLiteral("A link needs two nodes of the %1 driver diagram.").arg(m_year));
        refuse(QStringLiteral(
                   "%1 cannot drive %2: links join a node to one in the column just left of it.")
                   .arg(capitalised(describeNode(*a)), describeNode(*b)));
    }
    const auto it = std::lower_bound(m_links.begin(), m_links.end(), newLink, linkBefore);
    if (it != m_links.end() && it->from == newLink.from && it->to == newLink.to)
        it->strength = newLink.strength;
    else
        m_links.insert(it, newLink);
}

void DriverDiagram::removeLink(std::int64_t from, std::int64_t to)
{
    std::erase_if(m_links, [&](const DriverLink& l) { return l.from == from && l.to == to; });
}

QString DriverDiagram::describe(std::int64_t id) const
{
    const DriverNode* node = find(id);
    return node ? describeNode(*node) : QStringLiteral("node %1").arg(id);
}

} // namespace aco
