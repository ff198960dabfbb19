#pragma once

#include <QString>

#include <vector>

namespace aco {

struct Measure;

// What the numbers on an axis are, for their labels: "1,500", "$1,200", "25%".
enum class TickUnit { Number, Dollars, Percent };

// How a measure's values are labelled on an axis: percents as "25%", costs as "$1,200", rates per
// 1,000 as plain numbers.
TickUnit tickUnit(const Measure& measure);

// An axis's ticks, shared by every chart and page painter so that all of them read alike.
struct Ticks
{
    double low = 0.0;  // the axis's ends
    double high = 1.0;
    double step = 1.0; // between ticks: 1, 2, 2.5 or 5 x 10^k (on a log axis, the smallest gap)
    std::vector<double> values; // from low to high
    std::vector<QString> labels; // one per value, formatted alike (tickLabels)
};

// The ticks of a linear axis over [low, high]: the smallest step of 1, 2, 2.5 or 5 x 10^k that
// covers the range in at most `most` intervals, the axis's ends on ticks. The axis starts at zero
// when every value is positive and `fromZero` (a bar's length is then its value), ends at zero
// when every value is negative.
Ticks niceTicks(double low, double high, TickUnit unit, int most = 5, bool fromZero = true);

// Ticks at round values inside fixed ends (a histogram's bins fix them): the axis keeps
// [low, high] and the ticks are the multiples between them of the smallest nice step that puts
// at most `most` intervals between the first and the last.
Ticks ticksWithin(double low, double high, TickUnit unit, int most = 5);

// The ticks of a log axis over [low, high] (both positive): 1, 2 and 5 x 10^k while the range
// holds no more than `most` of them, else 1 and 3, else the powers of ten (or every second,
// third... power), each labelled as itself; the axis's ends are the range's.
Ticks logTicks(double low, double high, TickUnit unit, int most = 8);

// The nice step for a span and a number of intervals: the smallest of 1, 2, 2.5, 5 x 10^k at
// least span / most.
double niceStep(double span, int most);

// Labels for ticks, all with the same decimals and the same scale: thousands separators below a
// million ("1,500", "$250,000"), millions and billions with a suffix beyond ("$1.5M", "$2.0B"),
// as many decimals as the most precise tick needs and no more ("2.5%, 5.0%"), zero as "0", "$0"
// or "0%", a negative amount with its sign before the dollar sign ("-$500").
std::vector<QString> tickLabels(const std::vector<double>& values, TickUnit unit);

} // namespace aco
