#pragma once

#include "diagrams/diagrammetrics.h"
#include "diagrams/driverdiagram.h"
#include "diagrams/textmeasurer.h"

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace aco {

// One line of text placed on the diagram.
struct PlacedText
{
    QString text;
    TextRole role = TextRole::Body;
    QPointF baseline; // the left end of the baseline
    double width = 0.0;
    double top = 0.0; // of the line box
    double height = 0.0;
    QRectF rect() const { return {baseline.x(), top, width, height}; }
};

// A node's box with its wrapped text, live metric and change status placed inside.
struct NodeBox
{
    std::int64_t id = 0;
    NodeKind kind = NodeKind::Primary;
    int index = 0; // within its column
    QRectF rect;
    std::vector<PlacedText> lines;
    QRectF metricRect;  // the live metric's lines, the click target; empty when none
    QPointF metricIcon; // centre of the status icon
    std::optional<TargetStatus> status;
    std::optional<ChangeStatus> changeStatus;
    QPointF changeIcon;
};

// A link drawn as a curve from the left edge of the more specific node to the right edge of the
// node it drives.
struct LinkCurve
{
    std::int64_t from = 0;
    std::int64_t to = 0;
    LinkStrength strength = LinkStrength::Strong;
    QPointF start; // on `from`'s left edge
    QPointF end;   // on `to`'s right edge
};

// One entry of the legend: a symbol and its word.
struct LegendEntry
{
    enum class Symbol
    {
        StrongLink,
        WeakLink,
        Met,
        Near,
        NotMet,
        NotTested,
        Testing,
        Adopted,
        Abandoned
    };
    Symbol symbol = Symbol::StrongLink;
    QRectF symbolRect;
    PlacedText label;
};

// Where everything of a driver diagram goes: columns left to right (aim, primary, secondary,
// change ideas) of equal-width boxes in the diagram's own column order, text wrapped to the
// width, each column's boxes placed as close to the nodes they link to as their order allows
// without overlapping. Deterministic, and independent of any font engine (see TextMeasurer).
class DiagramLayout
{
  public:
    static constexpr double margin = 24.0;
    static constexpr double columnGap = 58.0;
    static constexpr double nodeGap = 12.0;
    static constexpr double padding = 9.0;
    static constexpr double iconSize = 11.0;
    static constexpr std::array<double, nodeKindCount> columnWidths = {250.0, 225.0, 240.0, 240.0};

    // Where the columns go. A column of width 0 is left out with its nodes and their links: a
    // printed page shows some of the columns, each as wide as the page allows.
    struct Geometry
    {
        std::array<double, nodeKindCount> columnWidths = DiagramLayout::columnWidths;
        double columnGap = DiagramLayout::columnGap;
        double margin = DiagramLayout::margin;
    };

    // `subtitle` says what the live metrics show ("ACO, year to date through September 2026").
    static DiagramLayout compute(const DriverDiagram& diagram, const DiagramMetrics& metrics,
                                 const TextMeasurer& measurer, const QString& subtitle);
    static DiagramLayout compute(const DriverDiagram& diagram, const DiagramMetrics& metrics,
                                 const TextMeasurer& measurer, const QString& subtitle,
                                 const Geometry& geometry);

    QSizeF size() const { return m_size; }
    const std::vector<PlacedText>& texts() const { return m_texts; } // title, subtitle, headings
    const std::vector<NodeBox>& boxes() const { return m_boxes; }
    const std::vector<LinkCurve>& links() const { return m_links; }
    const std::vector<LegendEntry>& legend() const { return m_legend; }
    // Empty for a column left out.
    QRectF columnRect(NodeKind kind) const { return m_columns[static_cast<size_t>(kind)]; }

    const NodeBox* box(std::int64_t id) const;
    const NodeBox* boxAt(QPointF point) const;
    // The column under `x`; none between columns.
    std::optional<NodeKind> columnAt(double x) const;
    // Where in `kind`'s column a node dropped at height `y` goes, counting the nodes above it
    // other than `moving`.
    int insertionIndex(NodeKind kind, double y, std::int64_t moving) const;
    // Pairs of boxes that overlap (should be none).
    int overlaps() const;

    // Greedy word wrap to `width`; a word wider than the line is broken between characters. A
    // last line of a single word takes the word before it along when that fits.
    static QStringList wrap(const QString& text, double width, TextRole role,
                            const TextMeasurer& measurer);

  private:
    QSizeF m_size;
    std::vector<PlacedText> m_texts;
    std::vector<NodeBox> m_boxes;
    std::vector<LinkCurve> m_links;
    std::vector<LegendEntry> m_legend;
    std::array<QRectF, nodeKindCount> m_columns;
};

} // namespace aco
