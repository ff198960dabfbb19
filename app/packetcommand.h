#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench packet`: the board packet as one PDF: cover, dashboard, driver diagram, the
// chosen scenarios and an appendix of measure definitions.
class PacketCommand : public Command
{
  public:
    const char* name() const override { return "packet"; }
    const char* summary() const override
    {
        return "Write the board packet to PDF: the dashboard, the year's driver diagram, saved "
               "shared-savings "
               "scenarios side by side and the measure definitions.";
    }
    const char* usage() const override
    {
        return "--db FILE --year YYYY --period YYYY-MM [--window month|quarter|ytd|r12] "
               "[--scenario NAME ...] "
               "--out FILE.pdf";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
