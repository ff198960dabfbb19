#pragma once

#include "measures/measureengine.h"
#include "measures/measuretarget.h"
#include "measures/tierscheme.h"
#include "statistics/funnel.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace aco {

// Options shared by the peer comparison charts.
struct ChartOptions
{
    std::optional<std::int64_t> focal; // the provider, practice or department to highlight
    bool blinded = false;              // peers labelled by rank instead of by name
    bool overdispersion = false;       // funnel limits widened by the estimated tau^2
};

// One unit (provider, practice or department) as a chart shows it.
struct ChartPoint
{
    std::int64_t id = 0;
    QString label; // its name, or "#4" when blinded (the focal unit keeps its name)
    double value = 0.0;
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    std::optional<int> rank;
    bool focal = false;
};

// Every unit of the peer group on one measure, best first, then the unranked (too small) ones.
struct RankedChart
{
    Measure measure;
    Level level = Level::Provider;
    PeriodRange range;
    QString peerGroup;
    std::vector<ChartPoint> ranked;
    std::vector<ChartPoint> unranked; // below the minimum denominator: drawn hollow
    std::optional<double> acoValue;
    std::optional<double> acoTarget; // the ACO's own target for the year (MeasureTarget)
    QString acoTargetLabel;          // "ACO target ≥ 65.0%"
    std::optional<double> benchmark;
    QString benchmarkLabel; // "Illustrative national benchmark 60.0%", or "external benchmark 60.0%"
    std::optional<std::array<double, 4>> cutPoints; // baseline, better, best, extra credit
};

// A funnel plot: value against denominator, with control limits around the ACO's value.
struct FunnelChart
{
    struct Limits
    {
        double denominator; // divided by denominatorDivisor, as plotted
        double lower95, upper95, lower998, upper998; // in display units
    };
    Measure measure;
    Level level = Level::Provider;
    PeriodRange range;
    QString peerGroup;
    FunnelLimits::Kind kind = FunnelLimits::Kind::Proportion;
    double target = 0.0; // the ACO's value, display units
    double tau2 = 0.0;
    // Denominators are plotted and tested divided by this: the window's months when each month
    // counts the eligible patients again (so the funnel sees patients, not patient-months), else 1.
    double denominatorDivisor = 1.0;
    std::vector<ChartPoint> points;
    std::vector<Limits> limits;      // at denominators spread evenly on a log scale
    std::vector<ChartPoint> outliers; // outside the 99.8% limits at their own denominator
};

// A provider's monthly values against the peer median and interquartile range.
struct TrendChart
{
    struct Month
    {
        Period period;
        std::optional<double> value;
        std::optional<double> median, p25, p75;
    };
    Measure measure;
    QString unitName;
    std::vector<Month> months;
    std::optional<std::array<double, 4>> cutPoints; // of the last month's year
};

// The peer group a chart shows: the focal unit's, or the first (primary care) without one.
size_t chartPeerGroup(const MeasureComparison& comparison, const ChartOptions& options);

// `target` is the measure's target for the year (loadMeasureTargets), drawn when it is the ACO's.
RankedChart rankedChart(const MeasureComparison& comparison, const std::vector<TierScheme>& tiers,
                        const ChartOptions& options,
                        const std::optional<MeasureTarget>& target = std::nullopt);
// Throws aco::Error for cost measures: a funnel needs counted events.
FunnelChart funnelChart(const MeasureComparison& comparison, const ChartOptions& options);
TrendChart trendChart(const MeasureEngine& engine, const Database& db, const Measure& measure,
                      std::int64_t providerId, Period end, int months, const MeasureEngine::Options& options);

// The plotted numbers, for checking them outside the application (`aco-workbench chart --json`).
QJsonObject toJson(const RankedChart& chart);
QJsonObject toJson(const FunnelChart& chart);
QJsonObject toJson(const TrendChart& chart);

} // namespace aco
