#include "diagrampainter.h"

#include "fonttextmeasurer.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace aco::ui {

namespace {

const QColor ink(0x1d, 0x26, 0x33);
const QColor muted(0x5f, 0x6b, 0x7a);
const QColor navy(0x1f, 0x4e, 0x79);
const QColor linkColour(0x4a, 0x5a, 0x6e);
const QColor accent(0xd9, 0x6c, 0x00); // selection and drop marks

struct BoxStyle
{
    QColor fill;
    QColor border;
    QColor text;
    double borderWidth;
};

BoxStyle styleOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Aim:
        return {navy, navy, Qt::white, 1.5};
    case NodeKind::Primary:
        return {QColor(0xd6, 0xe4, 0xf2), navy, ink, 1.5};
    case NodeKind::Secondary:
        return {QColor(0xec, 0xf2, 0xf8), QColor(0x5b, 0x7f, 0xa6), ink, 1.2};
    case NodeKind::Change:
        return {Qt::white, QColor(0x8a, 0xa1, 0xb9), ink, 1.2};
    }
    return {Qt::white, ink, ink, 1.0};
}

void drawText(QPainter& p, const PlacedText& text, const QColor& colour)
{
    p.setFont(FontTextMeasurer::font(text.role));
    p.setPen(colour);
    p.drawText(text.baseline, text.text);
}

} // namespace

QColor DiagramPainter::statusColor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Met:
        return {0x1a, 0x7f, 0x37};
    case TargetStatus::Near:
        return {0xb2, 0x6b, 0x00};
    case TargetStatus::NotMet:
        return {0xc0, 0x26, 0x26};
    }
    return ink;
}

void DiagramPainter::paintTargetIcon(QPainter& p, QPointF c, double size, TargetStatus status)
{
    p.save();
    const double r = size / 2;
    const QColor colour = statusColor(status);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    QPen mark(Qt::white, size * 0.16, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (status) {
    case TargetStatus::Met: { // a circle with a tick
        p.drawEllipse(c, r, r);
        p.setPen(mark);
        QPainterPath tick;
        tick.moveTo(c + QPointF(-r * 0.5, 0));
        tick.lineTo(c + QPointF(-r * 0.1, r * 0.4));
        tick.lineTo(c + QPointF(r * 0.55, -r * 0.45));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case TargetStatus::Near: { // a triangle with an exclamation mark
        QPainterPath triangle;
        triangle.moveTo(c + QPointF(0, -r * 1.05));
        triangle.lineTo(c + QPointF(r * 1.1, r * 0.9));
        triangle.lineTo(c + QPointF(-r * 1.1, r * 0.9));
        triangle.closeSubpath();
        p.drawPath(triangle);
        p.setPen(mark);
        p.drawLine(c + QPointF(0, -r * 0.4), c + QPointF(0, r * 0.2));
        p.drawPoint(c + QPointF(0, r * 0.58));
        break;
    }
    case TargetStatus::NotMet: { // a diamond with a cross
        QPainterPath diamond;
        diamond.moveTo(c + QPointF(0, -r * 1.1));
        diamond.lineTo(c + QPointF(r * 1.1, 0));
        diamond.lineTo(c + QPointF(0, r * 1.1));
        diamond.lineTo(c + QPointF(-r * 1.1, 0));
        diamond.closeSubpath();
        p.drawPath(diamond);
        p.setPen(mark);
        const double k = r * 0.38;
        p.drawLine(c + QPointF(-k, -k), c + QPointF(k, k));
        p.drawLine(c + QPointF(-k, k), c + QPointF(k, -k));
        break;
    }
    }
    p.restore();
}

void DiagramPainter::paintChangeIcon(QPainter& p, QPointF c, double size, ChangeStatus status)
{
    // A square that fills as the idea moves from untested to adopted; crossed out when abandoned.
    p.save();
    const double stroke = std::max(1.0, size * 0.12);
    const QRectF square(c.x() - size / 2 + stroke / 2, c.y() - size / 2 + stroke / 2, size - stroke,
                        size - stroke);
    p.setPen(QPen(ink, stroke, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
    p.setBrush(Qt::NoBrush);
    switch (status) {
    case ChangeStatus::NotTested:
        p.drawRect(square);
        break;
    case ChangeStatus::Testing:
        p.fillRect(QRectF(square.left(), square.top(), square.width() / 2, square.height()), ink);
        p.drawRect(square);
        break;
    case ChangeStatus::Adopted:
        p.setBrush(ink);
        p.drawRect(square);
        break;
    case ChangeStatus::Abandoned:
        p.setPen(QPen(muted, stroke, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
        p.drawRect(square);
        p.drawLine(square.topLeft(), square.bottomRight());
        p.drawLine(square.bottomLeft(), square.topRight());
        break;
    }
    p.restore();
}

void DiagramPainter::paint(QPainter& p, const DiagramLayout& layout, const Highlight& highlight)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.fillRect(QRectF(QPointF(0, 0), layout.size()), Qt::white);
    for (const PlacedText& text : layout.texts())
        drawText(p, text,
                 text.role == TextRole::Subtitle ? muted
                 : text.role == TextRole::Header ? navy
                                                 : ink);
    // A rule under each column heading.
    p.setPen(QPen(QColor(0xc5, 0xd0, 0xdc), 1.0));
    for (const PlacedText& text : layout.texts()) {
        if (text.role != TextRole::Header)
            continue;
        const auto kind = layout.columnAt(text.rect().center().x());
        const QRectF column = layout.columnRect(kind.value_or(NodeKind::Aim));
        const double y = text.top + text.height + 3;
        p.drawLine(QPointF(column.left(), y), QPointF(column.right(), y));
    }
    paintLinks(p, layout);
    for (const NodeBox& box : layout.boxes())
        paintBox(p, box, highlight);
    if (highlight.dropLine) {
        p.setPen(QPen(accent, 3.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(*highlight.dropLine);
    }
    paintLegend(p, layout);
    p.restore();
}

void DiagramPainter::paintLinks(QPainter& p, const DiagramLayout& layout)
{
    p.setBrush(Qt::NoBrush);
    for (const LinkCurve& link : layout.links()) {
        const bool strong = link.strength == LinkStrength::Strong;
        QPen pen(linkColour, strong ? 1.7 : 1.3, strong ? Qt::SolidLine : Qt::DashLine,
                 Qt::FlatCap);
        if (!strong)
            pen.setDashPattern({4.0, 3.0});
        p.setPen(pen);
        const double bend = (link.start.x() - link.end.x()) / 2;
        QPainterPath path(link.start);
        path.cubicTo(link.start - QPointF(bend, 0), link.end + QPointF(bend, 0), link.end);
        p.drawPath(path);
        // A small arrowhead where the link meets the node it drives.
        QPainterPath head;
        head.moveTo(link.end);
        head.lineTo(link.end + QPointF(7, -3.5));
        head.lineTo(link.end + QPointF(7, 3.5));
        head.closeSubpath();
        p.fillPath(head, linkColour);
    }
}

void DiagramPainter::paintBox(QPainter& p, const NodeBox& box, const Highlight& highlight)
{
    const BoxStyle style = styleOf(box.kind);
    const bool abandoned = box.changeStatus == ChangeStatus::Abandoned;
    QPen border(abandoned ? muted : style.border, style.borderWidth,
                abandoned ? Qt::DashLine : Qt::SolidLine);
    if (box.id == highlight.linkTarget)
        border = QPen(accent, 3.0, Qt::DashLine);
    if (box.id == highlight.selected)
        border = QPen(accent, 3.0);
    p.setPen(border);
    p.setBrush(box.id == highlight.hovered && box.id != highlight.selected ? style.fill.darker(104)
                                                                           : style.fill);
    p.drawRoundedRect(box.rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

    if (!box.metricRect.isEmpty()) { // a light chip: the metric reads the same on any fill, and
                                     // invites a click
        p.setPen(QPen(QColor(0xc8, 0xd3, 0xdf), 0.8));
        p.setBrush(box.kind == NodeKind::Aim ? QColor(Qt::white) : QColor(0xfa, 0xfc, 0xfe));
        p.drawRoundedRect(box.metricRect, 4, 4);
    }
    for (const PlacedText& line : box.lines) {
        QColor colour = style.text;
        const bool inMetric = box.metricRect.contains(line.rect().center());
        if (inMetric)
            colour = box.status ? statusColor(*box.status).darker(115) : ink;
        else if (abandoned || line.role == TextRole::Detail)
            colour = box.kind == NodeKind::Aim ? QColor(0xdd, 0xe7, 0xf2) : muted;
        if (line.role == TextRole::Label)
            colour = box.kind == NodeKind::Aim ? QColor(0xa9, 0xc4, 0xe0) : muted;
        drawText(p, line, colour);
    }
    if (box.status)
        paintTargetIcon(p, box.metricIcon, DiagramLayout::iconSize, *box.status);
    if (box.changeStatus)
        paintChangeIcon(p, box.changeIcon, DiagramLayout::iconSize - 1, *box.changeStatus);
}

void DiagramPainter::paintLegend(QPainter& p, const DiagramLayout& layout)
{
    using Symbol = LegendEntry::Symbol;
    for (const LegendEntry& entry : layout.legend()) {
        const QRectF r = entry.symbolRect;
        const QPointF c = r.center();
        switch (entry.symbol) {
        case Symbol::StrongLink:
        case Symbol::WeakLink: {
            const bool strong = entry.symbol == Symbol::StrongLink;
            QPen pen(linkColour, strong ? 1.7 : 1.3, strong ? Qt::SolidLine : Qt::DashLine,
                     Qt::FlatCap);
            if (!strong)
                pen.setDashPattern({4.0, 3.0});
            p.setPen(pen);
            p.drawLine(QPointF(r.left(), c.y()), QPointF(r.right(), c.y()));
            break;
        }
        case Symbol::Met:
            paintTargetIcon(p, c, r.height(), TargetStatus::Met);
            break;
        case Symbol::Near:
            paintTargetIcon(p, c, r.height(), TargetStatus::Near);
            break;
        case Symbol::NotMet:
            paintTargetIcon(p, c, r.height(), TargetStatus::NotMet);
            break;
        case Symbol::NotTested:
            paintChangeIcon(p, c, r.height() - 1, ChangeStatus::NotTested);
            break;
        case Symbol::Testing:
            paintChangeIcon(p, c, r.height() - 1, ChangeStatus::Testing);
            break;
        case Symbol::Adopted:
            paintChangeIcon(p, c, r.height() - 1, ChangeStatus::Adopted);
            break;
        case Symbol::Abandoned:
            paintChangeIcon(p, c, r.height() - 1, ChangeStatus::Abandoned);
            break;
        }
        drawText(p, entry.label, ink);
    }
}

} // namespace aco::ui
