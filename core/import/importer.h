#pragma once

#include "import/importkind.h"
#include "import/importproblem.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace aco {

class Database;

// What an import found and did.
struct ImportReport
{
    QString fileName;
    std::int64_t rows = 0;               // data rows read, the header not counted
    std::vector<ImportProblem> problems; // every one, ordered by line and column
    bool written = false;                // true when the rows were stored
    // True when the file's CCLF claims were read again with the rows: the roster, beneficiaries
    // and measure catalogue decide who the claims attribute to and what their measures count.
    bool claimsResultsComputed = false;

    bool ok() const { return problems.empty(); }
};

// Called now and then with the percent done and what is being done ("Checking and writing rows",
// "Computing the claims-based measures again"); returning false cancels the import, which then
// throws aco::Error and leaves the file as it was.
using ImportProgress = std::function<bool(int percent, const QString& step)>;

// Checks every row of CSV `data` as a file of `kind` against the ACO in `db`, and, when no
// problem was found and `dryRun` is false, writes them all in one transaction, replacing what
// importReplaceRule(kind) says: a file with any problem, an error or a cancel writes nothing.
// Providers, beneficiaries and measures written into a file with CCLF claims compute its
// claims-based measures, attribution, care gaps and events again in the same transaction, as a
// CCLF load does (from every claim when the primary care providers changed).
// `fileName` names the data in problems. Database errors throw aco::Error.
ImportReport importCsv(Database& db, ImportKind kind, std::string_view data,
                       const QString& fileName, bool dryRun, const ImportProgress& progress = {});
// The same for a file on disk, read through a memory map.
ImportReport importCsvFile(Database& db, ImportKind kind, const QString& path, bool dryRun,
                           const ImportProgress& progress = {});

} // namespace aco
