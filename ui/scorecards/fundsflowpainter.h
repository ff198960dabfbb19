#pragma once

#include "pagepainting.h"
#include "scenarios/fundsflow.h"

class QPainter;

namespace aco::ui {

// Paints the funds flow report on US Letter portrait pages in points (612 x 792), readable in
// black and white: an ACO summary page (the pool and where every cent goes) and one page per
// recipient (the payment it is tracking toward, measure by measure, and what the next tier is
// worth).
class FundsFlowPainter
{
  public:
    // The painter's window must map the page in points; see LetterPdf.
    void paintSummary(QPainter& painter, const FundsFlowReport& report, int pageNumber,
                      int pageCount) const;
    void paintRecipient(QPainter& painter, const FundsFlowReport& report,
                        const FundsFlowRecipient& recipient, int pageNumber, int pageCount) const;

    // "Q2 2026 (January to June)", or "through May 2026" for a month that ends no quarter.
    static QString asOfText(const FundsFlowReport& report);

  private:
    double paintHeader(QPainter& p, const FundsFlowReport& report, const QString& title) const;
    double paintPayment(QPainter& p, const FundsFlowReport& report,
                        const FundsFlowRecipient& recipient, double top) const;
    double paintMeasures(QPainter& p, const FundsFlowRecipient& recipient, double top) const;
    void paintFooter(QPainter& p, const FundsFlowReport& report, int pageNumber,
                     int pageCount) const;
};

} // namespace aco::ui
