#pragma once

#include "claims/cclfrecordbuilder.h"
#include "demo/democlaim.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace aco {
class CclfDeliveryWriter;
}

namespace aco::demo {

struct BeneficiaryProfile;
struct DemoClaimsInput;

// Writes the demo's claims and beneficiaries as CCLF records, field by field as CMS fills them:
// the beneficiary's MBI is the one current when the delivery is made, amounts are unsigned (the
// adjustment type says a cancellation), missing dates are 1000-01-01.
class DemoClaimRecords
{
  public:
    DemoClaimRecords(const DemoClaimsInput& input, const std::vector<BeneficiaryProfile>& profiles);

    // CCLF1 and the claim's lines (CCLF2), procedures (CCLF3) and diagnoses (CCLF4); and CCLFA
    // when the claim carries a benefit enhancement.
    void partA(CclfDeliveryWriter& out, const PartAClaim& claim, const Processing& processing,
               std::string_view mbi);
    // CCLF5 lines (all, or the one at `onlyLine`), and CCLFB for the telehealth ones.
    void partB(CclfDeliveryWriter& out, const PartBClaim& claim, const Processing& processing,
               std::string_view mbi, int onlyLine = -1);
    void dme(CclfDeliveryWriter& out, const DmeClaim& claim, const Processing& processing,
             std::string_view mbi, int onlyLine = -1);
    void partD(CclfDeliveryWriter& out, const PartDFill& fill, const Processing& processing,
               std::string_view mbi);
    // CCLF8: one row, or one per hospice election, as of `asOf` (YYYYMMDD) for the age.
    void beneficiary(CclfDeliveryWriter& out, size_t beneficiary, std::string_view mbi, int asOf);
    // CCLF9: a previous MBI and the current one.
    void xref(CclfDeliveryWriter& out, std::string_view current, std::string_view previous,
              int effective, int obsolete);

  private:
    struct Builder
    {
        CclfRecordBuilder record;
        std::vector<std::string> amounts; // set to 0.00 on every record
    };
    Builder& start(CclfFile file);
    // A Part B or DME line's record with the fields both files have.
    CclfRecordBuilder& claimLine(CclfFile file, int claimType, const std::vector<PartBLine>& lines,
                                 size_t index, const std::string& controlNumber,
                                 const Processing& p, std::string_view mbi);
    void partALine(CclfDeliveryWriter& out, const PartAClaim& claim, const Processing& processing,
                   std::string_view mbi, size_t line);
    void partACodes(CclfDeliveryWriter& out, const PartAClaim& claim, const Processing& processing,
                    std::string_view mbi);

    const DemoClaimsInput& m_input;
    const std::vector<BeneficiaryProfile>& m_profiles;
    std::vector<Builder> m_builders; // by CclfFile
};

} // namespace aco::demo
