#pragma once

#include "diagrams/driverdiagram.h"

#include <array>
#include <cstdint>
#include <vector>

namespace aco {

// Orders a diagram's columns so that few links cross: the layered (Sugiyama) method's
// barycentre sweeps, alternately left to right and right to left, each followed by sifting
// (every node tried at every place in its column), keeping the best order seen. Deterministic: ties
// keep the current order, so the same diagram always gets the same result.
class CrossingReduction
{
  public:
    using Orders = std::array<std::vector<std::int64_t>, nodeKindCount>; // node ids per column

    static Orders ordersOf(const DriverDiagram& diagram);
    // Pairs of links between the same two columns that cross, with the columns in `orders`.
    static int countCrossings(const DriverDiagram& diagram, const Orders& orders);
    static int countCrossings(const DriverDiagram& diagram)
    {
        return countCrossings(diagram, ordersOf(diagram));
    }
    // The reduced orders, starting from the diagram's own.
    static Orders reduce(const DriverDiagram& diagram);
    // A copy of `diagram` with its columns in the reduced orders.
    static DriverDiagram arranged(const DriverDiagram& diagram);
};

} // namespace aco
