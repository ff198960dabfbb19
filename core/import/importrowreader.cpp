#include "import/importrowreader.h"

#include "identifiers.h"

#include <QStringList>

#include <charconv>
#include <cmath>

namespace aco {

namespace {

constexpr int firstYear = 1900; // dates and months outside 1900-2100 are typing mistakes
constexpr int lastYear = 2100;

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// Digits only, exactly `count` of them (at most 18), as a number.
std::optional<std::int64_t> digits(std::string_view text, size_t count)
{
    if (text.size() != count)
        return std::nullopt;
    std::int64_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

ImportRowReader::ImportRowReader(std::string_view data, ImportKind kind,
                                 std::vector<ImportProblem>& problems)
    : m_kind(kind), m_columns(importColumns(kind)), m_scanner(data), m_problems(problems),
      m_position(m_columns.size(), -1)
{
}

bool ImportRowReader::readHeader()
{
    QStringList names;
    for (const ImportColumn& column : m_columns)
        names << QString::fromLatin1(column.name);
    const QString expected = names.join(QStringLiteral(","));
    if (!m_scanner.next(m_fields, m_line, m_syntax)) {
        m_problems.push_back({1, 1,
                              QStringLiteral("the file is empty; its first line must name the "
                                             "columns of a %1 file: %2")
                                  .arg(importKindName(m_kind), expected)});
        return false;
    }
    for (const CsvSyntaxProblem& problem : m_syntax)
        m_problems.push_back({problem.line, problem.column, problem.reason});
    m_headerSize = m_fields.size();
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const std::string_view name = trimmed(m_fields[i].text);
        size_t c = 0;
        while (c < m_columns.size() && name != m_columns[c].name)
            ++c;
        const int column = static_cast<int>(i) + 1;
        if (c == m_columns.size())
            m_problems.push_back({m_line, column,
                                  QStringLiteral("unknown column \"%1\"; the columns of a %2 file "
                                                 "are %3")
                                      .arg(toQString(name), importKindName(m_kind), expected)});
        else if (m_position[c] >= 0)
            m_problems.push_back(
                {m_line, column,
                 QStringLiteral("column \"%1\" appears twice; remove one").arg(toQString(name))});
        else
            m_position[c] = static_cast<int>(i);
    }
    bool usable = true;
    for (size_t c = 0; c < m_columns.size(); ++c) {
        if (m_position[c] < 0 && m_columns[c].required) {
            m_problems.push_back(
                {m_line, static_cast<int>(m_headerSize) + 1,
                 QStringLiteral("the header has no column \"%1\", which a %2 file "
                                "must have; add it")
                     .arg(QString::fromLatin1(m_columns[c].name), importKindName(m_kind))});
            usable = false;
        }
    }
    return usable;
}

bool ImportRowReader::next()
{
    while (true) {
        m_syntax.clear();
        if (!m_scanner.next(m_fields, m_line, m_syntax))
            return false;
        ++m_rows;
        m_problemsAtRowStart = m_problems.size();
        for (const CsvSyntaxProblem& problem : m_syntax)
            m_problems.push_back({problem.line, problem.column, problem.reason});
        if (m_fields.size() == m_headerSize)
            return true;
        m_problems.push_back(
            {m_line, static_cast<int>(std::min(m_fields.size(), m_headerSize)) + 1,
             QStringLiteral("the row has %1 field%2 where the header has %3; quote a field "
                            "that holds a comma")
                 .arg(m_fields.size())
                 .arg(m_fields.size() == 1 ? QString() : QStringLiteral("s"))
                 .arg(m_headerSize)});
    }
}

void ImportRowReader::report(int column, const QString& reason)
{
    const int position = m_position[static_cast<size_t>(column)];
    const int line = position >= 0 ? m_fields[static_cast<size_t>(position)].line : m_line;
    m_problems.push_back({line, position + 1, reason});
}

void ImportRowReader::reportAt(int line, int column, const QString& reason)
{
    m_problems.push_back({line, m_position[static_cast<size_t>(column)] + 1, reason});
}

std::string_view ImportRowReader::raw(int column) const
{
    const int position = m_position[static_cast<size_t>(column)];
    return position < 0 ? std::string_view()
                        : trimmed(m_fields[static_cast<size_t>(position)].text);
}

QString ImportRowReader::quoted(int column) const
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(m_columns[static_cast<size_t>(column)].name),
             toQString(raw(column)));
}

std::optional<std::string_view> ImportRowReader::text(int column)
{
    const std::string_view text = raw(column);
    if (!text.empty())
        return text;
    if (m_columns[static_cast<size_t>(column)].required)
        report(column, QStringLiteral("%1 is empty; it is required")
                           .arg(QString::fromLatin1(m_columns[static_cast<size_t>(column)].name)));
    return std::nullopt;
}

std::optional<std::int64_t> ImportRowReader::integer(int column, std::int64_t minimum,
                                                     std::int64_t maximum)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size()) {
        report(column, QStringLiteral("%1 is not a whole number").arg(quoted(column)));
        return std::nullopt;
    }
    if (value < minimum || value > maximum) {
        report(column, QStringLiteral("%1 is out of range; it must be from %2 to %3")
                           .arg(quoted(column))
                           .arg(minimum)
                           .arg(maximum));
        return std::nullopt;
    }
    return value;
}

std::optional<double> ImportRowReader::number(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    double value = 0.0;
    const auto [end, error] =
        std::from_chars(text->data(), text->data() + text->size(), value, std::chars_format::fixed);
    if (error != std::errc() || end != text->data() + text->size() || !std::isfinite(value)) {
        report(column, QStringLiteral("%1 is not a number; write it with a dot for decimals, as "
                                      "in 1.25")
                           .arg(quoted(column)));
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> ImportRowReader::cents(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    // Parsed as text, never through a double, so that every amount is exact to the cent.
    const size_t dot = text->find('.');
    const std::string_view whole = text->substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : text->substr(dot + 1);
    const auto allDigits = [](std::string_view part) {
        for (char c : part)
            if (c < '0' || c > '9')
                return false;
        return true;
    };
    if (whole.empty() || whole.size() > 15 || !allDigits(whole) || !allDigits(fraction) ||
        fraction.size() > 2 || (dot != std::string_view::npos && fraction.empty())) {
        report(column, QStringLiteral("%1 is not an amount in dollars; write it as 1234.56, "
                                      "without a $ sign or thousands separators")
                           .arg(quoted(column)));
        return std::nullopt;
    }
    std::int64_t value = 0;
    for (char c : whole)
        value = value * 10 + (c - '0');
    value *= 100;
    if (!fraction.empty())
        value += (fraction[0] - '0') * 10 + (fraction.size() == 2 ? fraction[1] - '0' : 0);
    return value;
}

std::optional<QDate> ImportRowReader::date(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    const auto year = text->size() == 10 && (*text)[4] == '-' && (*text)[7] == '-'
                          ? digits(text->substr(0, 4), 4)
                          : std::nullopt;
    const auto monthOfYear = year ? digits(text->substr(5, 2), 2) : std::nullopt;
    const auto day = monthOfYear ? digits(text->substr(8, 2), 2) : std::nullopt;
    if (!day || *year < firstYear || *year > lastYear ||
        !QDate::isValid(int(*year), int(*monthOfYear), int(*day))) {
        report(column, QStringLiteral("%1 is not a date from %2 to %3; write it as YYYY-MM-DD")
                           .arg(quoted(column))
                           .arg(firstYear)
                           .arg(lastYear));
        return std::nullopt;
    }
    return QDate(int(*year), int(*monthOfYear), int(*day));
}

std::optional<int> ImportRowReader::month(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    const auto year =
        text->size() == 7 && (*text)[4] == '-' ? digits(text->substr(0, 4), 4) : std::nullopt;
    const auto monthOfYear = year ? digits(text->substr(5, 2), 2) : std::nullopt;
    if (!monthOfYear || *year < firstYear || *year > lastYear || *monthOfYear < 1 ||
        *monthOfYear > 12) {
        report(column, QStringLiteral("%1 is not a month from %2 to %3; write it as YYYY-MM")
                           .arg(quoted(column))
                           .arg(firstYear)
                           .arg(lastYear));
        return std::nullopt;
    }
    return static_cast<int>(*year * 100 + *monthOfYear);
}

std::optional<std::string_view> ImportRowReader::choice(int column,
                                                        std::span<const char* const> choices)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    QStringList names;
    for (const char* choice : choices) {
        if (*text == choice)
            return text;
        names << QString::fromLatin1(choice);
    }
    report(column, QStringLiteral("%1 must be one of %2")
                       .arg(quoted(column), names.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<std::string_view> ImportRowReader::npi(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    if (isValidNpi(*text))
        return text;
    if (digits(*text, 10) && ((*text)[0] == '1' || (*text)[0] == '2'))
        report(column, QStringLiteral("%1 has a wrong check digit (it would end in %2); check it "
                                      "for a mistyped digit")
                           .arg(quoted(column))
                           .arg(QLatin1Char(npiCheckDigit(text->substr(0, 9)))));
    else
        report(column,
               QStringLiteral("%1 is not an NPI; it must be ten digits starting with 1 or 2")
                   .arg(quoted(column)));
    return std::nullopt;
}

std::optional<std::string_view> ImportRowReader::mbi(int column)
{
    const auto text = this->text(column);
    if (!text)
        return std::nullopt;
    if (isValidMbi(*text))
        return text;
    report(column, QStringLiteral("%1 is not an MBI; it must be 11 characters in CMS's format, "
                                  "such as 1EG4TE5MK73, without dashes")
                       .arg(quoted(column)));
    return std::nullopt;
}

} // namespace aco
