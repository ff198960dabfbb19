#include "scenariocharts.h"

#include "charts/niceticks.h"
#include "comparisonreport.h"
#include "money.h"
#include "mssp/msspformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QObject>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

// Whole dollars with thousands separators; thousands and millions with one decimal.
QString amountFormat(const QString& unit)
{
    return unit == QLatin1String("$") ? QStringLiteral("%'.0f") : QStringLiteral("%.1f");
}

// An amount axis on round ticks (1, 2, 2.5 or 5 x 10^k) from zero or the lowest value.
void setAmountRange(QValueAxis* axis, double low, double high, const QString& unit)
{
    const Ticks ticks = niceTicks(std::min(0.0, low), std::max({0.0, high, low + 1.0}),
                                  TickUnit::Number);
    axis->setRange(ticks.low, ticks.high);
    axis->setTickCount(static_cast<int>(ticks.values.size()));
    axis->setLabelFormat(amountFormat(unit));
    axis->setTitleText(unit);
}

QValueAxis* amountAxis(double low, double high, const QString& unit)
{
    auto* axis = new QValueAxis;
    setAmountRange(axis, low, high, unit);
    return axis;
}

// Cents to the unit an axis shows, so that its labels stay short.
struct Scale
{
    double divisor = 100.0;
    QString unit = QStringLiteral("$");
};

Scale scaleFor(double largestCents)
{
    const double dollars = std::fabs(largestCents) / 100.0;
    if (dollars >= 1e6)
        return {1e8, QStringLiteral("$ millions")};
    if (dollars >= 1e4)
        return {1e5, QStringLiteral("$ thousands")};
    return {100.0, QStringLiteral("$")};
}

QString shortName(const QString& name)
{
    return name.size() > 22 ? name.left(21) + QChar(0x2026) : name;
}

// A horizontal bar chart's content, top to bottom, in cents.
struct Bars
{
    QString title, setName;
    QStringList categories;
    std::vector<double> cents;
};

Bars paymentBars(const Allocation& a, int bars)
{
    std::vector<const RecipientAllocation*> sorted;
    for (const RecipientAllocation& r : a.recipients)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto* x, const auto* y) {
        return x->paymentCents > y->paymentCents;
    });
    Bars data;
    const size_t n = sorted.size();
    const size_t groups = size_t(std::max(1, bars));
    const bool binned = n > groups;
    if (!binned) {
        for (const auto* r : sorted) {
            data.categories.append(shortName(r->name));
            data.cents.push_back(double(r->paymentCents));
        }
    } else {
        for (size_t g = 0; g < groups; ++g) {
            const size_t first = n * g / groups;
            const size_t last = n * (g + 1) / groups;
            double sum = 0.0;
            for (size_t i = first; i < last; ++i)
                sum += double(sorted[i]->paymentCents);
            data.categories.append(QStringLiteral("%1-%2").arg(first + 1).arg(last));
            data.cents.push_back(last > first ? sum / double(last - first) : 0.0);
        }
    }
    data.setName = binned ? QObject::tr("Average payment") : QObject::tr("Payment");
    data.title =
        binned
            ? QObject::tr("Average payment by rank (%1 recipients in %2 groups)").arg(n).arg(groups)
            : QObject::tr("Payments by recipient");
    return data;
}

// The bars in an axis's unit, bottom to top as Qt draws them.
struct ScaledBars
{
    QStringList categories;
    std::vector<double> values;
    double low = 0.0, high = 0.0;
    QString unit;
};

ScaledBars scaled(const Bars& data)
{
    double largest = 0.0;
    for (double v : data.cents)
        largest = std::max(largest, std::fabs(v));
    const Scale scale = scaleFor(largest);
    ScaledBars out;
    for (auto it = data.cents.rbegin(); it != data.cents.rend(); ++it) {
        out.values.push_back(*it / scale.divisor);
        out.low = std::min(out.low, out.values.back());
    }
    out.categories = data.categories;
    std::reverse(out.categories.begin(), out.categories.end());
    out.high = largest / scale.divisor;
    out.unit = scale.unit;
    return out;
}

QChart* horizontalBars(const Bars& data, const QColor& colour)
{
    const ScaledBars bars = scaled(data);
    auto* set = new QBarSet(data.setName);
    set->setColor(colour);
    for (double v : bars.values)
        set->append(v);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    QChart* chart = newChart(data.title);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(bars.categories);
    if (bars.categories.size() > 12) { // small enough that every name has its row
        QFont font = names->labelsFont();
        font.setPointSizeF(std::min(font.pointSizeF(), 7.0));
        names->setLabelsFont(font);
    }
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* amounts = amountAxis(bars.low, bars.high, bars.unit);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    chart->legend()->hide();
    return chart;
}

// In place, for a chart made by horizontalBars() with as many bars of the same set.
bool updateHorizontalBars(QChart* chart, const Bars& data)
{
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    QBarSet* set = series && series->count() == 1 ? series->barSets().constFirst() : nullptr;
    auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
    auto* amounts = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0));
    if (!set || !names || !amounts || set->count() != qsizetype(data.cents.size()) ||
        set->label() != data.setName)
        return false;
    const ScaledBars bars = scaled(data);
    for (size_t i = 0; i < bars.values.size(); ++i)
        set->replace(qsizetype(i), bars.values[i]);
    if (names->categories() != bars.categories)
        names->setCategories(bars.categories);
    setAmountRange(amounts, bars.low, bars.high, bars.unit);
    chart->setTitle(data.title);
    return true;
}

const QColor paymentColour(0x2b, 0x6c, 0xb0);

} // namespace

QChart* ScenarioCharts::payments(const Allocation& allocation, int bars)
{
    return horizontalBars(paymentBars(allocation, bars), paymentColour);
}

bool ScenarioCharts::updatePayments(QChart* chart, const Allocation& allocation, int bars)
{
    return updateHorizontalBars(chart, paymentBars(allocation, bars));
}

QChart* ScenarioCharts::histogram(const MonteCarloResult& result)
{
    auto* set = new QBarSet(QObject::tr("Trials"));
    set->setColor(QColor(0x4c, 0x8c, 0x4a));
    QStringList categories;
    int most = 0;
    for (size_t i = 0; i < result.histogram.size(); ++i) {
        set->append(result.histogram[i].count);
        most = std::max(most, result.histogram[i].count);
        categories.append(QString::number(i)); // not shown: the amount axis below labels the bins
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.95);
    QChart* chart = newChart(QObject::tr("Earned savings in %1 trials (savings in %2%)")
                                 .arg(MsspFormat::count(result.trials))
                                 .arg(std::lround(result.probabilityEarned * 100.0)));
    chart->addSeries(series);
    auto* bins = new QBarCategoryAxis;
    bins->append(categories);
    bins->setVisible(false);
    chart->addAxis(bins, Qt::AlignBottom);
    series->attachAxis(bins);
    // The bins share the plot's width evenly from the lowest trial to the highest, so an amount
    // axis over that range lines up with their edges, with labels of any length.
    const double low = result.histogram.empty() ? 0.0 : result.histogram.front().lowCents;
    const double high = result.histogram.empty() ? 0.0 : result.histogram.back().highCents;
    const Scale scale = scaleFor(std::max(std::fabs(low), std::fabs(high)));
    auto* amounts = new QValueAxis;
    const double from = low / scale.divisor;
    const double to = std::max(high, low + 1.0) / scale.divisor;
    amounts->setRange(from, to);
    // Round ticks inside the bins' fixed ends.
    const Ticks ticks = ticksWithin(from, to, TickUnit::Number);
    amounts->setTickType(QValueAxis::TicksDynamic);
    amounts->setTickAnchor(ticks.values.empty() ? from : ticks.values.front());
    amounts->setTickInterval(ticks.step);
    amounts->setLabelFormat(amountFormat(scale.unit));
    amounts->setTitleText(QObject::tr("earned savings, %1").arg(scale.unit));
    chart->addAxis(amounts, Qt::AlignBottom);
    auto* counts = new QValueAxis;
    const Ticks countTicks = niceTicks(0.0, std::max(1, most), TickUnit::Number);
    counts->setRange(countTicks.low, countTicks.high);
    counts->setTickCount(static_cast<int>(countTicks.values.size()));
    counts->setLabelFormat(QStringLiteral("%'.0f"));
    counts->setTitleText(QObject::tr("trials"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart* ScenarioCharts::tornado(const MonteCarloResult& result, std::int64_t baseCents)
{
    double largest = 0.0;
    for (const TornadoEntry& t : result.tornado)
        largest = std::max({largest, std::fabs(double(t.lowResultCents - baseCents)),
                            std::fabs(double(t.highResultCents - baseCents))});
    const Scale scale = scaleFor(largest);
    auto* low = new QBarSet(QObject::tr("Input at its 5th percentile"));
    auto* high = new QBarSet(QObject::tr("Input at its 95th percentile"));
    low->setColor(QColor(0xc0, 0x50, 0x40));
    high->setColor(QColor(0x2b, 0x6c, 0xb0));
    QStringList inputs;
    // Largest swing at the top.
    for (auto it = result.tornado.rbegin(); it != result.tornado.rend(); ++it) {
        low->append(double(it->lowResultCents - baseCents) / scale.divisor);
        high->append(double(it->highResultCents - baseCents) / scale.divisor);
        inputs.append(it->input == QLatin1String("qualityScore") ? QObject::tr("Quality score")
                      : it->input == QLatin1String("amount")     ? QObject::tr("Amount")
                                                                 : QObject::tr("Expenditures"));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.6);
    QChart* chart = newChart(
        QObject::tr("What moves the earned savings (from %1)").arg(Money::wholeDollars(baseCents)));
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(inputs);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* change = new QValueAxis;
    const double reach = std::max(largest / scale.divisor, 1.0);
    setAmountRange(change, -reach, reach, scale.unit);
    change->setTitleText(QObject::tr("change, %1").arg(scale.unit));
    chart->addAxis(change, Qt::AlignBottom);
    series->attachAxis(change);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart* ScenarioCharts::comparison(const ScenarioComparison& c)
{
    // The totals table's amounts, top to bottom; drawn as horizontal bars, so that the names
    // have the room they need.
    QStringList categories;
    std::vector<std::vector<double>> rows(c.scenarios.size());
    double largest = 0.0;
    for (const ComparisonFigure& figure : ComparisonReport::figures(c)) {
        if (!figure.charted)
            continue;
        categories.append(figure.label);
        for (size_t s = 0; s < rows.size(); ++s) {
            rows[s].push_back(double(figure.cents[s]));
            largest = std::max(largest, std::fabs(rows[s].back()));
        }
    }
    const Scale scale = scaleFor(largest);
    static const QColor colours[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xe0, 0x8a, 0x1e),
                                     QColor(0x4c, 0x8c, 0x4a), QColor(0x8e, 0x44, 0xad)};
    auto* series = new QHorizontalBarSeries;
    double low = 0.0;
    // Qt draws the first set and category at the bottom: both reversed, A's bar on top.
    for (size_t s = rows.size(); s-- > 0;) {
        auto* set = new QBarSet(
            QStringLiteral("%1: %2").arg(ComparisonReport::letter(s), c.scenarios[s].name));
        set->setColor(colours[s % 4]);
        for (auto v = rows[s].rbegin(); v != rows[s].rend(); ++v) {
            set->append(*v / scale.divisor);
            low = std::min(low, *v / scale.divisor);
        }
        series->append(set);
    }
    series->setBarWidth(0.85);
    QChart* chart = newChart(QObject::tr("Pool split and payments by group"));
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(QStringList(categories.rbegin(), categories.rend()));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    auto* amounts = amountAxis(low, largest / scale.divisor, scale.unit);
    chart->addAxis(amounts, Qt::AlignBottom);
    series->attachAxis(amounts);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend lists the sets as added: bottom to top. Reversed, it reads A first.
    chart->legend()->setReverseMarkers(true);
    return chart;
}

void ScenarioCharts::render(QChart* chart, QPainter& painter, const QRectF& target)
{
    // Laid out at 1.6 times the target's size in points, so that the chart's screen-sized fonts
    // come out at a print size (about 6 to 7 points).
    const QSizeF layout = target.size() * 1.6;
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), layout));
    scene.render(&painter, target, QRectF(QPointF(0, 0), layout));
    scene.removeItem(chart);
}

} // namespace aco::ui
