#include "chartexport.h"

#include "error.h"
#include "savefile.h"

#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace aco::ui {

namespace {

// A chart is drawn through a scene of its own at the requested size, then given back to its
// owner untouched.
void paint(QChart* chart, QPainter& painter, const QRectF& target, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, target, QRectF(QPointF(0, 0), QSizeF(size)));
    scene.removeItem(chart);
}

} // namespace

bool ChartExport::isPng(const QString& path)
{
    return path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive);
}

QImage ChartExport::image(QChart* chart, QSize size)
{
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    return image;
}

bool ChartExport::isSupported(const QString& path)
{
    const QString lower = path.toLower();
    return lower.endsWith(QStringLiteral(".png")) || lower.endsWith(QStringLiteral(".svg")) ||
           lower.endsWith(QStringLiteral(".pdf"));
}

void ChartExport::write(QChart* chart, const QString& path, QSize size)
{
    if (!isSupported(path))
        throw Error("Charts are written as .png, .svg or .pdf; " + quoted(path) +
                        " is none of them.",
                    Error::Kind::Usage);
    if (isPng(path)) {
        savePng(image(chart, size), path);
        return;
    }
    QSaveFile file(path);
    openSaveFile(file);
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(chart->title());
        QPainter painter(&svg);
        paint(chart, painter, QRectF(QPointF(0, 0), QSizeF(size)), size);
    } else {
        QPdfWriter pdf(&file);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Landscape,
                                      QMarginsF(36, 36, 36, 36), QPageLayout::Point));
        pdf.setTitle(chart->title());
        pdf.setCreator(QStringLiteral("ACO Workbench"));
        QPainter painter(&pdf);
        const QRect page = painter.viewport();
        // Keep the chart's proportions on the page.
        const QSizeF fitted = QSizeF(size).scaled(QSizeF(page.size()), Qt::KeepAspectRatio);
        paint(chart, painter, QRectF(QPointF(0, 0), fitted), size);
    }
    commitSaveFile(file);
}

} // namespace aco::ui
