#include "export/exportkinds.h"

#include "claims/claimsspending.h"
#include "error.h"
#include "measures/measure.h"
#include "measures/resultsums.h"
#include "organisation.h"
#include "patients/patientlists.h"
#include "scorecards/scorecard.h"
#include "store/database.h"

#include <QDate>
#include <QStringList>

#include <cmath>
#include <unordered_map>

namespace aco {

namespace {

QVariant optional(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optional(const std::optional<int>& value)
{
    return value ? QVariant(static_cast<qint64>(*value)) : QVariant();
}

QVariant cents(std::int64_t value)
{
    return QVariant(static_cast<qint64>(value));
}

Period latestPeriod(const Database& db, const ExportOptions& options)
{
    if (options.period)
        return *options.period;
    const auto periods = periodsWithResults(db);
    if (periods.empty())
        throw Error("'" + db.path().toStdString() +
                    "' has no measure results yet; import some before exporting them.");
    return periods.front();
}

QDate dataAsOf(const Database& db)
{
    const auto info = loadAcoInfo(db);
    const QDate date = info ? QDate::fromString(info->dataAsOf, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw Error("'" + db.path().toStdString() +
                    "' has no data date for its ACO; set the ACO's data date first.");
    return date;
}

Table providers(const Database& db)
{
    Table table{QStringLiteral("Providers"),
                {{QStringLiteral("Provider")},
                 {QStringLiteral("NPI")},
                 {QStringLiteral("Specialty")},
                 {QStringLiteral("Kind")},
                 {QStringLiteral("Employment")},
                 {QStringLiteral("Practice")},
                 {QStringLiteral("Department")},
                 {QStringLiteral("Attributed beneficiaries"), ColumnType::Integer}},
                {}};
    for (const Provider& p : loadProviders(db))
        table.rows.push_back(
            {p.displayName(), p.npi, p.specialty,
             p.primaryCare ? QStringLiteral("Primary care") : QStringLiteral("Specialist"),
             p.employed ? QStringLiteral("Employed") : QStringLiteral("Independent"),
             p.practiceName, p.departmentName, static_cast<qint64>(p.attributedBeneficiaries)});
    return table;
}

// The ACO's monthly sums per measure: every month, or the window's when a period is given.
Table results(const Database& db, const ExportOptions& options)
{
    Table table{QStringLiteral("Results"),
                {{QStringLiteral("Measure")},
                 {QStringLiteral("Name")},
                 {QStringLiteral("Month")},
                 {QStringLiteral("Numerator"), ColumnType::Integer},
                 {QStringLiteral("Denominator"), ColumnType::Integer},
                 {QStringLiteral("Value"), ColumnType::Decimal},
                 {QStringLiteral("Unit")}},
                {}};
    std::unordered_map<std::int64_t, Measure> measures;
    for (Measure& m : loadMeasures(db))
        measures.emplace(m.id, std::move(m));
    const PeriodRange range = options.period ? windowRange(options.window, *options.period)
                                             : PeriodRange{Period(0, 1), Period(9999, 12)};
    auto query = db.prepare("SELECT m.id, r.period, sum(r.numerator), sum(r.denominator) "
                            "FROM measure_result r JOIN measure m ON m.id = r.measure_id "
                            "WHERE r.period BETWEEN ?1 AND ?2 "
                            "GROUP BY m.id, r.period ORDER BY m.code, r.period");
    query.bind(1, range.first.toInt()).bind(2, range.last.toInt());
    while (query.step()) {
        const Measure& m = measures.at(query.int64(0));
        const auto numerator = query.int64(2);
        const auto denominator = query.int64(3);
        table.rows.push_back({m.code, m.name, Period::fromInt(query.integer(1)).toString(),
                              static_cast<qint64>(numerator), static_cast<qint64>(denominator),
                              denominator > 0 ? QVariant(m.value(static_cast<double>(numerator),
                                                                 static_cast<double>(denominator)))
                                              : QVariant(),
                              m.unitLabel()});
    }
    return table;
}

// Every provider on every measure for a window, as on the scorecards (without their patients).
Table scorecard(const Database& db, const ExportOptions& options)
{
    ScorecardOptions so;
    so.period = latestPeriod(db, options);
    so.window = options.window;
    so.pursuitLimit = 0;
    so.careGapLimit = 0;
    const ScorecardBuilder builder(db, so);
    Table table{QStringLiteral("Scorecard ") + so.period.toString(),
                {{QStringLiteral("NPI")},
                 {QStringLiteral("Provider")},
                 {QStringLiteral("Measure")},
                 {QStringLiteral("Name")},
                 {QStringLiteral("Numerator"), ColumnType::Integer},
                 {QStringLiteral("Denominator"), ColumnType::Integer},
                 {QStringLiteral("Value"), ColumnType::Decimal},
                 {QStringLiteral("Unit")},
                 {QStringLiteral("Prior value"), ColumnType::Decimal},
                 {QStringLiteral("Peer median"), ColumnType::Decimal},
                 {QStringLiteral("Rank"), ColumnType::Integer},
                 {QStringLiteral("Peers"), ColumnType::Integer},
                 {QStringLiteral("Tier")},
                 {QStringLiteral("Tier payout"), ColumnType::Percent}},
                {}};
    for (const Provider& provider : builder.providers()) {
        const Scorecard card = builder.build(provider);
        for (const ScorecardRow& row : card.rows) {
            table.rows.push_back({provider.npi, provider.displayName(), row.measure.code,
                                  row.measure.name, static_cast<qint64>(row.current.numerator),
                                  static_cast<qint64>(row.current.denominator), optional(row.value),
                                  row.measure.unitLabel(), optional(row.priorValue),
                                  optional(row.peerMedian), optional(row.rank),
                                  static_cast<qint64>(row.peerCount),
                                  row.tier ? QVariant(tierName(row.tier->tier)) : QVariant(),
                                  row.tier ? QVariant(row.tier->payout) : QVariant()});
        }
    }
    return table;
}

Table pursuit(const Database& db, const ExportOptions& options)
{
    const QDate asOf = options.period ? listsAsOf(dataAsOf(db), *options.period) : dataAsOf(db);
    const bool mask = options.maskPhi;
    Table table{QStringLiteral("Pursuit lists"),
                {{QStringLiteral("Provider NPI")},
                 {QStringLiteral("Provider")},
                 {QStringLiteral("Order"), ColumnType::Integer},
                 {QStringLiteral("MBI"), ColumnType::Text, true},
                 {QStringLiteral("Patient"), ColumnType::Text, true},
                 {QStringLiteral("Birth date"), ColumnType::Date, true},
                 {QStringLiteral("Risk score"), ColumnType::Decimal},
                 {QStringLiteral("Admissions"), ColumnType::Integer},
                 {QStringLiteral("Readmissions"), ColumnType::Integer},
                 {QStringLiteral("ED visits"), ColumnType::Integer},
                 {QStringLiteral("Cost"), ColumnType::Cents},
                 {QStringLiteral("Open gaps"), ColumnType::Integer},
                 {QStringLiteral("Pursuit score"), ColumnType::Decimal}},
                {}};
    for (const Provider& provider : loadProviders(db)) {
        if (!provider.primaryCare)
            continue;
        qint64 order = 0;
        for (const PursuitEntry& e : pursuitList(db, provider.id, asOf, options.pursuitLimit))
            table.rows.push_back(
                {provider.npi, provider.displayName(), ++order, patientMbi(e.mbi, mask),
                 patientName(e.firstName, e.lastName, mask),
                 mask ? QVariant() : QVariant(e.birthDate), e.riskScore,
                 static_cast<qint64>(e.admissions), static_cast<qint64>(e.readmissions),
                 static_cast<qint64>(e.edVisits), cents(e.costCents),
                 static_cast<qint64>(e.openGaps), e.score});
    }
    return table;
}

Table careGaps(const Database& db, const ExportOptions& options)
{
    const QDate asOf = options.period ? listsAsOf(dataAsOf(db), *options.period) : dataAsOf(db);
    const bool mask = options.maskPhi;
    Table table{QStringLiteral("Care gaps"),
                {{QStringLiteral("Provider NPI")},
                 {QStringLiteral("Provider")},
                 {QStringLiteral("MBI"), ColumnType::Text, true},
                 {QStringLiteral("Patient"), ColumnType::Text, true},
                 {QStringLiteral("Measure")},
                 {QStringLiteral("Gap")},
                 {QStringLiteral("Due"), ColumnType::Date},
                 {QStringLiteral("Overdue")}},
                {}};
    constexpr int everyGap = 1'000'000;
    for (const Provider& provider : loadProviders(db)) {
        for (const CareGapEntry& g : openCareGaps(db, provider.id, asOf, everyGap))
            table.rows.push_back({provider.npi, provider.displayName(), patientMbi(g.mbi, mask),
                                  patientName(g.firstName, g.lastName, mask), g.measureCode,
                                  g.description, g.dueDate,
                                  g.overdue ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return table;
}

Table expenditures(const Database& db)
{
    Table table{QStringLiteral("Expenditures"),
                {{QStringLiteral("Month")},
                 {QStringLiteral("Beneficiary months"), ColumnType::Integer},
                 {QStringLiteral("Expenditure"), ColumnType::Cents},
                 {QStringLiteral("Benchmark"), ColumnType::Cents},
                 {QStringLiteral("Savings"), ColumnType::Cents},
                 {QStringLiteral("Expenditure PMPM"), ColumnType::Cents}},
                {}};
    auto query = db.prepare("SELECT period, beneficiary_months, expenditure_cents, "
                            "benchmark_cents FROM expenditure ORDER BY period");
    while (query.step()) {
        const auto months = query.int64(1);
        const auto spent = query.int64(2);
        const auto benchmark = query.int64(3);
        table.rows.push_back(
            {Period::fromInt(query.integer(0)).toString(), static_cast<qint64>(months),
             cents(spent), cents(benchmark), cents(benchmark - spent),
             months > 0
                 ? cents(std::llround(static_cast<double>(spent) / static_cast<double>(months)))
                 : QVariant()});
    }
    return table;
}

// What the claims in the file add up to, by beneficiary (current MBI) and month, as CCLF IP 5.3
// computes it; the column names are fixed so that other programs can read the file.
Table claimsSpendingTable(const Database& db, const ExportOptions& options)
{
    Table table{QStringLiteral("Claims spending"),
                {{QStringLiteral("mbi"), ColumnType::Text, true},
                 {QStringLiteral("month")},
                 {QStringLiteral("part_a"), ColumnType::Cents},
                 {QStringLiteral("part_b_physician"), ColumnType::Cents},
                 {QStringLiteral("part_b_dme"), ColumnType::Cents},
                 {QStringLiteral("total"), ColumnType::Cents}},
                {}};
    forEachClaimsSpending(db, [&](const ClaimsSpendingRow& r) {
        table.rows.push_back({patientMbi(r.mbi, options.maskPhi), Period::fromInt(r.month).toString(),
                              cents(r.partACents), cents(r.partBCents), cents(r.dmeCents),
                              cents(r.totalCents())});
    });
    return table;
}

// Every stored CMS-HCC score (risk_score), by beneficiary (current MBI) and payment year; the
// column names are fixed so that other programs can read the file. Scores to three decimals, as
// CMS's software writes them; HCCs as it lists them ("HCC37 HCC226").
Table riskScoresTable(const Database& db, const ExportOptions& options)
{
    Table table{QStringLiteral("Risk scores"),
                {{QStringLiteral("mbi"), ColumnType::Text, true},
                 {QStringLiteral("payment_year"), ColumnType::Integer},
                 {QStringLiteral("segment")},
                 {QStringLiteral("raw_score"), ColumnType::Decimal, false, 3},
                 {QStringLiteral("normalized_score"), ColumnType::Decimal, false, 3},
                 {QStringLiteral("hccs")}},
                {}};
    auto query = db.prepare("SELECT b.mbi, r.payment_year, r.segment, r.raw, r.normalized, r.hccs FROM risk_score r "
                            "JOIN beneficiary b ON b.id = r.beneficiary_id ORDER BY b.mbi, r.payment_year");
    while (query.step()) {
        QString hccs;
        for (const QString& number : query.text(5).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            hccs += (hccs.isEmpty() ? QStringLiteral("HCC") : QStringLiteral(" HCC")) + number;
        table.rows.push_back({patientMbi(query.text(0), options.maskPhi), static_cast<qint64>(query.int64(1)),
                              query.text(2), query.real(3), query.real(4), hccs});
    }
    return table;
}

} // namespace

const std::vector<ExportKind>& exportKinds()
{
    static const std::vector<ExportKind> kinds = {
        {"providers", "the provider roster: practice, department, attributed beneficiaries", false},
        {"results",
         "the ACO's monthly numerators, denominators and values per measure "
         "(every month, or the window's with --period)",
         false},
        {"scorecard",
         "every provider on every measure for the window: value, prior value, peer "
         "median, rank and tier",
         false},
        {"pursuit", "each primary care provider's pursuit list of high-risk patients", true},
        {"care-gaps", "every open care gap, by provider and patient", true},
        {"expenditures", "monthly expenditure against the benchmark, with savings and PMPM", false},
        {"claims-spending",
         "each beneficiary's Part A, Part B physician and DME spending per month from the CCLF "
         "claims (mbi,month,part_a,part_b_physician,part_b_dme,total)",
         true},
        {"risk-scores",
         "each beneficiary's CMS-HCC risk score per payment year, computed from the claims "
         "(mbi,payment_year,segment,raw_score,normalized_score,hccs)",
         true},
    };
    return kinds;
}

Table buildExport(const Database& db, const QString& kind, const ExportOptions& options)
{
    if (kind == QStringLiteral("providers"))
        return providers(db);
    if (kind == QStringLiteral("results"))
        return results(db, options);
    if (kind == QStringLiteral("scorecard"))
        return scorecard(db, options);
    if (kind == QStringLiteral("pursuit"))
        return pursuit(db, options);
    if (kind == QStringLiteral("care-gaps"))
        return careGaps(db, options);
    if (kind == QStringLiteral("expenditures"))
        return expenditures(db);
    if (kind == QStringLiteral("claims-spending"))
        return claimsSpendingTable(db, options);
    if (kind == QStringLiteral("risk-scores"))
        return riskScoresTable(db, options);
    QStringList names;
    for (const ExportKind& k : exportKinds())
        names << QString::fromLatin1(k.name);
    throw Error("there is no export kind '" + kind.toStdString() + "'; choose " +
                    names.join(QStringLiteral(", ")).toStdString() + '.',
                Error::Kind::Usage);
}

} // namespace aco
