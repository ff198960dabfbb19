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
    return summary;
}

} // namespace aco::ui
