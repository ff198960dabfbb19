#pragma once

#include "measures/tierscheme.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <cstdint>

class QPainter;

namespace aco::ui::page {

// What the printed pages (scorecards, funds flow reports) share: a US Letter portrait page in
// points, drawn in quarter points so that font sizes can be fractional points, and a palette that
// stays readable in black and white.
constexpr double width = 612.0;
constexpr double height = 792.0;
constexpr double margin = 36.0;
constexpr double contentWidth = width - 2 * margin;

inline const QColor ink{0x20, 0x20, 0x20};
inline const QColor muted{0x60, 0x60, 0x60};
inline const QColor rule{0xb0, 0xb0, 0xb0};
inline const QColor shade{0xee, 0xee, 0xee};

// Starts a page: white, antialiased, in quarter points. End it with painter.restore().
void begin(QPainter& painter);
// DejaVu Sans at `points` (in quarter-point steps), unhinted for PDF and print.
QFont font(double points, bool bold = false);
// `s` in `r` (in points), elided to fit.
void text(QPainter& p, const QRectF& r, const QString& s,
          int flags = Qt::AlignLeft | Qt::AlignVCenter);
// `s` in the painter's font wrapped to `lineWidth` points, between words or, for a word longer
// than the line, within it: at most `most` lines, the last elided if need be.
QStringList wrap(const QPainter& p, const QString& s, double lineWidth, int most = 3);
// Lines one below the other, each in a band `band` points high, `step` points apart from `r`'s
// top: a row of several lines whose first line sits where a one-line row's would.
void lines(QPainter& p, const QRectF& r, const QStringList& lines, double band, double step,
           int flags = Qt::AlignLeft | Qt::AlignVCenter);
// The distance between lines of the painter's font, in points.
double lineStep(const QPainter& p);
QRectF quarter(const QRectF& r); // points to the painter's quarter points
void line(QPainter& p, double x1, double y1, double x2, double y2);
QString money(std::int64_t cents);      // "$1,235": whole dollars
QString monthName(int year, int month); // "September 2026"
// A tier as filled blocks (none below baseline, four for extra credit) and its name at `points`:
// readable without colour.
void paintTier(QPainter& p, const QRectF& cell, Tier tier, double points);
// The width paintTier takes for the widest tier's name at `points`, in points.
double tierWidth(double points);

} // namespace aco::ui::page
