#include "demo/demombichanges.h"

#include "demo/democontext.h"
#include "demo/demodeliveries.h"
#include "demo/demoidentifiers.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace aco::demo {

namespace {

// A day in the month before `calendarMonth`: the change is in CMS's records by its delivery.
int changeDate(int calendarMonth, DemoRandom& random)
{
    const Period month = firstPeriod.addMonths(calendarMonth - 1);
    return month.toInt() * 100 + random.between(1, 28);
}

} // namespace

DemoMbiChanges::DemoMbiChanges(const std::vector<DemoBeneficiary>& beneficiaries,
                               const std::vector<std::string>& mbis, const std::vector<size_t>& candidates,
                               std::unordered_set<std::string>& used, DemoRandom& random)
{
    if (candidates.empty())
        return;
    const auto count = std::min(
        candidates.size(),
        std::max<size_t>(1, static_cast<size_t>(std::lround(
                                0.003 * static_cast<double>(beneficiaries.size())))));
    const auto twice = std::max<size_t>(1, (count + 5) / 10);
    constexpr int last = DemoDeliveries::lastCalendarMonth;
    while (m_changes.size() < count) {
        const size_t b = candidates[static_cast<size_t>(
            random.between(0, static_cast<int>(candidates.size()) - 1))];
        if (m_changes.contains(b))
            continue;
        Changed changed;
        changed.original = mbis[b];
        // MBIs were first issued from April 2018; later for those entitled since.
        changed.firstUse = std::max(20180401, beneficiaries[b].profile.partAStart);
        const bool chain = m_changes.size() < twice;
        Change first;
        first.mbi = drawMbi(random, used);
        first.carriedFrom = random.between(2, chain ? 20 : 33);
        first.linkedFrom = std::min(last, first.carriedFrom + random.between(0, 2));
        first.date = changeDate(first.carriedFrom, random);
        changed.changes.push_back(first);
        if (chain) {
            // The second change comes after the first link has been delivered, so the two links of
            // the chain arrive in different deliveries.
            Change second;
            second.mbi = drawMbi(random, used);
            second.carriedFrom = random.between(first.linkedFrom + 1, last - 3);
            second.linkedFrom = std::min(last, second.carriedFrom + random.between(0, 2));
            second.date = changeDate(second.carriedFrom, random);
            changed.changes.push_back(second);
        }
        m_counts[b] = static_cast<int>(changed.changes.size());
        m_changes[b] = std::move(changed);
    }
}

std::string_view DemoMbiChanges::mbiAt(size_t beneficiary, int calendarMonth, std::string_view rosterMbi) const
{
    const auto it = m_changes.find(beneficiary);
    if (it == m_changes.end())
        return rosterMbi;
    const std::string* mbi = &it->second.original;
    for (const Change& change : it->second.changes)
        if (change.carriedFrom <= calendarMonth)
            mbi = &change.mbi;
    return *mbi;
}

const std::string& DemoMbiChanges::finalMbi(size_t beneficiary) const
{
    return m_changes.at(beneficiary).changes.back().mbi;
}

std::vector<DemoMbiChanges::Link> DemoMbiChanges::linksKnownAt(int calendarMonth) const
{
    std::vector<Link> links;
    for (const auto& [b, changed] : m_changes) {
        const std::vector<Change>& changes = changed.changes;
        size_t known = 0;
        while (known < changes.size() && changes[known].linkedFrom <= calendarMonth)
            ++known;
        if (known == 0)
            continue;
        const std::string& current = changes[known - 1].mbi;
        // Each previous MBI with the dates it was in use.
        for (size_t k = 0; k < known; ++k) {
            const std::string& previous = k == 0 ? changed.original : changes[k - 1].mbi;
            const int effective = k == 0 ? changed.firstUse : changes[k - 1].date;
            links.push_back({current, previous, effective, changes[k].date});
        }
    }
    return links;
}

} // namespace aco::demo
