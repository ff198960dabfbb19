#pragma once

#include "pagepainting.h"
#include "scenarios/fundsflow.h"

#include <vector>

class QPainter;

namespace aco::ui {

// The pages of a funds flow report for some of its recipients, in print order: the ACO summary
// with the chosen recipients' projected payments (continued on further pages as needed), one
// page listing those that cannot be paid whatever they do (FundsFlowReport::unpayableReason),
// then a page for each chosen recipient with something at stake.
struct FundsFlowPages
{
    std::vector<const FundsFlowRecipient*> listed;     // with something at stake, largest first
    std::vector<const FundsFlowRecipient*> unpayable;  // by name
    std::vector<const FundsFlowRecipient*> recipients; // a page each, in the report's order
    bool everyone = true; // the chosen are all of the report's recipients
    int listPages = 1;    // the summary and its continuations
    int unpayablePages = 0;

    int summaryPages() const { return listPages + unpayablePages; }
    int total() const { return summaryPages() + static_cast<int>(recipients.size()); }
};

// Paints the funds flow report on US Letter portrait pages in points (612 x 792), readable in
// black and white: the ACO summary (the pool and where every cent goes) and one page per
// recipient (the payment it is tracking toward, measure by measure, and what the next tier is
// worth).
class FundsFlowPainter
{
  public:
    FundsFlowPages pages(const FundsFlowReport& report,
                         const std::vector<const FundsFlowRecipient*>& chosen) const;
    // Page `index` (0-based) of `pages`. The painter's window must map the page in points; see
    // LetterPdf.
    void paintPage(QPainter& painter, const FundsFlowReport& report, const FundsFlowPages& pages,
                   int index, int pageNumber, int pageCount) const;
    void paintRecipient(QPainter& painter, const FundsFlowReport& report,
                        const FundsFlowRecipient& recipient, int pageNumber, int pageCount) const;

    // "Q2 2026 (January to June)", or "through May 2026" for a month that ends no quarter.
    static QString asOfText(const FundsFlowReport& report);

  private:
    void paintSummary(QPainter& p, const FundsFlowReport& report, const FundsFlowPages& pages,
                      int pageNumber, int pageCount) const;
    // The summary's list from `first`, down the page from `top`.
    void paintList(QPainter& p, const FundsFlowReport& report, const FundsFlowPages& pages,
                   size_t first, double top) const;
    void paintUnpayable(QPainter& p, const FundsFlowReport& report, const FundsFlowPages& pages,
                        size_t first) const;
    double paintHeader(QPainter& p, const FundsFlowReport& report, const QString& title) const;
    double paintPayment(QPainter& p, const FundsFlowReport& report,
                        const FundsFlowRecipient& recipient, double top) const;
    double paintMeasures(QPainter& p, const FundsFlowRecipient& recipient, double top) const;
    void paintFooter(QPainter& p, const FundsFlowReport& report, int pageNumber,
                     int pageCount) const;
};

} // namespace aco::ui
