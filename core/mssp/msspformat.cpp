#include "msspformat.h"

#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace aco {

namespace {

const QLocale& english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

std::int64_t toCents(double amount)
{
    return std::llround(amount * 100.0);
}

} // namespace

QString MsspFormat::percent(double fraction, int decimals)
{
    QString text = QString::number(fraction * 100.0, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text + QLatin1Char('%');
}

QString MsspFormat::qualityScore(double fraction)
{
    return percent(fraction, 2);
}

QString MsspFormat::cents(std::int64_t cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const std::int64_t magnitude = std::llabs(cents);
    return sign + QLatin1Char('$') + english().toString(static_cast<qlonglong>(magnitude / 100)) +
           QLatin1Char('.') + QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString MsspFormat::dollars(double amount)
{
    return cents(toCents(amount));
}

QString MsspFormat::count(std::int64_t value)
{
    return english().toString(static_cast<qlonglong>(value));
}

QString MsspFormat::plainCents(std::int64_t cents)
{
    // Unsigned negation: the magnitude of the most negative amount does not fit a signed one.
    const std::uint64_t magnitude =
        cents < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(cents) : std::uint64_t(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString MsspFormat::plainDollars(double amount)
{
    return plainCents(toCents(amount));
}

QString MsspFormat::plainRate(double fraction)
{
    if (fraction == 0.0)
        return QStringLiteral("0");
    return QString::number(fraction, 'g', 15);
}

} // namespace aco
