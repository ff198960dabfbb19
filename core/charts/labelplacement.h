#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace aco {

// Where the names of a scatter plot's points go (the funnel plot's outliers and its focus): beside
// their points, clear of every point and of each other, inside the plot. Pure geometry, in the
// plot's pixels.
struct LabelRequest
{
    QPointF point; // the point the label names
    QSizeF size;   // the label's text
};

struct PlacedLabel
{
    QRectF box;    // where the text goes
    bool leader = false; // away from its point: draw a line from the point to the box
};

// Labels in order of importance (the focus first): each takes the first free place of those
// around its point (right, left, above, below, then the corners), then the same a little further
// out with a leader line. A label with no free place is left out (nullopt), except the first
// when `keepFirst`, which then takes the place that covers the fewest points. `points` are every
// point of the plot (drawn as circles of `radius`), `area` the plot's rectangle.
std::vector<std::optional<PlacedLabel>> placeLabels(const std::vector<LabelRequest>& labels,
                                                    const std::vector<QPointF>& points,
                                                    double radius, const QRectF& area,
                                                    bool keepFirst = true);

// Labels along one edge of a plot (the names of reference lines at their ends, say): each
// centred on its wanted position where there is room, pushed apart just enough where not, in
// the same order, within [from, to] when they fit. `wanted` are centres, `extents` the labels'
// sizes along the edge; returns where each label starts.
std::vector<double> spreadAlong(const std::vector<double>& wanted,
                                const std::vector<double>& extents, double from, double to,
                                double gap = 1.0);

// Labels across the top of a plot (names of vertical lines): each centred on its line, within
// [from, to], in the first row where it overlaps no other. Returns each label's start and row.
std::vector<std::pair<double, int>> packRows(const std::vector<double>& wanted,
                                             const std::vector<double>& widths, double from,
                                             double to, double gap = 4.0);

} // namespace aco
