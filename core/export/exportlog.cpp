#include "export/exportlog.h"

#include "error.h"
#include "export/tablewriter.h"
#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace aco {

QString patientDataName(PatientData data)
{
    switch (data) {
    case PatientData::None:
        return QStringLiteral("none");
    case PatientData::Masked:
        return QStringLiteral("masked");
    case PatientData::Included:
        return QStringLiteral("included");
    }
    return {};
}

PatientData patientDataOf(const Table& table, bool masked)
{
    if (!table.hasPatientColumns())
        return PatientData::None;
    return masked ? PatientData::Masked : PatientData::Included;
}

QString currentUserName()
{
    if (const passwd* user = getpwuid(geteuid()))
        return QString::fromLocal8Bit(user->pw_name);
    return qEnvironmentVariable("USER", QString::number(geteuid()));
}

std::vector<ExportLogEntry> loadExportLog(const Database& db)
{
    auto query = db.prepare("SELECT id, exported_at, kind, path, rows, patient_data, user_name "
                            "FROM export_log ORDER BY id");
    std::vector<ExportLogEntry> entries;
    while (query.step()) {
        const QString data = query.text(5);
        entries.push_back({query.int64(0), query.text(1), query.text(2), query.text(3),
                           query.integer(4),
                           data == QStringLiteral("included") ? PatientData::Included
                           : data == QStringLiteral("masked") ? PatientData::Masked
                                                              : PatientData::None,
                           query.text(6)});
    }
    return entries;
}

void checkExportAllowed(const Store& store, PatientData data)
{
    if (data == PatientData::Included)
        store.requireWritable(QStringLiteral(
            "record an export of unmasked patient names and MBIs in its export log (masked "
            "exports need no record)"));
}

bool recordExport(Store& store, const QString& kind, const QString& path, int rows,
                  PatientData data)
{
    checkExportAllowed(store, data);
    if (store.isReadOnly())
        return false;
    auto insert = store.db().prepare(
        "INSERT INTO export_log (exported_at, kind, path, rows, patient_data, user_name) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    insert.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(2, kind)
        .bind(3, QFileInfo(path).absoluteFilePath())
        .bind(4, rows)
        .bind(5, patientDataName(data))
        .bind(6, currentUserName());
    insert.run();
    return true;
}

bool exportTable(Store& store, const Table& table, const QString& kind, const QString& path,
                 PatientData data)
{
    exportFormatOf(path); // a wrong extension is refused before anything else
    checkExportAllowed(store, data);
    return placeExport(store, writeTableBeside(table, path, data == PatientData::Included), kind,
                       path, static_cast<int>(table.rows.size()), data);
}

bool placeExport(Store& store, const QString& written, const QString& kind, const QString& path,
                 int rows, PatientData data)
{
    try {
        checkExportAllowed(store, data);
        if (store.isReadOnly()) {
            moveIntoPlace(written, path);
            return false;
        }
        Transaction transaction(store.db());
        recordExport(store, kind, path, rows, data);
        moveIntoPlace(written, path);
        try {
            transaction.commit();
        } catch (...) {
            QFile::remove(path); // an export that could not be recorded is not left behind
            throw;
        }
        return true;
    } catch (...) {
        QFile::remove(written);
        throw;
    }
}

} // namespace aco
