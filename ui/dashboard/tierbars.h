#pragma once

#include "dashboard/dashboard.h"

#include <QWidget>

#include <vector>

namespace aco::ui {

// Providers by tier, one stacked bar per tiered measure: each tier's share of the providers
// assessed, with its count written in the segment and a legend of the five tiers above.
class TierBars : public QWidget
{
    Q_OBJECT

  public:
    explicit TierBars(QWidget* parent = nullptr);

    void setDistributions(std::vector<TierDistribution> distributions);
    const std::vector<TierDistribution>& distributions() const { return m_distributions; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override; // row tooltips

  private:
    double legendHeight() const;
    double rowHeight() const;
    int rowAt(QPointF point) const;

    std::vector<TierDistribution> m_distributions;
};

} // namespace aco::ui
