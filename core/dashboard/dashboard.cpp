#include "dashboard/dashboard.h"

#include "dashboard/dashboardproviders.h"
#include "error.h"
#include "mssp/msspcalculator.h"
#include "mssp/msspyear.h"
#include "store/store.h"

#include <algorithm>
#include <future>

namespace aco {

namespace {

double perMemberMonth(std::int64_t cents, std::int64_t members)
{
    return members > 0 ? static_cast<double>(cents) / 100.0 / static_cast<double>(members) : 0.0;
}

// The year's months from January to the period (all twelve when the period is later).
DashboardFinances loadFinances(const Database& db, int year, Period period)
{
    DashboardFinances finances;
    const Period last = std::min(period, Period(year, 12));
    auto months =
        db.prepare("SELECT period, beneficiary_months, expenditure_cents, benchmark_cents "
                   "FROM expenditure WHERE period BETWEEN ?1 AND ?2 ORDER BY period");
    months.bind(1, year * 100 + 1).bind(2, last.toInt());
    std::int64_t members = 0;
    std::int64_t spent = 0;
    while (months.step()) {
        finances.months.push_back({Period::fromInt(months.integer(0)), months.int64(1),
                                   months.int64(2), months.int64(3)});
        members += months.int64(1);
        spent += months.int64(2);
    }

    const auto terms = loadMsspYear(db, year);
    if (!terms) {
        finances.unavailable =
            QStringLiteral("The file has no performance year %1 with its MSSP terms and "
                           "expenditures; import them (kinds years and expenditures).")
                .arg(year);
        return finances;
    }
    if (members <= 0) {
        finances.unavailable = QStringLiteral("There are no expenditures for %1 up to %2.")
                                   .arg(year)
                                   .arg(last.toString());
        return finances;
    }
    // The year's terms, with spending to the period (not to the file's last month) annualised for
    // the assigned beneficiaries, as loadMsspYear does for the whole year.
    MsspInput input = terms->input;
    input.expenditureTotal =
        perMemberMonth(spent, members) * 12.0 * static_cast<double>(input.assignedBeneficiaries);
    const MsspCalculator calculator;
    const auto problems = calculator.validate(input);
    if (!problems.empty()) {
        finances.unavailable = QStringLiteral("The %1 terms cannot be reconciled: %2: %3.")
                                   .arg(year)
                                   .arg(problems.front().column, problems.front().reason);
        return finances;
    }
    finances.projection = calculator.calculate(input);
    finances.input = input;
    return finances;
}

std::optional<double> valueOf(const Measure& measure, const Sums& sums)
{
    if (sums.denominator <= 0)
        return std::nullopt;
    return measure.value(static_cast<double>(sums.numerator),
                         static_cast<double>(sums.denominator));
}

Sums acoSums(const ResultSums& sums, std::int64_t measureId)
{
    Sums total;
    for (const auto& [provider, s] : sums.forMeasure(measureId))
        total += s;
    return total;
}

} // namespace

double ExpenditureMonth::expenditurePmpm() const
{
    return perMemberMonth(expenditureCents, beneficiaryMonths);
}

double ExpenditureMonth::benchmarkPmpm() const
{
    return perMemberMonth(benchmarkCents, beneficiaryMonths);
}

std::optional<TargetStatus> DashboardMeasure::status() const
{
    if (!value)
        return std::nullopt;
    return target.judge(*value);
}

int TierDistribution::assessed() const
{
    int total = 0;
    for (int count : providers)
        total += count;
    return total;
}

DashboardData computeDashboard(const Database& db, const DashboardRequest& request)
{
    if (!request.period.isValid())
        throw Error("The dashboard needs a month as YYYY-MM.", Error::Kind::Usage);
    const auto aco = loadAcoInfo(db);
    if (!aco)
        throw Error("'" + db.path().toStdString() +
                        "' holds no ACO yet; import one or create the demo ACO.",
                    Error::Kind::Usage);

    DashboardData data;
    data.aco = *aco;
    data.request = request;
    data.range = windowRange(request.window, request.period);
    data.priorRange = priorWindowRange(request.window, request.period);
    data.finances = loadFinances(db, request.year, request.period);
    if (!data.finances.unavailable.isEmpty())
        data.notes << data.finances.unavailable;

    const std::vector<Measure> measures = loadMeasures(db);
    // The prior window is read on a second connection of its own while this one reads the
    // window: the two range scans are most of the work, and they share nothing.
    std::future<ResultSums> priorSums =
        std::async(std::launch::async, [path = db.path(), range = data.priorRange] {
            const Store store = Store::openReadOnly(path);
            return ResultSums::load(store.db(), range);
        });
    const ResultSums current = ResultSums::load(db, data.range);
    const ResultSums prior = priorSums.get();
    const auto targets = loadMeasureTargets(db, request.year);
    for (const Measure& measure : measures) {
        const auto target = targets.find(measure.code);
        if (target == targets.end() || measure.unit == Measure::Unit::Pmpm)
            continue; // cost is in the spending chart
        DashboardMeasure row{measure,
                             target->second,
                             acoSums(current, measure.id),
                             acoSums(prior, measure.id),
                             {},
                             {}};
        row.value = valueOf(measure, row.current);
        row.priorValue = valueOf(measure, row.prior);
        data.measures.push_back(row);
    }

    const DashboardProviders providers(db, measures, request);
    data.tiers = providers.tierDistributions(current, data.notes);
    data.headline = providers.headline(data.tiers);
    const auto movers = providers.movers(data.headline, current, prior);
    data.improvers = movers.improvers;
    data.decliners = movers.decliners;
    data.enrollment = loadDashboardEnrollment(db, request.year, request.period);
    return data;
}

} // namespace aco
