#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench check`: schema version, integrity, references and row counts of a file.
class CheckCommand : public Command
{
public:
    const char* name() const override { return "check"; }
    const char* summary() const override
    {
        return "Check an ACO Workbench file without changing it: schema version, SQLite's "
               "integrity check, references between tables, identifier formats (NPI, MBI) and "
               "row counts. Exits with 3 when a problem is found.";
    }
    const char* usage() const override { return "--db FILE [--json]"; }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
