#include "diagramcanvas.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace aco::ui {

DiagramCanvas::DiagramCanvas(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(false);
    setAccessibleName(tr("Driver diagram"));
}

void DiagramCanvas::setContent(const DriverDiagram* diagram, const DiagramLayout* layout)
{
    m_diagram = diagram;
    m_layout = layout;
    endDrag();
    if (m_highlight.selected && (!m_diagram || !m_diagram->find(m_highlight.selected)))
        select(0);
    if (m_highlight.hovered && (!m_diagram || !m_diagram->find(m_highlight.hovered)))
        m_highlight.hovered = 0;
    updateGeometryForLayout();
    update();
}

void DiagramCanvas::select(std::int64_t id)
{
    if (m_highlight.selected == id)
        return;
    m_highlight.selected = id;
    const DriverNode* node = m_diagram && id ? m_diagram->find(id) : nullptr;
    setAccessibleDescription(node ? capitalised(nodeKindLabel(node->kind)) + QStringLiteral(": ") +
                                        node->text
                                  : QString());
    if (node && m_layout) {
        if (const NodeBox* box = m_layout->box(id)) { // bring it into view inside a scroll area
            const QRectF r(box->rect.topLeft() * m_zoom, box->rect.size() * m_zoom);
            QWidget* viewport = parentWidget();
            if (auto* area =
                    viewport ? qobject_cast<QScrollArea*>(viewport->parentWidget()) : nullptr)
                area->ensureVisible(
                    static_cast<int>(r.center().x()), static_cast<int>(r.center().y()),
                    static_cast<int>(r.width() / 2 + 10), static_cast<int>(r.height() / 2 + 10));
        }
    }
    update();
    Q_EMIT selectionChanged(id);
}

void DiagramCanvas::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.4, 3.0);
    updateGeometryForLayout();
    update();
}

QSize DiagramCanvas::sizeHint() const
{
    if (!m_layout)
        return {400, 300};
    return (m_layout->size() * m_zoom).toSize();
}

void DiagramCanvas::updateGeometryForLayout()
{
    const QSize size = sizeHint();
    setMinimumSize(size);
    resize(size);
    updateGeometry();
}

void DiagramCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (!m_layout)
        return;
    painter.scale(m_zoom, m_zoom);
    DiagramPainter::paint(painter, *m_layout, m_highlight);
    if (hasFocus() && !m_highlight.selected) { // show that keys will act here
        painter.setPen(QPen(palette().highlight().color(), 1.0, Qt::DotLine));
        painter.drawRect(QRectF(QPointF(1, 1), m_layout->size() - QSizeF(2, 2)));
    }
}

void DiagramCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (!m_layout || event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPoint = toLayout(event->position());
    const NodeBox* box = m_layout->boxAt(m_pressPoint);
    m_pressed = box ? box->id : 0;
    m_pressedOnMetric = box && box->metricRect.contains(m_pressPoint);
    m_dragging = false;
    select(m_pressed);
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_layout)
        return;
    const QPointF point = toLayout(event->position());
    if (m_pressed && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging && (event->position() - m_pressPoint * m_zoom).manhattanLength() >=
                               QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging)
            updateDrag(point, event->modifiers());
        return;
    }
    const NodeBox* box = m_layout->boxAt(point);
    const std::int64_t hovered = box ? box->id : 0;
    setCursor(box && box->metricRect.contains(point) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    if (hovered != m_highlight.hovered) {
        m_highlight.hovered = hovered;
        update();
    }
}

void DiagramCanvas::updateDrag(QPointF point, Qt::KeyboardModifiers)
{
    const DriverNode* node = m_diagram->find(m_pressed);
    m_highlight.dropLine.reset();
    m_highlight.linkTarget = 0;
    m_dropIndex = -1;
    setCursor(Qt::ClosedHandCursor);
    const auto column = m_layout->columnAt(point.x());
    if (column == node->kind && node->kind != NodeKind::Aim) {
        // Between the boxes of its own column: where it would go.
        m_dropIndex = m_layout->insertionIndex(node->kind, point.y(), node->id);
        std::vector<QRectF> others;
        for (const NodeBox& b : m_layout->boxes())
            if (b.kind == node->kind && b.id != node->id)
                others.push_back(b.rect);
        const QRectF columnRect = m_layout->columnRect(node->kind);
        double y = 0;
        if (others.empty())
            y = m_layout->box(node->id)->rect.top();
        else if (m_dropIndex < static_cast<int>(others.size()))
            y = others[static_cast<size_t>(m_dropIndex)].top() - DiagramLayout::nodeGap / 2;
        else
            y = others.back().bottom() + DiagramLayout::nodeGap / 2;
        m_highlight.dropLine = QLineF(columnRect.left(), y, columnRect.right(), y);
    } else if (const NodeBox* target = m_layout->boxAt(point)) {
        if (m_diagram->canLink(node->id, target->id) || m_diagram->canLink(target->id, node->id))
            m_highlight.linkTarget = target->id;
    }
    if (!m_highlight.linkTarget && !m_highlight.dropLine)
        setCursor(Qt::ForbiddenCursor);
    update();
}

void DiagramCanvas::endDrag()
{
    m_dragging = false;
    m_pressed = 0;
    m_pressedOnMetric = false;
    m_dropIndex = -1;
    m_highlight.dropLine.reset();
    m_highlight.linkTarget = 0;
    unsetCursor();
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_layout || event->button() != Qt::LeftButton || !m_pressed) {
        endDrag();
        return;
    }
    const std::int64_t id = m_pressed;
    const QPointF point = toLayout(event->position());
    if (m_dragging) {
        const int index = m_dropIndex;
        const std::int64_t target = m_highlight.linkTarget;
        endDrag();
        update();
        if (index >= 0 && index != m_diagram->indexOf(id)) {
            Q_EMIT moveRequested(id, index);
        } else if (target) {
            const LinkStrength strength =
                event->modifiers() & Qt::ShiftModifier ? LinkStrength::Weak : LinkStrength::Strong;
            if (m_diagram->canLink(id, target))
                Q_EMIT linkRequested(id, target, strength);
            else
                Q_EMIT linkRequested(target, id, strength);
        }
        return;
    }
    const NodeBox* box = m_layout->box(id);
    const bool onMetric = m_pressedOnMetric && box && box->metricRect.contains(point);
    endDrag();
    if (onMetric)
        Q_EMIT metricActivated(id);
}

void DiagramCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (!m_layout)
        return;
    const NodeBox* box = m_layout->boxAt(toLayout(event->position()));
    if (box && !box->metricRect.contains(toLayout(event->position())))
        Q_EMIT editRequested(box->id);
}

void DiagramCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    std::int64_t id = 0;
    if (event->reason() == QContextMenuEvent::Mouse && m_layout) {
        const NodeBox* box = m_layout->boxAt(toLayout(QPointF(event->pos())));
        id = box ? box->id : 0;
        select(id);
    } else {
        id = m_highlight.selected;
    }
    Q_EMIT contextMenuRequested(id, event->globalPos());
}

void DiagramCanvas::leaveEvent(QEvent* event)
{
    m_highlight.hovered = 0;
    update();
    QWidget::leaveEvent(event);
}

void DiagramCanvas::wheelEvent(QWheelEvent* event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QWidget::wheelEvent(event); // the scroll area scrolls
        return;
    }
    setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.1 : 1 / 1.1));
    event->accept();
}

bool DiagramCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip && m_layout && m_diagram) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QPointF point = toLayout(QPointF(help->pos()));
        const NodeBox* box = m_layout->boxAt(point);
        if (!box) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const DriverNode& node = *m_diagram->find(box->id);
        QString tip = capitalised(nodeKindLabel(node.kind)) + QStringLiteral(": ") +
                      node.text.toHtmlEscaped();
        if (box->metricRect.contains(point))
            tip = tr("%1<br>Click (or press Space) to compare providers on %2.")
                      .arg(tip, node.measure);
        else
            tip += tr("<br><i>Double-click or Enter to edit; drag within the column to reorder, "
                      "onto a box in the "
                      "next column to link (Shift: weak link).</i>");
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void DiagramCanvas::keyPressEvent(QKeyEvent* event)
{
    if (!m_diagram) {
        QWidget::keyPressEvent(event);
        return;
    }
    const std::int64_t id = m_highlight.selected;
    const DriverNode* node = id ? m_diagram->find(id) : nullptr;
    const bool reorder = event->modifiers() & (Qt::ControlModifier | Qt::AltModifier);
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int step = event->key() == Qt::Key_Up ? -1 : 1;
        if (reorder && node && node->kind != NodeKind::Aim) {
            const int index = m_diagram->indexOf(id) + step;
            if (index >= 0 && index < static_cast<int>(m_diagram->column(node->kind).size()))
                Q_EMIT moveRequested(id, index);
        } else {
            selectInColumn(step, false);
        }
        break;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        selectInColumn(event->key() == Qt::Key_Home ? -1 : 1, true);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        selectNeighbour(event->key() == Qt::Key_Left ? -1 : 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
        if (node)
            Q_EMIT editRequested(id);
        break;
    case Qt::Key_Insert: {
        const NodeKind kind = !node || node->kind == NodeKind::Aim ? NodeKind::Primary : node->kind;
        const int index = node && node->kind == kind
                              ? m_diagram->indexOf(id) + 1
                              : static_cast<int>(m_diagram->column(kind).size());
        Q_EMIT insertRequested(kind, index);
        break;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (node)
            Q_EMIT deleteRequested(id);
        break;
    case Qt::Key_Space:
        if (node && !node->measure.isEmpty())
            Q_EMIT metricActivated(id);
        break;
    case Qt::Key_Escape:
        if (m_dragging) {
            endDrag();
            update();
        } else {
            select(0);
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DiagramCanvas::selectInColumn(int step, bool toEnd)
{
    const DriverNode* node = m_highlight.selected ? m_diagram->find(m_highlight.selected) : nullptr;
    if (!node) {
        if (const DriverNode* aim = m_diagram->aimNode())
            select(aim->id);
        return;
    }
    const auto& column = m_diagram->column(node->kind);
    int index = toEnd ? (step < 0 ? 0 : static_cast<int>(column.size()) - 1)
                      : m_diagram->indexOf(node->id) + step;
    index = std::clamp(index, 0, static_cast<int>(column.size()) - 1);
    select(column[static_cast<size_t>(index)].id);
}

void DiagramCanvas::selectNeighbour(int columnStep)
{
    const DriverNode* node = m_highlight.selected ? m_diagram->find(m_highlight.selected) : nullptr;
    if (!node) {
        selectInColumn(1, false);
        return;
    }
    const int target = columnOf(node->kind) + columnStep;
    if (target < 0 || target >= nodeKindCount || m_diagram->column(kindOfColumn(target)).empty())
        return;
    // The linked node nearest in height, or else the nearest node of that column.
    const double y = m_layout->box(node->id)->rect.center().y();
    std::int64_t best = 0;
    double bestDistance = std::numeric_limits<double>::max();
    bool bestLinked = false;
    for (const DriverNode& other : m_diagram->column(kindOfColumn(target))) {
        const bool linked =
            m_diagram->link(node->id, other.id) || m_diagram->link(other.id, node->id);
        const double distance = std::abs(m_layout->box(other.id)->rect.center().y() - y);
        if ((linked && !bestLinked) || (linked == bestLinked && distance < bestDistance)) {
            best = other.id;
            bestDistance = distance;
            bestLinked = linked;
        }
    }
    select(best);
}

} // namespace aco::ui
