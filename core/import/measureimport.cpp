#include "import/measureimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

#include <QStringList>

#include <array>

namespace aco {

namespace {

enum Column
{
    Code,
    Name,
    Domain,
    Direction,
    Unit,
    AcoNumber,
    Description,
    Benchmark,
    BenchmarkLabel,
    DenominatorKind
};

constexpr std::array<const char*, 4> domains = {"quality", "utilization", "cost", "engagement"};
constexpr std::array<const char*, 2> directions = {"higher", "lower"};
constexpr std::array<const char*, 3> units = {"percent", "per_1000", "pmpm"};
constexpr std::array<const char*, 2> denominatorKinds = {"events", "monthly_status"};

// "results", "results and tier schemes", "results, tier schemes and driver diagram targets".
QString inEnglish(const QStringList& items)
{
    if (items.size() < 2)
        return items.join(QString());
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           items.back();
}

} // namespace

struct MeasureImport::Row
{
    std::string_view code, name, domain, direction, unit;
    std::optional<std::string_view> acoNumber;
    std::string_view description;
    std::optional<double> benchmark;
    std::string_view benchmarkLabel, denominatorKind;
};

MeasureImport::MeasureImport(const Database& db)
{
    Statement query = db.prepare(R"sql(
        SELECT m.code, m.direction, m.unit,
               EXISTS (SELECT 1 FROM measure_result r WHERE r.measure_id = m.id),
               EXISTS (SELECT 1 FROM tier_scheme t WHERE t.measure_id = m.id),
               EXISTS (SELECT 1 FROM driver_node n
                       WHERE n.measure_id = m.id AND n.target IS NOT NULL)
        FROM measure m)sql");
    while (query.step())
        m_existing.emplace(std::string(query.utf8(0)),
                           Existing{std::string(query.utf8(1)), std::string(query.utf8(2)),
                                    query.int64(3) != 0, query.int64(4) != 0, query.int64(5) != 0});
}

std::optional<MeasureImport::Row> MeasureImport::read(ImportRowReader& row) const
{
    const auto code = row.text(Code);
    const auto name = row.text(Name);
    const auto domain = row.choice(Domain, domains);
    const auto direction = row.choice(Direction, directions);
    const auto unit = row.choice(Unit, units);
    const auto benchmark = row.isEmpty(Benchmark) ? std::nullopt : row.number(Benchmark);
    const auto denominatorKind = row.isEmpty(DenominatorKind)
                                     ? std::string_view("events")
                                     : row.choice(DenominatorKind, denominatorKinds);
    if (benchmark && unit && *unit == "percent" && (*benchmark < 0 || *benchmark > 100))
        row.report(Benchmark, QStringLiteral("benchmark %1 is not a percentage from 0 to 100; "
                                             "write 72.5 for 72.5%")
                                  .arg(toQString(row.raw(Benchmark))));
    else if (benchmark && *benchmark < 0)
        row.report(Benchmark,
                   QStringLiteral("benchmark %1 is below 0; write it in the unit the measure is "
                                  "shown in")
                       .arg(toQString(row.raw(Benchmark))));

    const auto existing = code ? m_existing.find(*code) : m_existing.end();
    if (existing != m_existing.end()) {
        const Existing& was = existing->second;
        if (direction && *direction != was.direction && was.hasTiers)
            row.report(Direction, QStringLiteral("the direction of %1 cannot change from %2 to %3 "
                                                 "while it has tier schemes, whose cut-points "
                                                 "run in its direction; keep %2")
                                      .arg(toQString(*code), QString::fromStdString(was.direction),
                                           toQString(*direction)));
        QStringList inUnit;
        if (was.hasResults)
            inUnit << QStringLiteral("results");
        if (was.hasTiers)
            inUnit << QStringLiteral("tier schemes");
        if (was.hasTargets)
            inUnit << QStringLiteral("driver diagram targets");
        if (unit && *unit != was.unit && !inUnit.isEmpty())
            row.report(Unit, QStringLiteral("the unit of %1 cannot change from %2 to %3 while it "
                                            "has %4 in that unit; keep %2")
                                 .arg(toQString(*code), QString::fromStdString(was.unit),
                                      toQString(*unit), inEnglish(inUnit)));
    }
    if (!row.rowOk())
        return std::nullopt;
    return Row{*code,
               *name,
               *domain,
               *direction,
               *unit,
               row.text(AcoNumber),
               row.raw(Description),
               benchmark,
               row.raw(BenchmarkLabel),
               *denominatorKind};
}

void MeasureImport::importRow(ImportRowReader& row, bool write)
{
    const auto r = read(row);
    if (!row.isEmpty(Code))
        if (const auto first = m_codes.seen(std::string(row.raw(Code)), row.line()))
            row.report(Code, QStringLiteral("measure %1 is already on line %2; keep one of the two "
                                            "rows")
                                 .arg(toQString(row.raw(Code)))
                                 .arg(*first));
    if (!write || !row.rowOk())
        return;
    m_upsert->bind(1, r->code)
        .bind(2, r->name)
        .bind(3, r->domain)
        .bind(4, r->direction)
        .bind(5, r->unit)
        .bind(6, r->acoNumber)
        .bind(7, r->description)
        .bind(8, r->benchmark)
        .bind(9, r->benchmarkLabel)
        .bind(10, r->denominatorKind)
        .run();
}

void MeasureImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO measure (code, name, domain, direction, unit, aco_number, description,
                             benchmark, benchmark_label, denominator_kind)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (code) DO UPDATE SET
            name = excluded.name, domain = excluded.domain, direction = excluded.direction,
            unit = excluded.unit, aco_number = excluded.aco_number,
            description = excluded.description, benchmark = excluded.benchmark,
            benchmark_label = excluded.benchmark_label,
            denominator_kind = excluded.denominator_kind)sql"));
}

} // namespace aco
