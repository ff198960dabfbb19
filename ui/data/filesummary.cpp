#include "filesummary.h"

#include "measures/resultsums.h"
#include "organisation.h"
#include "store/database.h"
#include "store/statement.h"

namespace aco::ui {

FileSummary FileSummary::read(const Database& db)
{
    FileSummary summary;
    if (const auto info = loadAcoInfo(db)) {
        summary.acoName = info->name;
        summary.acoId = info->acoId;
        summary.dataAsOf = info->dataAsOf;
    }
    summary.schemaVersion = static_cast<int>(db.queryInt64("PRAGMA user_version"));
    summary.periods = periodsWithResults(db);
    std::vector<QString> names;
    Statement tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite%' ORDER BY name");
    while (tables.step())
        names.push_back(tables.text(0));
    for (const QString& name : names) {
        // Table names come from the file's own schema; quoting keeps any name a name.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        const QByteArray sql = QStringLiteral("SELECT COUNT(*) FROM \"%1\"").arg(quoted).toUtf8();
        summary.tables.emplace_back(name, db.queryInt64(std::string_view(
                                              sql.constData(), static_cast<size_t>(sql.size()))));
    }
    Statement deliveries = db.prepare(R"sql(
        SELECT d.file_date, d.kind, d.performance_year, d.loaded_at, d.source, sum(f.records),
               sum(f.new_records), sum(f.duplicates), sum(f.replaced)
        FROM cclf_delivery d JOIN cclf_delivery_file f ON f.delivery_id = d.id
        GROUP BY d.id ORDER BY d.file_date DESC, d.id DESC)sql");
    while (deliveries.step())
        summary.deliveries.push_back({deliveries.text(0), deliveries.text(1), deliveries.integer(2),
                                      deliveries.text(3), deliveries.text(4), deliveries.int64(5),
                                      deliveries.int64(6), deliveries.int64(7), deliveries.int64(8)});
    return summary;
}

} // namespace aco::ui
