#pragma once

#include <map>
#include <string>
#include <vector>

namespace aco::demo {

class DemoRandom;
struct DemoClaimsInput;
struct BeneficiaryProfile;

// The MBIs that change during the demo's three years: about 3 beneficiaries in 1,000 get a new
// one (valid and unique), and about one in ten of them a third one later (A -> B -> C). From the
// month of a change on, every record CMS delivers carries the new MBI, even a record delivered
// again; the cross-reference link to it (CCLF9) follows up to two deliveries later, and is then
// in every delivery's CCLF9, as CMS sends the whole cross-reference each month.
class DemoMbiChanges
{
  public:
    DemoMbiChanges(const DemoClaimsInput& input, const std::vector<BeneficiaryProfile>& profiles,
                   DemoRandom& random);

    // The MBI a delivery of `calendarMonth` writes for the beneficiary.
    const std::string& mbiAt(size_t beneficiary, int calendarMonth) const;

    struct Link
    {
        std::string current;
        std::string previous;
        int effective = 0; // when the previous MBI came into use (YYYYMMDD)
        int obsolete = 0;  // when it was replaced
    };
    // CCLF9 of a delivery of `calendarMonth`: each changed beneficiary's previous MBIs, linked to
    // the most recent one known then.
    std::vector<Link> linksKnownAt(int calendarMonth) const;

    // The beneficiaries whose MBI changes, and how many times.
    const std::map<size_t, int>& changed() const { return m_counts; }

  private:
    struct Change
    {
        std::string mbi;
        int carriedFrom = 0; // calendar month from which records carry it
        int linkedFrom = 0;  // calendar month from which CCLF9 links to it
        int date = 0;        // when it came into use (YYYYMMDD)
    };
    const DemoClaimsInput& m_input;
    std::map<size_t, std::vector<Change>> m_changes; // by beneficiary
    std::map<size_t, int> m_counts;
    std::vector<int> m_firstUse; // by beneficiary: when the roster's MBI came into use
};

} // namespace aco::demo
