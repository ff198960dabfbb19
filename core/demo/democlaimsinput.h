#pragma once

#include "demo/democontext.h"

#include <cstdint>
#include <vector>

namespace aco::demo {

// What the demo's claims are made from: the roster and each primary care provider's plans (the
// context's), and when each beneficiary is first enrolled.
struct DemoClaimsInput
{
    explicit DemoClaimsInput(const DemoContext& context);

    const std::vector<DemoProvider>& providers;
    const std::vector<DemoBeneficiary>& beneficiaries;
    std::vector<size_t> panels;   // providers' indexes of the primary care providers, in order
    std::vector<int> firstMonth;  // per beneficiary: the demo month it is first enrolled (0-35)
    std::int64_t practiceCount = 0;
    std::uint64_t seed = 0;

    const DemoProvider& pcp(size_t panel) const { return providers[panels[panel]]; }
};

} // namespace aco::demo
