#include "charts/peercharts.h"

#include "error.h"
#include "store/database.h"

#include <QJsonArray>

#include <cmath>

namespace aco {

namespace {

ChartPoint pointOf(const UnitResult& unit, const ChartOptions& options)
{
    ChartPoint p;
    p.id = unit.id;
    p.focal = options.focal && *options.focal == unit.id;
    p.label = options.blinded && !p.focal ? (unit.rank ? QStringLiteral("#%1").arg(*unit.rank) : QStringLiteral("unranked"))
                                          : unit.name;
    p.value = unit.value.value_or(0.0);
    p.numerator = unit.current.numerator;
    p.denominator = unit.current.denominator;
    p.rank = unit.rank;
    return p;
}

std::optional<std::array<double, 4>> cutPointsOf(const std::vector<TierScheme>& tiers, const Measure& measure)
{
    if (const TierScheme* scheme = findTierScheme(tiers, measure.id))
        return scheme->cutPoints;
    return std::nullopt;
}

// Display units per unit of the funnel's scale: percent for proportions, per 1,000 a year for
// events per member-month.
double displayScale(const Measure& measure)
{
    return measure.unit == Measure::Unit::Percent ? 100.0 : 12000.0;
}

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray pointsJson(const std::vector<ChartPoint>& points)
{
    QJsonArray array;
    for (const ChartPoint& p : points) {
        QJsonObject o{{QStringLiteral("id"), static_cast<qint64>(p.id)},
                      {QStringLiteral("label"), p.label},
                      {QStringLiteral("value"), p.value},
                      {QStringLiteral("numerator"), static_cast<qint64>(p.numerator)},
                      {QStringLiteral("denominator"), static_cast<qint64>(p.denominator)},
                      {QStringLiteral("focal"), p.focal}};
        o.insert(QStringLiteral("rank"), p.rank ? QJsonValue(*p.rank) : QJsonValue());
        array.append(o);
    }
    return array;
}

QJsonObject header(const Measure& measure, const QString& kind)
{
    return {{QStringLiteral("chart"), kind},
            {QStringLiteral("measure"), measure.code},
            {QStringLiteral("measure_name"), measure.name},
            {QStringLiteral("unit"), measure.unitLabel()},
            {QStringLiteral("higher_is_better"), measure.higherIsBetter}};
}

QJsonValue cutPointsJson(const std::optional<std::array<double, 4>>& cuts)
{
    if (!cuts)
        return QJsonValue();
    return QJsonArray{(*cuts)[0], (*cuts)[1], (*cuts)[2], (*cuts)[3]};
}

} // namespace

size_t chartPeerGroup(const MeasureComparison& comparison, const ChartOptions& options)
{
    if (options.focal)
        if (const UnitResult* focal = comparison.find(*options.focal))
            return focal->peerGroup;
    return 0;
}

RankedChart rankedChart(const MeasureComparison& comparison, const std::vector<TierScheme>& tiers,
                        const ChartOptions& options, const std::optional<MeasureTarget>& target)
{
    RankedChart chart;
    chart.measure = comparison.measure;
    chart.level = comparison.level;
    chart.range = comparison.range;
    const size_t group = chartPeerGroup(comparison, options);
    chart.peerGroup = comparison.peers[group].name;
    for (const UnitResult& unit : comparison.units) {
        if (unit.peerGroup != group || !unit.value)
            continue;
        (unit.rank ? chart.ranked : chart.unranked).push_back(pointOf(unit, options));
    }
    const Measure& m = comparison.measure;
    std::stable_sort(chart.ranked.begin(), chart.ranked.end(), [&](const ChartPoint& a, const ChartPoint& b) {
        return *a.rank < *b.rank || (*a.rank == *b.rank && m.isBetter(a.value, b.value));
    });
    std::stable_sort(chart.unranked.begin(), chart.unranked.end(),
                     [&](const ChartPoint& a, const ChartPoint& b) { return m.isBetter(a.value, b.value); });
    chart.acoValue = comparison.acoValue;
    if (target && target->source == MeasureTarget::Source::Aco) {
        chart.acoTarget = target->value;
        chart.acoTargetLabel = target->label(m);
    }
    if (m.benchmark) {
        chart.benchmark = m.benchmark;
        chart.benchmarkLabel =
            MeasureTarget{MeasureTarget::Source::Benchmark, *m.benchmark, m.higherIsBetter}.label(m);
    }
    chart.cutPoints = cutPointsOf(tiers, m);
    return chart;
}

FunnelChart funnelChart(const MeasureComparison& comparison, const ChartOptions& options)
{
    const Measure& m = comparison.measure;
    if (m.unit == Measure::Unit::Pmpm)
        throw Error("A funnel plot needs counted events; " + m.code.toStdString() +
                        " is a cost per member per month. Use the ranked chart for it.",
                    Error::Kind::Usage);
    FunnelChart chart;
    chart.measure = m;
    chart.level = comparison.level;
    chart.range = comparison.range;
    const size_t group = chartPeerGroup(comparison, options);
    chart.peerGroup = comparison.peers[group].name;
    chart.kind = m.unit == Measure::Unit::Percent ? FunnelLimits::Kind::Proportion : FunnelLimits::Kind::Rate;
    chart.denominatorDivisor = m.monthlyStatus ? comparison.range.months() : 1.0;
    const double divisor = chart.denominatorDivisor;
    const double scale = displayScale(m);

    // Every unit with results is plotted, small ones included: the funnel is what makes them fair.
    double numerators = 0.0;
    double denominators = 0.0;
    std::vector<FunnelUnit> units;
    for (const UnitResult& unit : comparison.units) {
        if (unit.peerGroup != group || unit.current.denominator <= 0)
            continue;
        chart.points.push_back(pointOf(unit, options));
        numerators += static_cast<double>(unit.current.numerator);
        denominators += static_cast<double>(unit.current.denominator);
        units.push_back({static_cast<double>(unit.current.numerator) / divisor, static_cast<double>(unit.current.denominator) / divisor});
    }
    if (chart.points.empty())
        return chart;
    const double target = numerators / denominators;
    chart.target = target * scale;
    chart.tau2 = options.overdispersion ? overdispersion(chart.kind, target, units) : 0.0;
    const FunnelLimits limits(chart.kind, target, chart.tau2);

    double low = std::numeric_limits<double>::max();
    double high = 0.0;
    for (const ChartPoint& p : chart.points) {
        low = std::min(low, static_cast<double>(p.denominator) / divisor);
        high = std::max(high, static_cast<double>(p.denominator) / divisor);
    }
    low = std::max(1.0, low / 1.2);
    high = std::max(high * 1.2, low + 1.0);
    constexpr int steps = 120;
    for (int i = 0; i <= steps; ++i) {
        const double n = low * std::pow(high / low, static_cast<double>(i) / steps);
        const auto b95 = limits.at(n, FunnelLimits::z95);
        const auto b998 = limits.at(n, FunnelLimits::z998);
        chart.limits.push_back({n, b95.lower * scale, b95.upper * scale, b998.lower * scale, b998.upper * scale});
    }
    for (const ChartPoint& p : chart.points) {
        const auto band = limits.at(static_cast<double>(p.denominator) / divisor, FunnelLimits::z998);
        const double value = p.value / scale;
        if (value < band.lower - 1e-12 || value > band.upper + 1e-12)
            chart.outliers.push_back(p);
    }
    return chart;
}

TrendChart trendChart(const MeasureEngine& engine, const Database& db, const Measure& measure,
                      std::int64_t providerId, Period end, int months, const MeasureEngine::Options& options)
{
    TrendChart chart;
    chart.measure = measure;
    for (int i = months - 1; i >= 0; --i) {
        const Period period = end.addMonths(-i);
        const MeasureComparison c = engine.compare(measure, period, Window::Month, options);
        TrendChart::Month month{period, {}, {}, {}, {}};
        const UnitResult* unit = c.find(providerId);
        if (unit) {
            month.value = unit->value;
            chart.unitName = unit->name;
        }
        const size_t group = unit ? unit->peerGroup : 0;
        if (group < c.peers.size() && c.peers[group].count > 0) {
            month.median = c.peers[group].median;
            month.p25 = c.peers[group].p25;
            month.p75 = c.peers[group].p75;
        }
        chart.months.push_back(month);
    }
    chart.cutPoints = cutPointsOf(loadTierSchemes(db, end.year()), measure);
    return chart;
}

QJsonObject toJson(const RankedChart& chart)
{
    QJsonObject o = header(chart.measure, QStringLiteral("ranked"));
    o.insert(QStringLiteral("level"), levelName(chart.level));
    o.insert(QStringLiteral("window"), chart.range.toString());
    o.insert(QStringLiteral("peer_group"), chart.peerGroup);
    o.insert(QStringLiteral("points"), pointsJson(chart.ranked));
    o.insert(QStringLiteral("unranked"), pointsJson(chart.unranked));
    o.insert(QStringLiteral("aco_value"), optionalJson(chart.acoValue));
    o.insert(QStringLiteral("aco_target"), optionalJson(chart.acoTarget));
    o.insert(QStringLiteral("benchmark"), optionalJson(chart.benchmark));
    o.insert(QStringLiteral("tier_cut_points"), cutPointsJson(chart.cutPoints));
    return o;
}

QJsonObject toJson(const FunnelChart& chart)
{
    QJsonObject o = header(chart.measure, QStringLiteral("funnel"));
    o.insert(QStringLiteral("level"), levelName(chart.level));
    o.insert(QStringLiteral("window"), chart.range.toString());
    o.insert(QStringLiteral("peer_group"), chart.peerGroup);
    o.insert(QStringLiteral("limits_method"), chart.kind == FunnelLimits::Kind::Proportion
                                                  ? QStringLiteral("arcsine")
                                                  : (chart.tau2 > 0 ? QStringLiteral("square root") : QStringLiteral("exact Poisson")));
    o.insert(QStringLiteral("mean"), chart.target);
    o.insert(QStringLiteral("tau2"), chart.tau2);
    o.insert(QStringLiteral("denominator_divisor"), chart.denominatorDivisor);
    o.insert(QStringLiteral("points"), pointsJson(chart.points));
    QJsonArray limits;
    for (const FunnelChart::Limits& l : chart.limits)
        limits.append(QJsonObject{{QStringLiteral("denominator"), l.denominator},
                                  {QStringLiteral("lower95"), l.lower95},
                                  {QStringLiteral("upper95"), l.upper95},
                                  {QStringLiteral("lower998"), l.lower998},
                                  {QStringLiteral("upper998"), l.upper998}});
    o.insert(QStringLiteral("limits"), limits);
    o.insert(QStringLiteral("outliers"), pointsJson(chart.outliers));
    return o;
}

QJsonObject toJson(const TrendChart& chart)
{
    QJsonObject o = header(chart.measure, QStringLiteral("trend"));
    o.insert(QStringLiteral("unit_name"), chart.unitName);
    QJsonArray months;
    for (const TrendChart::Month& m : chart.months)
        months.append(QJsonObject{{QStringLiteral("period"), m.period.toString()},
                                  {QStringLiteral("value"), optionalJson(m.value)},
                                  {QStringLiteral("peer_median"), optionalJson(m.median)},
                                  {QStringLiteral("peer_p25"), optionalJson(m.p25)},
                                  {QStringLiteral("peer_p75"), optionalJson(m.p75)}});
    o.insert(QStringLiteral("months"), months);
    o.insert(QStringLiteral("tier_cut_points"), cutPointsJson(chart.cutPoints));
    return o;
}

} // namespace aco
