#pragma once

#include "dashboard/dashboard.h"

class QChart;
class QString;

namespace aco::ui {

// The performance year's spending per beneficiary-month against the benchmark, January to
// December: spending as a solid line with points, the benchmark dashed, and the band between the
// benchmark and the minimum savings rate below it shaded: spending inside the band saves too
// little to be shared.
class ExpenditureChart
{
  public:
    // The chart without a legend, and its legend as rich text for a label beneath it. Months
    // names each month; else the axis names quarters, for a chart too narrow for twelve names.
    enum class Axis
    {
        Months,
        Quarters
    };
    static QChart* create(const DashboardData& data, Axis axis = Axis::Months);
    static QString legend(const DashboardData& data);
};

} // namespace aco::ui
