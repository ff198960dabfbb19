#include "demo/democlaim.h"

#include "scenarios/largestremainder.h"

#include <algorithm>

namespace aco::demo {

void PartAClaim::settle()
{
    std::vector<double> weights;
    double paidLines = 0.0;
    for (const PartALine& l : lines) {
        weights.push_back(l.nominal);
        paidLines += l.nominal;
    }
    if (paidLines > 0.0) {
        const std::vector<std::int64_t> shares = distributeCents(paidCents, weights);
        for (size_t i = 0; i < lines.size(); ++i)
            lines[i].paidCents = shares[i];
    }
    if (claimType == 60 && facility->teaching) {
        imeCents = paidCents * 11 / 100;
        dshCents = paidCents * 55 / 1000;
        uncompensatedCents = paidCents * 35 / 1000;
    }
}

int firstDate(const std::vector<PartBLine>& lines)
{
    return std::min_element(lines.begin(), lines.end(),
                            [](const PartBLine& a, const PartBLine& b) { return a.date < b.date; })
        ->date;
}

int lastDate(const std::vector<PartBLine>& lines)
{
    return std::max_element(lines.begin(), lines.end(),
                            [](const PartBLine& a, const PartBLine& b) { return a.date < b.date; })
        ->date;
}

} // namespace aco::demo
