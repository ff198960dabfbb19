#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench chart`: a peer comparison chart (ranked, funnel or trend) to PNG, SVG or PDF,
// and the plotted numbers to JSON.
class ChartCommand : public Command
{
public:
    const char* name() const override { return "chart"; }
    const char* summary() const override
    {
        return "Draw a peer comparison chart of one measure: ranked bars, a funnel plot with 95% and "
               "99.8% control limits, or a provider's monthly trend against peers.";
    }
    const char* usage() const override
    {
        return "--db FILE --measure CODE --period YYYY-MM --kind ranked|funnel|trend --out FILE.png|svg|pdf "
               "[--npi N] [--window month|quarter|ytd|r12] [--level provider|practice|department] [--blinded] "
               "[--overdispersion] [--json FILE]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
