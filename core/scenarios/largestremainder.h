#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace aco {

// Distributes `total` cents over `weights` by the largest-remainder (Hamilton) method: each
// share is the floor of its exact quota, and the cents left over go one each to the largest
// remainders (ties to the earlier index). The shares always add up to `total` exactly, so that no
// cent is created or lost; a negative total (a loss) is distributed as its magnitude, negated,
// so that savings and losses round alike. A zero weight always gets zero.
//
// Throws aco::Error (Usage) when a weight is negative or not finite, or when `total` is not zero
// and there is nothing to distribute it over (no weights, or all zero): the caller must decide
// where such money goes.
std::vector<std::int64_t> distributeCents(std::int64_t total, std::span<const double> weights);

} // namespace aco
