#pragma once

#include "dashboard/dashboard.h"

#include <QWidget>

#include <vector>

namespace aco::ui {

// The ACO's measures against their targets, one row per measure: how far the value is from the
// target as a bar from the target line (better to the right, up to 30% either way, the stretch
// within 10% short of it shaded), last window's value as a hollow mark, and whether the target is
// met as a shape and a word (readable in black and white). Up and Down
// move the current row; a click or Enter activates a row.
class MeasureBars : public QWidget
{
    Q_OBJECT

  public:
    explicit MeasureBars(QWidget* parent = nullptr);

    void setMeasures(std::vector<DashboardMeasure> measures);
    const std::vector<DashboardMeasure>& measures() const { return m_measures; }
    int currentRow() const { return m_current; }
    void setCurrentRow(int row);
    // The row at a point of the widget, or -1; where a row is.
    int rowAt(QPointF point) const;
    QRectF rowRect(int row) const;

    // A value with its unit where the measure's format has none: "71.1%", "160 per 1,000".
    static QString valueText(const Measure& measure, double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  Q_SIGNALS:
    void rowActivated(int row);

  protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override; // row tooltips

  private:
    double headerHeight() const;
    double rowHeight() const;
    QString rowText(const DashboardMeasure& row) const;

    std::vector<DashboardMeasure> m_measures;
    int m_current = 0;
};

} // namespace aco::ui
