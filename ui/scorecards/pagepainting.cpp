#include "pagepainting.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace aco::ui::page {

void begin(QPainter& painter)
{
    painter.save();
    painter.scale(0.25, 0.25);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(0, 0, width * 4, height * 4), Qt::white);
}

QFont font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(points * 4))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // outlines for PDF and print need no hinting
    return f;
}

void text(QPainter& p, const QRectF& r, const QString& s, int flags)
{
    p.drawText(quarter(r), flags,
               QFontMetricsF(p.font()).elidedText(s, Qt::ElideRight, r.width() * 4));
}

QStringList wrap(const QPainter& p, const QString& s, double lineWidth, int most)
{
    const QFontMetricsF metrics(p.font());
    QTextLayout layout(s, p.font());
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList result;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lineWidth * 4);
        if (result.size() + 1 == most) { // the rest on the last line, elided
            result << metrics.elidedText(s.mid(line.textStart()).trimmed(), Qt::ElideRight,
                                         lineWidth * 4);
            break;
        }
        result << s.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (result.isEmpty())
        result << QString();
    return result;
}

void lines(QPainter& p, const QRectF& r, const QStringList& lines, double band, double step,
           int flags)
{
    for (qsizetype i = 0; i < lines.size(); ++i)
        text(p, QRectF(r.x(), r.y() + static_cast<double>(i) * step, r.width(), band), lines[i],
             flags);
}

double lineStep(const QPainter& p)
{
    return QFontMetricsF(p.font()).lineSpacing() / 4;
}

QRectF quarter(const QRectF& r)
{
    return {r.x() * 4, r.y() * 4, r.width() * 4, r.height() * 4};
}

void line(QPainter& p, double x1, double y1, double x2, double y2)
{
    p.drawLine(QPointF(x1 * 4, y1 * 4), QPointF(x2 * 4, y2 * 4));
}

QString money(std::int64_t cents)
{
    // Rounded half away from zero in integers: no double rounding of large amounts.
    const std::int64_t dollars = (cents >= 0 ? cents + 50 : cents - 50) / 100;
    const QString digits = QLocale(QLocale::English)
                               .toString(static_cast<qlonglong>(dollars < 0 ? -dollars : dollars));
    return (dollars < 0 ? QStringLiteral("\u2212$") : QStringLiteral("$")) + digits;
}

QString monthName(int year, int month)
{
    return QLocale(QLocale::English).monthName(month) + QLatin1Char(' ') + QString::number(year);
}

namespace {
constexpr double tierBlocksWidth = 24; // four blocks and the space before the name
} // namespace

void paintTier(QPainter& p, const QRectF& cell, Tier tier, double points)
{
    const int filled = static_cast<int>(tier);
    for (int i = 0; i < 4; ++i) {
        const QRectF block(cell.x() + i * 5.5, cell.center().y() - 2.25, 4.5, 4.5);
        p.setPen(QPen(ink, 0.6 * 4));
        p.setBrush(i < filled ? QBrush(ink) : Qt::NoBrush);
        p.drawRect(quarter(block));
    }
    p.setPen(ink);
    const QFont previous = p.font();
    p.setFont(font(points));
    text(p, QRectF(cell.x() + tierBlocksWidth, cell.y(), cell.width() - tierBlocksWidth, cell.height()),
         tierName(tier));
    p.setFont(previous);
}

double tierWidth(double points)
{
    const QFontMetricsF metrics(font(points));
    double widest = 0;
    for (const Tier tier : {Tier::BelowBaseline, Tier::Baseline, Tier::Better, Tier::Best, Tier::ExtraCredit})
        widest = std::max(widest, metrics.horizontalAdvance(tierName(tier)) / 4);
    return tierBlocksWidth + widest;
}

} // namespace aco::ui::page
