#pragma once

#include "measures/measure.h"
#include "measures/tierscheme.h"
#include "measures/window.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace aco {
class Database;
}

namespace aco::ui {

// Each provider's headline measures and overall tier for one window, for the providers table.
struct ProviderMeasures
{
    struct Row
    {
        std::vector<std::optional<double>> values; // one per headline measure; none without results
        std::optional<Tier> tier;                  // none when no tiered measure has results
        int tieredMeasures = 0; // how many of the year's tiered measures it covers
    };

    Period period;
    Window window = defaultWindow;
    PeriodRange range;
    std::vector<Measure> headline; // the first measure of each domain, in the file's order
    std::unordered_map<std::int64_t, Row> rows; // by provider id

    // The measures the window's providers table shows: the file's first measure of each domain.
    static std::vector<Measure> headlineMeasures(const std::vector<Measure>& measures);
    // Reads the window's results once. A provider's overall tier is the median of the tiers it
    // reaches on the year's tiered measures (the lower one for an even count): at least half of
    // its measures reach that tier or better.
    static ProviderMeasures compute(const Database& db, Period end, Window window);
};

} // namespace aco::ui
