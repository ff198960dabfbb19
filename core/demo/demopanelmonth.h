#pragma once

#include "demo/democlaim.h"
#include "demo/democlaimfactory.h"

#include <vector>

namespace aco::demo {

class DemoCareNetwork;
class DemoRandom;
struct BeneficiaryProfile;
struct DemoClaimsInput;

// The claims of one primary care provider's panel in one demo month, made to agree with the
// month's results: the beneficiaries enrolled are the first of the panel, as many as the
// member-months; there are as many inpatient stays and ED visits as the admissions and ED visits
// counted; and the benchmark-comparable payments of all the claims add up to the cost of care, to
// the cent.
class DemoPanelMonth
{
  public:
    DemoPanelMonth(const DemoClaimsInput& input, const std::vector<BeneficiaryProfile>& profiles,
                   const DemoCareNetwork& network, DemoRandom& random);

    MonthClaims generate(size_t panel, int month);

  private:
    // Draws an enrolled beneficiary, the sicker the likelier.
    size_t drawBeneficiary(const std::vector<double>& cumulative,
                           const std::vector<size_t>& enrolled);
    // Spreads `totalCents` over the claims: the stays and ED visits at their prices (all scaled
    // down when they would take more than most of it), the rest over the everyday claims.
    void settle(MonthClaims& claims, std::int64_t totalCents, const std::vector<size_t>& enrolled);

    const DemoClaimsInput& m_input;
    const std::vector<BeneficiaryProfile>& m_profiles;
    DemoRandom& m_random;
    DemoClaimFactory m_factory;
};

} // namespace aco::demo
