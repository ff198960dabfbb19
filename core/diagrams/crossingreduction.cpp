#include "diagrams/crossingreduction.h"

#include <algorithm>
#include <map>

namespace aco {

namespace {

using Orders = CrossingReduction::Orders;

// The diagram as dense indices: per gap between column c and c + 1, its links as (right, left)
// node indices; `position` is each node's place in its column.
struct Graph
{
    std::vector<std::int64_t> ids;                                        // index -> id
    std::array<std::vector<std::pair<int, int>>, nodeKindCount - 1> gaps; // (right, left)
    std::array<std::vector<int>, nodeKindCount> columns;                  // order, as indices
    std::vector<int> position;

    void place(int c)
    {
        const auto& column = columns[static_cast<size_t>(c)];
        for (size_t i = 0; i < column.size(); ++i)
            position[static_cast<size_t>(column[i])] = static_cast<int>(i);
    }

    int crossingsInGap(int gap) const
    {
        const auto& links = gaps[static_cast<size_t>(gap)];
        int crossings = 0;
        for (size_t a = 0; a < links.size(); ++a) {
            const int ra = position[static_cast<size_t>(links[a].first)];
            const int la = position[static_cast<size_t>(links[a].second)];
            for (size_t b = a + 1; b < links.size(); ++b) {
                const int right = ra - position[static_cast<size_t>(links[b].first)];
                const int left = la - position[static_cast<size_t>(links[b].second)];
                if ((right < 0 && left > 0) || (right > 0 && left < 0))
                    ++crossings;
            }
        }
        return crossings;
    }

    // Crossings in the gaps on either side of column c: all that reordering it can change.
    int crossingsAround(int c) const
    {
        return (c > 0 ? crossingsInGap(c - 1) : 0) +
               (c + 1 < nodeKindCount ? crossingsInGap(c) : 0);
    }

    int crossings() const
    {
        int total = 0;
        for (int gap = 0; gap + 1 < nodeKindCount; ++gap)
            total += crossingsInGap(gap);
        return total;
    }
};

Graph graphOf(const DriverDiagram& diagram, const Orders& orders)
{
    Graph graph;
    std::map<std::int64_t, int> index;
    for (int c = 0; c < nodeKindCount; ++c)
        for (const std::int64_t id : orders[static_cast<size_t>(c)]) {
            index[id] = static_cast<int>(graph.ids.size());
            graph.ids.push_back(id);
            graph.columns[static_cast<size_t>(c)].push_back(index[id]);
        }
    for (const DriverLink& l : diagram.links()) {
        const int left = columnOf(diagram.find(l.to)->kind);
        graph.gaps[static_cast<size_t>(left)].emplace_back(index.at(l.from), index.at(l.to));
    }
    graph.position.resize(graph.ids.size());
    for (int c = 0; c < nodeKindCount; ++c)
        graph.place(c);
    return graph;
}

// Reorders column `c` by the mean position of its neighbours in column `fixed`. Nodes without
// neighbours there keep their places; the others share the remaining places in barycentre
// order, ties in their current order.
void sortByBarycentre(Graph& graph, int c, int fixed)
{
    const auto& links = graph.gaps[static_cast<size_t>(std::min(c, fixed))];
    std::map<int, std::pair<double, int>> sums; // node -> (sum of neighbour positions, count)
    for (const auto& [right, left] : links) {
        const int node = c > fixed ? right : left;
        const int other = c > fixed ? left : right;
        sums[node].first += graph.position[static_cast<size_t>(other)];
        sums[node].second += 1;
    }
    auto& column = graph.columns[static_cast<size_t>(c)];
    std::vector<size_t> movable;
    std::vector<std::pair<double, size_t>> keyed; // (barycentre, current place)
    for (size_t i = 0; i < column.size(); ++i) {
        const auto it = sums.find(column[i]);
        if (it == sums.end())
            continue;
        movable.push_back(i);
        keyed.emplace_back(it->second.first / it->second.second, i);
    }
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<int> result = column;
    for (size_t k = 0; k < movable.size(); ++k)
        result[movable[k]] = column[keyed[k].second];
    column = std::move(result);
    graph.place(c);
}

// Sifting: moves each node, in turn, to the place in its column where the diagram has the fewest
// crossings, until no move helps. Finds what swapping neighbours cannot, such as a node that
// belongs three places further down. A move must strictly help, so ties keep the current order.
void sift(Graph& graph)
{
    for (int round = 0; round < 20; ++round) {
        bool improved = false;
        for (int c = 0; c < nodeKindCount; ++c) {
            auto& column = graph.columns[static_cast<size_t>(c)];
            int current = graph.crossingsAround(c);
            const std::vector<int> nodes = column; // each node once per round
            for (const int node : nodes) {
                const auto from = std::find(column.begin(), column.end(), node) - column.begin();
                column.erase(column.begin() + from);
                auto bestPlace = from;
                int best = current;
                for (std::ptrdiff_t place = 0; place <= static_cast<std::ptrdiff_t>(column.size());
                     ++place) {
                    if (place == from)
                        continue;
                    column.insert(column.begin() + place, node);
                    graph.place(c);
                    const int crossings = graph.crossingsAround(c);
                    column.erase(column.begin() + place);
                    if (crossings < best) {
                        best = crossings;
                        bestPlace = place;
                    }
                }
                column.insert(column.begin() + bestPlace, node);
                graph.place(c);
                if (best < current) {
                    current = best;
                    improved = true;
                }
            }
        }
        if (!improved)
            break;
    }
}

// Barycentre sweeps, each followed by sifting, from the graph's current order; leaves the best
// order seen in `graph` and returns its crossings.
int improve(Graph& graph)
{
    std::array<std::vector<int>, nodeKindCount> best = graph.columns;
    int bestCrossings = graph.crossings();
    int sinceImproved = 0;
    for (int sweep = 0; sweep < 24 && bestCrossings > 0 && sinceImproved < 4; ++sweep) {
        if (sweep % 2 == 0)
            for (int c = 1; c < nodeKindCount; ++c)
                sortByBarycentre(graph, c, c - 1);
        else
            for (int c = nodeKindCount - 2; c >= 0; --c)
                sortByBarycentre(graph, c, c + 1);
        sift(graph);
        const int crossings = graph.crossings();
        if (crossings < bestCrossings) {
            best = graph.columns;
            bestCrossings = crossings;
            sinceImproved = 0;
        } else {
            ++sinceImproved;
        }
    }
    graph.columns = best;
    for (int c = 0; c < nodeKindCount; ++c)
        graph.place(c);
    return bestCrossings;
}

// Pairs of nodes in a column in the opposite order to the one the user gave (`original` is each
// node's place there): how far an order strays from theirs.
int inversions(const Graph& graph, const std::vector<int>& original)
{
    int count = 0;
    for (const auto& column : graph.columns)
        for (size_t i = 0; i < column.size(); ++i)
            for (size_t j = i + 1; j < column.size(); ++j)
                if (original[static_cast<size_t>(column[i])] >
                    original[static_cast<size_t>(column[j])])
                    ++count;
    return count;
}

// Swaps neighbours back towards the user's order wherever that adds no crossing.
void polish(Graph& graph, const std::vector<int>& original)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (int c = 0; c < nodeKindCount; ++c) {
            auto& column = graph.columns[static_cast<size_t>(c)];
            for (size_t i = 0; i + 1 < column.size(); ++i) {
                if (original[static_cast<size_t>(column[i])] <
                    original[static_cast<size_t>(column[i + 1])])
                    continue;
                const int before = graph.crossingsAround(c);
                std::swap(column[i], column[i + 1]);
                graph.place(c);
                if (graph.crossingsAround(c) <= before) {
                    changed = true;
                } else {
                    std::swap(column[i], column[i + 1]);
                    graph.place(c);
                }
            }
        }
    }
}

// SplitMix64: a fixed, portable generator, so that restarts are the same on every build
// (std::shuffle's algorithm is the library's choice).
class Shuffler
{
  public:
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    void shuffle(std::vector<int>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[static_cast<size_t>(next() % i)]);
    }

  private:
    std::uint64_t m_state = 0x41434F57; // "ACOW"
};

} // namespace

Orders CrossingReduction::ordersOf(const DriverDiagram& diagram)
{
    Orders orders;
    for (int c = 0; c < nodeKindCount; ++c)
        for (const DriverNode& node : diagram.column(kindOfColumn(c)))
            orders[static_cast<size_t>(c)].push_back(node.id);
    return orders;
}

int CrossingReduction::countCrossings(const DriverDiagram& diagram, const Orders& orders)
{
    return graphOf(diagram, orders).crossings();
}

Orders CrossingReduction::reduce(const DriverDiagram& diagram)
{
    // First from the diagram's own order; then, because sweeps and sifting stop in local minima
    // (a driver that belongs next to another two places away), from shuffled orders, as many as
    // a fixed amount of work allows. Each result and its mirror image are moved back towards the
    // user's order where that costs no crossing; the fewest crossings win, then the fewest pairs
    // out of the user's order, then the earliest found. A diagram already at its best stays.
    Graph graph = graphOf(diagram, ordersOf(diagram));
    const std::vector<int> original = graph.position;
    std::pair<int, int> best{graph.crossings(), 0};
    auto bestColumns = graph.columns;
    const auto consider = [&](Graph& candidate) {
        polish(candidate, original);
        const std::pair<int, int> score{candidate.crossings(), inversions(candidate, original)};
        if (score < best) {
            best = score;
            bestColumns = candidate.columns;
        }
    };
    const auto improveAndConsider = [&] {
        improve(graph);
        Graph mirror = graph;
        for (int c = 0; c < nodeKindCount; ++c) {
            std::reverse(mirror.columns[static_cast<size_t>(c)].begin(),
                         mirror.columns[static_cast<size_t>(c)].end());
            mirror.place(c);
        }
        consider(graph);
        consider(mirror);
    };
    improveAndConsider();

    size_t links = 0;
    for (const auto& gap : graph.gaps)
        links += gap.size();
    const double work =
        static_cast<double>(graph.ids.size()) * static_cast<double>(links * links + 1);
    const int restarts = std::clamp(static_cast<int>(4e7 / work), 4, 100);
    Shuffler shuffler;
    for (int restart = 0; restart < restarts; ++restart) {
        for (int c = 0; c < nodeKindCount; ++c) {
            shuffler.shuffle(graph.columns[static_cast<size_t>(c)]);
            graph.place(c);
        }
        improveAndConsider();
    }
    Orders orders;
    for (int c = 0; c < nodeKindCount; ++c)
        for (const int node : bestColumns[static_cast<size_t>(c)])
            orders[static_cast<size_t>(c)].push_back(graph.ids[static_cast<size_t>(node)]);
    return orders;
}

DriverDiagram CrossingReduction::arranged(const DriverDiagram& diagram)
{
    DriverDiagram result = diagram;
    const Orders orders = reduce(diagram);
    for (int c = 0; c < nodeKindCount; ++c)
        result.setOrder(kindOfColumn(c), orders[static_cast<size_t>(c)]);
    return result;
}

} // namespace aco
