#pragma once

#include <QString>

#include <cstdint>

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
    // A change: "+$48.00", "-$12.00", "$0.00".
    static QString change(std::int64_t cents);
    // "$1.2M", "$350K", "$900": for chart axes and labels.
    static QString compact(double cents);
    // 8000 basis points: "80%"; 1250: "12.5%".
    static QString percent(int basisPoints);
};

} // namespace aco::ui
