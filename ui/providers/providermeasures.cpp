#include "providermeasures.h"

#include "measures/resultsums.h"

#include <algorithm>

namespace aco::ui {

std::vector<Measure> ProviderMeasures::headlineMeasures(const std::vector<Measure>& measures)
{
    std::vector<Measure> headline;
    for (const Measure& m : measures)
        if (std::none_of(headline.begin(), headline.end(),
                         [&](const Measure& h) { return h.domain == m.domain; }))
            headline.push_back(m);
    return headline;
}

ProviderMeasures ProviderMeasures::compute(const Database& db, Period end, Window window)
{
    ProviderMeasures result;
    result.period = end;
    result.window = window;
    result.range = windowRange(window, end);
    const std::vector<Measure> measures = loadMeasures(db);
    result.headline = headlineMeasures(measures);
    const std::vector<TierScheme> schemes = loadTierSchemes(db, end.year());
    const ResultSums sums = ResultSums::load(db, result.range);

    for (size_t i = 0; i < result.headline.size(); ++i) {
        const Measure& m = result.headline[i];
        for (const auto& [provider, s] : sums.forMeasure(m.id)) {
            Row& row = result.rows[provider];
            row.values.resize(result.headline.size());
            if (s.denominator > 0)
                row.values[i] =
                    m.value(static_cast<double>(s.numerator), static_cast<double>(s.denominator));
        }
    }
    std::unordered_map<std::int64_t, std::vector<Tier>> tiers;
    for (const Measure& m : measures) {
        const TierScheme* scheme = findTierScheme(schemes, m.id);
        if (!scheme)
            continue;
        for (const auto& [provider, s] : sums.forMeasure(m.id))
            if (s.denominator > 0)
                tiers[provider].push_back(assessTier(*scheme, m, static_cast<double>(s.numerator),
                                                     static_cast<double>(s.denominator))
                                              .tier);
    }
    for (auto& [provider, reached] : tiers) {
        Row& row = result.rows[provider];
        row.values.resize(result.headline.size());
        const auto middle = reached.begin() + static_cast<std::ptrdiff_t>((reached.size() - 1) / 2);
        std::nth_element(reached.begin(), middle, reached.end());
        row.tier = *middle;
        row.tieredMeasures = static_cast<int>(reached.size());
    }
    return result;
}

} // namespace aco::ui
