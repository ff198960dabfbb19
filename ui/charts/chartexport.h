#pragma once

#include <QImage>
#include <QSize>
#include <QString>

class QChart;

namespace aco::ui {

// Writes a chart to a file by its extension: .png (at twice the size, for print), .svg or .pdf
// (one landscape Letter page). The file appears complete or not at all.
class ChartExport
{
  public:
    static constexpr QSize defaultSize{1100, 620};

    // Throws aco::Error naming the file when it cannot be written or the extension is unknown.
    static void write(QChart* chart, const QString& path, QSize size = defaultSize);
    static bool isSupported(const QString& path);
    static bool isPng(const QString& path);

    // The chart drawn at twice `size`, as a PNG export has it (on the GUI thread, as charts are
    // drawn), for savePng() to save, which may run on another thread.
    static QImage image(QChart* chart, QSize size = defaultSize);
};

} // namespace aco::ui
