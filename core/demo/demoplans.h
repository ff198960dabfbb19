#pragma once

#include "demo/democontext.h"

#include <string_view>

namespace aco::demo {

// The demo's plans: what each provider's results are drawn to be, from the measure catalogue's
// base values, the provider's effects, trends and seasons. The measures the EHR gives are written
// as drawn; the claims-based ones are what the claims the generator makes from these plans give.

// Beneficiaries of a provider's cohort in demo month `month` (0-35): panels grow a little over the
// three years, and a provider who joined recently builds up a panel over six months. For a
// primary care provider's panel, the first that many of the panel are enrolled.
int plannedExposure(const DemoProvider& provider, Cohort cohort, int month);
inline int plannedMembers(const DemoProvider& provider, int month)
{
    return plannedExposure(provider, Cohort::Panel, month);
}

// The share a provider's beneficiaries are planned to reach on a percent measure (its catalogue
// code), on `date` (YYYYMMDD): the catalogue's base moved by the provider's effect and the
// measure's trend since the demo's first month (its value then for earlier dates).
double plannedRate(std::string_view code, const DemoProvider& provider, int date);

} // namespace aco::demo
