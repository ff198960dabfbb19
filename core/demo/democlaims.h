#pragma once

#include "claimsmeasures/claimsaggregator.h"
#include "demo/democontext.h"

#include <vector>

namespace aco::demo {

// The performance years, their benchmarks set from the members' spending each month (first
// month first), so that the year's spending lands near the savings the ACO's story has; written
// before the expenditures that compare with them.
void writePerformanceYears(DemoContext& context, const std::vector<ClaimsAggregator::MonthSpending>& spending);

} // namespace aco::demo
