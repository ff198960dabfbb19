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

// What an ACO Workbench file holds, for the window's Data page.
struct FileSummary
{
    QString acoName;
    QString acoId;
    QString dataAsOf;
    int schemaVersion = 0;
    std::vector<Period> periods;                          // months with results, latest first
    std::vector<std::pair<QString, std::int64_t>> tables; // name and row count, by name

    static FileSummary read(const Database& db);
};

} // namespace aco::ui
