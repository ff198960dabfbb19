#include "fundsflowpainter.h"

#include "mssp/msspformat.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <functional>

namespace aco::ui {

namespace {

using page::contentWidth;
using page::font;
using page::ink;
using page::line;
using page::margin;
using page::money;
using page::muted;
using page::quarter;
using page::rule;
using page::shade;
using page::text;

const int right = Qt::AlignRight | Qt::AlignVCenter;

QString percentOf(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return QStringLiteral("\u2013");
    return QLocale(QLocale::English)
               .toString(100.0 * static_cast<double>(part) / static_cast<double>(whole), 'f', 0) +
           QLatin1Char('%');
}

QString basisPoints(int bp)
{
    return QLocale(QLocale::English).toString(bp / 100.0, 'f', bp % 100 == 0 ? 0 : 2) +
           QLatin1Char('%');
}

QString levelText(Level level)
{
    switch (level) {
    case Level::Practice:
        return QStringLiteral("practices");
    case Level::Department:
        return QStringLiteral("departments");
    default:
        return QStringLiteral("individual providers");
    }
}

QString sourceText(const FundsFlowReport& r)
{
    const Scenario& s = r.scenario;
    if (s.source == Scenario::Source::Amount)
        return QStringLiteral("An amount set by the scenario, taken as the year's savings.");
    QString t = QStringLiteral("The MSSP reconciliation of %1 with the expenditures of %2 month%3 "
                               "to date annualised per "
                               "beneficiary-month")
                    .arg(s.year)
                    .arg(r.expenditureMonths)
                    .arg(r.expenditureMonths == 1 ? QString() : QStringLiteral("s"));
    if (s.expenditureChange != 0.0)
        t += QStringLiteral(", changed by %1%2%")
                 .arg(s.expenditureChange > 0 ? QStringLiteral("+") : QStringLiteral("\u2212"))
                 .arg(QLocale(QLocale::English)
                          .toString(std::abs(s.expenditureChange) * 100.0, 'f', 1));
    return t + QLatin1Char('.');
}

// How the recipient's maximum is set: its share of the provider pool.
QString maximumText(const FundsFlowReport& r, const FundsFlowRecipient& recipient)
{
    const Scenario& s = r.scenario;
    const bool byBeneficiaries =
        s.basis == Scenario::Basis::Beneficiaries ||
        (s.basis == Scenario::Basis::Tiers && s.maximumBy == Scenario::MaximumBy::Beneficiaries);
    if (!byBeneficiaries)
        return QStringLiteral(
                   "Your maximum is an equal share of the provider pool of %1 among %2 recipients.")
            .arg(money(r.allocation.providerPoolCents))
            .arg(r.recipients.size());
    std::int64_t total = 0;
    for (const FundsFlowRecipient& x : r.recipients)
        total += x.beneficiaries;
    return QStringLiteral("Your maximum is your share of the provider pool of %1 by attributed "
                          "beneficiaries: %2 of %3.")
        .arg(money(r.allocation.providerPoolCents), MsspFormat::count(recipient.beneficiaries),
             MsspFormat::count(total));
}

// A paragraph in `r`, wrapped; returns its height.
double paragraph(QPainter& p, const QRectF& r, const QString& s)
{
    const QRectF used =
        p.boundingRect(quarter(r), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
    p.drawText(quarter(r), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
    return used.height() / 4;
}

} // namespace

QString FundsFlowPainter::asOfText(const FundsFlowReport& report)
{
    const QLocale en(QLocale::English);
    const Period last = report.ytd.last;
    if (report.quarter == 0)
        return QStringLiteral("through ") + page::monthName(last.year(), last.month());
    return QStringLiteral("Q%1 %2 (%3 to %4)")
        .arg(report.quarter)
        .arg(last.year())
        .arg(en.monthName(1), en.monthName(last.month()));
}

double FundsFlowPainter::paintHeader(QPainter& p, const FundsFlowReport& report,
                                     const QString& title) const
{
    const double top = margin;
    p.setPen(ink);
    p.setFont(font(9, true));
    text(p, QRectF(margin, top, contentWidth / 2, 12), report.aco.name);
    p.setFont(font(9));
    text(p, QRectF(margin + contentWidth / 2, top, contentWidth / 2, 12),
         title + QStringLiteral(" \u00B7 ") + asOfText(report), right);
    p.setPen(QPen(ink, 4));
    line(p, margin, top + 15, margin + contentWidth, top + 15);
    return top + 20;
}

namespace {

// Where the summary's parts go, in points: fixed, so that the pages can be counted before any is
// painted.
constexpr double rowHeight = 15;     // of the pool and its parts
constexpr double listRow = 11;       // of the recipients' payments
constexpr double listHeader = 13;    // the list's column titles
constexpr double unpayableRow = 10;  // of the recipients who cannot be paid
constexpr int unpayableColumns = 3;
constexpr double bodyTop = margin + 20; // below paintHeader()
constexpr double bottom = page::height - margin - 30;

int poolRows(const FundsFlowReport& report)
{
    return report.poolCents() < 0 ? 6 : 8;
}

// The top of the list's first row on the summary page, and on a continuation page.
double firstListTop(const FundsFlowReport& report)
{
    return bodyTop + 40 + 46 + poolRows(report) * rowHeight + 18 + 17 + listHeader;
}
constexpr double continuedListTop = bodyTop + 17 + listHeader;
constexpr double unpayableTop = bodyTop + 22 + 30;

size_t rowsBetween(double top, double bottomEdge, double row)
{
    return static_cast<size_t>(std::max(0.0, std::floor((bottomEdge - top) / row)));
}

int pagesFor(size_t items, size_t perPage)
{
    return static_cast<int>((items + perPage - 1) / perPage);
}

} // namespace

FundsFlowPages FundsFlowPainter::pages(const FundsFlowReport& report,
                                       const std::vector<const FundsFlowRecipient*>& chosen) const
{
    FundsFlowPages pages;
    pages.everyone = chosen.size() == report.recipients.size();
    for (const FundsFlowRecipient* r : chosen) {
        if (report.unpayableReason(*r).isEmpty()) {
            pages.listed.push_back(r);
            pages.recipients.push_back(r);
        } else {
            pages.unpayable.push_back(r);
        }
    }
    std::stable_sort(pages.listed.begin(), pages.listed.end(), [](const auto* l, const auto* r) {
        return std::abs(l->projectedCents) > std::abs(r->projectedCents);
    });
    std::stable_sort(pages.unpayable.begin(), pages.unpayable.end(),
                     [](const auto* l, const auto* r) { return l->name < r->name; });
    const size_t first = rowsBetween(firstListTop(report), bottom, listRow);
    const size_t continued = rowsBetween(continuedListTop, bottom, listRow);
    pages.listPages = 1 + (pages.listed.size() > first
                               ? pagesFor(pages.listed.size() - first, continued)
                               : 0);
    pages.unpayablePages = pagesFor(
        pages.unpayable.size(), rowsBetween(unpayableTop, bottom, unpayableRow) * unpayableColumns);
    return pages;
}

void FundsFlowPainter::paintPage(QPainter& p, const FundsFlowReport& report,
                                 const FundsFlowPages& pages, int index, int pageNumber,
                                 int pageCount) const
{
    if (index == 0)
        return paintSummary(p, report, pages, pageNumber, pageCount);
    if (index >= pages.summaryPages())
        return paintRecipient(p, report,
                              *pages.recipients[static_cast<size_t>(index - pages.summaryPages())],
                              pageNumber, pageCount);
    page::begin(p);
    if (index < pages.listPages) {
        const size_t first = rowsBetween(firstListTop(report), bottom, listRow) +
                             static_cast<size_t>(index - 1) *
                                 rowsBetween(continuedListTop, bottom, listRow);
        paintList(p, report, pages, first, paintHeader(p, report, QStringLiteral("Funds flow summary")));
    } else {
        paintHeader(p, report, QStringLiteral("Funds flow summary"));
        const size_t perPage = rowsBetween(unpayableTop, bottom, unpayableRow) * unpayableColumns;
        paintUnpayable(p, report, pages,
                       static_cast<size_t>(index - pages.listPages) * perPage);
    }
    paintFooter(p, report, pageNumber, pageCount);
    p.restore();
}

void FundsFlowPainter::paintSummary(QPainter& p, const FundsFlowReport& report,
                                    const FundsFlowPages& pages, int pageNumber,
                                    int pageCount) const
{
    page::begin(p);
    double y = paintHeader(p, report, QStringLiteral("Funds flow summary"));
    const Allocation& a = report.allocation;
    const bool loss = a.poolCents < 0;
    p.setFont(font(16, true));
    text(p, QRectF(margin, y, contentWidth, 20),
         (loss ? QStringLiteral("Who bears the projected %1 loss")
               : QStringLiteral("Where the projected %1 savings go"))
             .arg(report.scenario.year));
    p.setFont(font(8.5));
    text(
        p, QRectF(margin, y + 21, contentWidth, 11),
        QStringLiteral("Scenario \u201C%1\u201D \u00B7 paid to %2 \u00B7 measures year to date, %3")
            .arg(report.scenario.name, levelText(report.scenario.level), report.ytd.toString()));
    y += 40;
    p.setPen(muted);
    p.setFont(font(7.5));
    paragraph(p, QRectF(margin, y, contentWidth, 40),
              sourceText(report) +
                  QStringLiteral(" If performance holds to the end of the year, the pool and the "
                                 "payments below are what the year would bring. A projection, not "
                                 "a payment: the settlement report gives the final amounts."));
    y += 46; // the paragraph's room, whatever it takes of it: the pages are counted beforehand

    // The pool and every part of it, to the dollar; the parts add up to the pool in cents.
    struct Row
    {
        QString label;
        std::int64_t cents;
        bool bold;
    };
    std::vector<Row> rows{
        {loss ? QStringLiteral("Projected loss") : QStringLiteral("Projected savings (the pool)"),
         a.poolCents, true}};
    const QString recipients = QStringLiteral("%1 of %2 recipients")
                                   .arg(a.paidCount())
                                   .arg(report.recipients.size());
    if (!loss) {
        rows.push_back({QStringLiteral("Infrastructure (%1)")
                            .arg(basisPoints(report.scenario.infrastructureBasisPoints)),
                        a.infrastructureCents, false});
        rows.push_back({QStringLiteral("Care redesign (%1)")
                            .arg(basisPoints(report.scenario.careRedesignBasisPoints)),
                        a.careRedesignCents, false});
        rows.push_back(
            {QStringLiteral("Reserve (%1)").arg(basisPoints(report.scenario.reserveBasisPoints)),
             a.reserveCents, false});
        rows.push_back({QStringLiteral("Provider pool (%1)")
                            .arg(basisPoints(report.scenario.providerBasisPoints)),
                        a.providerPoolCents, true});
        rows.push_back({QStringLiteral("   Projected payments to ") + recipients,
                        report.projectedTotalCents(), false});
        rows.push_back({QStringLiteral("   Not earned, back to infrastructure"),
                        a.unearnedToInfrastructureCents, false});
    } else {
        rows.push_back(
            {QStringLiteral("Repaid from prior years' reserve"), a.fromPriorReserveCents, false});
        rows.push_back(
            {QStringLiteral("Borne by the employed medical group"), a.medicalGroupCents, false});
        rows.push_back({QStringLiteral("Borne by ") + recipients, report.projectedTotalCents(),
                        false});
        rows.push_back({QStringLiteral("Absorbed by the ACO"), a.absorbedByAcoCents, false});
    }
    rows.push_back({loss ? QStringLiteral("Left to the ACO (the loss less the recipients' shares)")
                         : QStringLiteral("Kept by the ACO (the pool less the projected payments)"),
                    report.retainedCents(), true});
    const double amountX = margin + contentWidth * 0.62;
    for (const Row& row : rows) {
        if (row.bold)
            p.fillRect(quarter(QRectF(margin, y, contentWidth * 0.8, rowHeight)), shade);
        p.setPen(ink);
        p.setFont(font(8.5, row.bold));
        text(p, QRectF(margin + 4, y, amountX - margin - 8, rowHeight), row.label);
        text(p, QRectF(amountX, y, contentWidth * 0.18 - 4, rowHeight), money(row.cents), right);
        p.setPen(QPen(rule, 2));
        line(p, margin, y + rowHeight, margin + contentWidth * 0.8, y + rowHeight);
        y += rowHeight;
    }
    paintList(p, report, pages, 0, y + 18);
    paintFooter(p, report, pageNumber, pageCount);
    p.restore();
}

void FundsFlowPainter::paintList(QPainter& p, const FundsFlowReport& report,
                                 const FundsFlowPages& pages, size_t first, double top) const
{
    const bool loss = report.poolCents() < 0;
    double y = top;
    p.setPen(ink);
    p.setFont(font(10, true));
    QString heading = loss ? QStringLiteral("Projected shares of the loss")
                           : QStringLiteral("Projected payments");
    if (!pages.everyone)
        heading += pages.listed.size() == 1 ? QStringLiteral(" of the recipient of this report")
                                            : QStringLiteral(" of the recipients of this report");
    if (pages.listed.size() > 1)
        heading += QStringLiteral(", largest first");
    if (first > 0)
        heading += QStringLiteral(" (continued)");
    text(p, QRectF(margin, y, contentWidth, 14), heading);
    y += 17;
    const double columns[] = {0, 80, 80, 70}; // name, projected, maximum, share
    const double nameWidth = contentWidth - 230;
    const auto drawRow = [&](const QStringList& cells, bool header) {
        double x = margin + 4;
        for (int i = 0; i < 4; ++i) {
            const double w = i == 0 ? nameWidth : columns[i];
            text(p, QRectF(x, y, w - 6, listRow), cells[i],
                 i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : right);
            x += w;
        }
        if (header) {
            p.setPen(QPen(ink, 2));
            line(p, margin, y + listRow, margin + contentWidth, y + listRow);
            p.setPen(ink);
        }
        y += header ? listHeader : listRow;
    };
    p.setFont(font(7.5, true));
    drawRow({QStringLiteral("Recipient"), QStringLiteral("Projected"), QStringLiteral("Maximum"),
             QStringLiteral("Of maximum")},
            true);
    p.setFont(font(7.5));
    for (size_t i = first; i < pages.listed.size() && y + listRow <= bottom; ++i) {
        const FundsFlowRecipient* r = pages.listed[i];
        drawRow({r->name + (r->eligible ? QString() : QStringLiteral(" (not eligible)")),
                 money(r->projectedCents), money(r->maximumCents),
                 percentOf(r->projectedCents, r->maximumCents)},
                false);
    }
    if (pages.listed.empty()) {
        p.setPen(muted);
        text(p, QRectF(margin + 4, y, contentWidth, listRow),
             QStringLiteral("None: see the recipients who cannot be paid, on the next page."));
    }
}

void FundsFlowPainter::paintUnpayable(QPainter& p, const FundsFlowReport& report,
                                      const FundsFlowPages& pages, size_t first) const
{
    const bool loss = report.poolCents() < 0;
    double y = bodyTop;
    p.setPen(ink);
    p.setFont(font(12, true));
    text(p, QRectF(margin, y, contentWidth, 18),
         (loss ? QStringLiteral("%1 recipients with no share of the loss")
               : QStringLiteral("%1 recipients who cannot be paid under this scenario"))
                 .arg(pages.unpayable.size()) +
             (first > 0 ? QStringLiteral(" (continued)") : QString()));
    y += 22;
    // One reason for all (the usual case: maximums by beneficiaries, and specialists have none)
    // is said once; otherwise beside each name.
    QString common = report.unpayableReason(*pages.unpayable.front());
    for (const FundsFlowRecipient* r : pages.unpayable)
        if (report.unpayableReason(*r) != common)
            common.clear();
    p.setPen(muted);
    p.setFont(font(7.5));
    paragraph(p, QRectF(margin, y, contentWidth, 28),
              loss ? QStringLiteral("The scenario shares the loss among the others; these "
                                    "recipients have no page of their own.")
              : common.isEmpty()
                  ? QStringLiteral("The scenario gives them no share of the provider pool, for the "
                                   "reason beside each name, so no performance can earn them a "
                                   "payment; they have no page of their own.")
                  : QStringLiteral("The scenario gives them no share of the provider pool (%1, "
                                   "every one of them), so no performance can earn them a "
                                   "payment; they have no page of their own.")
                        .arg(common));
    y = unpayableTop;
    const double columnWidth = contentWidth / unpayableColumns;
    const size_t rows = rowsBetween(unpayableTop, bottom, unpayableRow);
    p.setPen(ink);
    p.setFont(font(6.5));
    for (size_t i = first; i < pages.unpayable.size() && i < first + rows * unpayableColumns; ++i) {
        const size_t slot = i - first;
        const FundsFlowRecipient* r = pages.unpayable[i];
        text(p,
             QRectF(margin + static_cast<double>(slot / rows) * columnWidth,
                    y + static_cast<double>(slot % rows) * unpayableRow, columnWidth - 8,
                    unpayableRow),
             common.isEmpty() ? r->name + QStringLiteral(" \u00B7 ") + report.unpayableReason(*r)
                              : r->name);
    }
}

void FundsFlowPainter::paintRecipient(QPainter& p, const FundsFlowReport& report,
                                      const FundsFlowRecipient& recipient, int pageNumber,
                                      int pageCount) const
{
    page::begin(p);
    double y = paintHeader(p, report, QStringLiteral("Funds flow report"));
    p.setPen(ink);
    p.setFont(font(16, true));
    text(p, QRectF(margin, y, contentWidth * 0.62, 20), recipient.name);
    p.setFont(font(8.5));
    QString who;
    if (report.scenario.level == Level::Provider && recipient.providers.size() == 1) {
        const Provider& pr = recipient.providers.front();
        who =
            QStringLiteral("NPI %1 \u00B7 %2 \u00B7 %3").arg(pr.npi, pr.specialty, pr.practiceName);
    } else {
        who = QStringLiteral("%1 provider%2")
                  .arg(recipient.providers.size())
                  .arg(recipient.providers.size() == 1 ? QString() : QStringLiteral("s"));
    }
    text(p, QRectF(margin, y + 21, contentWidth * 0.62, 11), who);
    text(p, QRectF(margin, y + 33, contentWidth * 0.62, 11),
         QStringLiteral("Attributed beneficiaries: ") + MsspFormat::count(recipient.beneficiaries));
    const double x = margin + contentWidth * 0.62;
    const double w = contentWidth * 0.38;
    text(p, QRectF(x, y + 2, w, 11),
         QStringLiteral("Scenario: \u201C%1\u201D").arg(report.scenario.name), right);
    text(p, QRectF(x, y + 14, w, 11),
         QStringLiteral("Measures year to date: ") + report.ytd.toString(), right);
    text(p, QRectF(x, y + 26, w, 11), QStringLiteral("Paid to ") + levelText(report.scenario.level),
         right);
    y = paintPayment(p, report, recipient, y + 54);
    y = paintMeasures(p, recipient, y + 14);

    p.setPen(muted);
    p.setFont(font(7));
    paragraph(
        p, QRectF(margin, y + 10, contentWidth, 80),
        (report.poolCents() < 0 ? QString() : maximumText(report, recipient) + QLatin1Char(' ')) +
            QStringLiteral("How to read this page. The projection assumes that your "
                           "year-to-date results hold to the end "
                           "of %1: each measure's tier earns its share of that measure's "
                           "part of your maximum, and the "
                           "ACO's projected savings set the size of the pool (%2). \u201CTo "
                           "the next tier\u201D says how "
                           "many more patients or events reach the next cut-point at your "
                           "current denominator; \u201CWorth\u201D "
                           "is what reaching it adds to your year's payment, other measures "
                           "unchanged. A projection, "
                           "not a payment: the settlement report gives the final amount.")
                .arg(report.scenario.year)
                .arg(sourceText(report).chopped(1).replace(0, 1,
                                                           sourceText(report).front().toLower())));
    paintFooter(p, report, pageNumber, pageCount);
    p.restore();
}

double FundsFlowPainter::paintPayment(QPainter& p, const FundsFlowReport& report,
                                      const FundsFlowRecipient& r, double top) const
{
    const double height = 74;
    const bool loss = report.poolCents() < 0; // a payment owed: no maximum, no tiers to reach
    p.setPen(QPen(ink, 3));
    p.setBrush(Qt::NoBrush);
    p.drawRect(quarter(QRectF(margin, top, contentWidth, height)));
    p.setPen(ink);
    p.setFont(font(8.5));
    text(p, QRectF(margin + 12, top + 8, contentWidth - 24, 12),
         loss ? QStringLiteral(
                    "Your projected share of the %1 loss, if year-to-date performance holds")
                    .arg(report.scenario.year)
              : QStringLiteral(
                    "Projected %1 shared-savings payment, if year-to-date performance holds")
                    .arg(report.scenario.year));
    p.setFont(font(22, true));
    text(p, QRectF(margin + 12, top + 22, 170, 28), money(r.projectedCents));
    p.setFont(font(9));
    const QString of =
        loss ? QStringLiteral("of the ACO's projected loss of %1").arg(money(report.poolCents()))
        : r.eligible
            ? QStringLiteral("of %1 possible (%2)")
                  .arg(money(r.maximumCents), percentOf(r.projectedCents, r.maximumCents))
            : QStringLiteral("Not eligible: the engagement rule is not met (%1 at least %2)")
                  .arg(report.scenario.engagement ? report.scenario.engagement->code : QString())
                  .arg(report.scenario.engagement ? report.scenario.engagement->minimum : 0.0);
    text(p, QRectF(margin + 180, top + 22, contentWidth - 192, 28), of);

    // A bar of the maximum with the projected part filled: the share reads without colour.
    const QRectF bar(margin + 12, top + 54, contentWidth - 24, 9);
    p.setPen(QPen(ink, 2));
    p.drawRect(quarter(bar));
    if (r.maximumCents > 0 && r.projectedCents > 0) {
        const double share = std::clamp(
            static_cast<double>(r.projectedCents) / static_cast<double>(r.maximumCents), 0.0, 1.0);
        p.fillRect(quarter(QRectF(bar.x(), bar.y(), bar.width() * share, bar.height())), ink);
    }
    std::int64_t worth = 0;
    for (const FundsFlowMeasure& m : r.measures)
        worth += m.nextTierWorthCents;
    if (worth > 0) {
        p.setFont(font(7.5, true));
        text(p, QRectF(margin + 180, top + 40, contentWidth - 192, 12),
             QStringLiteral("Reaching the next tier on every measure adds about %1")
                 .arg(money(worth)));
    }
    return top + height;
}

double FundsFlowPainter::paintMeasures(QPainter& p, const FundsFlowRecipient& r, double top) const
{
    if (r.measures.empty()) {
        p.setPen(ink);
        p.setFont(font(8.5));
        text(p, QRectF(margin, top, contentWidth, 12),
             QStringLiteral(
                 "This scenario pays by beneficiaries or in equal shares, not by measure tiers."));
        return top + 14;
    }
    struct Column
    {
        const char* title;
        double width;
        int align;
    };
    const Column columns[] = {{"Measure", 0, Qt::AlignLeft},
                              {"Weight", 36, right},
                              {"YTD value", 48, right},
                              {"Tier", 100, Qt::AlignLeft},
                              {"Earned", 46, right},
                              {"Maximum", 48, right},
                              {"To the next tier", 108, Qt::AlignLeft},
                              {"Worth", 44, right}};
    double fixed = 0;
    for (const Column& c : columns)
        fixed += c.width;
    const double rowHeight = 22; // two lines for a long measure name
    p.fillRect(quarter(QRectF(margin, top, contentWidth, rowHeight)), shade);
    p.setPen(ink);
    p.setFont(font(7.5, true));
    const auto cells = [&](double y, const std::function<void(size_t, const QRectF&, int)>& draw) {
        double x = margin + 3;
        for (size_t i = 0; i < std::size(columns); ++i) {
            const double w = columns[i].width > 0 ? columns[i].width : contentWidth - fixed - 6;
            draw(i,
                 QRectF(x + (i == 3 || i == 6 ? 8 : 0), y, w - 5 - (i == 3 || i == 6 ? 8 : 0),
                        rowHeight),
                 columns[i].align | Qt::AlignVCenter);
            x += w;
        }
    };
    cells(top, [&](size_t i, const QRectF& cell, int align) {
        text(p, cell, QString::fromUtf8(columns[i].title), align);
    });
    double y = top + rowHeight;
    for (const FundsFlowMeasure& m : r.measures) {
        cells(y, [&](size_t i, const QRectF& cell, int align) {
            p.setPen(ink);
            p.setFont(font(7.5));
            switch (i) {
            case 0:
                p.setFont(font(7));
                p.drawText(quarter(cell), align | Qt::TextWordWrap, m.measure.name);
                break;
            case 1:
                text(p, cell, basisPoints(m.weightBasisPoints), align);
                break;
            case 2:
                text(p, cell, m.value ? m.measure.formatValue(*m.value) : QStringLiteral("\u2013"),
                     align);
                break;
            case 3:
                if (m.value)
                    page::paintTier(p, cell, m.tier.tier, 7);
                else // nothing to assess: no tier reached or missed
                    text(p, cell, m.tierText(), align);
                break;
            case 4:
                p.setFont(font(7.5, true));
                text(p, cell, money(m.earnedCents), align);
                break;
            case 5:
                text(p, cell, money(m.maximumCents), align);
                break;
            case 6:
                // It says what it counts ("2 more patients for Baseline (70.3%)"): two lines.
                p.setFont(font(7));
                p.drawText(quarter(cell), align | Qt::TextWordWrap, m.gapText);
                break;
            default:
                text(p, cell,
                     m.nextTierWorthCents > 0 ? QStringLiteral("+") + money(m.nextTierWorthCents)
                                              : QStringLiteral("\u2013"),
                     align);
            }
        });
        p.setPen(QPen(rule, 2));
        line(p, margin, y + rowHeight, margin + contentWidth, y + rowHeight);
        y += rowHeight;
    }
    p.setPen(ink);
    p.setFont(font(7.5, true));
    cells(y, [&](size_t i, const QRectF& cell, int align) {
        if (i == 0)
            text(p, cell, QStringLiteral("Total"), align);
        else if (i == 4)
            text(p, cell, money(r.projectedCents), align);
        else if (i == 5)
            text(p, cell, money(r.maximumCents), align);
    });
    p.setPen(muted);
    p.setFont(font(6.5));
    text(p, QRectF(margin, y + rowHeight + 1, contentWidth, 10),
         QStringLiteral("Tier blocks: none = below baseline, four = extra credit. Amounts are for "
                        "the whole year, to the dollar."));
    return y + rowHeight + 12;
}

void FundsFlowPainter::paintFooter(QPainter& p, const FundsFlowReport& report, int pageNumber,
                                   int pageCount) const
{
    const double y = page::height - margin - 12;
    p.setPen(QPen(rule, 2));
    line(p, margin, y - 3, margin + contentWidth, y - 3);
    p.setPen(muted);
    p.setFont(font(6.5));
    text(p, QRectF(margin, y, contentWidth * 0.25, 10),
         QStringLiteral("Data as of ") + report.aco.dataAsOf);
    text(p, QRectF(margin + contentWidth * 0.2, y, contentWidth * 0.6, 10),
         QStringLiteral("Confidential. A projection, not a payment: final amounts follow the "
                        "settlement report."),
         Qt::AlignHCenter | Qt::AlignVCenter);
    text(p, QRectF(margin + contentWidth * 0.8, y, contentWidth * 0.2, 10),
         QStringLiteral("Page %1 of %2").arg(pageNumber).arg(pageCount), right);
}

} // namespace aco::ui
