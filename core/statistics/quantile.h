#pragma once

#include <vector>

namespace aco {

// The sample quantile of sorted values by linear interpolation between order statistics
// (Hyndman and Fan's type 7, the default of R and NumPy). Boost 1.74 offers mean and median but
// no general sample quantile, hence this one function. `sorted` must be non-empty and ascending;
// q is in [0, 1].
double quantileOfSorted(const std::vector<double>& sorted, double q);

} // namespace aco
