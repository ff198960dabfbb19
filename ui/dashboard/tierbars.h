#pragma once

#include "dashboard/dashboard.h"

#include <QWidget>

#include <vector>

namespace aco::ui {

// Providers by tier, one stacked bar per tiered measure: each tier's share of the providers
// assessed, with its count written in the segment and a legend of the five tiers above. A name
// longer than its column wraps, and its row grows to hold it, or is elided.
class TierBars : public QWidget
{
    Q_OBJECT

  public:
    explicit TierBars(QWidget* parent = nullptr);

    void setDistributions(std::vector<TierDistribution> distributions);
    const std::vector<TierDistribution>& distributions() const { return m_distributions; }
    // Long names wrap (the default) or are elided on one line, their tooltip whole.
    void setWrapped(bool wrapped);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override; // names wrap anew
    bool event(QEvent* event) override;             // row tooltips

  private:
    // The legend's entries flow onto as many lines as the width needs.
    int legendLines(double width) const;
    double legendHeight() const;
    double nameWidth(double width) const;
    // What each row needs at `width`: a line, or its wrapped name's lines; `spacing` of a line
    // between rows.
    std::vector<double> rowNeeds(double width, double spacing) const;
    // Each row's top, and the bottom of the last, when the rows share the widget's height.
    std::vector<double> rowEdges() const;
    int rowAt(QPointF point) const;

    std::vector<TierDistribution> m_distributions;
    bool m_wrapped = true;
};

} // namespace aco::ui
