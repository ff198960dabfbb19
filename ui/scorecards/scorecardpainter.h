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

  // A primary care provider's card has a second page, risk and recapture, when the file has
  // risk scores for the year.
  static int pageCount(const Scorecard& card) { return card.risk ? 2 : 1; }

  // The painter's window must map the page in points; see ScorecardWriter. Paints the card's
  // page `sheet` (0-based); `pageNumber` of `pageCount` number the card in its batch.
  void paint(QPainter& painter, const Scorecard& card, int pageNumber, int pageCount,
             int sheet = 0) const;
  // Every page of the card, starting a new page between them on a paged device (PDF, printer).
  void paintAll(QPainter& painter, const Scorecard& card, int pageNumber, int pageCount) const;

private:
    double paintHeader(QPainter& painter, const Scorecard& card, double top,
                       bool withProjection) const;
    double paintMeasureTable(QPainter& painter, const Scorecard& card, double top) const;
    double paintCharts(QPainter& painter, const Scorecard& card, double top) const;
    void paintChart(QPainter& painter, const PeerChart& chart, const QRectF& area, const Scorecard& card) const;
    void paintPatientLists(QPainter& painter, const Scorecard& card, double top, double bottom) const;
    void paintFooter(QPainter& painter, const Scorecard& card, const QString& pageText) const;
};

} // namespace aco::ui
