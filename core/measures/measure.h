#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;

// A performance measure as the ACO tracks it: which way is better and how its summed numerator
// and denominator become the value people read.
struct Measure
{
    enum class Unit {
        Percent, // 100 x numerator / denominator
        Per1000, // events over member-months, as events per 1,000 beneficiaries per year
        Pmpm,    // cents over member-months, as dollars per member per month
    };

    std::int64_t id = 0;
    QString code;
    QString name;
    QString domain; // quality, utilization, cost or engagement
    bool higherIsBetter = true;
    Unit unit = Unit::Percent;
    QString acoNumber;
    QString description;
    std::optional<double> benchmark; // external, in display units (a national percentile, say)
    QString benchmarkLabel;          // where the benchmark comes from
    // True when each month's denominator counts the beneficiaries eligible that month, so that a
    // window's summed denominator counts a patient once a month; false when it counts events.
    bool monthlyStatus = false;

    double value(double numerator, double denominator) const;
    // True when `a` is strictly better than `b` in this measure's direction.
    bool isBetter(double a, double b) const { return higherIsBetter ? a > b : a < b; }
    QString formatValue(double value) const; // "72.4%", "251 per 1,000", "$1,061"
    QString unitLabel() const;               // "%", "per 1,000 per year", "$ PMPM"
    // What a month's denominator counts, as a sentence for the measure's definition: member-
    // months for a rate per 1,000 or a cost, the beneficiaries eligible that month for a monthly
    // status, otherwise the cases the share is of (discharges, meetings), each once.
    QString denominatorText() const;
};

std::vector<Measure> loadMeasures(const Database& db);
// The measure with this code; throws aco::Error naming the code when there is none.
Measure findMeasure(const Database& db, const QString& code);

} // namespace aco
