#pragma once

#include "scenarios/allocator.h"
#include "scenarios/scenario.h"

#include <QString>

#include <cstdint>
#include <vector>

class QChart;

namespace aco::ui {

// The Scenarios view's split chart: one stacked bar of the pool's parts with the shares the
// editor sets (infrastructure, care redesign, providers, reserve), each with its amount of the
// pool, so that the chart and the editor never disagree. Parts with no share are left out.
class SplitBar
{
  public:
    struct Part
    {
        QString name;
        int basisPoints = 0;
        // Of the pool, rounded to whole dollars that add up to the pool's (0 for a loss, which
        // the split does not share).
        std::int64_t cents = 0;
    };

    // The parts with a share, in the editor's order.
    static std::vector<Part> parts(const Scenario& scenario, const Allocation& allocation);
    static QString title(const Allocation& allocation);

    // A new chart that the caller owns.
    static QChart* chart(const Scenario& scenario, const Allocation& allocation);
    // Shows other shares in a chart made by chart(), keeping the chart (cheap while a slider
    // moves); false when the parts shown differ: make a new one.
    static bool update(QChart* chart, const Scenario& scenario, const Allocation& allocation);
};

} // namespace aco::ui
