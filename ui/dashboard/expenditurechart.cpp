#include "expenditurechart.h"

#include "charts/chartstyle.h"
#include "charts/niceticks.h"

#include "dashboardcolors.h"
#include "mssp/msspformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScatterSeries>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace aco::ui {

QChart* ExpenditureChart::create(const DashboardData& data, Axis axis)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->hide();

    const auto& months = data.finances.months;
    const double msr = data.finances.projection ? data.finances.projection->msr : 0.0;
    auto* spending = new QLineSeries;
    spending->setPen(QPen(DashboardColors::bar(), 3));
    auto* points = new QScatterSeries;
    points->setColor(DashboardColors::bar());
    points->setBorderColor(DashboardColors::bar());
    points->setMarkerSize(9);
    auto* benchmark = new QLineSeries;
    benchmark->setPen(QPen(DashboardColors::target(), 2.5, Qt::DashLine));
    auto* msrLine = new QLineSeries;
    msrLine->setPen(QPen(DashboardColors::msrLine(), 2, Qt::DotLine));

    double low = 0;
    double high = 0;
    for (const ExpenditureMonth& m : months) {
        const double x = m.period.month();
        spending->append(x, m.expenditurePmpm());
        points->append(x, m.expenditurePmpm());
        benchmark->append(x, m.benchmarkPmpm());
        msrLine->append(x, m.benchmarkPmpm() * (1.0 - msr));
        const double lowest = std::min(m.expenditurePmpm(), m.benchmarkPmpm() * (1.0 - msr));
        low = low == 0 ? lowest : std::min(low, lowest);
        high = std::max({high, m.expenditurePmpm(), m.benchmarkPmpm()});
    }
    // The band between the two lines, drawn first so that the lines sit on it.
    auto* upper = new QLineSeries(chart);
    auto* lower = new QLineSeries(chart);
    upper->append(benchmark->points());
    lower->append(msrLine->points());
    auto* band = new QAreaSeries(upper, lower);
    band->setBrush(DashboardColors::msrBand());
    band->setPen(Qt::NoPen);

    for (QAbstractSeries* series :
         std::initializer_list<QAbstractSeries*>{band, msrLine, benchmark, spending, points})
        chart->addSeries(series);

    auto* axisX = new QCategoryAxis;
    const QLocale english(QLocale::English);
    const int span = axis == Axis::Months ? 1 : 3;
    for (int month = span; month <= 12; month += span)
        axisX->append(span == 1 ? english.monthName(month, QLocale::ShortFormat)
                                : QObject::tr("Q%1").arg(month / 3),
                      month + 0.5);
    axisX->setStartValue(0.5);
    axisX->setRange(0.5, 12.5);
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    axisX->setGridLineVisible(false);
    // Twelve months in half the window's width: a smaller font keeps "May" from eliding.
    if (axis == Axis::Months) {
        QFont monthFont = axisX->labelsFont();
        monthFont.setPointSizeF(monthFont.pointSizeF() * 0.85);
        axisX->setLabelsFont(monthFont);
    }
    // Spending moves by a few percent around the benchmark: the axis starts near it, and its
    // title says where.
    const Ticks ticks = months.empty() ? niceTicks(0.0, 1.0, TickUnit::Dollars)
                                       : niceTicks(low * 0.98, high * 1.02, TickUnit::Dollars, 5, false);
    QAbstractAxis* axisY = ChartStyle::valueAxis(
        ticks, ticks.low > 0 ? QObject::tr("$ PMPM, from %1").arg(ticks.labels.front()) : QObject::tr("$ PMPM"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    return chart;
}

QString ExpenditureChart::legend(const DashboardData& data)
{
    const double msr = data.finances.projection ? data.finances.projection->msr : 0.0;
    // Each entry unbroken, so that a narrow legend wraps between entries only.
    const auto entry = [](const QColor& colour, const QString& symbol, const QString& text) {
        return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>&nbsp;%3")
            .arg(colour.name(), symbol,
                 text.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    };
    return QStringList{
        entry(DashboardColors::bar(), QStringLiteral("━●━"), QObject::tr("Spending")),
        entry(DashboardColors::target(), QStringLiteral("╍╍╍"), QObject::tr("Benchmark")),
        entry(DashboardColors::msrLine(), QStringLiteral("┈┈┈"),
              QObject::tr("Benchmark less the MSR (%1)").arg(MsspFormat::percent(msr, 2))),
        entry(DashboardColors::msrBand().darker(108), QStringLiteral("███"),
              QObject::tr("Savings too small to share"))}
        .join(QStringLiteral("&nbsp;&nbsp;&nbsp; "));
}

} // namespace aco::ui
