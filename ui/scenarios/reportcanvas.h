#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QChart;
class QPainter;

namespace aco::ui {

// Lays out a printed report page top to bottom on a painter whose window is a US Letter page in
// points (612 x 792): headings, lines of text, tables and charts, in a readable print size.
class ReportCanvas
{
  public:
    static constexpr double pageWidth = 612.0;
    static constexpr double pageHeight = 792.0;
    static constexpr double margin = 42.0;
    static constexpr double rowHeight = 13.0;

    explicit ReportCanvas(QPainter& painter);

    // A PDF of `pages` Letter pages, each painted by `paintPage(painter, page)` with the painter's
    // window on the page in points. Throws aco::Error when it cannot be painted.
    static QByteArray pdf(const QString& title, int pages,
                          const std::function<void(QPainter&, int)>& paintPage);

    double top() const { return m_top; }
    double bottom() const { return pageHeight - margin - 20.0; } // above the footer
    double width() const { return pageWidth - 2 * margin; }
    void skip(double points) { m_top += points; }

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void text(const QString& text);
    // Right-aligned columns except the first; `widths` are fractions of the page's width.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& widths);
    // The chart is taken over and deleted. Does not move down: skip() past it.
    void chart(QChart* chart, double height, double left = 0.0, double width = -1.0);
    void footer(const QString& text, int page, int pages);

  private:
    QPainter& m_painter;
    double m_top = margin;
};

} // namespace aco::ui
