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
    auto query = db.prepare(measureId ? "SELECT measure_id, provider_id, sum(numerator), "
                                        "sum(denominator) FROM measure_result WHERE measure_id = ?3 "
                                        "AND period BETWEEN ?1 AND ?2 GROUP BY provider_id"
                                      : "SELECT measure_id, provider_id, sum(numerator), "
                                        "sum(denominator) FROM measure_result WHERE period "
                                        "BETWEEN ?1 AND ?2 GROUP BY measure_id, provider_id");
    query.bind(1, range.first.toInt()).bind(2, range.last.toInt());
    if (measureId)
        query.bind(3, *measureId);
    while (query.step())
        sums.m_sums[query.int64(0)][query.int64(1)] = {query.int64(2), query.int64(3)};
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
    // Per measure, so that each lookup walks the primary key's (measure, period) prefix instead
    // of scanning every row.
    auto measures = db.prepare("SELECT id FROM measure");
    auto periods = db.prepare("SELECT DISTINCT period FROM measure_result WHERE measure_id = ?1");
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
