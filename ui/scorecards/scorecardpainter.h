#pragma once

#include "pagepainting.h"
#include "scorecards/scorecard.h"

#include <QRectF>

class QPainter;

namespace aco::ui {

// Paints a scorecard on one US Letter portrait page, in points (612 x 792), readable in black and
// white: tiers are shown by filled blocks and a label, trends by arrow shape and word.
class ScorecardPainter
{
public:
  static constexpr double pageWidth = page::width;
  static constexpr double pageHeight = page::height;

  // The painter's window must map the page in points; see ScorecardWriter.
  void paint(QPainter& painter, const Scorecard& card, int pageNumber, int pageCount) const;

private:
    double paintHeader(QPainter& painter, const Scorecard& card, double top) const;
    double paintMeasureTable(QPainter& painter, const Scorecard& card, double top) const;
    double paintCharts(QPainter& painter, const Scorecard& card, double top) const;
    void paintChart(QPainter& painter, const PeerChart& chart, const QRectF& area, const Scorecard& card) const;
    void paintPatientLists(QPainter& painter, const Scorecard& card, double top, double bottom) const;
    void paintFooter(QPainter& painter, const Scorecard& card, int pageNumber, int pageCount) const;
};

} // namespace aco::ui
