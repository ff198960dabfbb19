#include "import/yearimport.h"

#include "import/importrowreader.h"
#include "mssp/msspformat.h"
#include "mssp/msspparameters.h"
#include "store/database.h"

#include <algorithm>
#include <array>
#include <string>

namespace aco {

namespace {

enum Column
{
    Year,
    Track,
    AgreementStartYear,
    AgreementYear,
    AssignedBeneficiaries,
    BenchmarkPerCapita,
    Msr,
    Mlr,
    QualityScore,
    LowRevenue,
    BenchmarkEsrd, // by enrollment type, in the order of ClaimsCodes::Enrollment
    BenchmarkDisabled,
    BenchmarkAgedDual,
    BenchmarkAgedNonDual
};

constexpr std::array<int, 4> typeBenchmarks = {BenchmarkEsrd, BenchmarkDisabled, BenchmarkAgedDual,
                                               BenchmarkAgedNonDual};

constexpr int firstYear = 2012; // the Shared Savings Program's first performance year
constexpr int lastYear = 2100;
constexpr std::int64_t maximumBeneficiaries = 100'000'000;

constexpr std::array<const char*, 10> tracks = {"TRACK_1", "TRACK_1_PLUS", "TRACK_2", "TRACK_3",
                                                "BASIC_A", "BASIC_B",      "BASIC_C", "BASIC_D",
                                                "BASIC_E", "ENHANCED"};
constexpr std::array<const char*, 2> flags = {"0", "1"};

// An optional share: from 0 to 1, or to under 1 when `belowOne` (an MSR of 100% means nothing).
std::optional<double> share(ImportRowReader& row, int column, bool belowOne)
{
    if (row.isEmpty(column))
        return std::nullopt;
    const auto value = row.number(column);
    if (value && (*value < 0 || *value > 1 || (belowOne && *value == 1))) {
        const char* name = importColumns(ImportKind::Years)[static_cast<size_t>(column)].name;
        row.report(column, QStringLiteral("%1 %2 is not a share from 0 to %3; write 0.02 for 2%")
                               .arg(QString::fromLatin1(name), toQString(row.raw(column)),
                                    belowOne ? QStringLiteral("under 1") : QStringLiteral("1")));
        return std::nullopt;
    }
    return value;
}

// A benchmark per capita in dollars, above 0: `required` or empty (nullopt).
std::optional<std::int64_t> benchmarkCents(ImportRowReader& row, int column)
{
    if (row.isEmpty(column) && !importColumns(ImportKind::Years)[size_t(column)].required)
        return std::nullopt;
    const auto cents = row.cents(column);
    if (cents && *cents == 0)
        row.report(column, QStringLiteral("%1 %2 must be above 0; give the year's benchmark per "
                                          "assigned beneficiary")
                               .arg(QString::fromLatin1(
                                        importColumns(ImportKind::Years)[size_t(column)].name),
                                    toQString(row.raw(column))));
    return cents;
}

} // namespace

struct YearImport::Row
{
    int year;
    std::string_view track;
    int agreementStartYear;
    int agreementYear;
    std::int64_t assignedBeneficiaries;
    std::int64_t benchmarkCents;
    std::optional<double> msr, mlr, qualityScore;
    bool lowRevenue;
    std::array<std::optional<std::int64_t>, 4> typeBenchmarkCents; // empty: the per capita one
};

std::optional<YearImport::Row> YearImport::read(ImportRowReader& row) const
{
    const auto year = row.integer(Year, firstYear, lastYear);
    const auto track = row.choice(Track, tracks);
    const auto startYear = row.integer(AgreementStartYear, firstYear, lastYear);
    const auto agreementYear = row.integer(AgreementYear, 1, lastYear - firstYear + 1);
    const auto assigned = row.integer(AssignedBeneficiaries, 0, maximumBeneficiaries);
    const auto benchmark = benchmarkCents(row, BenchmarkPerCapita);
    std::array<std::optional<std::int64_t>, 4> byType;
    for (size_t t = 0; t < typeBenchmarks.size(); ++t)
        byType[t] = benchmarkCents(row, typeBenchmarks[t]);
    const auto msr = share(row, Msr, true);
    const auto mlr = share(row, Mlr, true);
    const auto qualityScore = share(row, QualityScore, false);
    const auto lowRevenue =
        row.isEmpty(LowRevenue) ? std::string_view("1") : row.choice(LowRevenue, flags);
    const MsspParameters& cms = MsspParameters::cms();
    QString whyNot;
    // Every choice in `tracks` is a code parseMsspTrack() reads.
    if (year && track &&
        !cms.rules(*parseMsspTrack(toQString(*track)), static_cast<int>(*year), &whyNot))
        row.report(Track, whyNot + QStringLiteral("; give the track the ACO was in that year"));
    if (year && startYear && *startYear > *year)
        row.report(AgreementStartYear,
                   QStringLiteral("agreement_start_year %1 is after the year %2; give the year "
                                  "the agreement period began")
                       .arg(*startYear)
                       .arg(*year));
    else if (year && startYear && agreementYear && *agreementYear > *year - *startYear + 1)
        row.report(AgreementYear,
                   QStringLiteral("agreement_year %1 is more than year - agreement_start_year + "
                                  "1 = %2; the agreement's first performance year is its year 1")
                       .arg(*agreementYear)
                       .arg(*year - *startYear + 1));
    // Without an MSR the reconciliation looks it up in CMS's size table, which starts at 5,000
    // beneficiaries; Track 2 agreements of 2012-2015 have a fixed rate instead.
    const bool fixedRate =
        track && *track == "TRACK_2" && startYear && *startYear <= cms.track2FixedLastStartYear();
    if (assigned && row.isEmpty(Msr) && !fixedRate && !cms.sizeBasedMsr(*assigned))
        row.report(AssignedBeneficiaries,
                   QStringLiteral("assigned_beneficiaries %1 is below the %2 where CMS's MSR "
                                  "table starts and msr is empty; give the MSR CMS set for the "
                                  "year")
                       .arg(*assigned)
                       .arg(MsspFormat::count(cms.smallestTableSize())));
    if (!row.rowOk())
        return std::nullopt;
    return Row{static_cast<int>(*year),
               *track,
               static_cast<int>(*startYear),
               static_cast<int>(*agreementYear),
               *assigned,
               *benchmark,
               msr,
               mlr,
               qualityScore,
               *lowRevenue == "1",
               byType};
}

void YearImport::importRow(ImportRowReader& row, bool write)
{
    const auto r = read(row);
    std::string year(row.raw(Year)); // as a number: 02024 is 2024
    year.erase(0, std::min(year.find_first_not_of('0'), year.size() - 1));
    if (!row.isEmpty(Year))
        if (const auto first = m_years.seen(year, row.line()))
            row.report(Year, QStringLiteral("year %1 is already on line %2; keep one of the two "
                                            "rows")
                                 .arg(toQString(row.raw(Year)))
                                 .arg(*first));
    if (!write || !row.rowOk())
        return;
    m_upsert->bind(1, r->year)
        .bind(2, r->track)
        .bind(3, r->agreementStartYear)
        .bind(4, r->agreementYear)
        .bind(5, r->assignedBeneficiaries)
        .bind(6, r->benchmarkCents)
        .bind(7, r->msr)
        .bind(8, r->mlr)
        .bind(9, r->qualityScore)
        .bind(10, r->lowRevenue ? 1 : 0);
    for (size_t t = 0; t < r->typeBenchmarkCents.size(); ++t)
        m_upsert->bind(11 + static_cast<int>(t), r->typeBenchmarkCents[t]);
    m_upsert->run();
    m_written.push_back(r->year);
}

void YearImport::finishWrite(Database& db)
{
    // Spending computed from the claims keeps its benchmark as the claims' load found the year's
    // terms (ClaimsAggregator::writeExpenditures): the same sum, done again with the terms just
    // imported, so that the months agree with the year without another load.
    auto update = db.prepare(R"sql(
        UPDATE expenditure SET benchmark_cents = (
            SELECT CAST(round(sum(t.beneficiary_months * coalesce(
                       CASE t.enrollment_type
                           WHEN 'esrd' THEN y.benchmark_esrd_cents
                           WHEN 'disabled' THEN y.benchmark_disabled_cents
                           WHEN 'aged_dual' THEN y.benchmark_aged_dual_cents
                           ELSE y.benchmark_aged_non_dual_cents END,
                       y.benchmark_per_capita_cents)) / 12.0) AS INTEGER)
            FROM expenditure_by_type t JOIN performance_year y ON y.year = t.period / 100
            WHERE t.period = expenditure.period)
        WHERE period / 100 = ?1
          AND EXISTS (SELECT 1 FROM expenditure_by_type t WHERE t.period = expenditure.period))sql");
    for (int year : m_written)
        update.bind(1, year).run();
}

void YearImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
            assigned_beneficiaries, benchmark_per_capita_cents, msr, mlr, quality_score,
            low_revenue, benchmark_esrd_cents, benchmark_disabled_cents,
            benchmark_aged_dual_cents, benchmark_aged_non_dual_cents)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
        ON CONFLICT (year) DO UPDATE SET
            track = excluded.track, agreement_start_year = excluded.agreement_start_year,
            agreement_year = excluded.agreement_year,
            assigned_beneficiaries = excluded.assigned_beneficiaries,
            benchmark_per_capita_cents = excluded.benchmark_per_capita_cents,
            msr = excluded.msr, mlr = excluded.mlr, quality_score = excluded.quality_score,
            low_revenue = excluded.low_revenue,
            benchmark_esrd_cents = excluded.benchmark_esrd_cents,
            benchmark_disabled_cents = excluded.benchmark_disabled_cents,
            benchmark_aged_dual_cents = excluded.benchmark_aged_dual_cents,
            benchmark_aged_non_dual_cents = excluded.benchmark_aged_non_dual_cents)sql"));
}

} // namespace aco
