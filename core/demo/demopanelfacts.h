#pragma once

#include "claims/finalaction.h"
#include "claimsmeasures/beneficiaryfacts.h"
#include "demo/democlaim.h"

#include <string>
#include <vector>

namespace aco {
class ClaimsCodes;
class FactExtractor;
} // namespace aco

namespace aco::demo {

struct DemoClaimsInput;

// A panel's claims as a load of its deliveries reads them, turned into each of its
// beneficiaries' facts: a record delivered again counts once, the claims that share a natural key
// are marked final or not by the load's own rule (markFinalActions), and every record is
// classified by the FactExtractor, as readClaimsFacts does for claims read from a file. The
// generator gives every claim a natural key of its own (Part A claims differ in facility or dates
// within a beneficiary, Part B and DME claims have their own control numbers), so a natural key's
// related claims are the versions of one claim (of one line), which come together.
class DemoPanelFacts
{
  public:
    DemoPanelFacts(const DemoClaimsInput& input, const ClaimsCodes& codes, const FactExtractor& extract,
                   size_t panel);

    // One month's claims and their records, in the panel's order of months.
    void add(const MonthClaims& claims, const std::vector<DeliveredRecord>& records);
    // The facts of the panel's beneficiaries, in the panel's order, finished.
    std::vector<BeneficiaryFacts> finish();

  private:
    // The records of one claim's natural key, delivered again or not: marked as the load marks
    // them, then classified.
    void related(const MonthClaims& claims);
    std::int64_t signedPayment(const MonthClaims& claims, const DeliveredRecord& record) const;
    void feed(const MonthClaims& claims, const DeliveredRecord& record, int action);

    const FactExtractor& m_extract;
    std::uint32_t m_firstOfPanel;
    std::vector<BeneficiaryFacts> m_facts; // by position in the panel
    std::vector<RelatedClaim> m_related;   // scratch
    std::vector<const DeliveredRecord*> m_versions;
    std::string m_diagnoses; // a line's, as CCLF5 lists them
};

} // namespace aco::demo
