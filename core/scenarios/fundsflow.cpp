#include "scenarios/fundsflow.h"

#include "csv/csvwriter.h"
#include "error.h"
#include "measures/resultsums.h"
#include "scenarios/largestremainder.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariobasis.h"
#include "scenarios/scenariojson.h"
#include "scenarios/scenariostore.h"
#include "store/database.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace aco {

namespace {

// The latest month of the year with measure results.
std::optional<Period> latestResults(const Database& db, int year)
{
    for (Period p : periodsWithResults(db)) // latest first
        if (p.year() == year)
            return p;
    return std::nullopt;
}

std::string quoted(const Database& db)
{
    return "'" + db.path().toStdString() + "'";
}

FundsFlowMeasure projectMeasure(const Measure& measure, const ScenarioMeasure& weight,
                                const ScenarioRecipient& unit, size_t m, int months)
{
    FundsFlowMeasure out;
    out.measure = measure;
    out.weightBasisPoints = weight.weightBasisPoints;
    out.value = m < unit.values.size() ? unit.values[m] : std::nullopt;
    if (m < unit.assessments.size())
        out.tier = unit.assessments[m];
    out.gapText =
        out.value ? nextTierText(measure, out.tier, months) : QStringLiteral("No results yet");
    return out;
}

} // namespace

std::int64_t FundsFlowReport::projectedTotalCents() const
{
    std::int64_t total = 0;
    for (const RecipientAllocation& r : allocation.recipients)
        total += r.paymentCents;
    return total;
}

QString FundsFlowMeasure::tierText() const
{
    return value ? tierName(tier.tier) : QStringLiteral("no results");
}

QString FundsFlowReport::unpayableReason(const FundsFlowRecipient& r) const
{
    if (poolCents() < 0)
        return r.projectedCents == 0 ? QStringLiteral("no share of the loss") : QString();
    if (r.maximumCents > 0)
        return {};
    if (allocation.providerPoolCents == 0)
        return QStringLiteral("no provider pool");
    return r.beneficiaries == 0 ? QStringLiteral("no attributed beneficiaries")
                                : QStringLiteral("no share of the provider pool");
}

const FundsFlowRecipient* FundsFlowReport::recipientOf(const Provider& provider) const
{
    for (const FundsFlowRecipient& r : recipients)
        for (const Provider& p : r.providers)
            if (p.id == provider.id)
                return &r;
    return nullptr;
}

FundsFlowReport projectFundsFlow(const Database& db, Scenario scenario, Period through)
{
    if (!through.isValid())
        throw Error("A funds flow report needs a month to project from.", Error::Kind::Usage);
    FundsFlowReport report;
    const auto aco = loadAcoInfo(db);
    if (!aco)
        throw Error(quoted(db) + " holds no ACO yet; import or create one first.",
                    Error::Kind::InvalidData);
    report.aco = *aco;
    scenario.year = through.year();
    const bool needsMeasures =
        scenario.basis == Scenario::Basis::Tiers || scenario.engagement.has_value();
    if (needsMeasures) {
        const auto latest = latestResults(db, through.year());
        if (!latest || *latest < through)
            throw Error(quoted(db) + " has results for " + std::to_string(through.year()) +
                            (latest ? " only through " + latest->toString().toStdString()
                                    : std::string(" not at all")) +
                            ", not through " + through.toString().toStdString() +
                            "; choose an earlier month or quarter.",
                        Error::Kind::Usage);
    }

    const ScenarioBasis basis = loadScenarioBasis(db, scenario, through);
    const Allocator allocator(scenario, basis);
    report.allocation = allocator.allocate(scenarioEarnedCents(scenario, basis));
    report.ytd = windowRange(Window::YearToDate, through);
    report.quarter = through.month() % 3 == 0 ? through.month() / 3 : 0;
    report.expenditureMonths = basis.expenditureMonths;

    std::unordered_map<std::int64_t, const Provider*> providers;
    const auto roster = loadProviders(db);
    for (const Provider& p : roster)
        providers[p.id] = &p;
    const bool tiers = scenario.basis == Scenario::Basis::Tiers;
    std::vector<Measure> measures;
    std::vector<double> weights;
    const auto schemes = tiers ? loadTierSchemes(db, scenario.year) : std::vector<TierScheme>{};
    if (tiers) {
        const auto all = loadMeasures(db);
        for (const ScenarioMeasure& m : scenario.measures) {
            measures.push_back(*std::find_if(all.begin(), all.end(),
                                             [&](const Measure& x) { return x.code == m.code; }));
            weights.push_back(m.weightBasisPoints);
        }
    }

    const std::int64_t pool = report.allocation.poolCents;
    for (size_t i = 0; i < basis.recipients.size(); ++i) {
        const ScenarioRecipient& unit = basis.recipients[i];
        const RecipientAllocation& paid = report.allocation.recipients[i];
        FundsFlowRecipient r;
        r.id = unit.id;
        r.name = unit.name;
        for (std::int64_t id : unit.providerIds)
            r.providers.push_back(*providers.at(id));
        r.beneficiaries = unit.beneficiaries;
        r.eligible = unit.engaged;
        r.projectedCents = paid.paymentCents;
        r.maximumCents = paid.maximumCents;
        if (tiers) {
            const auto maximumByMeasure = r.maximumCents != 0
                                              ? distributeCents(r.maximumCents, weights)
                                              : std::vector<std::int64_t>(weights.size(), 0);
            const double now = allocator.quotaWith(i, unit.payouts, pool);
            for (size_t m = 0; m < scenario.measures.size(); ++m) {
                FundsFlowMeasure fm =
                    projectMeasure(measures[m], scenario.measures[m], unit, m, report.ytd.months());
                fm.maximumCents = maximumByMeasure[m];
                if (m < paid.earnedByMeasureCents.size())
                    fm.earnedCents = paid.earnedByMeasureCents[m];
                const TierScheme* scheme = findTierScheme(schemes, measures[m].id);
                if (fm.value && fm.tier.nextTier && scheme) {
                    std::vector<double> better = unit.payouts;
                    better[m] = scheme->payouts[static_cast<size_t>(*fm.tier.nextTier) - 1];
                    fm.nextTierWorthCents =
                        std::llround(allocator.quotaWith(i, better, pool) - now);
                }
                r.measures.push_back(std::move(fm));
            }
        }
        report.recipients.push_back(std::move(r));
    }
    report.scenario = std::move(scenario);
    return report;
}

// One row per recipient; money in integer cents so that the column adds up to the total exactly.
QByteArray fundsFlowCsv(const FundsFlowReport& report,
                        const std::vector<const FundsFlowRecipient*>& recipients)
{
    QStringList header{QStringLiteral("id"),
                       QStringLiteral("name"),
                       QStringLiteral("npi"),
                       QStringLiteral("eligible"),
                       QStringLiteral("projected_cents"),
                       QStringLiteral("maximum_cents")};
    for (const ScenarioMeasure& m : report.scenario.measures)
        header << m.code + QStringLiteral("_value") << m.code + QStringLiteral("_tier")
               << m.code + QStringLiteral("_earned_cents")
               << m.code + QStringLiteral("_next_tier_worth_cents");
    CsvWriter csv;
    csv.addRecord(header);
    for (const FundsFlowRecipient* r : recipients) {
        const bool one = report.scenario.level == Level::Provider && r->providers.size() == 1;
        QStringList row{QString::number(r->id),
                        r->name,
                        one ? r->providers.front().npi : QString(),
                        r->eligible ? QStringLiteral("true") : QStringLiteral("false"),
                        QString::number(r->projectedCents),
                        QString::number(r->maximumCents)};
        for (const FundsFlowMeasure& m : r->measures)
            row << (m.value ? QString::number(*m.value, 'f', 2) : QString())
                << (m.value ? tierName(m.tier.tier) : QString()) // empty with the value
                << QString::number(m.earnedCents)
                << QString::number(m.nextTierWorthCents);
        csv.addRecord(row);
    }
    return csv.data();
}

FundsFlowReport projectFundsFlow(const Database& db, const Scenario& scenario, int year,
                                 int quarter)
{
    if (quarter < 1 || quarter > 4)
        throw Error("The quarter must be 1, 2, 3 or 4, not " + std::to_string(quarter) + ".",
                    Error::Kind::Usage);
    return projectFundsFlow(db, scenario, Period(year, quarter * 3));
}

std::vector<int> fundsFlowQuarters(const Database& db, int year)
{
    std::vector<int> quarters;
    if (const auto latest = latestResults(db, year))
        for (int q = 1; q * 3 <= latest->month(); ++q)
            quarters.push_back(q);
    return quarters;
}

Scenario findScenario(Database& db, const QString& nameOrFile)
{
    if (nameOrFile.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        Scenario scenario = readScenarioFile(nameOrFile);
        if (scenario.name.isEmpty()) // the reports name the scenario
            scenario.name = QFileInfo(nameOrFile).completeBaseName();
        return scenario;
    }
    return ScenarioStore(db).load(nameOrFile);
}

} // namespace aco
