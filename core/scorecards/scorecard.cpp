#include "scorecards/scorecard.h"

#include "error.h"
#include "store/database.h"

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

Trend trendOf(const Measure& measure, const UnitResult& unit)
{
    if (!unit.change)
        return Trend::Unknown;
    // Changes smaller than the printed precision read as no change.
    const double noise = measure.unit == Measure::Unit::Percent ? 0.05 : 0.5;
    if (std::abs(*unit.change) < noise)
        return Trend::Same;
    return measure.isBetter(*unit.value, *unit.priorValue) ? Trend::Better : Trend::Worse;
}

QString shortName(const Provider& p)
{
    return p.lastName + QLatin1Char(' ') + p.firstName.left(1) + QLatin1Char('.');
}

} // namespace

ScorecardBuilder::ScorecardBuilder(const Database& db, const ScorecardOptions& options,
                                   const std::optional<Scenario>& scenario)
    : m_db(db), m_options(options), m_engine(db)
{
    const auto aco = loadAcoInfo(db);
    if (!aco)
        throw Error("'" + db.path().toStdString() + "' holds no ACO yet; import or create one first.",
                    Error::Kind::InvalidData);
    m_aco = *aco;
    m_asOf = listsAsOf(QDate::fromString(m_aco.dataAsOf, Qt::ISODate), options.period);

    const PeriodRange range = windowRange(options.window, options.period);
    const ResultSums current = ResultSums::load(db, range);
    if (current.isEmpty())
        throw Error("There are no results for " + range.toString().toStdString() + " in '" +
                        db.path().toStdString() + "'; choose a period with data.",
                    Error::Kind::Usage);
    const ResultSums prior = ResultSums::load(db, priorWindowRange(options.window, options.period));

    m_tiers = loadTierSchemes(db, options.period.year());
    for (const TierScheme& scheme : m_tiers) {
        const auto measure = std::find_if(m_engine.measures().begin(), m_engine.measures().end(),
                                          [&](const Measure& m) { return m.id == scheme.measureId; });
        if (measure != m_engine.measures().end())
            scheme.validate(*measure);
    }
    std::unordered_map<std::int64_t, const Provider*> providerById;
    for (const Provider& p : m_engine.providers())
        providerById[p.id] = &p;
    const MeasureEngine::Options compare{Level::Provider, options.peers, options.minimumDenominator};
    for (const Measure& measure : m_engine.measures()) {
        Compared c;
        c.comparison = m_engine.compare(measure, options.window, current, prior, compare);
        c.groups.resize(c.comparison.peers.size());
        std::vector<std::vector<std::pair<std::int64_t, PeerBar>>> ranked(c.groups.size());
        for (size_t i = 0; i < c.comparison.units.size(); ++i) {
            const UnitResult& unit = c.comparison.units[i];
            c.unitOf[unit.id] = i;
            if (!unit.value || unit.belowMinimum)
                continue;
            const QString label = options.blinded ? QStringLiteral("#%1").arg(*unit.rank)
                                                  : shortName(*providerById.at(unit.id));
            ranked[unit.peerGroup].emplace_back(unit.id, PeerBar{label, *unit.value});
        }
        for (size_t g = 0; g < ranked.size(); ++g) {
            std::stable_sort(ranked[g].begin(), ranked[g].end(), [&](const auto& a, const auto& b) {
                return measure.isBetter(a.second.value, b.second.value);
            });
            auto bars = std::make_shared<std::vector<PeerBar>>();
            for (size_t i = 0; i < ranked[g].size(); ++i) {
                c.groups[g].position[ranked[g][i].first] = i;
                bars->push_back(std::move(ranked[g][i].second));
            }
            c.groups[g].bars = std::move(bars);
        }
        m_compared.push_back(std::move(c));
    }
    if (options.riskChangeLimit > 0)
        m_acoRisk = acoAverageRisk(db, options.period.year());
    if (scenario)
        m_projection = projectFundsFlow(db, *scenario, options.period);
}

std::vector<Provider> ScorecardBuilder::select(const QString& npi, const QString& practice) const
{
    std::vector<Provider> chosen;
    for (const Provider& p : providers()) {
        if ((!npi.isEmpty() && p.npi != npi) || (!practice.isEmpty() && p.practiceName != practice))
            continue;
        chosen.push_back(p);
    }
    if (!practice.isEmpty() && chosen.empty()) {
        // A practice may also be named by its code.
        for (const ProviderGroup& g : loadPractices(m_db))
            if (g.code == practice)
                return select(npi, g.name);
        throw Error("There is no practice '" + practice.toStdString() + "' in '" +
                        m_db.path().toStdString() + "'.",
                    Error::Kind::Usage);
    }
    if (!npi.isEmpty() && chosen.empty())
        throw Error("There is no provider with NPI " + npi.toStdString() + " in '" +
                        m_db.path().toStdString() + "'.",
                    Error::Kind::Usage);
    return chosen;
}

Scorecard ScorecardBuilder::build(const Provider& provider, const Database* patients) const
{
    Scorecard card;
    card.aco = m_aco;
    card.provider = provider;
    card.options = m_options;
    card.range = windowRange(m_options.window, m_options.period);

    std::vector<std::pair<double, size_t>> focusCandidates; // (percentile, measure index)
    for (size_t i = 0; i < m_compared.size(); ++i) {
        const MeasureComparison& comparison = m_compared[i].comparison;
        const auto at = m_compared[i].unitOf.find(provider.id);
        if (at == m_compared[i].unitOf.end())
            continue; // the provider does not report this measure
        const UnitResult* unit = &comparison.units[at->second];
        ScorecardRow row;
        row.measure = comparison.measure;
        row.current = unit->current;
        row.value = unit->value;
        row.priorValue = unit->priorValue;
        row.trend = trendOf(comparison.measure, *unit);
        const PeerStatistics& peers = comparison.peersOf(*unit);
        card.peerGroupName = peers.name;
        if (peers.count > 0)
            row.peerMedian = peers.median;
        row.rank = unit->rank;
        row.peerCount = peers.count;
        row.belowMinimum = unit->belowMinimum;
        if (const TierScheme* scheme = findTierScheme(m_tiers, comparison.measure.id)) {
            row.tier = assessTier(*scheme, comparison.measure, static_cast<double>(unit->current.numerator),
                                  static_cast<double>(unit->current.denominator));
            row.nextTierText = nextTierText(comparison.measure, *row.tier, card.range.months());
        }
        if (unit->percentile && comparison.measure.domain != QLatin1String("engagement"))
            focusCandidates.emplace_back(*unit->percentile, i);
        card.rows.push_back(std::move(row));
    }

    // Focus: the measures where the provider stands lowest among peers, where a talk helps most.
    // Only ranked providers have a percentile, so the focal bar is always among the shared bars.
    std::stable_sort(focusCandidates.begin(), focusCandidates.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    focusCandidates.resize(std::min<size_t>(focusCandidates.size(), static_cast<size_t>(m_options.focusMeasures)));
    for (const auto& [percentile, index] : focusCandidates) {
        const Compared& c = m_compared[index];
        const UnitResult& focal = c.comparison.units[c.unitOf.at(provider.id)];
        const PeerBars& group = c.groups[focal.peerGroup];
        PeerChart chart;
        chart.measure = c.comparison.measure;
        chart.peers = group.bars;
        chart.focal = group.position.at(provider.id);
        chart.median = c.comparison.peersOf(focal).median;
        chart.acoValue = c.comparison.acoValue;
        chart.tiers = findTierScheme(m_tiers, c.comparison.measure.id);
        card.charts.push_back(std::move(chart));
    }

    if (m_projection) {
        if (const FundsFlowRecipient* r = m_projection->recipientOf(provider))
            card.projection = ScorecardProjection{
                m_projection->scenario.name,
                m_projection->scenario.level == Level::Provider ? QString() : r->name,
                r->projectedCents, r->maximumCents};
    }

    card.listsAsOf = m_asOf;
    if (provider.primaryCare) {
        const Database& db = patients ? *patients : m_db;
        card.pursuit = pursuitList(db, provider.id, m_asOf, m_options.pursuitLimit);
        card.careGaps = openCareGaps(db, provider.id, m_asOf, m_options.careGapLimit);
        card.risk = scorecardRisk(db, provider.id, m_acoRisk, m_options.period.year(), m_asOf,
                                  m_options.riskChangeLimit);
    }
    return card;
}

} // namespace aco
