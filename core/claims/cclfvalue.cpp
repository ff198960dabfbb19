#include "claims/cclfvalue.h"

namespace aco::cclf {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

} // namespace

std::string_view trimmed(std::string_view field)
{
    size_t begin = 0;
    size_t end = field.size();
    while (begin < end && field[begin] == ' ')
        ++begin;
    while (end > begin && field[end - 1] == ' ')
        --end;
    return field.substr(begin, end - begin);
}

ValueStatus parseDigits(std::string_view field, std::int64_t& value)
{
    const std::string_view text = trimmed(field);
    value = 0;
    if (text.empty())
        return ValueStatus::Blank;
    if (text.size() > 18)
        return ValueStatus::Invalid;
    for (char c : text) {
        if (!isDigit(c))
            return ValueStatus::Invalid;
        value = value * 10 + (c - '0');
    }
    return ValueStatus::Ok;
}

namespace {

// A signed number's field, without its padding and split at its optional leading sign.
struct SignedText
{
    std::string_view digits;
    bool negative = false;
    bool blank = false; // nothing at all, not even a sign
};

SignedText splitSign(std::string_view field)
{
    SignedText result{trimmed(field)};
    result.blank = result.digits.empty();
    if (!result.blank && (result.digits.front() == '-' || result.digits.front() == '+')) {
        result.negative = result.digits.front() == '-';
        result.digits = trimmed(result.digits.substr(1));
    }
    return result;
}

} // namespace

ValueStatus parseAmountCents(std::string_view field, std::int64_t& cents)
{
    cents = 0;
    const auto [text, negative, blank] = splitSign(field);
    if (blank)
        return ValueStatus::Blank;
    std::int64_t whole = 0;
    size_t i = 0;
    int digits = 0;
    for (; i < text.size() && isDigit(text[i]); ++i, ++digits) {
        // Zero padding may be long (-9(18).99); more than 16 significant digits would overflow.
        if (whole >= 100'000'000'000'000'000 / 10 / 100)
            return ValueStatus::Invalid;
        whole = whole * 10 + (text[i] - '0');
    }
    std::int64_t fraction = 0;
    int decimals = 0;
    if (i < text.size() && text[i] == '.') {
        for (++i; i < text.size() && isDigit(text[i]); ++i, ++decimals) {
            if (decimals >= 2)
                return ValueStatus::Invalid;
            fraction = fraction * 10 + (text[i] - '0');
        }
    }
    if (i != text.size() || digits + decimals == 0)
        return ValueStatus::Invalid;
    if (decimals == 1)
        fraction *= 10;
    cents = whole * 100 + fraction;
    if (negative)
        cents = -cents;
    return ValueStatus::Ok;
}

ValueStatus parseDecimal(std::string_view field, double& value)
{
    value = 0.0;
    const auto [text, negative, blank] = splitSign(field);
    if (blank)
        return ValueStatus::Blank;
    double result = 0.0;
    double scale = 1.0;
    bool point = false;
    int digits = 0;
    for (char c : text) {
        if (c == '.' && !point) {
            point = true;
        } else if (isDigit(c)) {
            ++digits;
            if (point) {
                scale /= 10.0;
                result += (c - '0') * scale;
            } else {
                result = result * 10.0 + (c - '0');
            }
        } else {
            return ValueStatus::Invalid;
        }
    }
    if (digits == 0)
        return ValueStatus::Invalid;
    value = negative ? -result : result;
    return ValueStatus::Ok;
}

bool isValidDate(int yyyymmdd)
{
    const int year = yyyymmdd / 10000;
    const int month = yyyymmdd / 100 % 100;
    const int day = yyyymmdd % 100;
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

ValueStatus parseDate(std::string_view field, int& date)
{
    const std::string_view text = trimmed(field);
    date = 0;
    if (text.empty() || text == "1000-01-01" || text == "9999-12-31")
        return ValueStatus::Blank;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return ValueStatus::Invalid;
    int value = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7)
            continue;
        if (!isDigit(text[i]))
            return ValueStatus::Invalid;
        value = value * 10 + (text[i] - '0');
    }
    if (!isValidDate(value))
        return ValueStatus::Invalid;
    date = value;
    return ValueStatus::Ok;
}

void formatDate(int yyyymmdd, char out[10])
{
    int year = yyyymmdd / 10000;
    const int month = yyyymmdd / 100 % 100;
    const int day = yyyymmdd % 100;
    for (int i = 3; i >= 0; --i, year /= 10)
        out[i] = static_cast<char>('0' + year % 10);
    out[4] = '-';
    out[5] = static_cast<char>('0' + month / 10);
    out[6] = static_cast<char>('0' + month % 10);
    out[7] = '-';
    out[8] = static_cast<char>('0' + day / 10);
    out[9] = static_cast<char>('0' + day % 10);
}

} // namespace aco::cclf
