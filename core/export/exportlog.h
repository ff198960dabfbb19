#pragma once

#include "export/table.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace aco {

class Database;
class Store;

// Whether an export or printout carries patient names and MBIs.
enum class PatientData
{
    None,
    Masked,
    Included
};
QString patientDataName(PatientData data); // "none", "masked", "included", as stored
// What `table` carries: none when it has no patient column, else masked or included.
PatientData patientDataOf(const Table& table, bool masked);

// One row of a file's export log (schema version 3).
struct ExportLogEntry
{
    std::int64_t id = 0;
    QString exportedAt; // UTC, ISO 8601: "2026-11-23T02:41:07Z"
    QString kind;       // "providers", "pursuit", "scorecards", "table:Providers", ...
    QString path;       // absolute
    int rows = 0;
    PatientData patientData = PatientData::None;
    QString userName; // the login name
};

// The log, oldest first.
std::vector<ExportLogEntry> loadExportLog(const Database& db);
// The login name of the user running this process.
QString currentUserName();

// Every export and printout is recorded in the file it came from. A read-only file cannot
// record one: exports without patient data or with it masked go ahead unrecorded (the file
// cannot change, and nothing identifies a patient), but an export of unmasked patient data is
// refused, before anything is written, by checkExportAllowed().
void checkExportAllowed(const Store& store, PatientData data);
// Adds the log row in the caller's transaction; false (and nothing written) when `store` is
// read-only.
bool recordExport(Store& store, const QString& kind, const QString& path, int rows,
                  PatientData data);

// Writes `table` to `path` (CSV or XLSX by its extension; owner-only when it includes patient
// data) and records it, in one operation: the log row is committed only once the file is in
// place, and a failure leaves neither. Returns whether the export was recorded.
bool exportTable(Store& store, const Table& table, const QString& kind, const QString& path,
                 PatientData data);

// The second step of exportTable() after writeTableBeside() (which may run on another thread):
// moves the file `written` over `path` and records it, in one operation; on failure neither is
// left.
bool placeExport(Store& store, const QString& written, const QString& kind, const QString& path,
                 int rows, PatientData data);

} // namespace aco
