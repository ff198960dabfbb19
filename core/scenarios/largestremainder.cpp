#include "scenarios/largestremainder.h"

#include "error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace aco {

std::vector<std::int64_t> distributeCents(std::int64_t total, std::span<const double> weights)
{
    const size_t n = weights.size();
    double sum = 0.0;
    for (double w : weights) {
        if (!std::isfinite(w) || w < 0.0)
            throw Error(
                "Cannot distribute an amount over a weight that is negative or not a number.",
                Error::Kind::Usage);
        sum += w;
    }
    std::vector<std::int64_t> shares(n, 0);
    if (total == 0)
        return shares;
    if (!(sum > 0.0))
        throw Error("Cannot distribute " + std::to_string(total) + " cents: every weight is zero.",
                    Error::Kind::Usage);

    // Work on the magnitude so that a loss is the mirror image of the same saving.
    const bool negative = total < 0;
    const std::int64_t amount = negative ? -total : total;
    std::vector<double> remainders(n, 0.0);
    std::int64_t assigned = 0;
    for (size_t i = 0; i < n; ++i) {
        const double quota = static_cast<double>(amount) * (weights[i] / sum);
        const double whole = std::floor(quota);
        shares[i] = static_cast<std::int64_t>(whole);
        remainders[i] = quota - whole;
        assigned += shares[i];
    }

    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    // In exact arithmetic 0 <= left < n. Floating point can put it a little outside that range
    // for huge amounts, so both directions loop until the total is exact.
    std::int64_t left = amount - assigned;
    while (left > 0) {
        for (size_t i : order) {
            if (left == 0)
                break;
            if (weights[i] > 0.0) {
                ++shares[i];
                --left;
            }
        }
    }
    while (left < 0) {
        for (auto it = order.rbegin(); it != order.rend() && left < 0; ++it) {
            if (shares[*it] > 0) {
                --shares[*it];
                ++left;
            }
        }
    }
    if (negative)
        for (auto& s : shares)
            s = -s;
    return shares;
}

} // namespace aco
