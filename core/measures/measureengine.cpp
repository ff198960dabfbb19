#include "measures/measureengine.h"

#include "error.h"
#include "statistics/quantile.h"
#include "store/database.h"

#include <boost/math/statistics/univariate_statistics.hpp>

#include <algorithm>
#include <unordered_map>

namespace aco {

namespace {

std::optional<double> valueOf(const Measure& measure, const Sums& sums)
{
    if (sums.denominator <= 0)
        return std::nullopt;
    return measure.value(static_cast<double>(sums.numerator), static_cast<double>(sums.denominator));
}

// Ranks, percentiles and statistics within each peer group.
void rankUnits(MeasureComparison& comparison)
{
    const Measure& measure = comparison.measure;
    for (size_t group = 0; group < comparison.peers.size(); ++group) {
        std::vector<UnitResult*> ranked;
        for (UnitResult& unit : comparison.units)
            if (unit.peerGroup == group && unit.value && !unit.belowMinimum)
                ranked.push_back(&unit);
        std::vector<double> values;
        for (const UnitResult* unit : ranked)
            values.push_back(*unit->value);
        std::sort(values.begin(), values.end());

        PeerStatistics& stats = comparison.peers[group];
        stats.count = static_cast<int>(values.size());
        if (values.empty())
            continue;
        stats.mean = boost::math::statistics::mean(values);
        std::vector<double> scratch = values; // median reorders its input
        stats.median = boost::math::statistics::median(scratch);
        stats.p25 = quantileOfSorted(values, 0.25);
        stats.p75 = quantileOfSorted(values, 0.75);

        const auto n = static_cast<double>(values.size());
        for (UnitResult* unit : ranked) {
            const double v = *unit->value;
            const auto below = static_cast<double>(std::lower_bound(values.begin(), values.end(), v) - values.begin());
            const auto above = static_cast<double>(values.end() - std::upper_bound(values.begin(), values.end(), v));
            const double better = measure.higherIsBetter ? above : below;
            const double worse = measure.higherIsBetter ? below : above;
            const double ties = n - better - worse - 1.0; // others with the same value
            unit->rank = static_cast<int>(better) + 1;
            unit->percentile = n > 1.0 ? 100.0 * (worse + 0.5 * ties) / (n - 1.0) : 100.0;
        }
    }
}

} // namespace

std::optional<Level> parseLevel(const QString& name)
{
    if (name == QLatin1String("provider"))
        return Level::Provider;
    if (name == QLatin1String("practice"))
        return Level::Practice;
    if (name == QLatin1String("department"))
        return Level::Department;
    if (name == QLatin1String("aco"))
        return Level::Aco;
    return std::nullopt;
}

QString levelName(Level level)
{
    switch (level) {
    case Level::Provider:
        return QStringLiteral("provider");
    case Level::Practice:
        return QStringLiteral("practice");
    case Level::Department:
        return QStringLiteral("department");
    case Level::Aco:
        return QStringLiteral("aco");
    }
    return {};
}

const UnitResult* MeasureComparison::find(std::int64_t id) const
{
    for (const UnitResult& unit : units)
        if (unit.id == id)
            return &unit;
    return nullptr;
}

MeasureEngine::MeasureEngine(const Database& db)
    : m_db(db), m_measures(loadMeasures(db)), m_providers(loadProviders(db)),
      m_practices(loadPractices(db)), m_departments(loadDepartments(db))
{
}

const Measure& MeasureEngine::measure(const QString& code) const
{
    for (const Measure& m : m_measures)
        if (m.code == code)
            return m;
    throw Error("There is no measure '" + code.toStdString() + "' in '" + m_db.path().toStdString() +
                    "'.",
                Error::Kind::Usage);
}

MeasureComparison MeasureEngine::compare(const Measure& measure, Period end, Window window,
                                         const Options& options) const
{
    const ResultSums current = ResultSums::load(m_db, windowRange(window, end), measure.id);
    const ResultSums prior = ResultSums::load(m_db, priorWindowRange(window, end), measure.id);
    return compare(measure, window, current, prior, options);
}

MeasureComparison MeasureEngine::compare(const Measure& measure, Window window,
                                         const ResultSums& current, const ResultSums& prior,
                                         const Options& options) const
{
    MeasureComparison comparison;
    comparison.measure = measure;
    comparison.level = options.level;
    comparison.window = window;
    comparison.range = current.range();
    comparison.priorRange = prior.range();
    comparison.minimumDenominator = options.minimumDenominator;

    const auto& now = current.forMeasure(measure.id);
    const auto& before = prior.forMeasure(measure.id);
    const auto sumsOf = [](const ResultSums::ByProvider& byProvider, std::int64_t id) {
        const auto it = byProvider.find(id);
        return it == byProvider.end() ? Sums{} : it->second;
    };

    // Sums per unit of the level, in roster order; groups add up their providers.
    struct Accumulated
    {
        std::int64_t id;
        QString name;
        size_t peerGroup;
        Sums current;
        Sums prior;
    };
    std::vector<Accumulated> units;
    std::unordered_map<std::int64_t, size_t> groupIndex;
    const auto addGroups = [&](const std::vector<ProviderGroup>& groups) {
        for (const ProviderGroup& g : groups) {
            groupIndex[g.id] = units.size();
            units.push_back({g.id, g.name, 0, {}, {}});
        }
    };
    switch (options.level) {
    case Level::Provider:
        if (options.peers == PeerGroup::SameKind)
            comparison.peers = {{QStringLiteral("Primary care")}, {QStringLiteral("Specialists")}};
        else
            comparison.peers = {{QStringLiteral("All providers")}};
        break;
    case Level::Practice:
        comparison.peers = {{QStringLiteral("All practices")}};
        addGroups(m_practices);
        break;
    case Level::Department:
        comparison.peers = {{QStringLiteral("All departments")}};
        addGroups(m_departments);
        break;
    case Level::Aco:
        comparison.peers = {{QStringLiteral("ACO")}};
        units.push_back({0, QStringLiteral("ACO"), 0, {}, {}});
        break;
    }

    for (const Provider& p : m_providers) {
        const Sums c = sumsOf(now, p.id);
        const Sums b = sumsOf(before, p.id);
        comparison.acoCurrent += c;
        comparison.acoPrior += b;
        switch (options.level) {
        case Level::Provider: {
            const size_t group = options.peers == PeerGroup::SameKind && !p.primaryCare ? 1 : 0;
            units.push_back({p.id, p.displayName(), group, c, b});
            break;
        }
        case Level::Practice:
        case Level::Department: {
            const auto it = groupIndex.find(options.level == Level::Practice ? p.practiceId : p.departmentId);
            if (it != groupIndex.end()) {
                units[it->second].current += c;
                units[it->second].prior += b;
            }
            break;
        }
        case Level::Aco:
            units[0].current += c;
            units[0].prior += b;
            break;
        }
    }
    comparison.acoValue = valueOf(measure, comparison.acoCurrent);
    comparison.acoPriorValue = valueOf(measure, comparison.acoPrior);

    for (const Accumulated& a : units) {
        if (a.current.denominator <= 0)
            continue; // no results in the window: nothing to show
        UnitResult unit;
        unit.id = a.id;
        unit.name = a.name;
        unit.peerGroup = a.peerGroup;
        unit.current = a.current;
        unit.prior = a.prior;
        unit.value = valueOf(measure, a.current);
        unit.priorValue = valueOf(measure, a.prior);
        if (unit.value && unit.priorValue)
            unit.change = *unit.value - *unit.priorValue;
        unit.belowMinimum = a.current.denominator < options.minimumDenominator;
        comparison.units.push_back(std::move(unit));
    }
    rankUnits(comparison);
    return comparison;
}

} // namespace aco
