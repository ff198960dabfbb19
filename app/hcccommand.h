#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench hcc`: CMS's CMS-HCC model software's interface. Reads its beneficiaries and
// diagnoses files and writes every beneficiary's payment HCCs and raw scores per segment, so
// that an analyst can check ours against CMS's own software on the same files.
class HccCommand : public Command
{
  public:
    const char* name() const override { return "hcc"; }
    const char* summary() const override
    {
        return "Score beneficiaries with the CMS-HCC risk model from CMS's software's input "
               "files: payment HCCs and the raw score of every segment.";
    }
    const char* usage() const override
    {
        return "--beneficiaries FILE.csv --diagnoses FILE.csv --out FILE.csv [--year YYYY]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
