#pragma once

#include "scenarios/allocator.h"

#include <QString>

namespace aco::ui {

// The Scenarios view's figures of an allocation, as a rich-text table: the pool, where it goes
// (for a loss, who bears it) and what the recipients are paid.
class ScenarioFigures
{
  public:
    static QString html(const Allocation& allocation);
};

} // namespace aco::ui
