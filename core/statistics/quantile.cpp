#include "statistics/quantile.h"

#include <algorithm>
#include <cmath>

namespace aco {

double quantileOfSorted(const std::vector<double>& sorted, double q)
{
    const double h = (static_cast<double>(sorted.size()) - 1.0) * std::clamp(q, 0.0, 1.0);
    const auto below = static_cast<size_t>(std::floor(h));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (h - static_cast<double>(below)) * (sorted[above] - sorted[below]);
}

} // namespace aco
