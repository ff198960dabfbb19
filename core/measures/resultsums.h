#pragma once

#include "measures/window.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace aco {

class Database;

// A numerator and a denominator summed over months (and perhaps providers).
struct Sums
{
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;

    Sums& operator+=(const Sums& other)
    {
        numerator += other.numerator;
        denominator += other.denominator;
        return *this;
    }
    bool operator==(const Sums&) const = default;
};

// Every provider's results summed over a range of months, per measure: one GROUP BY over the
// monthly results, from which every level and peer statistic is then derived in memory.
class ResultSums
{
public:
    using ByProvider = std::unordered_map<std::int64_t, Sums>;

    // All measures, or one when `measureId` is given.
    static ResultSums load(const Database& db, const PeriodRange& range,
                           std::optional<std::int64_t> measureId = std::nullopt);

    const PeriodRange& range() const { return m_range; }
    // The providers with results for a measure (empty when none).
    const ByProvider& forMeasure(std::int64_t measureId) const;
    Sums get(std::int64_t measureId, std::int64_t providerId) const;
    bool isEmpty() const { return m_sums.empty(); }

private:
    PeriodRange m_range;
    std::unordered_map<std::int64_t, ByProvider> m_sums;
};

// The months that have results, latest first.
std::vector<Period> periodsWithResults(const Database& db);

} // namespace aco
