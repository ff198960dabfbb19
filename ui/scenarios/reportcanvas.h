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

// Lays out a printed report top to bottom in an area of a page in points: by default a US Letter
// page (612 x 792) inside its margins and above its footer, or any part of another document's
// page. Headings, lines of text, tables and charts, in a readable print size.
class ReportCanvas
{
  public:
    static constexpr double pageWidth = 612.0;
    static constexpr double pageHeight = 792.0;
    static constexpr double margin = 42.0;
    static constexpr double rowHeight = 13.0;

    explicit ReportCanvas(QPainter& painter);
    ReportCanvas(QPainter& painter, const QRectF& area);

    // Called after each page with the pages done; returning false cancels the PDF.
    using PageDone = std::function<bool(int pagesDone)>;

    // A PDF of `pages` Letter pages, each painted by `paintPage(painter, page)` with the painter's
    // window on the page in points. Throws aco::Error when it cannot be painted or `pageDone`
    // cancels it.
    static QByteArray pdf(const QString& title, int pages,
                          const std::function<void(QPainter&, int)>& paintPage,
                          const PageDone& pageDone = {});

    double top() const { return m_top; }
    double bottom() const { return m_area.bottom(); }
    double width() const { return m_area.width(); }
    void skip(double points) { m_top += points; }
    // A canvas over a column of what is left of this one: `left` points from its left edge and
    // `width` wide, from top() to bottom(). This one does not move down: skip() past it.
    ReportCanvas column(double left, double width) const;

    void title(const QString& text, const QString& subtitle);
    void heading(const QString& text);
    void text(const QString& text);
    // Right-aligned columns except the first; `widths` are fractions of the area's width.
    void table(const QStringList& header, const std::vector<QStringList>& rows,
               const std::vector<double>& widths);
    // The chart is taken over and deleted. Does not move down: skip() past it.
    void chart(QChart* chart, double height, double left = 0.0, double width = -1.0);
    // Below the page's margin, whatever the area.
    void footer(const QString& text, int page, int pages);

  private:
    QPainter& m_painter;
    QRectF m_area;
    double m_top = 0.0;
};

} // namespace aco::ui
