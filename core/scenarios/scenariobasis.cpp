#include "scenarios/scenariobasis.h"

#include "error.h"
#include "measures/measureengine.h"
#include "measures/resultsums.h"
#include "mssp/msspyear.h"
#include "scenarios/largestremainder.h"
#include "scenarios/scenario.h"
#include "store/database.h"

#include <cmath>
#include <map>
#include <tuple>

namespace aco {

namespace {

[[noreturn]] void fail(const QString& field, const QString& reason)
{
    throw Error(QStringLiteral("Scenario field %1: %2").arg(field, reason).toStdString(),
                Error::Kind::InvalidData);
}

std::int64_t unitOf(const Provider& provider, Level level)
{
    switch (level) {
    case Level::Practice:
        return provider.practiceId;
    case Level::Department:
        return provider.departmentId;
    default:
        return provider.id;
    }
}

const Measure& measureFor(const MeasureEngine& engine, const QString& code, const QString& field)
{
    for (const Measure& m : engine.measures())
        if (m.code == code)
            return m;
    fail(field, QStringLiteral("the file has no measure %1.").arg(code));
}

} // namespace

bool sameBasis(const Scenario& a, const Scenario& b)
{
    const auto key = [](const Scenario& s) {
        std::vector<QString> codes;
        for (const ScenarioMeasure& m : s.measures)
            codes.push_back(m.code);
        const auto& e = s.engagement;
        return std::make_tuple(s.source, s.year, s.level, s.primaryCare, s.specialists, s.employed,
                               s.independent, s.minimumBeneficiaries, e.has_value(),
                               e ? e->code : QString(), e ? e->minimum : 0.0, s.basis, codes);
    };
    return key(a) == key(b);
}

double expenditureCvFromHistory(const Database& db, int year)
{
    auto query = db.prepare("SELECT beneficiary_months, expenditure_cents FROM expenditure "
                            "WHERE period BETWEEN ?1 AND ?2 AND beneficiary_months > 0");
    query.bind(1, year * 100 + 1).bind(2, year * 100 + 12);
    std::vector<double> pmpm;
    while (query.step())
        pmpm.push_back(static_cast<double>(query.int64(1)) / static_cast<double>(query.int64(0)));
    if (pmpm.size() < 2)
        return 0.0;
    double mean = 0.0;
    for (double v : pmpm)
        mean += v;
    mean /= static_cast<double>(pmpm.size());
    double squares = 0.0;
    for (double v : pmpm)
        squares += (v - mean) * (v - mean);
    const double sd = std::sqrt(squares / static_cast<double>(pmpm.size() - 1));
    return mean > 0.0 ? sd / mean / std::sqrt(12.0) : 0.0;
}

ScenarioBasis loadScenarioBasis(const Database& db, const Scenario& scenario,
                                std::optional<Period> through)
{
    scenario.validate();
    ScenarioBasis basis;
    if (scenario.source == Scenario::Source::Mssp) {
        const auto year = loadMsspYear(db, scenario.year, through);
        if (!year)
            fail(QStringLiteral("source.year"),
                 QStringLiteral("the file has no expenditures for performance year %1.")
                     .arg(scenario.year));
        basis.mssp = year->input;
        basis.expenditureMonths = year->monthsOfData;
        basis.historyExpenditureCv = expenditureCvFromHistory(db, scenario.year);
    }

    const MeasureEngine engine(db);
    // Recipients: the included providers grouped by the scenario's level.
    std::map<std::int64_t, ScenarioRecipient> units;
    for (const Provider& p : engine.providers()) {
        if ((p.primaryCare && !scenario.primaryCare) || (!p.primaryCare && !scenario.specialists) ||
            (p.employed && !scenario.employed) || (!p.employed && !scenario.independent))
            continue;
        const std::int64_t id = unitOf(p, scenario.level);
        if (id == 0) // no department
            continue;
        ScenarioRecipient& unit = units[id];
        unit.id = id;
        unit.name = scenario.level == Level::Practice     ? p.practiceName
                    : scenario.level == Level::Department ? p.departmentName
                                                          : p.displayName();
        unit.providerIds.push_back(p.id);
        unit.beneficiaries += p.attributedBeneficiaries;
        if (p.employed)
            unit.employedBeneficiaries += p.attributedBeneficiaries;
        unit.members.push_back(
            {p.id, p.displayName(), p.attributedBeneficiaries, p.primaryCare, p.employed});
    }

    const bool needsMeasures = scenario.basis == Scenario::Basis::Tiers || scenario.engagement;
    std::optional<Period> end;
    if (needsMeasures) {
        for (Period p : periodsWithResults(db)) // latest first
            if (p.year() == scenario.year && (!through || p <= *through)) {
                end = p;
                break;
            }
        if (!end)
            fail(QStringLiteral("source.year"),
                 QStringLiteral("the file has no measure results in %1.").arg(scenario.year));
    }
    MeasureEngine::Options options;
    options.level = scenario.level;
    options.minimumDenominator = 0;

    const auto schemes =
        needsMeasures ? loadTierSchemes(db, scenario.year) : std::vector<TierScheme>{};
    for (auto& [id, unit] : units) {
        unit.tiers.assign(scenario.basis == Scenario::Basis::Tiers ? scenario.measures.size() : 0,
                          Tier::BelowBaseline);
        unit.payouts.assign(unit.tiers.size(), 0.0);
        unit.values.assign(unit.tiers.size(), std::nullopt);
        unit.assessments.assign(unit.tiers.size(), TierAssessment{});
    }
    if (scenario.basis == Scenario::Basis::Tiers) {
        for (size_t i = 0; i < scenario.measures.size(); ++i) {
            const QString field = QStringLiteral("payment.measures[%1].code").arg(i);
            const Measure& measure = measureFor(engine, scenario.measures[i].code, field);
            const TierScheme* scheme = findTierScheme(schemes, measure.id);
            if (!scheme)
                fail(field, QStringLiteral("%1 has no tier scheme for %2.")
                                .arg(measure.code)
                                .arg(scenario.year));
            scheme->validate(measure);
            const auto comparison = engine.compare(measure, *end, Window::YearToDate, options);
            for (const UnitResult& r : comparison.units) {
                auto it = units.find(r.id);
                if (it == units.end())
                    continue;
                const TierAssessment a =
                    assessTier(*scheme, measure, static_cast<double>(r.current.numerator),
                               static_cast<double>(r.current.denominator));
                it->second.tiers[i] = a.tier;
                it->second.payouts[i] = a.payout;
                it->second.values[i] = r.value;
                it->second.assessments[i] = a;
            }
        }
    }
    if (scenario.engagement) {
        const Measure& measure = measureFor(engine, scenario.engagement->code,
                                            QStringLiteral("eligibility.engagement.code"));
        const auto comparison = engine.compare(measure, *end, Window::YearToDate, options);
        for (auto& [id, unit] : units) {
            const UnitResult* r = comparison.find(id);
            unit.engaged =
                r && r->value && !measure.isBetter(scenario.engagement->minimum, *r->value);
        }
    }

    for (auto& [id, unit] : units)
        if (unit.beneficiaries >= scenario.minimumBeneficiaries)
            basis.recipients.push_back(std::move(unit));
    return basis;
}

Scenario startingScenario(const Database& db)
{
    Scenario s;
    const std::vector<int> years = performanceYears(db); // latest first
    if (years.empty()) { // a new file: an amount to type in, paid by beneficiaries
        s.source = Scenario::Source::Amount;
        s.basis = Scenario::Basis::Beneficiaries;
        return s;
    }
    s.year = years.front();
    const auto schemes = loadTierSchemes(db, s.year);
    std::vector<QString> codes;
    for (const Measure& m : loadMeasures(db))
        if (findTierScheme(schemes, m.id))
            codes.push_back(m.code);
    if (codes.empty()) {
        s.basis = Scenario::Basis::Beneficiaries;
        return s;
    }
    const std::vector<double> equal(codes.size(), 1.0);
    const std::vector<std::int64_t> weights = distributeCents(10000, equal);
    for (size_t i = 0; i < codes.size(); ++i)
        s.measures.push_back({codes[i], int(weights[i])});
    return s;
}

} // namespace aco
