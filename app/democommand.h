#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench demo`: writes the built-in demo ACO to a file, and its claims as CCLF deliveries.
class DemoCommand : public Command
{
public:
    const char* name() const override { return "demo"; }
    const char* summary() const override
    {
        return "Write the demo ACO (fictitious, deterministic: the same size and seed always give "
               "the same content) to a new file, and with --cclf its claims as CMS's CCLF deliveries.";
    }
    const char* usage() const override
    {
        return "--out FILE [--size small|medium|large] [--seed N] [--cclf DIR] [--force]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
