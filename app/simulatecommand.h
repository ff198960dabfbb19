#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench simulate`: applies a savings-sharing scenario (from a JSON file or saved in the
// ACO file) to the file's providers, runs the Monte Carlo, and writes the result as JSON or CSV;
// optionally saves the scenario in the file under a name.
class SimulateCommand : public Command
{
public:
    const char* name() const override { return "simulate"; }
    const char* summary() const override
    {
        return "Apply a shared-savings distribution scenario to the providers of a file and "
               "simulate it under uncertainty, writing the payments as JSON or CSV.";
    }
    const char* usage() const override
    {
        return "--db FILE (--scenario FILE.json | --name NAME) [--trials N] [--seed N] "
               "--out FILE.json|FILE.csv [--save NAME]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
