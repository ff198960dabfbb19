#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench fundsflow`: the quarterly funds flow report of a scenario, to PDF or CSV.
class FundsFlowCommand : public Command
{
  public:
    const char* name() const override { return "fundsflow"; }
    const char* summary() const override
    {
        return "Project each recipient's shared-savings payment under a scenario if year-to-date "
               "performance holds (the quarterly funds flow report), to PDF or CSV.";
    }
    const char* usage() const override
    {
        return "--db FILE --scenario NAME|FILE.json --year YYYY --quarter N [--provider NPI] "
               "--out FILE.pdf|FILE.csv|FOLDER";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
