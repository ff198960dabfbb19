#pragma once

#include <QString>

#include <optional>

namespace aco {

// A calendar month, stored in the database as the integer yyyymm (202609 for September 2026).
class Period
{
public:
    constexpr Period() = default;
    constexpr Period(int year, int month) : m_year(year), m_month(month) {}

    static constexpr Period fromInt(int yyyymm) { return {yyyymm / 100, yyyymm % 100}; }
    // Parses "YYYY-MM"; nullopt when the text is not a month.
    static std::optional<Period> parse(const QString& text);

    constexpr int toInt() const { return m_year * 100 + m_month; }
    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    constexpr bool isValid() const { return m_year > 0 && m_month >= 1 && m_month <= 12; }
    // Months since year 0, for arithmetic across year ends.
    constexpr int index() const { return m_year * 12 + (m_month - 1); }
    static constexpr Period fromIndex(int index) { return {index / 12, index % 12 + 1}; }
    constexpr Period addMonths(int months) const { return fromIndex(index() + months); }
    QString toString() const; // "YYYY-MM"

    constexpr auto operator<=>(const Period&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace aco
