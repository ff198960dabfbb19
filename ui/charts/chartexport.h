#pragma once

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
};

} // namespace aco::ui
