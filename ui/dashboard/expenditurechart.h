#pragma once

#include "dashboard/dashboard.h"

class QChart;

namespace aco::ui {

// The performance year's spending per beneficiary-month against the benchmark, January to
// December: spending as a solid line with points, the benchmark dashed, and the band between the
// benchmark and the minimum savings rate below it shaded: spending inside the band saves too
// little to be shared.
class ExpenditureChart
{
  public:
    static QChart* create(const DashboardData& data);
};

} // namespace aco::ui
