#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench mssp`: the Shared Savings Program reconciliation of one ACO (a JSON file, every
// step printed as JSON) or of many (a CSV file in, a CSV file of results out).
class MsspCommand : public Command
{
public:
    const char* name() const override { return "mssp"; }
    const char* summary() const override
    {
        return "Compute Shared Savings Program savings earned or losses owed, with every step, "
               "for one ACO (JSON) or many (CSV).";
    }
    const char* usage() const override
    {
        return "--input FILE.json [--out FILE.json] | --batch FILE.csv [--out FILE.csv]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
