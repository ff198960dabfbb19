#pragma once

#include "diagrams/diagramlayout.h"

#include <vector>

class QPainter;

namespace aco::ui {

// The driver diagram as the board packet prints it: large enough to read. Its smallest text
// prints at 9 pt where a page allows and never under 8 pt, so a diagram that would have to be
// shrunk below that to fit one page is split across pages by its columns, as a reader follows
// it: the aim with its primary and secondary drivers, then the secondary drivers again with
// their change ideas. A part still too tall for a page continues on the next with the next
// drivers. Each page's columns are as wide as the page allows.
class DiagramPages
{
  public:
    // Points per layout unit that print the smallest text at 9 pt, and the least allowed (8 pt).
    static double fullScale();
    static double leastScale();

    // On the GUI thread (text is measured with the fonts). `content` is the size of a page's
    // content in points.
    static std::vector<DiagramLayout> layouts(const DriverDiagram& diagram,
                                              const DiagramMetrics& metrics, const QString& caption,
                                              const QSizeF& content);

    // Points per layout unit that `layout` prints at in `content`: the full scale, or less when
    // that is what fits.
    static double scale(const DiagramLayout& layout, const QSizeF& content);

    // Paints `layout` at the top of `area`, centred across it, at scale().
    static void paint(QPainter& painter, const QRectF& area, const DiagramLayout& layout);
};

} // namespace aco::ui
