#include "charts/labelplacement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace aco {

namespace {

// The points bucketed in square cells, so that a box meets only the points near it.
class PointGrid
{
  public:
    PointGrid(const std::vector<QPointF>& points, double radius)
        : m_points(points), m_radius(radius), m_cell(std::max(16.0, radius * 4))
    {
        for (size_t i = 0; i < points.size(); ++i)
            m_cells[key(cellOf(points[i].x()), cellOf(points[i].y()))].push_back(i);
    }

    // How many points' circles the box meets.
    int countIn(const QRectF& box) const
    {
        int count = 0;
        const QRectF reach = box.adjusted(-m_radius, -m_radius, m_radius, m_radius);
        for (long long x = cellOf(reach.left()); x <= cellOf(reach.right()); ++x) {
            for (long long y = cellOf(reach.top()); y <= cellOf(reach.bottom()); ++y) {
                const auto found = m_cells.find(key(x, y));
                if (found == m_cells.end())
                    continue;
                for (size_t i : found->second)
                    if (meets(box, m_points[i]))
                        ++count;
            }
        }
        return count;
    }

  private:
    long long cellOf(double v) const { return static_cast<long long>(std::floor(v / m_cell)); }
    static long long key(long long x, long long y) { return x * 1'000'003LL + y; }
    bool meets(const QRectF& box, const QPointF& p) const
    {
        const double dx = std::max({box.left() - p.x(), 0.0, p.x() - box.right()});
        const double dy = std::max({box.top() - p.y(), 0.0, p.y() - box.bottom()});
        return dx * dx + dy * dy < m_radius * m_radius;
    }

    const std::vector<QPointF>& m_points;
    double m_radius;
    double m_cell;
    std::unordered_map<long long, std::vector<size_t>> m_cells;
};

// The places tried for a label, nearest first: beside, then above and below, then the corners;
// each ring `ring` steps further out.
std::vector<QRectF> candidates(const QPointF& p, const QSizeF& size, double gap, int ring)
{
    const double w = size.width();
    const double h = size.height();
    const double out = ring * std::max(h, 10.0);
    const double g = gap + out;
    const double c = gap * 0.75 + out * 0.7; // the corners' offset on each axis
    return {
        QRectF(p.x() + g, p.y() - h / 2, w, h),         // right
        QRectF(p.x() - g - w, p.y() - h / 2, w, h),     // left
        QRectF(p.x() - w / 2, p.y() - g - h, w, h),     // above
        QRectF(p.x() - w / 2, p.y() + g, w, h),         // below
        QRectF(p.x() + c, p.y() - c - h, w, h),         // above right
        QRectF(p.x() + c, p.y() + c, w, h),             // below right
        QRectF(p.x() - c - w, p.y() - c - h, w, h),     // above left
        QRectF(p.x() - c - w, p.y() + c, w, h),         // below left
    };
}

} // namespace

std::vector<std::optional<PlacedLabel>> placeLabels(const std::vector<LabelRequest>& labels,
                                                    const std::vector<QPointF>& points,
                                                    double radius, const QRectF& area,
                                                    bool keepFirst)
{
    constexpr int rings = 4;
    constexpr double padding = 1.5; // between two labels
    const PointGrid grid(points, radius);
    const double gap = radius + 2;
    std::vector<std::optional<PlacedLabel>> placed(labels.size());
    std::vector<QRectF> taken;
    const auto clearOfLabels = [&](const QRectF& box) {
        const QRectF padded = box.adjusted(-padding, -padding, padding, padding);
        return std::none_of(taken.begin(), taken.end(),
                            [&](const QRectF& t) { return t.intersects(padded); });
    };
    for (size_t i = 0; i < labels.size(); ++i) {
        const LabelRequest& label = labels[i];
        if (!area.contains(label.point))
            continue;
        std::optional<PlacedLabel> best;
        int fewest = std::numeric_limits<int>::max();
        for (int ring = 0; ring < rings && !(best && fewest == 0); ++ring) {
            for (const QRectF& box : candidates(label.point, label.size, gap, ring)) {
                if (!area.contains(box) || !clearOfLabels(box))
                    continue;
                const int covered = grid.countIn(box);
                if (covered < fewest) {
                    fewest = covered;
                    best = PlacedLabel{box, ring > 0};
                    if (covered == 0)
                        break;
                }
            }
        }
        if (best && (fewest == 0 || (i == 0 && keepFirst))) {
            taken.push_back(best->box);
            placed[i] = best;
        }
    }
    return placed;
}

std::vector<double> spreadAlong(const std::vector<double>& wanted,
                                const std::vector<double>& extents, double from, double to,
                                double gap)
{
    std::vector<size_t> order(wanted.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return wanted[a] < wanted[b]; });
    std::vector<double> start(wanted.size());
    // Down from the top, then back up from the bottom: a crowd at an end is pushed inwards.
    double end = from - gap;
    for (size_t i : order) {
        start[i] = std::max(wanted[i] - extents[i] / 2, end + gap);
        end = start[i] + extents[i];
    }
    double limit = to + gap;
    for (auto it = order.rbegin(); it != order.rend(); ++it) {
        start[*it] = std::max(from, std::min(start[*it], limit - gap - extents[*it]));
        limit = start[*it];
    }
    return start;
}

std::vector<std::pair<double, int>> packRows(const std::vector<double>& wanted,
                                             const std::vector<double>& widths, double from,
                                             double to, double gap)
{
    std::vector<size_t> order(wanted.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return wanted[a] < wanted[b]; });
    std::vector<std::pair<double, int>> placed(wanted.size());
    std::vector<double> rowEnds; // where each row's last label ends
    for (size_t i : order) {
        const double x = std::clamp(wanted[i] - widths[i] / 2, from, std::max(from, to - widths[i]));
        size_t row = 0;
        while (row < rowEnds.size() && x < rowEnds[row] + gap)
            ++row;
        if (row == rowEnds.size())
            rowEnds.push_back(0.0);
        rowEnds[row] = x + widths[i];
        placed[i] = {x, static_cast<int>(row)};
    }
    return placed;
}

} // namespace aco
