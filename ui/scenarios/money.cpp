#include "money.h"

#include "mssp/msspformat.h"
#include "scenarios/largestremainder.h"

#include <cmath>

namespace aco::ui {

QString Money::dollars(std::int64_t cents)
{
    return MsspFormat::cents(cents);
}

std::int64_t Money::roundedToDollars(std::int64_t cents)
{
    // In integers: no double rounding of large amounts.
    return (cents >= 0 ? cents + 50 : cents - 50) / 100 * 100;
}

std::vector<std::int64_t> Money::wholeDollarParts(const std::vector<std::int64_t>& cents)
{
    std::int64_t total = 0;
    std::vector<double> weights;
    for (const std::int64_t c : cents) {
        total += c;
        weights.push_back(std::fabs(double(c)));
    }
    if (total == 0)
        return std::vector<std::int64_t>(cents.size(), 0);
    std::vector<std::int64_t> parts = distributeCents(roundedToDollars(total) / 100, weights);
    for (std::int64_t& part : parts)
        part *= 100;
    return parts;
}

QString Money::wholeDollars(std::int64_t cents)
{
    const std::int64_t dollars = roundedToDollars(cents) / 100;
    return (dollars < 0 ? QStringLiteral("-$") : QStringLiteral("$")) +
           MsspFormat::count(dollars < 0 ? -dollars : dollars);
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
