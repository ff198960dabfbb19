#pragma once

#include "diagrams/diagramlayout.h"

#include <QColor>
#include <QLineF>

#include <optional>

class QPainter;

namespace aco::ui {

// What the editor adds on top of a diagram: the selection, the node under the mouse, where a
// dragged node would go, and the node a drag would link to.
struct DiagramHighlight
{
    std::int64_t selected = 0;
    std::int64_t hovered = 0;
    std::int64_t linkTarget = 0;
    std::optional<QLineF> dropLine;
};

// Paints a laid-out driver diagram with QPainter: on the screen, into PNG, SVG and PDF alike.
// Readable in black and white: links solid or dashed, target status and change status as
// shapes (circle, triangle, diamond; empty, half or full square) as well as colours and words.
class DiagramPainter
{
  public:
    using Highlight = DiagramHighlight;

    static void paint(QPainter& painter, const DiagramLayout& layout,
                      const Highlight& highlight = {});

    static QColor statusColor(TargetStatus status);
    static void paintTargetIcon(QPainter& painter, QPointF centre, double size,
                                TargetStatus status);
    static void paintChangeIcon(QPainter& painter, QPointF centre, double size,
                                ChangeStatus status);

  private:
    static void paintLinks(QPainter& painter, const DiagramLayout& layout);
    static void paintBox(QPainter& painter, const NodeBox& box, const Highlight& highlight);
    static void paintLegend(QPainter& painter, const DiagramLayout& layout);
};

} // namespace aco::ui
