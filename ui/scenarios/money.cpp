#include "money.h"

#include <cmath>

namespace aco::ui {

QString Money::dollars(std::int64_t cents)
{
    const std::uint64_t magnitude =
        cents < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(cents) : std::uint64_t(cents);
    QString whole = QString::number(magnitude / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1$%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString Money::change(std::int64_t cents)
{
    return (cents > 0 ? QStringLiteral("+") : QString()) + dollars(cents);
}

QString Money::compact(double cents)
{
    const double dollars = cents / 100.0;
    const double size = std::fabs(dollars);
    const QString sign = dollars < 0 ? QStringLiteral("-") : QString();
    if (size >= 1e6)
        return QStringLiteral("%1$%2M").arg(sign,
                                            QString::number(size / 1e6, 'f', size >= 1e7 ? 0 : 1));
    if (size >= 1e3)
        return QStringLiteral("%1$%2K").arg(sign,
                                            QString::number(size / 1e3, 'f', size >= 1e4 ? 0 : 1));
    return QStringLiteral("%1$%2").arg(sign, QString::number(size, 'f', 0));
}

QString Money::percent(int basisPoints)
{
    return QString::number(basisPoints / 100.0, 'g', 4) + QLatin1Char('%');
}

} // namespace aco::ui
