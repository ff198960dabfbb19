#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace aco::demo {

class DemoRandom;
struct DemoBeneficiary;

// The MBIs that change during the demo's three years: about 3 beneficiaries in 1,000 get a new
// one (valid and unique), and about one in ten of them a third one later (A -> B -> C). From the
// month of a change on, every record CMS delivers carries the new MBI, even a record delivered
// again; the cross-reference link to it (CCLF9) follows up to two deliveries later, and is then
// in every delivery's CCLF9, as CMS sends the whole cross-reference each month.
class DemoMbiChanges
{
  public:
    // `mbis`: each beneficiary's MBI when the demo begins; `candidates`: the beneficiaries that
    // may change (enrolled from the first month, so that every change shows in the deliveries);
    // `used`: every MBI given, which the new ones join.
    DemoMbiChanges(const std::vector<DemoBeneficiary>& beneficiaries, const std::vector<std::string>& mbis,
                   const std::vector<size_t>& candidates, std::unordered_set<std::string>& used,
                   DemoRandom& random);

    // The MBI a delivery of `calendarMonth` writes for the beneficiary whose roster MBI (the one
    // current at the end) is `rosterMbi`.
    std::string_view mbiAt(size_t beneficiary, int calendarMonth, std::string_view rosterMbi) const;
    // The MBI current at the end, which the roster holds.
    const std::string& finalMbi(size_t beneficiary) const;

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
    struct Changed
    {
        std::string original;
        int firstUse = 0; // when the original MBI came into use
        std::vector<Change> changes;
    };
    std::map<size_t, Changed> m_changes; // by beneficiary
    std::map<size_t, int> m_counts;
};

} // namespace aco::demo
