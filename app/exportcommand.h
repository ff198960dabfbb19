#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench export`: writes one of the file's tables (see exportKinds()) to CSV or to an
// Excel workbook, and records the export in the file's export log.
class ExportCommand : public Command
{
  public:
    const char* name() const override { return "export"; }
    const char* summary() const override
    {
        return "Export providers, results, scorecard measures, pursuit lists, care gaps or "
               "expenditures to CSV or Excel (.xlsx), with patient names and MBIs masked on "
               "request.";
    }
    const char* usage() const override
    {
        return "--db FILE --kind KIND --out FILE.csv|FILE.xlsx [--period YYYY-MM] [--window W] "
               "[--mask-phi]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
