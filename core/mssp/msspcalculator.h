#pragma once

#include "mssp/msspinput.h"
#include "mssp/msspparameters.h"
#include "mssp/msspresult.h"

#include <vector>

namespace aco {

// Computes what an ACO earns or owes under the Shared Savings Program for one performance year,
// as the methodology note describes (shared/reference/mssp-methodology.md, beside the
// repository). Pure and deterministic: the same input always gives the same result. Arithmetic
// is in double; only the final amount is rounded, to whole cents (half away from zero), so that
// no intermediate rounding accumulates.
class MsspCalculator
{
public:
    explicit MsspCalculator(const MsspParameters& parameters = MsspParameters::cms());

    // Every problem that keeps `input` from being reconciled, including values that are needed
    // only for this input (a quality score before PY2021, an MSR below 5,000 beneficiaries).
    std::vector<MsspInputProblem> validate(const MsspInput& input) const;
    // The reconciliation; an input with problems is an aco::Error of kind InvalidData naming
    // the first one.
    MsspResult calculate(const MsspInput& input) const;

    const MsspParameters& parameters() const { return m_parameters; }

private:
    MsspResult run(const MsspInput& input, std::vector<MsspInputProblem>& problems) const;
    void chooseRates(const MsspInput& input, MsspResult& result,
                     std::vector<MsspInputProblem>& problems) const;
    void shareSavings(const MsspInput& input, MsspResult& result,
                      std::vector<MsspInputProblem>& problems) const;
    void shareLosses(const MsspInput& input, MsspResult& result,
                     std::vector<MsspInputProblem>& problems) const;

    const MsspParameters& m_parameters;
};

} // namespace aco
