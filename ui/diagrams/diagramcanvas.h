#pragma once

#include "diagrampainter.h"
#include "diagrams/diagramlayout.h"

#include <QWidget>

namespace aco::ui {

// Shows a laid-out driver diagram and turns mouse and keys into requests: select, edit, add,
// delete, move within a column (drag, or Ctrl+Up/Down), link (drag onto a box in the next
// column; with Shift, a weak link) and open a node's measure (click its metric, or Space).
// It changes nothing itself; DriverDiagramView turns the requests into undoable edits.
class DiagramCanvas : public QWidget
{
    Q_OBJECT

  public:
    explicit DiagramCanvas(QWidget* parent = nullptr);

    // Both belong to the caller and must live until the next call.
    void setContent(const DriverDiagram* diagram, const DiagramLayout* layout);
    std::int64_t selected() const { return m_highlight.selected; }
    void select(std::int64_t id);
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    QSize sizeHint() const override;

  Q_SIGNALS:
    void selectionChanged(std::int64_t id);
    void editRequested(std::int64_t id);
    void insertRequested(aco::NodeKind kind, int index);
    void deleteRequested(std::int64_t id);
    void moveRequested(std::int64_t id, int index);
    void linkRequested(std::int64_t from, std::int64_t to, aco::LinkStrength strength);
    void metricActivated(std::int64_t id);
    void contextMenuRequested(std::int64_t id, const QPoint& globalPosition);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool event(QEvent* event) override;

  private:
    QPointF toLayout(QPointF widgetPoint) const { return widgetPoint / m_zoom; }
    void updateDrag(QPointF point, Qt::KeyboardModifiers modifiers);
    void endDrag();
    void selectNeighbour(int columnStep);
    void selectInColumn(int step, bool toEnd);
    void updateGeometryForLayout();

    const DriverDiagram* m_diagram = nullptr;
    const DiagramLayout* m_layout = nullptr;
    DiagramHighlight m_highlight;
    double m_zoom = 1.0;
    // A press, and the drag that may follow it.
    std::int64_t m_pressed = 0;
    bool m_pressedOnMetric = false;
    QPointF m_pressPoint;
    bool m_dragging = false;
    int m_dropIndex = -1;
};

} // namespace aco::ui
