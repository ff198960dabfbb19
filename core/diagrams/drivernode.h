#pragma once

#include <QString>

#include <cstdint>
#include <optional>

namespace aco {

// The four columns of a driver diagram, left to right.
enum class NodeKind
{
    Aim,
    Primary,
    Secondary,
    Change
};
constexpr int nodeKindCount = 4;

// How strongly a driver or change idea is believed to move the node it drives.
enum class LinkStrength
{
    Strong,
    Weak
};

// Where a change idea stands in its test cycles.
enum class ChangeStatus
{
    NotTested,
    Testing,
    Adopted,
    Abandoned
};

// Which way a node's measure should move.
enum class TargetDirection
{
    Higher,
    Lower
};

// The diagram's aim in the Model for Improvement's form.
struct Aim
{
    QString what;    // "Lower total cost of care while raising quality"
    QString howMuch; // "Spend 3% below the benchmark"
    QString forWhom; // "The 60,000 beneficiaries attributed to ..."
    QString byWhen;  // "December 31, 2026"

    bool operator==(const Aim&) const = default;
};

// One box of a driver diagram. The aim's box also has a DriverNode, whose text mirrors Aim::what,
// so that it can carry a measure and be linked like any other node.
struct DriverNode
{
    std::int64_t id = 0; // the driver_node row's id; unique across every diagram in the file
    NodeKind kind = NodeKind::Primary;
    QString text;
    QString measure;                          // a measure code ("CRC"); empty: no live metric
    std::optional<double> target;             // in the measure's display unit (percent 0-100, $)
    std::optional<TargetDirection> direction; // none: the measure's own direction
    std::optional<ChangeStatus> status;       // change ideas only

    bool operator==(const DriverNode&) const = default;
};

// A link from the more specific node (one column to the right) to the node it drives.
struct DriverLink
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    LinkStrength strength = LinkStrength::Strong;

    bool operator==(const DriverLink&) const = default;
};

inline int columnOf(NodeKind kind)
{
    return static_cast<int>(kind);
}
inline NodeKind kindOfColumn(int column)
{
    return static_cast<NodeKind>(column);
}

// Names as stored in the database and in JSON ("aim", "primary", "secondary", "change").
QString nodeKindName(NodeKind kind);
std::optional<NodeKind> parseNodeKind(const QString& name);
// For people: "primary driver", "change idea".
QString nodeKindLabel(NodeKind kind);
QString columnTitle(NodeKind kind); // "Primary drivers"

QString linkStrengthName(LinkStrength strength); // strong, weak
std::optional<LinkStrength> parseLinkStrength(const QString& name);

QString changeStatusName(ChangeStatus status); // not_tested, testing, adopted, abandoned
std::optional<ChangeStatus> parseChangeStatus(const QString& name);
QString changeStatusLabel(ChangeStatus status); // "Not yet tested"

QString directionName(TargetDirection direction); // higher, lower
std::optional<TargetDirection> parseDirection(const QString& name);

} // namespace aco
