#include "diagrampages.h"

#include "diagrams/diagrampainter.h"
#include "diagrams/fonttextmeasurer.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <iterator>
#include <set>

namespace aco::ui {

namespace {

// Between columns: room for the links' curves and arrowheads.
constexpr double printGap = 44.0;
// Wider boxes would only leave their lines too long to take in at a glance.
constexpr double widestColumn = 320.0;

// The columns a page shows, left to right, and the column whose drivers a page too tall for the
// paper continues with.
struct Part
{
    std::vector<NodeKind> columns;
    NodeKind anchor;
};

// `columns` sharing `width` (layout units) equally; the other columns left out. No margin: the
// page has its own.
DiagramLayout::Geometry geometryOf(const std::vector<NodeKind>& columns, double width)
{
    DiagramLayout::Geometry geometry;
    geometry.margin = 0.0;
    geometry.columnGap = printGap;
    geometry.columnWidths.fill(0.0);
    const auto n = static_cast<double>(columns.size());
    const double each = std::min(widestColumn, (width - (n - 1) * printGap) / n);
    for (const NodeKind kind : columns)
        geometry.columnWidths[static_cast<size_t>(columnOf(kind))] = each;
    return geometry;
}

// `diagram` with only the `kept` drivers of `anchor`'s column, and of the next column only the
// nodes that drive one of them; with `unlinked`, also those that drive none of `anchor`'s column
// at all, so that they print somewhere.
DriverDiagram partOf(const DriverDiagram& diagram, NodeKind anchor,
                     const std::set<std::int64_t>& kept, bool unlinked)
{
    const NodeKind next = kindOfColumn(columnOf(anchor) + 1);
    std::vector<std::int64_t> removed;
    for (const DriverNode& node : diagram.column(anchor))
        if (!kept.contains(node.id))
            removed.push_back(node.id);
    for (const DriverNode& node : diagram.column(next)) {
        bool drives = false;
        bool drivesKept = false;
        for (const DriverLink& link : diagram.linksOf(node.id))
            if (link.from == node.id) {
                drives = true;
                drivesKept = drivesKept || kept.contains(link.to);
            }
        if (!drivesKept && (drives || !unlinked))
            removed.push_back(node.id);
    }
    DriverDiagram part = diagram;
    for (const std::int64_t id : removed)
        part.removeNode(id);
    return part;
}

} // namespace

double DiagramPages::fullScale()
{
    return 9.0 / FontTextMeasurer::smallestPixelSize();
}

double DiagramPages::leastScale()
{
    return 8.0 / FontTextMeasurer::smallestPixelSize();
}

double DiagramPages::scale(const DiagramLayout& layout, const QSizeF& content)
{
    const QSizeF size = layout.size();
    return std::min(
        {fullScale(), content.width() / size.width(), content.height() / size.height()});
}

std::vector<DiagramLayout> DiagramPages::layouts(const DriverDiagram& diagram,
                                                 const DiagramMetrics& metrics,
                                                 const QString& caption, const QSizeF& content)
{
    const FontTextMeasurer measurer;
    const double width = content.width() / fullScale();
    const auto layOut = [&](const DriverDiagram& part, const std::vector<NodeKind>& columns) {
        return DiagramLayout::compute(part, metrics, measurer, caption, geometryOf(columns, width));
    };
    const auto fits = [&](const DiagramLayout& layout) {
        return scale(layout, content) >= leastScale();
    };
    DiagramLayout whole =
        layOut(diagram, {NodeKind::Aim, NodeKind::Primary, NodeKind::Secondary, NodeKind::Change});
    if (fits(whole))
        return {std::move(whole)};

    // The pages after the first say that they continue it.
    DriverDiagram continued = diagram;
    continued.setTitle(
        QCoreApplication::translate("DiagramPages", "%1 (continued)").arg(diagram.title()));
    std::vector<DiagramLayout> pages;
    const Part parts[] = {
        {{NodeKind::Aim, NodeKind::Primary, NodeKind::Secondary}, NodeKind::Primary},
        {{NodeKind::Secondary, NodeKind::Change}, NodeKind::Secondary}};
    for (const Part& part : parts) {
        const std::vector<DriverNode>& drivers = diagram.column(part.anchor);
        const bool first = pages.empty();
        if (drivers.empty()) {
            pages.push_back(layOut(first ? diagram : continued, part.columns));
            continue;
        }
        // The anchor's drivers from `begin` to `end` (in their order) on a page.
        const auto page = [&](size_t begin, size_t end) {
            std::set<std::int64_t> kept;
            for (size_t i = begin; i < end; ++i)
                kept.insert(drivers[i].id);
            return layOut(partOf(first && begin == 0 ? diagram : continued, part.anchor, kept,
                                 end == drivers.size()),
                          part.columns);
        };
        // As many drivers as fit on each page (a driver that does not fit alone still gets a
        // page of its own, at the scale that fits it) ...
        std::vector<size_t> starts = {0};
        for (size_t end = 2; end <= drivers.size(); ++end)
            if (!fits(page(starts.back(), end)))
                starts.push_back(end - 1);
        // ... then as many on each of those pages as can be, so that the last is not left with
        // a driver or two.
        const size_t count = starts.size();
        std::vector<size_t> even;
        for (size_t g = 0; g < count; ++g)
            even.push_back((g * drivers.size() + count - 1) / count);
        std::vector<DiagramLayout> evenPages;
        for (size_t g = 0; g < count; ++g) {
            evenPages.push_back(page(even[g], g + 1 < count ? even[g + 1] : drivers.size()));
            if (!fits(evenPages.back()))
                break;
        }
        if (evenPages.size() == count && fits(evenPages.back())) {
            std::move(evenPages.begin(), evenPages.end(), std::back_inserter(pages));
            continue;
        }
        for (size_t g = 0; g < count; ++g)
            pages.push_back(page(starts[g], g + 1 < count ? starts[g + 1] : drivers.size()));
    }
    return pages;
}

void DiagramPages::paint(QPainter& painter, const QRectF& area, const DiagramLayout& layout)
{
    const double s = scale(layout, area.size());
    painter.save();
    painter.translate(area.left() + (area.width() - layout.size().width() * s) / 2, area.top());
    painter.scale(s, s);
    DiagramPainter::paint(painter, layout);
    painter.restore();
}

} // namespace aco::ui
