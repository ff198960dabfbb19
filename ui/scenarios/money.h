#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace aco::ui {

// How the Scenarios view writes amounts and shares, the same on screen and in print.
class Money
{
  public:
    // "$1,234,567.89", "-$12.00": exact, by integer arithmetic.
    static QString dollars(std::int64_t cents);
    // "$1,234,568", "-$12": rounded to whole dollars (half away from zero), for estimates and
    // the board's tables, where cents are noise.
    static QString wholeDollars(std::int64_t cents);
    // Parts of one sign rounded to whole dollars (in cents, multiples of 100) so that they
    // still add up to their total rounded as wholeDollars() rounds it: the largest-remainder rule,
    // so no part moves by a dollar or more. For the board's tables, whose columns must add up.
    static std::vector<std::int64_t> wholeDollarParts(const std::vector<std::int64_t>& cents);
    // The whole dollars of an amount, in cents (a multiple of 100), rounded as wholeDollars().
    static std::int64_t roundedToDollars(std::int64_t cents);
    // A change: "+$48.00", "-$12.00", "$0.00".
    static QString change(std::int64_t cents);
    // "$1.2M", "$350K", "$900": for chart axes and labels.
    static QString compact(double cents);
    // 8000 basis points: "80%"; 1250: "12.5%".
    static QString percent(int basisPoints);
};

} // namespace aco::ui
