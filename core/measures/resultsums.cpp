#include "measures/resultsums.h"

#include "store/database.h"

#include <algorithm>
#include <functional>

namespace aco {

ResultSums ResultSums::load(const Database& db, const PeriodRange& range,
                            std::optional<std::int64_t> measureId)
{
    ResultSums sums;
    sums.m_range = range;
    // One range of the primary key (measure, period, provider) per measure: only the window's rows
    // are read, where a single GROUP BY over all measures would scan the whole table.
    std::vector<std::int64_t> measures;
    if (measureId) {
        measures.push_back(*measureId);
    } else {
        auto all = db.prepare("SELECT id FROM measure ORDER BY id");
        while (all.step())
            measures.push_back(all.int64(0));
    }
    auto query = db.prepare("SELECT provider_id, sum(numerator), sum(denominator) FROM measure_result "
                            "WHERE measure_id = ?1 AND period BETWEEN ?2 AND ?3 GROUP BY provider_id");
    for (const std::int64_t id : measures) {
        query.bind(1, id).bind(2, range.first.toInt()).bind(3, range.last.toInt());
        ByProvider byProvider;
        while (query.step())
            byProvider[query.int64(0)] = {query.int64(1), query.int64(2)};
        query.reset();
        if (!byProvider.empty())
            sums.m_sums.emplace(id, std::move(byProvider));
    }
    return sums;
}

const ResultSums::ByProvider& ResultSums::forMeasure(std::int64_t measureId) const
{
    static const ByProvider none;
    const auto it = m_sums.find(measureId);
    return it == m_sums.end() ? none : it->second;
}

Sums ResultSums::get(std::int64_t measureId, std::int64_t providerId) const
{
    const ByProvider& byProvider = forMeasure(measureId);
    const auto it = byProvider.find(providerId);
    return it == byProvider.end() ? Sums{} : it->second;
}

std::vector<Period> periodsWithResults(const Database& db)
{
    // Per measure, hopping from one period to the next along the primary key's (measure, period)
    // prefix: one index seek per month instead of reading every provider's row (1 ms instead of
    // 150 ms on the large demo).
    auto measures = db.prepare("SELECT id FROM measure");
    auto periods = db.prepare("WITH RECURSIVE next(period) AS ("
                              " SELECT MIN(period) FROM measure_result WHERE measure_id = ?1"
                              " UNION ALL SELECT (SELECT MIN(period) FROM measure_result"
                              " WHERE measure_id = ?1 AND period > next.period)"
                              " FROM next WHERE next.period IS NOT NULL)"
                              " SELECT period FROM next WHERE period IS NOT NULL");
    std::vector<int> found;
    while (measures.step()) {
        periods.bind(1, measures.int64(0));
        while (periods.step())
            found.push_back(periods.integer(0));
        periods.reset();
    }
    std::sort(found.begin(), found.end(), std::greater<>());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    std::vector<Period> result;
    for (int p : found)
        result.push_back(Period::fromInt(p));
    return result;
}

} // namespace aco
