#pragma once

#include "diagrams/drivernode.h"

#include <QString>

#include <array>
#include <vector>

namespace aco {

// One performance year's driver diagram: the aim, the drivers and change ideas in their column
// order, and the links between neighbouring columns. A value type; every edit goes through its
// methods, which keep it consistent (one aim, links only between neighbouring columns, links
// sorted) and throw aco::Error naming the node when asked for something that would break that.
class DriverDiagram
{
  public:
    DriverDiagram() = default;
    // A new diagram with only its aim node (id `aimId`).
    DriverDiagram(int year, const QString& title, const Aim& aim, std::int64_t aimId);

    int year() const { return m_year; }
    void setYear(int year) { m_year = year; }
    const QString& title() const { return m_title; }
    void setTitle(const QString& title) { m_title = title; }
    // Whether the user ordered the columns by hand. Otherwise the workbench keeps them arranged
    // (CrossingReduction), and stores them so (DiagramRepository::save).
    bool orderedByHand() const { return m_orderedByHand; }
    void setOrderedByHand(bool byHand) { m_orderedByHand = byHand; }
    const Aim& aim() const { return m_aim; }
    // Also renames the aim node, whose text is the aim's "what".
    void setAim(const Aim& aim);

    const std::vector<DriverNode>& column(NodeKind kind) const
    {
        return m_columns[static_cast<size_t>(kind)];
    }
    const DriverNode* aimNode() const;
    const DriverNode* find(std::int64_t id) const;
    int indexOf(std::int64_t id) const; // within its column; -1 when absent
    int nodeCount() const;
    std::vector<std::int64_t> nodeIds() const; // column by column, top to bottom
    std::int64_t largestId() const;

    // Inserts `node` at `index` of its kind's column (clamped); its id must be new and nonzero.
    void insertNode(int index, const DriverNode& node);
    // Removes a node other than the aim, with its links; returns it.
    DriverNode removeNode(std::int64_t id);
    // Replaces a node's fields (same id, same kind). Editing the aim node renames the aim.
    void updateNode(const DriverNode& node);
    void moveNode(std::int64_t id, int index);
    // Puts a column in the order given; `ids` must be a permutation of the column's ids.
    void setOrder(NodeKind kind, const std::vector<std::int64_t>& ids);

    const std::vector<DriverLink>& links() const { return m_links; } // sorted by (from, to)
    const DriverLink* link(std::int64_t from, std::int64_t to) const;
    std::vector<DriverLink> linksOf(std::int64_t id) const;
    // Whether `from` may drive `to`: both exist and `from` sits one column right of `to`.
    bool canLink(std::int64_t from, std::int64_t to) const;
    // Adds the link, or changes its strength when it exists.
    void setLink(const DriverLink& link);
    void removeLink(std::int64_t from, std::int64_t to);

    // "the primary driver 'Safe transitions of care'", for messages.
    QString describe(std::int64_t id) const;

    bool operator==(const DriverDiagram&) const = default;

  private:
    std::vector<DriverNode>& columnOfNode(std::int64_t id);
    std::vector<DriverNode>::iterator locate(std::int64_t id);

    int m_year = 0;
    QString m_title;
    bool m_orderedByHand = false;
    Aim m_aim;
    std::array<std::vector<DriverNode>, nodeKindCount> m_columns;
    std::vector<DriverLink> m_links;
};

// Describes a node for messages: "the primary driver 'Safe transitions of care'".
QString describeNode(const DriverNode& node);
// The same text with its first letter in upper case, to start a sentence.
QString capitalised(QString text);

} // namespace aco
