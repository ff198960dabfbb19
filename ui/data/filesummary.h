#pragma once

#include "period.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace aco {
class Database;
}

namespace aco::ui {

// A CCLF delivery loaded into the file, and its records (all eleven files together).
struct DeliverySummary
{
    QString fileDate; // CMS's date of the files, YYYY-MM-DD
    QString kind;     // monthly, run-out, weekly
    int performanceYear = 0;
    QString loadedAt; // UTC, ISO 8601
    QString source;   // the zip or folder it came from
    std::int64_t records = 0;
    std::int64_t newRecords = 0;
    std::int64_t duplicates = 0; // delivered before with the same content
    std::int64_t replaced = 0;
};

// What an ACO Workbench file holds, for the window's Data page.
struct FileSummary
{
    QString acoName;
    QString acoId;
    QString dataAsOf;
    int schemaVersion = 0;
    std::vector<Period> periods;                          // months with results, latest first
    std::vector<std::pair<QString, std::int64_t>> tables; // name and row count, by name
    std::vector<DeliverySummary> deliveries;              // newest first

    static FileSummary read(const Database& db);
};

} // namespace aco::ui
