#include "demo/democlaimsinput.h"

#include <stdexcept>

namespace aco::demo {

DemoClaimsInput::DemoClaimsInput(const DemoContext& context)
    : providers(context.providers), beneficiaries(context.beneficiaries),
      firstMonth(context.beneficiaries.size(), monthCount), practiceCount(context.spec.practices),
      seed(context.options.seed)
{
    for (size_t p = 0; p < providers.size(); ++p) {
        const DemoProvider& provider = providers[p];
        if (!provider.primaryCare)
            continue;
        panels.push_back(p);
        // Panels only grow: the first `members` of a panel are enrolled in a month.
        int enrolled = 0;
        for (int m = 0; m < monthCount; ++m) {
            const int members = provider.plan[static_cast<size_t>(m)].members;
            if (members > static_cast<int>(provider.panel.size()))
                throw std::logic_error("a demo panel has more members in a month than beneficiaries");
            for (; enrolled < members; ++enrolled)
                firstMonth[provider.panel[static_cast<size_t>(enrolled)]] = m;
        }
    }
}

} // namespace aco::demo
