#include "diagrams/drivernode.h"

#include <array>

namespace aco {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> parseName(const QString& name, const std::array<const char*, N>& names)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return static_cast<Enum>(i);
    return std::nullopt;
}

constexpr std::array<const char*, 4> kindNames = {"aim", "primary", "secondary", "change"};
constexpr std::array<const char*, 2> strengthNames = {"strong", "weak"};
constexpr std::array<const char*, 4> statusNames = {"not_tested", "testing", "adopted",
                                                    "abandoned"};
constexpr std::array<const char*, 2> directionNames = {"higher", "lower"};

} // namespace

QString nodeKindName(NodeKind kind)
{
    return QLatin1String(kindNames[static_cast<size_t>(kind)]);
}

std::optional<NodeKind> parseNodeKind(const QString& name)
{
    return parseName<NodeKind>(name, kindNames);
}

QString nodeKindLabel(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Aim:
        return QStringLiteral("aim");
    case NodeKind::Primary:
        return QStringLiteral("primary driver");
    case NodeKind::Secondary:
        return QStringLiteral("secondary driver");
    case NodeKind::Change:
        return QStringLiteral("change idea");
    }
    return {};
}

QString columnTitle(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Aim:
        return QStringLiteral("Aim");
    case NodeKind::Primary:
        return QStringLiteral("Primary drivers");
    case NodeKind::Secondary:
        return QStringLiteral("Secondary drivers");
    case NodeKind::Change:
        return QStringLiteral("Change ideas");
    }
    return {};
}

QString linkStrengthName(LinkStrength strength)
{
    return QLatin1String(strengthNames[static_cast<size_t>(strength)]);
}

std::optional<LinkStrength> parseLinkStrength(const QString& name)
{
    return parseName<LinkStrength>(name, strengthNames);
}

QString changeStatusName(ChangeStatus status)
{
    return QLatin1String(statusNames[static_cast<size_t>(status)]);
}

std::optional<ChangeStatus> parseChangeStatus(const QString& name)
{
    return parseName<ChangeStatus>(name, statusNames);
}

QString changeStatusLabel(ChangeStatus status)
{
    switch (status) {
    case ChangeStatus::NotTested:
        return QStringLiteral("Not yet tested");
    case ChangeStatus::Testing:
        return QStringLiteral("Testing");
    case ChangeStatus::Adopted:
        return QStringLiteral("Adopted");
    case ChangeStatus::Abandoned:
        return QStringLiteral("Abandoned");
    }
    return {};
}

QString directionName(TargetDirection direction)
{
    return QLatin1String(directionNames[static_cast<size_t>(direction)]);
}

std::optional<TargetDirection> parseDirection(const QString& name)
{
    return parseName<TargetDirection>(name, directionNames);
}

} // namespace aco
