#pragma once

#include "period.h"

#include <QString>

#include <array>
#include <optional>

namespace aco {

// The months a measure is summed over, ending at a chosen period.
enum class Window {
    Month,      // the period alone
    Quarter,    // the three months ending at the period (a calendar quarter when it ends one)
    YearToDate, // January of the period's year to the period
    Rolling12,  // the twelve months ending at the period
};

// The window every view, printout and command uses unless told otherwise: the performance year
// so far, which is what the ACO is paid on.
constexpr Window defaultWindow = Window::YearToDate;
// Every window, as lists offer them: the default first.
constexpr std::array<Window, 4> windowChoices = {Window::YearToDate, Window::Rolling12,
                                                  Window::Quarter, Window::Month};

struct PeriodRange
{
    Period first;
    Period last;
    int months() const { return last.index() - first.index() + 1; }
    bool contains(Period p) const { return first <= p && p <= last; }
    QString toString() const; // "2026-01 to 2026-09", or "2026-09" for one month
};

PeriodRange windowRange(Window window, Period end);
// The same window one step earlier: the month, quarter or twelve months before, or the same
// months of the year before for year to date.
PeriodRange priorWindowRange(Window window, Period end);

std::optional<Window> parseWindow(const QString& name); // month, quarter, ytd, r12
QString windowName(Window window);                      // as parsed
QString windowLabel(Window window);                     // "Rolling 12 months"

} // namespace aco
