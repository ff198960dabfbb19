#include "import/resultimport.h"

#include "import/importrowreader.h"
#include "period.h"
#include "store/database.h"

#include <QStringList>

#include <algorithm>

namespace aco {

namespace {

enum Column
{
    MeasureCode,
    PeriodColumn,
    Npi,
    Numerator,
    Denominator
};

constexpr std::int64_t maximumCount = 1'000'000'000'000; // far above any real count or cents
constexpr int firstMonthIndex = 1900 * 12;               // keys count months from 1900
// An import this large, and a quarter of the rows already there, writes faster without the
// secondary index, which is then built once, sorted, at the end.
constexpr std::int64_t rebuildMinimum = 100'000;

std::uint64_t npiNumber(std::string_view npi)
{
    std::uint64_t value = 0;
    for (char c : npi)
        value = value * 10 + static_cast<std::uint64_t>(c - '0');
    return value;
}

std::string insertSql(int rows)
{
    // OR IGNORE: a row repeated in the file is reported as a duplicate once all rows are read,
    // which rolls the import back; until then it must not stop the reading.
    std::string sql = "INSERT OR IGNORE INTO measure_result (measure_id, period, provider_id, "
                      "numerator, denominator) VALUES (?, ?, ?, ?, ?)";
    for (int i = 1; i < rows; ++i)
        sql += ", (?, ?, ?, ?, ?)";
    return sql;
}

} // namespace

ResultImport::ResultImport(const Database& db)
{
    Statement measures = db.prepare("SELECT code, id, unit = 'percent' FROM measure ORDER BY code");
    while (measures.step())
        m_measures.push_back(
            {std::string(measures.utf8(0)), measures.int64(1), measures.int64(2) != 0});
    Statement providers = db.prepare("SELECT npi, id FROM provider ORDER BY id");
    while (providers.step()) {
        const std::uint64_t npi = npiNumber(providers.utf8(0));
        m_providerIndex.emplace(npi, static_cast<std::uint32_t>(m_providerIds.size()));
        m_providerIds.push_back(providers.int64(1));
        m_providerNpis.push_back(npi);
    }
}

std::optional<ResultImport::Row> ResultImport::read(ImportRowReader& row) const
{
    const auto code = row.text(MeasureCode);
    const auto measure = code ? std::find_if(m_measures.begin(), m_measures.end(),
                                             [&](const MeasureRef& m) { return m.code == *code; })
                              : m_measures.end();
    if (code && measure == m_measures.end()) {
        QStringList codes;
        for (const MeasureRef& m : m_measures)
            codes << QString::fromStdString(m.code);
        row.report(MeasureCode, QStringLiteral("measure_code \"%1\" is not a measure of this ACO; "
                                               "use one of %2")
                                    .arg(toQString(*code), codes.join(QStringLiteral(", "))));
    }
    const auto period = row.month(PeriodColumn);
    const auto npi = row.npi(Npi);
    const auto provider = npi ? m_providerIndex.find(npiNumber(*npi)) : m_providerIndex.end();
    if (npi && provider == m_providerIndex.end())
        row.report(Npi, QStringLiteral("NPI %1 is not a provider of this ACO; import the providers "
                                       "first")
                            .arg(toQString(*npi)));
    const auto numerator = row.integer(Numerator, 0, maximumCount);
    const auto denominator = row.integer(Denominator, 0, maximumCount);
    if (numerator && denominator && *numerator > *denominator && measure != m_measures.end() &&
        measure->percent)
        row.report(Numerator, QStringLiteral("numerator %1 is greater than denominator %2; %3 is a "
                                             "percentage, so it counts part of its denominator")
                                  .arg(*numerator)
                                  .arg(*denominator)
                                  .arg(QString::fromStdString(measure->code)));
    if (!row.rowOk())
        return std::nullopt;
    return Row{static_cast<std::uint32_t>(measure - m_measures.begin()), *period, provider->second,
               *numerator, *denominator};
}

std::uint64_t ResultImport::keyOf(const Row& row)
{
    // Months from 1900 fit 16 bits, as do the measures; providers have 32.
    const auto month =
        static_cast<std::uint64_t>(Period::fromInt(row.period).index() - firstMonthIndex);
    return std::uint64_t(row.measure) << 48 | month << 32 | row.provider;
}

void ResultImport::beginWrite(Database& db)
{
    m_db = &db;
    m_remove.emplace(
        db.prepare("DELETE FROM measure_result WHERE measure_id = ?1 AND period = ?2"));
    m_insertOne.emplace(db.prepare(insertSql(1)));
    m_insertBatch.emplace(db.prepare(insertSql(batchSize)));
    m_rebuildAfter =
        std::max(rebuildMinimum, db.queryInt64("SELECT count(*) FROM measure_result") / 4);
}

void ResultImport::importRow(ImportRowReader& row, bool write)
{
    const auto result = read(row);
    if (!result)
        return;
    const std::uint64_t key = keyOf(*result);
    m_keys.emplace_back(key, row.line());
    if (write)
        this->write(*result, key);
}

void ResultImport::write(const Row& row, std::uint64_t key)
{
    // The first row of a measure and month removes what the file replaces.
    const std::uint64_t measureMonth = key >> 32;
    if (measureMonth != m_lastReplaced) {
        m_lastReplaced = measureMonth;
        if (m_replaced.insert(measureMonth).second)
            m_remove->bind(1, m_measures[row.measure].id).bind(2, row.period).run();
    }
    m_pending[static_cast<size_t>(m_pendingCount++)] = row;
    if (m_pendingCount == batchSize) {
        insert(*m_insertBatch, 0, batchSize);
        m_pendingCount = 0;
    }
    if (++m_written == m_rebuildAfter)
        dropIndexes();
}

void ResultImport::insert(Statement& statement, int from, int rows)
{
    for (int i = 0; i < rows; ++i) {
        const Row& row = m_pending[static_cast<size_t>(from + i)];
        const int first = 5 * i + 1;
        statement.bind(first, m_measures[row.measure].id)
            .bind(first + 1, row.period)
            .bind(first + 2, m_providerIds[row.provider])
            .bind(first + 3, row.numerator)
            .bind(first + 4, row.denominator);
    }
    statement.run();
}

void ResultImport::dropIndexes()
{
    Statement indexes =
        m_db->prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                      "tbl_name = 'measure_result' AND sql IS NOT NULL");
    std::vector<std::string> names;
    while (indexes.step()) {
        names.emplace_back(indexes.utf8(0));
        m_droppedIndexes.emplace_back(indexes.utf8(1));
    }
    for (const std::string& name : names)
        m_db->exec("DROP INDEX \"" + name + "\"");
}

void ResultImport::finishChecks(ImportRowReader& reader)
{
    std::sort(m_keys.begin(), m_keys.end());
    for (size_t i = 1; i < m_keys.size(); ++i) {
        const std::uint64_t key = m_keys[i].first;
        if (key != m_keys[i - 1].first)
            continue;
        const auto month = static_cast<int>((key >> 32) & 0xFFFF) + firstMonthIndex;
        reader.reportAt(m_keys[i].second, MeasureCode,
                        QStringLiteral("measure %1, month %2 and NPI %3 are already on line %4; "
                                       "keep one of the two rows")
                            .arg(QString::fromStdString(m_measures[key >> 48].code),
                                 Period::fromIndex(month).toString())
                            .arg(m_providerNpis[key & 0xFFFFFFFF])
                            .arg(m_keys[i - 1].second));
    }
    m_keys = {};
}

void ResultImport::finishWrite(Database& db)
{
    // What is left of the last batch goes one row at a time.
    for (int i = 0; i < m_pendingCount; ++i)
        insert(*m_insertOne, i, 1);
    m_pendingCount = 0;
    for (const std::string& sql : m_droppedIndexes)
        db.exec(sql);
}

} // namespace aco
