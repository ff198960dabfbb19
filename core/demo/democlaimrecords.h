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

struct DemoClaimsInput;

// Writes the demo's claims and beneficiaries as CCLF records, field by field as CMS fills them:
// the beneficiary's MBI is the one current when the delivery is made, amounts are unsigned (the
// adjustment type says a cancellation), missing dates are 1000-01-01.
class DemoClaimRecords
{
  public:
    // What CCLF8 names a beneficiary by, besides what the input holds.
    struct Identity
    {
        std::string mbi; // the roster's: current at the end
        std::string firstName;
        std::string lastName;
    };

    DemoClaimRecords(const DemoClaimsInput& input, std::vector<Identity> identities);

    const Identity& identity(size_t beneficiary) const { return m_identities[beneficiary]; }

    // CCLF1 and the claim's lines (CCLF2), procedures (CCLF3) and diagnoses (CCLF4); and CCLFA
    // when the claim carries a benefit enhancement. `firstPaid`: the amounts it was first paid.
    void partA(CclfDeliveryWriter& out, const PartAClaim& claim, bool firstPaid, const Processing& processing,
               std::string_view mbi);
    // A CCLF5 line, and CCLFB when it is a telehealth one.
    void partB(CclfDeliveryWriter& out, const PartBClaim& claim, size_t line, bool firstPaid,
               const Processing& processing, std::string_view mbi);
    void dme(CclfDeliveryWriter& out, const DmeClaim& claim, size_t line, bool firstPaid,
             const Processing& processing, std::string_view mbi);
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
                                 size_t index, std::int64_t paidCents, std::int64_t controlNumber,
                                 const Processing& p, std::string_view mbi);
    void partALine(CclfDeliveryWriter& out, const PartAClaim& claim, const Processing& processing,
                   std::string_view mbi, size_t line);
    void partACodes(CclfDeliveryWriter& out, const PartAClaim& claim, const Processing& processing,
                    std::string_view mbi);

    const DemoClaimsInput& m_input;
    std::vector<Identity> m_identities; // by beneficiary
    std::vector<Builder> m_builders;    // by CclfFile
};

} // namespace aco::demo
