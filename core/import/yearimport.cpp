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
    LowRevenue
};

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
};

std::optional<YearImport::Row> YearImport::read(ImportRowReader& row) const
{
    const auto year = row.integer(Year, firstYear, lastYear);
    const auto track = row.choice(Track, tracks);
    const auto startYear = row.integer(AgreementStartYear, firstYear, lastYear);
    const auto agreementYear = row.integer(AgreementYear, 1, lastYear - firstYear + 1);
    const auto assigned = row.integer(AssignedBeneficiaries, 0, maximumBeneficiaries);
    const auto benchmark = row.cents(BenchmarkPerCapita);
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
    if (benchmark && *benchmark == 0)
        row.report(BenchmarkPerCapita,
                   QStringLiteral("benchmark_per_capita %1 must be above 0; give the year's "
                                  "benchmark per assigned beneficiary")
                       .arg(toQString(row.raw(BenchmarkPerCapita))));
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
               *lowRevenue == "1"};
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
        .bind(10, r->lowRevenue ? 1 : 0)
        .run();
}

void YearImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
            assigned_beneficiaries, benchmark_per_capita_cents, msr, mlr, quality_score,
            low_revenue)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (year) DO UPDATE SET
            track = excluded.track, agreement_start_year = excluded.agreement_start_year,
            agreement_year = excluded.agreement_year,
            assigned_beneficiaries = excluded.assigned_beneficiaries,
            benchmark_per_capita_cents = excluded.benchmark_per_capita_cents,
            msr = excluded.msr, mlr = excluded.mlr, quality_score = excluded.quality_score,
            low_revenue = excluded.low_revenue)sql"));
}

} // namespace aco
