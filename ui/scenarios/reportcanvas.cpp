#include "reportcanvas.h"

#include "scenariocharts.h"

#include "error.h"

#include <QBuffer>
#include <QChart>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace aco::ui {

namespace {

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "Jeff" stays four letters that a search of the PDF finds.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

ReportCanvas::ReportCanvas(QPainter& painter)
    : ReportCanvas(painter,
                   QRectF(margin, margin, pageWidth - 2 * margin, pageHeight - 2 * margin - 20.0))
{
}

ReportCanvas::ReportCanvas(QPainter& painter, const QRectF& area)
    : m_painter(painter), m_area(area), m_top(area.top())
{
}

ReportCanvas ReportCanvas::column(double left, double columnWidth) const
{
    return {m_painter, QRectF(m_area.left() + left, m_top, columnWidth, bottom() - m_top)};
}

QByteArray ReportCanvas::pdf(const QString& title, int pages,
                             const std::function<void(QPainter&, int)>& paintPage,
                             const PageDone& pageDone)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait,
                                         QMarginsF(0, 0, 0, 0)));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("ACO Workbench"));
        QPainter painter;
        if (!painter.begin(&writer))
            throw Error("The report '" + title.toStdString() + "' could not be painted.");
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setWindow(0, 0, int(pageWidth), int(pageHeight));
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page);
            if (pageDone && !pageDone(page + 1))
                throw Error("Writing '" + title.toStdString() +
                            "' was cancelled; nothing was written.");
        }
    }
    return bytes;
}

void ReportCanvas::title(const QString& text, const QString& subtitle)
{
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(16, true));
    m_painter.drawText(QRectF(m_area.left(), m_top, width(), 24), Qt::AlignLeft | Qt::AlignVCenter,
                       text);
    m_top += 26;
    m_painter.setFont(font(9));
    m_painter.setPen(QColor(0x44, 0x44, 0x44));
    m_painter.drawText(QRectF(m_area.left(), m_top, width(), 14), Qt::AlignLeft | Qt::AlignVCenter,
                       subtitle);
    m_top += 18;
    m_painter.setPen(QPen(Qt::black, 1.0));
    m_painter.drawLine(QPointF(m_area.left(), m_top), QPointF(m_area.right(), m_top));
    m_top += 8;
}

void ReportCanvas::heading(const QString& text)
{
    m_top += 6;
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(11, true));
    m_painter.drawText(QRectF(m_area.left(), m_top, width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
                       text);
    m_top += 18;
}

void ReportCanvas::text(const QString& text)
{
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(8.5));
    const QRectF bounds = m_painter.boundingRect(QRectF(m_area.left(), m_top, width(), 1000),
                                                 Qt::AlignLeft | Qt::TextWordWrap, text);
    m_painter.drawText(QRectF(m_area.left(), m_top, width(), bounds.height()),
                       Qt::AlignLeft | Qt::TextWordWrap, text);
    m_top += bounds.height() + 2;
}

void ReportCanvas::table(const QStringList& header, const std::vector<QStringList>& rows,
                         const std::vector<double>& widths)
{
    const auto draw = [&](const QStringList& cells, bool bold) {
        m_painter.setFont(font(8, bold));
        double x = m_area.left();
        for (qsizetype c = 0; c < cells.size() && size_t(c) < widths.size(); ++c) {
            const double w = widths[size_t(c)] * width();
            const Qt::Alignment align =
                (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
            const QString text =
                m_painter.fontMetrics().elidedText(cells[c], Qt::ElideRight, int(w - 6));
            m_painter.drawText(QRectF(x + 3, m_top, w - 6, rowHeight), align, text);
            x += w;
        }
        m_top += rowHeight;
    };
    m_painter.setPen(Qt::black);
    draw(header, true);
    m_painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.5));
    m_painter.drawLine(QPointF(m_area.left(), m_top), QPointF(m_area.right(), m_top));
    for (size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            m_painter.fillRect(QRectF(m_area.left(), m_top, width(), rowHeight),
                               QColor(0xf0, 0xf0, 0xf0));
        m_painter.setPen(Qt::black);
        draw(rows[r], false);
    }
    m_top += 4;
}

void ReportCanvas::chart(QChart* chart, double height, double left, double chartWidth)
{
    const std::unique_ptr<QChart> owned(chart);
    const double w = chartWidth < 0 ? width() : chartWidth;
    ScenarioCharts::render(chart, m_painter, QRectF(m_area.left() + left, m_top, w, height));
}

void ReportCanvas::footer(const QString& text, int page, int pages)
{
    m_painter.setPen(QColor(0x44, 0x44, 0x44));
    m_painter.setFont(font(7.5));
    const QRectF line(margin, pageHeight - margin, pageWidth - 2 * margin, 12);
    m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, text);
    m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                       QObject::tr("Page %1 of %2").arg(page).arg(pages));
}

} // namespace aco::ui
