#pragma once

#include "command.h"

namespace aco::app {

// `aco-workbench risk`: computes and stores every beneficiary's CMS-HCC score for a payment year
// from the claims in the file, and prints what it did, the ACO's averages by enrollment type
// against the cap on risk growth, and for one primary care provider the patients whose score
// changed most and the conditions to document again.
class RiskCommand : public Command
{
  public:
    const char* name() const override { return "risk"; }
    const char* summary() const override
    {
        return "Compute every beneficiary's CMS-HCC risk score for a payment year from the CCLF "
               "claims in the file; show the ACO's averages by enrollment type against the cap on "
               "risk growth, and a provider's changes and recapture list.";
    }
    const char* usage() const override
    {
        return "--db FILE --year YYYY [--provider NPI [--limit N] [--mask-phi]]";
    }
    void addOptions(boost::program_options::options_description& options) const override;
    ExitCode run(const boost::program_options::variables_map& values) const override;
};

} // namespace aco::app
