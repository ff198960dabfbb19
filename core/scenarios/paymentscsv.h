#pragma once

#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"

#include <QByteArray>

#include <optional>

namespace aco {

// One row per recipient: id, name, eligible, maximum and payment in dollars with exactly two
// decimals, and the payment's Monte Carlo 5th, 50th and 95th percentiles (empty without one).
QByteArray paymentsCsv(const Allocation& allocation,
                       const std::optional<MonteCarloResult>& monteCarlo);

} // namespace aco
