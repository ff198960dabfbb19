#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench cclf`: loads the CCLF deliveries CMS sends every month (zips or folders) into an
// ACO file, all or nothing, oldest first; every problem is listed as FILE:LINE:COLUMN: reason.
class CclfCommand : public Command
{
public:
    const char* name() const override { return "cclf"; }
    const char* summary() const override
    {
        return "Load CCLF claims deliveries (zip or folder) into a file, all or nothing.";
    }
    const char* usage() const override
    {
        return "--db FILE --in PATH [--in PATH ...] [--dry-run] [--problems FILE.csv]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
