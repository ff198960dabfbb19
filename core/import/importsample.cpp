#include "import/importsample.h"

#include "csv/csvwriter.h"
#include "store/database.h"

#include <QLocale>
#include <QStringList>

#include <sqlite3.h>

#include <string>

namespace aco {

namespace {

// Every documented column, in order, in the form the importer reads.
const char* sampleQuery(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Practices:
        return "SELECT code, name, city FROM practice ORDER BY code";
    case ImportKind::Departments:
        return "SELECT code, name FROM department ORDER BY code";
    case ImportKind::Providers:
        return R"sql(
            SELECT p.npi, p.last_name, p.first_name, p.credential, p.specialty, p.kind,
                   p.employment, pr.code, d.code, p.active_from, p.active_to
            FROM provider p JOIN practice pr ON pr.id = p.practice_id
            LEFT JOIN department d ON d.id = p.department_id
            ORDER BY p.npi)sql";
    case ImportKind::Beneficiaries:
        return R"sql(
            SELECT b.mbi, b.last_name, b.first_name, b.birth_date, b.sex, p.npi,
                   b.risk_score
            FROM beneficiary b LEFT JOIN provider p ON p.id = b.provider_id
            ORDER BY b.mbi)sql";
    case ImportKind::Results:
        return R"sql(
            SELECT m.code, printf('%04d-%02d', r.period / 100, r.period % 100), p.npi,
                   r.numerator, r.denominator
            FROM measure_result r JOIN measure m ON m.id = r.measure_id
            JOIN provider p ON p.id = r.provider_id
            ORDER BY m.code, r.period, p.npi)sql";
    case ImportKind::Expenditures:
        return R"sql(
            SELECT printf('%04d-%02d', period / 100, period % 100), beneficiary_months,
                   printf('%d.%02d', expenditure_cents / 100, expenditure_cents % 100),
                   printf('%d.%02d', benchmark_cents / 100, benchmark_cents % 100)
            FROM expenditure ORDER BY period)sql";
    case ImportKind::CareGaps:
        return R"sql(
            SELECT b.mbi, m.code, g.description, g.due_date, g.closed_date
            FROM care_gap g JOIN beneficiary b ON b.id = g.beneficiary_id
            LEFT JOIN measure m ON m.id = g.measure_id
            ORDER BY b.mbi, g.due_date, g.id)sql";
    case ImportKind::Tiers:
        return R"sql(
            SELECT m.code, t.year, t.baseline, t.better, t.best, t.extra_credit,
                   t.payout_baseline, t.payout_better, t.payout_best, t.payout_extra_credit
            FROM tier_scheme t JOIN measure m ON m.id = t.measure_id
            ORDER BY m.code, t.year)sql";
    case ImportKind::Years:
        return R"sql(
            SELECT year, track, agreement_start_year, agreement_year, assigned_beneficiaries,
                   printf('%d.%02d', benchmark_per_capita_cents / 100,
                          benchmark_per_capita_cents % 100),
                   msr, mlr, quality_score, low_revenue,
                   -- dollars, empty (NULL) when not given by enrollment type
                   (benchmark_esrd_cents / 100) || '.' ||
                       substr('0' || (benchmark_esrd_cents % 100), -2),
                   (benchmark_disabled_cents / 100) || '.' ||
                       substr('0' || (benchmark_disabled_cents % 100), -2),
                   (benchmark_aged_dual_cents / 100) || '.' ||
                       substr('0' || (benchmark_aged_dual_cents % 100), -2),
                   (benchmark_aged_non_dual_cents / 100) || '.' ||
                       substr('0' || (benchmark_aged_non_dual_cents % 100), -2)
            FROM performance_year ORDER BY year)sql";
    case ImportKind::Measures:
        // In the order they were added, which is the order they are listed in.
        return R"sql(
            SELECT code, name, domain, direction, unit, aco_number, description, benchmark,
                   benchmark_label, denominator_kind
            FROM measure ORDER BY id)sql";
    }
    return "";
}

} // namespace

QByteArray importSample(const Database& db, ImportKind kind, int limit)
{
    CsvWriter csv;
    QStringList header;
    for (const ImportColumn& column : importColumns(kind))
        header << QString::fromLatin1(column.name);
    csv.addRecord(header);
    std::string sql = sampleQuery(kind);
    if (limit > 0)
        sql += " LIMIT " + std::to_string(limit);
    Statement query = db.prepare(sql);
    while (query.step()) {
        QStringList fields;
        for (int i = 0; i < query.columnCount(); ++i) {
            // Real numbers in the fewest digits that read back as the same double, so that
            // importing a sample changes nothing.
            if (query.columnType(i) == SQLITE_FLOAT)
                fields << QString::number(query.real(i), 'g', QLocale::FloatingPointShortest);
            else
                fields << (query.isNull(i) ? QString() : query.text(i));
        }
        csv.addRecord(fields);
    }
    return csv.data();
}

} // namespace aco
