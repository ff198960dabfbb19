#pragma once

#include "diagrams/diagramlayout.h"

#include <QImage>
#include <QString>

#include <optional>

namespace aco::ui {

// Writes a driver diagram to PNG, SVG, PDF (fitted to one landscape Letter page) or JSON, chosen
// by the file's extension. Files are written through QSaveFile: complete or not at all.
class DiagramExporter
{
  public:
    enum class Format
    {
        Png,
        Svg,
        Pdf,
        Json
    };

    static std::optional<Format> formatOf(const QString& path);
    // Throws aco::Error (Usage for an unknown extension, Failure when the file cannot be written).
    static void write(const QString& path, const DriverDiagram& diagram,
                      const DiagramLayout& layout);

    // PNG at `scale` device pixels per layout unit.
    static QImage image(const DiagramLayout& layout, double scale = 2.0);
    // Points per layout unit when the diagram is fitted to the PDF page (never enlarged).
    static double pdfScale(const DiagramLayout& layout);
    // The smallest text on the PDF page, in points.
    static double smallestPdfFontPoints(const DiagramLayout& layout);

    static constexpr double pageMargin =
        21.6; // 0.3 inch, in points: inside what printers can reach
};

} // namespace aco::ui
