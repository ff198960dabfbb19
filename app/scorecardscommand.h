#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench scorecards`: prints provider scorecards to PDF in batch.
class ScorecardsCommand : public Command
{
public:
    const char* name() const override { return "scorecards"; }
    const char* summary() const override
    {
        return "Print monthly provider scorecards to PDF: one combined file when --out ends in "
               ".pdf, otherwise a folder with one file per provider named by NPI and name.";
    }
    const char* usage() const override
    {
        return "--db FILE --period YYYY-MM (--npi N | --practice ID | --all) --out PATH "
               "[--window month|quarter|ytd|r12] [--mask-phi] [--blinded] [--scenario "
               "NAME|FILE.json]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
