#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench diagram`: exports a performance year's driver diagram (PNG, SVG, PDF or JSON),
// or imports one from JSON.
class DiagramCommand : public Command
{
  public:
    const char* name() const override { return "diagram"; }
    const char* summary() const override
    {
        return "Export a performance year's driver diagram with live metrics to PNG, SVG, PDF (one "
               "landscape page) or JSON, or import one from JSON (all or nothing).";
    }
    const char* usage() const override
    {
        return "--db FILE (--year YYYY [--period YYYY-MM] [--window month|quarter|ytd|r12] "
               "[--arrange] --out FILE.png|svg|pdf|json | --import FILE.json [--replace])";
    }
    const char* inTheWindow() const override { return "Import in the Driver diagram view"; }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;

  private:
    ExitCode exportDiagram(const boost::program_options::variables_map& values) const;
    ExitCode importDiagram(const boost::program_options::variables_map& values) const;
};

} // namespace aco::app
