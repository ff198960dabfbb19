#pragma once

#include "command.h"

namespace aco {
struct ImportReport;
}

namespace aco::app {

// `aco-workbench import`: checks a CSV extract (providers, results, ...) row by row and, when
// every row is good, stores it in the ACO file in one transaction; every problem is listed as
// FILE:LINE:COLUMN: reason. Also writes a sample of a kind from a file, in the import format.
class ImportCommand : public Command
{
public:
    const char* name() const override { return "import"; }
    const char* summary() const override
    {
        return "Check a CSV extract and load it into a file, all or nothing; or write a sample "
               "extract of one kind.";
    }
    const char* usage() const override
    {
        return "--db FILE --kind KIND (--csv FILE [--dry-run] [--problems FILE.csv] | "
               "--sample FILE [--rows N])";
    }
    const char* inTheWindow() const override { return "File > Import CSV"; }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

// Every problem of `report` as CSV: file, line, column, reason.
QByteArray importProblemsCsv(const ImportReport& report);
// The first hundred problems of `report` on stderr as CSV_PATH:LINE:COLUMN: reason, and how many
// more there are.
void printImportProblems(const ImportReport& report, const QString& csvPath);
// The kinds of import file as the command line names them, comma-separated.
QString importKindNames();

} // namespace aco::app
