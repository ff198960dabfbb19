#include "agerange.h"

#include <QStringList>

#include <algorithm>

namespace aco {

namespace {

// `age OP number` as the range of ages it allows.
std::optional<AgeRange> compared(const QString& op, int number)
{
    AgeRange range;
    if (op == QLatin1String("<"))
        range.high = number - 1;
    else if (op == QLatin1String("<="))
        range.high = number;
    else if (op == QLatin1String("=") || op == QLatin1String("=="))
        range.low = range.high = number;
    else if (op == QLatin1String(">="))
        range.low = number;
    else if (op == QLatin1String(">"))
        range.low = number + 1;
    else
        return std::nullopt;
    return range;
}

// The words of a condition: "age", numbers of up to three digits, comparison operators and "+";
// nullopt for anything else.
std::optional<QStringList> tokens(const QString& text)
{
    QStringList list;
    qsizetype i = 0;
    const auto take = [&](auto belongs) {
        const qsizetype start = i;
        while (i < text.size() && belongs(text[i]))
            ++i;
        list << text.mid(start, i - start);
    };
    while (i < text.size()) {
        const QChar c = text[i];
        if (c.isSpace())
            ++i;
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            take([](QChar d) { return d >= QLatin1Char('0') && d <= QLatin1Char('9'); });
        else if (c.isLetter())
            take([](QChar d) { return d.isLetter(); });
        else if (c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('='))
            take([](QChar d) {
                return d == QLatin1Char('<') || d == QLatin1Char('>') || d == QLatin1Char('=');
            });
        else if (c == QLatin1Char('+'))
            list << QString(text[i++]);
        else
            return std::nullopt;
        if (list.back().front().isDigit() && list.back().size() > 3)
            return std::nullopt;
    }
    return list;
}

bool isNumber(const QString& token)
{
    return !token.isEmpty() && token.front().isDigit();
}

} // namespace

std::optional<AgeRange> AgeRange::parse(const QString& condition)
{
    const auto words = tokens(condition.toLower());
    if (!words)
        return std::nullopt;
    const QStringList& w = *words;
    const QLatin1String age("age");
    if (w.isEmpty())
        return AgeRange{};
    // age 50+
    if (w.size() == 3 && w[0] == age && isNumber(w[1]) && w[2] == QLatin1String("+"))
        return AgeRange{w[1].toInt(), INT_MAX};
    // age >= 15
    if (w.size() == 3 && w[0] == age && isNumber(w[2]))
        return compared(w[1], w[2].toInt());
    // 9 <= age <= 64: both bounds must face the same way as a range is written.
    if (w.size() == 5 && isNumber(w[0]) && w[2] == age && isNumber(w[4]) &&
        w[1].startsWith(QLatin1Char('<')) && w[3].startsWith(QLatin1Char('<'))) {
        QString lowerOp = w[1];
        lowerOp.replace(QLatin1Char('<'), QLatin1Char('>')); // "9 <= age" is "age >= 9"
        const auto lower = compared(lowerOp, w[0].toInt());
        const auto upper = compared(w[3], w[4].toInt());
        if (!lower || !upper)
            return std::nullopt;
        return AgeRange{std::max(lower->low, upper->low), std::min(lower->high, upper->high)};
    }
    return std::nullopt;
}

} // namespace aco
