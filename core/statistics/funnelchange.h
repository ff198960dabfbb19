#pragma once

#include "statistics/funnel.h"

namespace aco {

// Whether a unit's value moved between two windows by more than chance allows, at the two-sided
// coverage whose normal quantile is z (FunnelLimits::z95 or z998). The unit is compared with
// itself, not with its peers, so there is no overdispersion.
//  - Proportions: under no change both windows share one value, the pooled (numerators over
//    denominators); their difference then varies as a single estimate would at the effective
//    denominator n1 n2 / (n1 + n2) (variance p(1 - p)(1/n1 + 1/n2)), so the limits are the
//    funnel's at that denominator, centred on the pooled value.
//  - Rates: the exact conditional test for two Poisson counts. Given k events in all, those of
//    the second window are Binomial(k, e2 / (e1 + e2)) under no change (e: the exposures); the
//    change is real when either tail at the observed count is below (1 - coverage) / 2. Exact,
//    because a few events on a small panel are where an approximation errs.
bool isRealChange(FunnelLimits::Kind kind, const FunnelUnit& before, const FunnelUnit& after,
                  double z);

} // namespace aco
