#include "measures/window.h"

namespace aco {

QString PeriodRange::toString() const
{
    return first == last ? last.toString() : first.toString() + QStringLiteral(" to ") + last.toString();
}

PeriodRange windowRange(Window window, Period end)
{
    switch (window) {
    case Window::Month:
        return {end, end};
    case Window::Quarter:
        return {end.addMonths(-2), end};
    case Window::YearToDate:
        return {Period(end.year(), 1), end};
    case Window::Rolling12:
        return {end.addMonths(-11), end};
    }
    return {end, end};
}

PeriodRange priorWindowRange(Window window, Period end)
{
    switch (window) {
    case Window::Month:
        return windowRange(window, end.addMonths(-1));
    case Window::Quarter:
        return windowRange(window, end.addMonths(-3));
    case Window::YearToDate:
    case Window::Rolling12:
        return windowRange(window, end.addMonths(-12));
    }
    return windowRange(window, end);
}

std::optional<Window> parseWindow(const QString& name)
{
    if (name == QLatin1String("month"))
        return Window::Month;
    if (name == QLatin1String("quarter"))
        return Window::Quarter;
    if (name == QLatin1String("ytd"))
        return Window::YearToDate;
    if (name == QLatin1String("r12"))
        return Window::Rolling12;
    return std::nullopt;
}

QString windowName(Window window)
{
    switch (window) {
    case Window::Month:
        return QStringLiteral("month");
    case Window::Quarter:
        return QStringLiteral("quarter");
    case Window::YearToDate:
        return QStringLiteral("ytd");
    case Window::Rolling12:
        return QStringLiteral("r12");
    }
    return {};
}

QString windowLabel(Window window)
{
    switch (window) {
    case Window::Month:
        return QStringLiteral("Month");
    case Window::Quarter:
        return QStringLiteral("Quarter");
    case Window::YearToDate:
        return QStringLiteral("Year to date");
    case Window::Rolling12:
        return QStringLiteral("Rolling 12 months");
    }
    return {};
}

} // namespace aco
