#pragma once

#include "measures/measure.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace aco {

class Database;
class DriverDiagram;

// Where a measure's value stands against its target.
enum class TargetStatus
{
    Met,    // at the target or better
    Near,   // short of it by at most 10% of the target: not met, but close
    NotMet, // short of it by more
};

// Met when `value` is at `target` or better in the direction; Near when it misses by at most a
// tenth of the target's size; otherwise NotMet.
TargetStatus judgeTarget(double value, double target, bool higherIsBetter);
// "met", "not met, within 10%", "not met": a near miss reads as the miss it is.
QString targetStatusLabel(TargetStatus status);

// A measure's target for a performance year. The ACO's own comes first: the target that year's
// driver diagram sets for the measure (every node with the measure carries the same one, see
// validateDiagram). A measure the diagram sets no target for is held to its external benchmark.
// Every view judges a value against this one target, so that one value gets one verdict.
struct MeasureTarget
{
    enum class Source
    {
        Aco,       // the year's driver diagram
        Benchmark, // the measure's external benchmark
    };
    Source source = Source::Benchmark;
    double value = 0.0;
    bool higherIsBetter = true;

    TargetStatus judge(double measured) const
    {
        return judgeTarget(measured, value, higherIsBetter);
    }
    // What the reference line is, for a label: "ACO target ≥ 65.0%", or the benchmark's own
    // name with its value, "Illustrative national benchmark 60.0%".
    QString label(const Measure& measure) const;
};

// The targets of `measures` for the year of `diagram` (none: benchmarks only), by code.
std::map<QString, MeasureTarget> measureTargets(const std::vector<Measure>& measures,
                                                const DriverDiagram* diagram);
// The same, read from the file for `year`.
std::map<QString, MeasureTarget> loadMeasureTargets(const Database& db, int year);

} // namespace aco
