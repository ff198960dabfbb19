#pragma once

#include "scorecards/scorecard.h"

class QPainter;

namespace aco::ui {

// Paints a primary care provider's risk page, the scorecard's second: the panel's average
// CMS-HCC score against the ACO's, the patients whose score changed most since the prior year
// and quarter, and the recapture list (conditions of last year not yet documented this year),
// patients masked as the scorecard's options say. In points on US Letter, like ScorecardPainter.
class ScorecardRiskPainter
{
  public:
    // The card must have `risk`. Draws from `top` to `bottom`; the header and footer are the
    // caller's.
    void paint(QPainter& painter, const Scorecard& card, double top, double bottom) const;

  private:
    double paintSummary(QPainter& painter, const Scorecard& card, double top) const;
    double paintChanges(QPainter& painter, const Scorecard& card, const PanelRiskChanges& changes,
                        const QString& title, const QString& beforeTitle,
                        const QString& afterTitle, double top) const;
    void paintRecapture(QPainter& painter, const Scorecard& card, double top, double bottom) const;
};

} // namespace aco::ui
