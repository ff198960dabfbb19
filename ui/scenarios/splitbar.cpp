#include "splitbar.h"

#include "money.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QObject>
#include <QValueAxis>

namespace aco::ui {

namespace {

// Told apart without red and green (Okabe and Ito's palette), with white text on each.
const QColor partColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                              QColor(0x00, 0x9e, 0x73), QColor(0x6a, 0x3d, 0x9a)};

QString legendLabel(const SplitBar::Part& part, bool savings)
{
    return savings ? QStringLiteral("%1 %2: %3")
                         .arg(part.name, Money::percent(part.basisPoints),
                              Money::wholeDollars(part.cents))
                   : QStringLiteral("%1 %2").arg(part.name, Money::percent(part.basisPoints));
}

} // namespace

std::vector<SplitBar::Part> SplitBar::parts(const Scenario& s, const Allocation& a)
{
    const bool savings = a.poolCents > 0;
    const Part all[] = {
        {QObject::tr("Infrastructure"), s.infrastructureBasisPoints,
         savings ? a.infrastructureCents : 0},
        {QObject::tr("Care redesign"), s.careRedesignBasisPoints, savings ? a.careRedesignCents : 0},
        {QObject::tr("Providers"), s.providerBasisPoints, savings ? a.providerPoolCents : 0},
        {QObject::tr("Reserve"), s.reserveBasisPoints, savings ? a.reserveCents : 0},
    };
    std::vector<Part> shown;
    for (const Part& part : all)
        if (part.basisPoints > 0)
            shown.push_back(part);
    // In whole dollars that still add up to the pool's, as the legend shows them.
    std::vector<std::int64_t> cents;
    for (const Part& part : shown)
        cents.push_back(part.cents);
    const std::vector<std::int64_t> rounded = Money::wholeDollarParts(cents);
    for (size_t i = 0; i < shown.size(); ++i)
        shown[i].cents = rounded[i];
    return shown;
}

QString SplitBar::title(const Allocation& a)
{
    if (a.poolCents > 0)
        return QObject::tr("Split of %1 savings").arg(Money::wholeDollars(a.poolCents));
    if (a.poolCents < 0)
        return QObject::tr("The split shares savings; this year is a loss of %1 (see who bears "
                           "it above)")
            .arg(Money::wholeDollars(-a.poolCents));
    return QObject::tr("The split of the pool (nothing earned this year)");
}

QChart* SplitBar::chart(const Scenario& scenario, const Allocation& allocation)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.6);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    series->setLabelsFormat(QStringLiteral("@value%"));
    const std::vector<Part> parts = SplitBar::parts(scenario, allocation);
    for (size_t i = 0; i < parts.size(); ++i) {
        auto* set = new QBarSet(QString());
        set->setColor(partColours[i % 4]);
        set->setBorderColor(Qt::white);
        set->setLabelColor(Qt::white);
        set->append(0.0);
        series->append(set);
    }
    chart->addSeries(series);
    auto* pool = new QBarCategoryAxis;
    pool->append(QObject::tr("Pool"));
    pool->setVisible(false);
    chart->addAxis(pool, Qt::AlignLeft);
    series->attachAxis(pool);
    auto* shares = new QValueAxis;
    shares->setRange(0, 100);
    shares->setTickCount(6);
    shares->setLabelFormat(QStringLiteral("%.0f%%"));
    shares->setTitleText(QObject::tr("Share of the pool"));
    chart->addAxis(shares, Qt::AlignBottom);
    series->attachAxis(shares);
    chart->legend()->setAlignment(Qt::AlignBottom);
    update(chart, scenario, allocation);
    return chart;
}

bool SplitBar::update(QChart* chart, const Scenario& scenario, const Allocation& allocation)
{
    auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().value(0));
    const std::vector<Part> parts = SplitBar::parts(scenario, allocation);
    if (!series || series->count() != static_cast<qsizetype>(parts.size()))
        return false;
    const QList<QBarSet*> sets = series->barSets();
    for (size_t i = 0; i < parts.size(); ++i) {
        QBarSet* set = sets[static_cast<qsizetype>(i)];
        if (!set->label().startsWith(parts[i].name + QLatin1Char(' ')) && !set->label().isEmpty())
            return false;
        set->setLabel(legendLabel(parts[i], allocation.poolCents > 0));
        set->replace(0, parts[i].basisPoints / 100.0);
    }
    chart->setTitle(title(allocation));
    return true;
}

} // namespace aco::ui
