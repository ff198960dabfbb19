#include "period.h"

#include <QRegularExpression>

namespace aco {

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const Period period(match.captured(1).toInt(), match.captured(2).toInt());
    return period.isValid() ? std::optional<Period>(period) : std::nullopt;
}

QString Period::toString() const
{
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

} // namespace aco
