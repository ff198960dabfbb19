#include "demo/demombichanges.h"

#include "demo/democlaimsinput.h"
#include "demo/demodeliveries.h"
#include "demo/demoidentifiers.h"
#include "demo/demoprofiles.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace aco::demo {

namespace {

// A day in the month before `calendarMonth`: the change is in CMS's records by its delivery.
int changeDate(int calendarMonth, DemoRandom& random)
{
    const Period month = firstPeriod.addMonths(calendarMonth - 1);
    return month.toInt() * 100 + random.between(1, 28);
}

} // namespace

DemoMbiChanges::DemoMbiChanges(const DemoClaimsInput& input,
                               const std::vector<BeneficiaryProfile>& profiles, DemoRandom& random)
    : m_input(input)
{
    std::unordered_set<std::string> used;
    used.reserve(input.beneficiaries.size() + 64);
    for (size_t b = 0; b < input.beneficiaries.size(); ++b) {
        used.insert(input.beneficiaries[b].mbi);
        // MBIs were first issued from April 2018; later for those entitled since.
        m_firstUse.push_back(std::max(20180401, profiles[b].partAStart));
    }

    // Beneficiaries enrolled from the first month, so that every change shows in the deliveries.
    std::vector<size_t> candidates;
    for (const auto& panel : input.panels)
        for (int i = 0; i < panel.months.front().members; ++i)
            candidates.push_back(panel.beneficiaries[static_cast<size_t>(i)]);
    if (candidates.empty())
        return;
    const auto count = std::min(
        candidates.size(),
        std::max<size_t>(1, static_cast<size_t>(std::lround(
                                0.003 * static_cast<double>(input.beneficiaries.size())))));
    const auto twice = std::max<size_t>(1, (count + 5) / 10);
    constexpr int last = DemoDeliveries::lastCalendarMonth;
    while (m_changes.size() < count) {
        const size_t b = candidates[static_cast<size_t>(
            random.between(0, static_cast<int>(candidates.size()) - 1))];
        if (m_changes.contains(b))
            continue;
        std::vector<Change> changes;
        const bool chain = m_changes.size() < twice;
        Change first;
        first.mbi = drawMbi(random, used);
        first.carriedFrom = random.between(2, chain ? 20 : 33);
        first.linkedFrom = std::min(last, first.carriedFrom + random.between(0, 2));
        first.date = changeDate(first.carriedFrom, random);
        changes.push_back(first);
        if (chain) {
            // The second change comes after the first link has been delivered, so the two links of
            // the chain arrive in different deliveries.
            Change second;
            second.mbi = drawMbi(random, used);
            second.carriedFrom = random.between(first.linkedFrom + 1, last - 3);
            second.linkedFrom = std::min(last, second.carriedFrom + random.between(0, 2));
            second.date = changeDate(second.carriedFrom, random);
            changes.push_back(second);
        }
        m_counts[b] = static_cast<int>(changes.size());
        m_changes[b] = std::move(changes);
    }
}

const std::string& DemoMbiChanges::mbiAt(size_t beneficiary, int calendarMonth) const
{
    const std::string* mbi = &m_input.beneficiaries[beneficiary].mbi;
    const auto it = m_changes.find(beneficiary);
    if (it == m_changes.end())
        return *mbi;
    for (const Change& change : it->second)
        if (change.carriedFrom <= calendarMonth)
            mbi = &change.mbi;
    return *mbi;
}

std::vector<DemoMbiChanges::Link> DemoMbiChanges::linksKnownAt(int calendarMonth) const
{
    std::vector<Link> links;
    for (const auto& [b, changes] : m_changes) {
        size_t known = 0;
        while (known < changes.size() && changes[known].linkedFrom <= calendarMonth)
            ++known;
        if (known == 0)
            continue;
        const std::string& current = changes[known - 1].mbi;
        // Each previous MBI with the dates it was in use.
        for (size_t k = 0; k < known; ++k) {
            const std::string& previous =
                k == 0 ? m_input.beneficiaries[b].mbi : changes[k - 1].mbi;
            const int effective = k == 0 ? m_firstUse[b] : changes[k - 1].date;
            links.push_back({current, previous, effective, changes[k].date});
        }
    }
    return links;
}

} // namespace aco::demo
