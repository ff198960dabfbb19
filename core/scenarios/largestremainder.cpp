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
    // Scratch space kept between calls: a Monte Carlo run distributes thousands of pools over
    // the same recipients, and allocating these every time would cost as much as the arithmetic.
    thread_local std::vector<double> remainders;
    thread_local std::vector<size_t> order;
    remainders.assign(n, 0.0);
    std::int64_t assigned = 0;
    for (size_t i = 0; i < n; ++i) {
        const double quota = static_cast<double>(amount) * (weights[i] / sum);
        const double whole = std::floor(quota);
        shares[i] = static_cast<std::int64_t>(whole);
        remainders[i] = quota - whole;
        assigned += shares[i];
    }
    // Largest remainder first, ties to the earlier index: a strict total order, so that any
    // selection or sort by it gives the same answer as a stable sort by remainder.
    const auto before = [&](size_t a, size_t b) {
        return remainders[a] > remainders[b] || (remainders[a] == remainders[b] && a < b);
    };
    std::int64_t left = amount - assigned;

    // The usual case, 0 <= left < the number of positive weights: one cent each to the `left`
    // largest remainders among the positive weights, found by selection rather than by sorting
    // all n (the cents left over are far fewer than the recipients).
    order.clear();
    for (size_t i = 0; i < n; ++i)
        if (weights[i] > 0.0)
            order.push_back(i);
    if (left >= 0 && static_cast<std::uint64_t>(left) <= order.size()) {
        const auto count = static_cast<std::ptrdiff_t>(left);
        if (count > 0) {
            std::nth_element(order.begin(), order.begin() + (count - 1), order.end(), before);
            for (auto it = order.begin(); it != order.begin() + count; ++it)
                ++shares[*it];
        }
    } else {
        // In exact arithmetic 0 <= left < n. Floating point can put it a little outside that
        // range for huge amounts, so both directions loop over every index in order until the
        // total is exact.
        order.resize(n);
        std::iota(order.begin(), order.end(), size_t{0});
        std::sort(order.begin(), order.end(), before);
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
    }
    if (negative)
        for (auto& s : shares)
            s = -s;
    return shares;
}

} // namespace aco
