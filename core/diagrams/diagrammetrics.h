#pragma once

#include "diagrams/driverdiagram.h"
#include "measures/measure.h"
#include "measures/measuretarget.h"
#include "measures/window.h"

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace aco {

class Database;
class MeasureEngine;


// A node's live metric: its measure's ACO-level value for the chosen window and how it compares.
struct NodeMetric
{
    QString code;
    QString measureName;
    std::optional<double> value;        // none: the measure has no results in the window
    std::optional<TargetStatus> status; // none: no value or no target
    QString valueLine;                  // "CRC 72.4% · not met, within 10%"
    QString targetLine;                 // "ACO target ≥ 75.0%"; empty without a target
    QString text;                       // both, joined by " · "
};

using DiagramMetrics = std::map<std::int64_t, NodeMetric>;

// ACO-level values by measure code, for one period and window.
using MetricValues = std::map<QString, std::optional<double>>;

// The live metrics of every node with a measure, at ACO level for the window ending at `end`.
// `cache` (when given, and only for this period and window) keeps values between calls, so that
// an editor recomputes only measures it has not seen.
DiagramMetrics computeMetrics(const MeasureEngine& engine, const DriverDiagram& diagram, Period end,
                              Window window, MetricValues* cache = nullptr);

// The two steps of computeMetrics, for an editor that reads the results off its GUI thread:
// the ACO-level value of every measure the diagram uses that `values` lacks, added to it...
void computeMetricValues(const MeasureEngine& engine, const DriverDiagram& diagram, Period end,
                         Window window, MetricValues& values);
// ...whether `values` has them all already...
bool hasMetricValues(const DriverDiagram& diagram, const std::vector<Measure>& measures,
                     const MetricValues& values);
// ...and the metrics those values give (a measure without a value shows "no results").
DiagramMetrics metricsFromValues(const std::vector<Measure>& measures, const DriverDiagram& diagram,
                                 const MetricValues& values);
// "Live metrics: ACO level, year to date (January–September 2026)".
QString metricsCaption(Period end, Window window);

// The month a diagram's metrics default to: the latest with results in its year, else the
// latest with results at all; none when the file has no results.
std::optional<Period> defaultMetricPeriod(const Database& db, int year);

} // namespace aco
