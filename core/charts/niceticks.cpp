#include "charts/niceticks.h"
#include "measures/measure.h"

#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace aco {

namespace {

constexpr double slack = 1e-9; // relative: a value this close to a tick is on it
constexpr int mostDecimals = 6;

// Ranges that cannot be drawn as they are (empty, reversed, not numbers) made drawable.
std::pair<double, double> usable(double low, double high)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {0.0, 1.0};
    if (low > high)
        std::swap(low, high);
    return {low, high};
}

// The next nice step above `step`: 1 -> 2 -> 2.5 -> 5 -> 10.
double nextStep(double step)
{
    const double base = std::pow(10.0, std::floor(std::log10(step) + slack));
    const double mantissa = step / base;
    for (double m : {2.0, 2.5, 5.0, 10.0})
        if (m > mantissa + slack)
            return m * base;
    return 20.0 * base;
}

// Decimals `value` needs to be written exactly, up to mostDecimals.
int decimalsOf(double value)
{
    const double magnitude = std::max(std::abs(value), 1.0);
    for (int d = 0; d < mostDecimals; ++d) {
        const double scaled = value * std::pow(10.0, d);
        if (std::abs(scaled - std::round(scaled)) <= slack * magnitude * std::pow(10.0, d))
            return d;
    }
    return mostDecimals;
}

Ticks finish(Ticks ticks, TickUnit unit)
{
    ticks.labels = tickLabels(ticks.values, unit);
    return ticks;
}

} // namespace

double niceStep(double span, int most)
{
    most = std::max(most, 1);
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / most;
    const double base = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * base >= raw * (1.0 - slack))
            return m * base;
    return 10.0 * base;
}

TickUnit tickUnit(const Measure& measure)
{
    switch (measure.unit) {
    case Measure::Unit::Percent:
        return TickUnit::Percent;
    case Measure::Unit::Pmpm:
        return TickUnit::Dollars;
    case Measure::Unit::Per1000:
        break;
    }
    return TickUnit::Number;
}

Ticks niceTicks(double low, double high, TickUnit unit, int most, bool fromZero)
{
    most = std::max(most, 1);
    std::tie(low, high) = usable(low, high);
    if (fromZero) {
        low = std::min(low, 0.0);
        high = std::max(high, 0.0);
    }
    if (high - low <= slack * std::max(std::abs(low), std::abs(high))) {
        // One value (zero, when from zero): a range around it, or from zero up.
        const double pad = low == 0.0 ? 1.0 : std::abs(low) * 0.1;
        high += pad;
        if (!fromZero)
            low -= pad;
    }
    Ticks ticks;
    ticks.step = niceStep(high - low, most);
    double first = 0.0;
    double last = 0.0;
    for (;;) {
        first = std::floor(low / ticks.step + slack);
        last = std::ceil(high / ticks.step - slack);
        if (last - first <= most)
            break;
        ticks.step = nextStep(ticks.step);
    }
    for (double i = first; i <= last; ++i)
        ticks.values.push_back(i == 0.0 ? 0.0 : i * ticks.step);
    ticks.low = ticks.values.front();
    ticks.high = ticks.values.back();
    return finish(std::move(ticks), unit);
}

Ticks ticksWithin(double low, double high, TickUnit unit, int most)
{
    most = std::max(most, 1);
    std::tie(low, high) = usable(low, high);
    Ticks ticks;
    ticks.low = low;
    ticks.high = high;
    if (high - low <= slack * std::max(std::abs(low), 1.0)) {
        ticks.values = {low};
        return finish(std::move(ticks), unit);
    }
    // The ends fall between ticks, so a step under span / most may fit: start below it.
    ticks.step = niceStep(high - low, 2 * most);
    for (;;) {
        const double first = std::ceil(low / ticks.step - slack);
        const double last = std::floor(high / ticks.step + slack);
        if (last - first <= most) {
            for (double i = first; i <= last; ++i)
                ticks.values.push_back(i == 0.0 ? 0.0 : i * ticks.step);
            break;
        }
        ticks.step = nextStep(ticks.step);
    }
    return finish(std::move(ticks), unit);
}

Ticks logTicks(double low, double high, TickUnit unit, int most)
{
    most = std::max(most, 2);
    std::tie(low, high) = usable(low, high);
    if (!(low > 0.0))
        low = std::min(1.0, high > 0.0 ? high / 10.0 : 1.0);
    if (!(high > low))
        high = low * 10.0;
    const int firstPower = static_cast<int>(std::floor(std::log10(low) + slack));
    const int lastPower = static_cast<int>(std::ceil(std::log10(high) - slack));
    const auto within = [&](double v) { return v >= low * (1.0 - slack) && v <= high * (1.0 + slack); };
    // From the richest set of mantissas to the sparsest; then every n-th power of ten.
    static const std::vector<std::vector<double>> sets = {
        {1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 5}, {1, 3}, {1}};
    Ticks ticks;
    ticks.low = low;
    ticks.high = high;
    for (const auto& mantissas : sets) {
        std::vector<double> values;
        for (int power = firstPower; power <= lastPower; ++power)
            for (double m : mantissas)
                if (const double v = m * std::pow(10.0, power); within(v))
                    values.push_back(v);
        if (static_cast<int>(values.size()) <= most) {
            ticks.values = std::move(values);
            break;
        }
    }
    if (ticks.values.empty()) { // many decades: every n-th power
        const int powers = lastPower - firstPower + 1;
        const int every = (powers + most - 1) / most;
        for (int power = firstPower; power <= lastPower; ++power)
            if ((power - firstPower) % every == 0 && within(std::pow(10.0, power)))
                ticks.values.push_back(std::pow(10.0, power));
    }
    if (ticks.values.size() < 3) {
        // Less than a decade between round numbers: round values of a linear step read better.
        Ticks linear = ticksWithin(low, high, unit, std::min(most, 5));
        if (linear.values.size() > ticks.values.size())
            return linear;
    }
    ticks.step = high - low;
    for (size_t i = 1; i < ticks.values.size(); ++i)
        ticks.step = std::min(ticks.step, ticks.values[i] - ticks.values[i - 1]);
    // Decades apart, each tick is written as itself: "100", "1,000", "1M".
    for (double v : ticks.values)
        ticks.labels.push_back(tickLabels({v}, unit).front());
    return ticks;
}

std::vector<QString> tickLabels(const std::vector<double>& values, TickUnit unit)
{
    double largest = 0.0;
    for (double v : values)
        largest = std::max(largest, std::abs(v));
    // Millions and billions keep labels short; below a million every digit is shown.
    const auto [scale, suffix] = largest >= 1e9 ? std::pair{1e9, QStringLiteral("B")}
                                 : largest >= 1e6 ? std::pair{1e6, QStringLiteral("M")}
                                                  : std::pair{1.0, QString()};
    int decimals = 0;
    for (double v : values)
        decimals = std::max(decimals, decimalsOf(v / scale));
    const QLocale locale(QLocale::English, QLocale::UnitedStates);
    std::vector<QString> labels;
    labels.reserve(values.size());
    for (double v : values) {
        const double scaled = v / scale;
        const bool zero = std::abs(scaled) < std::pow(10.0, -decimals) / 2;
        const QString digits = zero ? QStringLiteral("0")
                                    : locale.toString(std::abs(scaled), 'f', decimals) + suffix;
        const QString sign = !zero && v < 0 ? QStringLiteral("-") : QString();
        switch (unit) {
        case TickUnit::Dollars:
            labels.push_back(sign + QLatin1Char('$') + digits);
            break;
        case TickUnit::Percent:
            labels.push_back(sign + digits + QLatin1Char('%'));
            break;
        case TickUnit::Number:
            labels.push_back(sign + digits);
            break;
        }
    }
    return labels;
}

} // namespace aco
