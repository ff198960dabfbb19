#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench create`: makes a new ACO file from the ACO's identity and its CSV extracts,
// imported in order and checked as `import` checks them; the file appears only when every
// extract is free of problems.
class CreateCommand : public Command
{
  public:
    const char* name() const override { return "create"; }
    const char* summary() const override
    {
        return "Create a new ACO file from its CSV extracts, all or nothing.";
    }
    const char* usage() const override
    {
        return "--db FILE --aco-id ID --name NAME [--KIND FILE.csv ...] "
               "[--no-standard-measures] [--replace] [--problems FILE.csv]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
