#pragma once

#include "export/table.h"
#include "measures/window.h"

#include <QString>

#include <optional>
#include <vector>

namespace aco {

class Database;

// What `aco-workbench export --kind` offers.
struct ExportKind
{
    const char* name;
    const char* description;
    bool patientData; // lists patients by name and MBI (masked with --mask-phi)
};
const std::vector<ExportKind>& exportKinds();

struct ExportOptions
{
    std::optional<Period> period; // the window's last month; the latest with results if unset
    Window window = defaultWindow;
    bool maskPhi = false; // patients by initials and the MBI's last four; no birth dates
    int pursuitLimit = 20;
};

// The table of an export kind. Throws aco::Error of kind Usage naming the kind when there is no
// such kind, and aco::Error when the file has no results for a period that needs them.
Table buildExport(const Database& db, const QString& kind, const ExportOptions& options);

} // namespace aco
