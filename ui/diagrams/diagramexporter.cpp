#include "diagramexporter.h"

#include "diagrampainter.h"
#include "diagrams/diagramjson.h"
#include "error.h"
#include "fonttextmeasurer.h"
#include "savefile.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <algorithm>

namespace aco::ui {

namespace {

QSizeF letterLandscape()
{
    return QPageSize(QPageSize::Letter).size(QPageSize::Point).transposed();
}

} // namespace

std::optional<DiagramExporter::Format> DiagramExporter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QImage DiagramExporter::image(const DiagramLayout& layout, double scale)
{
    const QSize size = (layout.size() * scale).toSize();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(96 * scale / 0.0254));
    image.setDotsPerMeterY(static_cast<int>(96 * scale / 0.0254));
    QPainter painter(&image);
    painter.scale(scale, scale);
    DiagramPainter::paint(painter, layout);
    return image;
}

double DiagramExporter::pdfScale(const DiagramLayout& layout)
{
    const QSizeF page = letterLandscape();
    const double width = page.width() - 2 * pageMargin;
    const double height = page.height() - 2 * pageMargin;
    return std::min({1.0, width / layout.size().width(), height / layout.size().height()});
}

double DiagramExporter::smallestPdfFontPoints(const DiagramLayout& layout)
{
    return FontTextMeasurer::smallestPixelSize() * pdfScale(layout);
}

void DiagramExporter::write(const QString& path, const DriverDiagram& diagram,
                            const DiagramLayout& layout)
{
    const auto format = formatOf(path);
    if (!format)
        throw Error(quoted(path) + " does not end in .png, .svg, .pdf or .json.",
                    Error::Kind::Usage);
    if (*format == Format::Png) {
        savePng(image(layout), path);
        return;
    }
    QSaveFile file(path);
    openSaveFile(file);
    switch (*format) {
    case Format::Json:
        file.write(DiagramJson::write(diagram));
        break;
    case Format::Png: // above
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(layout.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), layout.size()));
        svg.setTitle(diagram.title());
        svg.setDescription(
            QStringLiteral("Driver diagram %1, made by ACO Workbench").arg(diagram.year()));
        QPainter painter(&svg);
        DiagramPainter::paint(painter, layout);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setResolution(72); // device units are points
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape,
                                      QMarginsF(0, 0, 0, 0)));
        pdf.setTitle(diagram.title());
        pdf.setCreator(QStringLiteral("ACO Workbench"));
        QPainter painter(&pdf);
        const QSizeF page = letterLandscape();
        const double scale = pdfScale(layout);
        // Centred on the page.
        painter.translate((page.width() - layout.size().width() * scale) / 2,
                          (page.height() - layout.size().height() * scale) / 2);
        painter.scale(scale, scale);
        DiagramPainter::paint(painter, layout);
        break;
    }
    }
    commitSaveFile(file);
}

} // namespace aco::ui
