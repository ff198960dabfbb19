#pragma once

#include <QString>

#include <cstdint>

namespace aco {

// How the Shared Savings Program's numbers are written for people: the same in the notes, the
// explanation and the window, and independent of the system's locale so that output is
// reproducible.
class MsspFormat
{
public:
    // 0.0312345 -> "3.1235%": at most `decimals` decimals, trailing zeros dropped.
    static QString percent(double fraction, int decimals = 4);
    // A quality score (0-1) as every view and report writes it: a percent to at most two
    // decimals, CMS's four decimals of the fraction. 0.88 -> "88%", 0.9123 -> "91.23%".
    static QString qualityScore(double fraction);
    // 1234567.891 -> "$1,234,567.89"; -5 -> "-$5.00".
    static QString dollars(double amount);
    static QString cents(std::int64_t cents);
    // 12345 -> "12,345".
    static QString count(std::int64_t value);
    // For files: 1234567.891 -> "1234567.89" (rounded to cents, no grouping).
    static QString plainDollars(double amount);
    static QString plainCents(std::int64_t cents);
    // For files: a fraction with enough digits to be read back unchanged.
    static QString plainRate(double fraction);
};

} // namespace aco
