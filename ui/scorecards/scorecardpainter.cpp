#include "scorecardpainter.h"

#include "charts/labelplacement.h"
#include "charts/niceticks.h"
#include "pagepainting.h"
#include "scorecardriskpainter.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPagedPaintDevice>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>
#include <span>
#include <vector>

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
const QColor focalColor(0x1f, 0x5f, 0x8b); // prints as a dark grey
const QColor peerColor(0xb8, 0xc4, 0xcc);

QString monthName(Period period)
{
    return page::monthName(period.year(), period.month());
}

// The arrow is the direction the value moved, as everywhere in the application; filled when
// that is better, hollow when worse (the table's note says so).
void paintTrend(QPainter& p, const QRectF& cell, Trend trend, bool rose)
{
    switch (trend) {
    case Trend::Better:
        text(p, cell, rose ? QStringLiteral("\u25B2") : QStringLiteral("\u25BC"));
        break;
    case Trend::Worse:
        text(p, cell, rose ? QStringLiteral("\u25B3") : QStringLiteral("\u25BD"));
        break;
    case Trend::Same:
        text(p, cell, QStringLiteral("="));
        break;
    case Trend::Unknown:
        break;
    }
}

// How many lines a text `width` points wide takes in a column `room` points wide: an estimate
// for choosing widths (a wrapped line ends short of its column by part of a word).
int linesFor(double width, double room)
{
    return width <= room ? 1 : static_cast<int>(std::ceil(width / (room * 0.85)));
}

// How the measure table's names and notes share `room` points: the names' column width that
// takes the fewest lines, a row being as many lines as its longer cell, a tie going to the
// names. Neither column narrower than 96 points; the names' no wider than the longest needs.
double nameColumnWidth(std::span<const double> names, std::span<const double> notes, double room,
                       double pad)
{
    constexpr double narrowest = 96;
    const double longest = names.empty() ? narrowest : *std::max_element(names.begin(), names.end()) + pad;
    const double high = std::max(std::min(longest, room - narrowest), std::min(narrowest, room / 2));
    const double low = std::min(narrowest, high);
    std::vector<double> candidates{low, high};
    for (const double w : names)
        candidates.push_back(w + pad);
    for (const double w : notes)
        candidates.push_back(room - w - pad);
    double best = high;
    int fewest = std::numeric_limits<int>::max();
    for (const double c : candidates) {
        if (c < low || c > high)
            continue;
        int lines = 0;
        for (size_t i = 0; i < names.size(); ++i)
            lines += std::max(linesFor(names[i], c - pad), linesFor(notes[i], room - c - pad));
        if (lines < fewest || (lines == fewest && c > best)) {
            fewest = lines;
            best = c;
        }
    }
    return best;
}

} // namespace

void ScorecardPainter::paint(QPainter& painter, const Scorecard& card, int pageNumber,
                             int pageCount, int sheet) const
{
    page::begin(painter); // everything below is drawn in quarter points
    // One scorecard: its pages. Several in one file: which scorecard, and which of its pages.
    const int sheets = ScorecardPainter::pageCount(card);
    QString number = pageCount == 1 ? QStringLiteral("Page %1 of %2").arg(sheet + 1).arg(sheets)
                                    : QStringLiteral("Scorecard %1 of %2").arg(pageNumber).arg(pageCount);
    if (pageCount > 1 && sheets > 1)
        number += QStringLiteral(" \u00B7 page %1 of %2").arg(sheet + 1).arg(sheets);
    if (sheet == 0) {
        double y = paintHeader(painter, card, margin, true);
        y = paintMeasureTable(painter, card, y + 8);
        y = paintCharts(painter, card, y + 10);
        paintPatientLists(painter, card, y + 10, pageHeight - margin - 22);
        paintFooter(painter, card, number);
    } else {
        const double y = paintHeader(painter, card, margin, false);
        ScorecardRiskPainter().paint(painter, card, y + 4, pageHeight - margin - 22);
        paintFooter(painter, card, number);
    }
    painter.restore();
}

void ScorecardPainter::paintAll(QPainter& painter, const Scorecard& card, int pageNumber,
                                int pageCount) const
{
    auto* device = dynamic_cast<QPagedPaintDevice*>(painter.device());
    for (int sheet = 0; sheet < ScorecardPainter::pageCount(card); ++sheet) {
        if (sheet > 0 && device)
            device->newPage();
        paint(painter, card, pageNumber, pageCount, sheet);
    }
}

double ScorecardPainter::paintHeader(QPainter& p, const Scorecard& card, double top,
                                     bool withProjection) const
{
    const Provider& pr = card.provider;
    p.setPen(ink);
    p.setFont(font(9, true));
    text(p, QRectF(margin, top, contentWidth / 2, 12), card.aco.name);
    p.setFont(font(9));
    text(p, QRectF(margin + contentWidth / 2, top, contentWidth / 2, 12),
         QStringLiteral("Provider scorecard \u00B7 ") + monthName(card.options.period), Qt::AlignRight | Qt::AlignVCenter);
    p.setPen(QPen(ink, 4));
    line(p, margin, top + 15, margin + contentWidth, top + 15);

    p.setPen(ink);
    p.setFont(font(16, true));
    text(p, QRectF(margin, top + 20, contentWidth * 0.6, 20), pr.displayName());
    p.setFont(font(8.5));
    const QString kind = pr.primaryCare ? QStringLiteral("Primary care") : QStringLiteral("Specialist");
    text(p, QRectF(margin, top + 41, contentWidth * 0.6, 11),
         QStringLiteral("NPI %1 \u00B7 %2 \u00B7 %3 \u00B7 %4").arg(pr.npi, pr.specialty, kind,
                                                                     pr.employed ? QStringLiteral("Employed") : QStringLiteral("Independent")));
    text(p, QRectF(margin, top + 53, contentWidth * 0.6, 11),
         QStringLiteral("%1 \u00B7 %2").arg(pr.practiceName, pr.departmentName));

    // Right column: what the numbers cover.
    const double x = margin + contentWidth * 0.6;
    const double w = contentWidth * 0.4;
    const QLocale en(QLocale::English);
    p.setFont(font(8.5));
    text(p, QRectF(x, top + 22, w, 11), QStringLiteral("Window: ") + windowLabel(card.options.window) +
                                            QStringLiteral(" (") + card.range.toString() + QLatin1Char(')'),
         Qt::AlignRight | Qt::AlignVCenter);
    text(p, QRectF(x, top + 34, w, 11),
         pr.primaryCare ? QStringLiteral("Attributed beneficiaries: ") + en.toString(pr.attributedBeneficiaries)
                        : QStringLiteral("Specialist: no attributed beneficiaries"),
         Qt::AlignRight | Qt::AlignVCenter);
    text(p, QRectF(x, top + 46, w, 11), QStringLiteral("Compared with: ") + card.peerGroupName +
                                            (card.options.blinded ? QStringLiteral(" (blinded)") : QString()),
         Qt::AlignRight | Qt::AlignVCenter);
    if (!card.projection || !withProjection)
        return top + 68;
    // The payment the provider is tracking toward, on a shaded strip of its own: the amounts in
    // bold and never elided, the label elided if a long scenario name needs it.
    const ScorecardProjection& pj = *card.projection;
    p.fillRect(quarter(QRectF(margin, top + 68, contentWidth, 15)), shade);
    p.setPen(ink);
    const QString amounts =
        QStringLiteral("%1 of %2 possible").arg(money(pj.projectedCents), money(pj.maximumCents));
    p.setFont(font(8, true));
    const double amountsWidth = QFontMetricsF(p.font()).horizontalAdvance(amounts) / 4 + 2;
    text(p, QRectF(margin + contentWidth - 4 - amountsWidth, top + 68, amountsWidth, 15), amounts,
         Qt::AlignRight | Qt::AlignVCenter);
    p.setFont(font(8));
    text(
        p, QRectF(margin + 4, top + 68, contentWidth - 12 - amountsWidth, 15),
        QStringLiteral(
            "Projected shared-savings payment%1 (scenario %2, if YTD performance holds):")
            .arg(pj.recipientName.isEmpty() ? QString() : QStringLiteral(" to ") + pj.recipientName,
                 pj.scenarioName));
    return top + 85;
}

double ScorecardPainter::paintMeasureTable(QPainter& p, const Scorecard& card, double top) const
{
    // All the table's text at one size, which the preview shows at 9 points on a laptop's screen
    // (see ScorecardPreview); a cell too long for its column wraps and its row grows.
    constexpr double points = 7.5;
    constexpr double pad = 4;         // between a cell's text and the next column
    constexpr double rowHeight = 14;  // a row of one line
    constexpr double numberGap = 6;   // more between right-aligned numbers
    constexpr double tierIndent = 6;  // the tiers' blocks apart from the ranks
    constexpr int mostLines = 6;      // of a name or note: only an absurd one is cut
    struct Cells
    {
        QString value, prior, median, rank;
    };
    const QLocale en(QLocale::English);
    std::vector<Cells> cells;
    std::vector<double> nameWidths, noteWidths;
    const QFontMetricsF bold(font(points, true));
    const QFontMetricsF regular(font(points));
    for (const ScorecardRow& row : card.rows) {
        const Measure& m = row.measure;
        const auto value = [&m](const std::optional<double>& v) {
            return v ? m.formatValue(*v) : QStringLiteral("\u2013");
        };
        cells.push_back({value(row.value), value(row.priorValue), value(row.peerMedian),
                         row.belowMinimum ? QStringLiteral("too few")
                         : row.rank       ? QStringLiteral("%1 of %2").arg(en.toString(*row.rank), en.toString(row.peerCount))
                                          : QStringLiteral("\u2013")});
        nameWidths.push_back(regular.horizontalAdvance(m.name) / 4);
        noteWidths.push_back(regular.horizontalAdvance(row.nextTierText) / 4);
    }
    // The columns of numbers and tiers as wide as what they hold (a rank among thousands of
    // peers too); the names and the notes share the rest.
    const auto widest = [&](const char* title, QString Cells::*member) {
        double w = bold.horizontalAdvance(QString::fromUtf8(title)) / 4;
        for (const Cells& c : cells)
            w = std::max(w, regular.horizontalAdvance(c.*member) / 4);
        return w + pad + numberGap;
    };
    const QString noTiers = QStringLiteral("no tiers");
    const char* titles[] = {"Measure", "Value", "Prior", "", "Median", "Rank", "Tier", "To the next tier"};
    std::array<double, 8> widths{0,
                                 widest(titles[1], &Cells::value),
                                 widest(titles[2], &Cells::prior),
                                 14,
                                 widest(titles[4], &Cells::median),
                                 widest(titles[5], &Cells::rank),
                                 tierIndent + std::max(page::tierWidth(points), regular.horizontalAdvance(noTiers) / 4) + pad + numberGap,
                                 0};
    const double room = contentWidth - std::accumulate(widths.begin(), widths.end(), 0.0);
    widths[0] = nameColumnWidth(nameWidths, noteWidths, room, pad);
    widths[7] = room - widths[0];

    p.fillRect(quarter(QRectF(margin, top, contentWidth, rowHeight)), shade);
    p.setPen(ink);
    p.setFont(font(points, true));
    double x = margin + 3;
    for (size_t i = 0; i < widths.size(); ++i) {
        const bool number = i == 1 || i == 2 || i == 4 || i == 5; // headed as they are aligned
        const double indent = i == 6 ? tierIndent : 0;
        text(p, QRectF(x + indent, top, widths[i] - pad - indent, rowHeight), QString::fromUtf8(titles[i]),
             (number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        x += widths[i];
    }
    double y = top + rowHeight;
    p.setFont(font(points));
    const double step = page::lineStep(p);
    for (size_t r = 0; r < card.rows.size(); ++r) {
        const ScorecardRow& row = card.rows[r];
        const QStringList name = page::wrap(p, row.measure.name, widths[0] - pad, mostLines);
        // What the next tier takes says what it counts ("3 fewer admissions for Best (222)").
        const QStringList note = page::wrap(p, row.nextTierText, widths[7] - pad, mostLines);
        x = margin + 3;
        const auto cell = [&](size_t i) { // the row's first line in column i
            const QRectF c(x, y, widths[i] - pad, rowHeight);
            x += widths[i];
            return c;
        };
        p.setPen(ink);
        page::lines(p, cell(0), name, rowHeight, step);
        text(p, cell(1), cells[r].value, Qt::AlignRight | Qt::AlignVCenter);
        text(p, cell(2), cells[r].prior, Qt::AlignRight | Qt::AlignVCenter);
        const QRectF trendCell = cell(3);
        paintTrend(p, QRectF(trendCell.x() + 5, trendCell.y(), trendCell.width() - 5, trendCell.height()), row.trend,
                   row.value && row.priorValue && *row.value > *row.priorValue);
        text(p, cell(4), cells[r].median, Qt::AlignRight | Qt::AlignVCenter);
        text(p, cell(5), cells[r].rank, Qt::AlignRight | Qt::AlignVCenter);
        const QRectF tierCell = cell(6).adjusted(tierIndent, 0, 0, 0);
        if (row.tier)
            page::paintTier(p, tierCell, row.tier->tier, points);
        else
            text(p, tierCell, noTiers);
        p.setPen(muted);
        page::lines(p, cell(7), note, rowHeight, step);
        const double height = rowHeight + static_cast<double>(std::max(name.size(), note.size()) - 1) * step;
        p.setPen(QPen(rule, 2));
        line(p, margin, y + height, margin + contentWidth, y + height);
        y += height;
    }
    p.setPen(muted);
    const QStringList legend = page::wrap(
        p,
        QStringLiteral("Arrows: the direction of the change from the prior window; filled \u25B2\u25BC better, hollow \u25B3\u25BD worse. Rank 1 is best among %1 peers with a denominator of "
                       "at least %2 (\"too few\": shown, not ranked). Tier blocks: none = below baseline, four = extra credit.")
            .arg(card.peerGroupName.toLower())
            .arg(card.options.minimumDenominator),
        contentWidth, 3);
    page::lines(p, QRectF(margin, y + 2, contentWidth, step), legend, step, step);
    return y + 4 + static_cast<double>(legend.size()) * step;
}

double ScorecardPainter::paintCharts(QPainter& p, const Scorecard& card, double top) const
{
    if (card.charts.empty())
        return top;
    const double height =
        card.projection ? 118 : 128; // the projection's strip takes its room from the charts
    const double gap = 14;
    const auto count = static_cast<double>(card.charts.size());
    const double width = (contentWidth - gap * (count - 1)) / count;
    for (size_t i = 0; i < card.charts.size(); ++i)
        paintChart(p, card.charts[i], QRectF(margin + static_cast<double>(i) * (width + gap), top, width, height), card);
    return top + height;
}

void ScorecardPainter::paintChart(QPainter& p, const PeerChart& chart, const QRectF& area, const Scorecard& card) const
{
    const Measure& m = chart.measure;
    p.setPen(ink);
    p.setFont(font(8, true));
    text(p, QRectF(area.x(), area.y(), area.width(), 11), m.name);

    // Room at the right for the tier lines' names.
    const double namesWidth = chart.tiers ? 38 : 0;
    const QRectF plot(area.x() + 30, area.y() + 24, area.width() - 32 - namesWidth, area.height() - 36);
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    const std::vector<PeerBar>& bars = chart.bars();
    for (const PeerBar& bar : bars) {
        low = std::min(low, bar.value);
        high = std::max(high, bar.value);
    }
    if (bars.empty())
        return;
    // A zoomed axis from a round number below the lowest bar, so that differences stay visible;
    // the caption says where it starts.
    const double span = std::max(high - low, 1e-9);
    const Ticks ticks = niceTicks(std::max(0.0, low - span * 0.1), high + span * 0.05, tickUnit(m), 4, false);
    const double axisLow = ticks.low;
    const double axisHigh = ticks.high;
    p.setFont(font(6.5));
    p.setPen(muted);
    text(p, QRectF(area.x(), area.y() + 11, area.width(), 9),
         QStringLiteral("%1 peers, best to worst; dashed: peer median%2")
             .arg(bars.size())
             .arg(axisLow > 0 ? QStringLiteral("; axis from ") + ticks.labels.front() : QString()));
    const auto yOf = [&](double v) { return plot.bottom() - (v - axisLow) / (axisHigh - axisLow) * plot.height(); };

    // Tier cut-points as dotted lines across the plot, named at their right ends, the names
    // pushed apart where cut-points are close.
    if (chart.tiers) {
        std::vector<double> wanted;
        std::vector<int> shown;
        for (int i = 0; i < 4; ++i) {
            const double cut = chart.tiers->cutPoints[static_cast<size_t>(i)];
            if (cut < axisLow || cut > axisHigh)
                continue;
            p.setPen(QPen(rule, 2, Qt::DotLine));
            line(p, plot.left(), yOf(cut), plot.right() + 2, yOf(cut));
            wanted.push_back(yOf(cut));
            shown.push_back(i);
        }
        const double lineHeight = 6.5;
        const auto tops = spreadAlong(wanted, std::vector<double>(wanted.size(), lineHeight), plot.top() - 4,
                                      plot.bottom() + 4, 0.3);
        p.setPen(muted);
        p.setFont(font(5.5));
        for (size_t k = 0; k < shown.size(); ++k)
            text(p, QRectF(plot.right() + 3, tops[k], namesWidth - 3, lineHeight), tierName(Tier(shown[k] + 1)),
                 Qt::AlignLeft | Qt::AlignVCenter);
    }
    // Axis labels.
    p.setFont(font(6));
    p.setPen(muted);
    for (size_t i = 0; i < ticks.values.size(); ++i) {
        const double v = ticks.values[i];
        text(p, QRectF(area.x(), yOf(v) - 5, 27, 10), ticks.labels[i], Qt::AlignRight | Qt::AlignVCenter);
        p.setPen(QPen(shade, 2));
        line(p, plot.left(), yOf(v), plot.right(), yOf(v));
        p.setPen(muted);
    }

    // One bar per peer while they are at least a point wide; beyond that, consecutive peers
    // share a bar at their mean (they are sorted, so neighbours are alike). The focal provider
    // always keeps a bar of its own, drawn last on top.
    const size_t peers = bars.size();
    const size_t slots = std::min(peers, static_cast<size_t>(plot.width()));
    const double slotWidth = plot.width() / static_cast<double>(slots);
    const PeerBar* focal = nullptr;
    double focalX = 0;
    for (size_t slot = 0; slot < slots; ++slot) {
        const size_t first = slot * peers / slots;
        const size_t last = (slot + 1) * peers / slots;
        double sum = 0;
        for (size_t i = first; i < last; ++i) {
            if (i == chart.focal) {
                focal = &bars[i];
                focalX = plot.left() + (static_cast<double>(slot) + 0.5) * slotWidth;
            }
            sum += bars[i].value;
        }
        const double value = sum / static_cast<double>(last - first);
        p.fillRect(quarter(QRectF(plot.left() + static_cast<double>(slot) * slotWidth + slotWidth * 0.1, yOf(value),
                                  slotWidth * 0.8, plot.bottom() - yOf(value))),
                   peerColor);
    }
    const double barWidth = slotWidth;
    if (chart.median) {
        p.setPen(QPen(ink, 3, Qt::DashLine));
        line(p, plot.left(), yOf(*chart.median), plot.right(), yOf(*chart.median));
    }
    p.setPen(QPen(ink, 2));
    line(p, plot.left(), plot.bottom(), plot.right(), plot.bottom());
    if (focal) {
        const double w = std::max(barWidth * 0.8, 2.5);
        p.fillRect(quarter(QRectF(focalX - w / 2, yOf(focal->value), w, plot.bottom() - yOf(focal->value))), focalColor);
        // The label sits above the bar, kept inside the plot.
        p.setPen(ink);
        p.setFont(font(6.5, true));
        // No arrow: on this page an arrow says better or worse.
        const QString label = QStringLiteral("You: ") + m.formatValue(focal->value);
        const double labelWidth = 70;
        const double lx = std::clamp(focalX - labelWidth / 2, plot.left(), plot.right() - labelWidth);
        text(p, QRectF(lx, std::max(plot.top() - 2, yOf(focal->value) - 11), labelWidth, 9), label, Qt::AlignHCenter | Qt::AlignVCenter);
    }
    // The best peer, by name unless blinded.
    if (chart.focal != 0) {
        p.setPen(muted);
        p.setFont(font(6));
        text(p, QRectF(plot.left(), plot.bottom() + 2, plot.width(), 9),
             QStringLiteral("Best: %1 %2").arg(bars.front().label, m.formatValue(bars.front().value)));
    }
    Q_UNUSED(card);
}

void ScorecardPainter::paintPatientLists(QPainter& p, const Scorecard& card, double top, double bottom) const
{
    const bool mask = card.options.maskPhi;
    if (!card.provider.primaryCare) {
        p.setPen(muted);
        p.setFont(font(7.5));
        text(p, QRectF(margin, top, contentWidth, 12),
             QStringLiteral("Pursuit lists and care gaps are drawn for primary care providers, to whom beneficiaries are attributed."));
        return;
    }
    const double gap = 14;
    const double leftWidth = contentWidth * 0.55;
    const double rightWidth = contentWidth - leftWidth - gap;
    const double rowHeight = 10.0;
    const QLocale en(QLocale::English);
    const QDate asOf = card.listsAsOf; // the period's, not the file's latest

    // Pursuit list.
    struct Column
    {
        const char* title;
        double width;
        int align;
    };
    const Column pursuitColumns[] = {{"Patient", 0, Qt::AlignLeft}, {"MBI", 62, Qt::AlignLeft}, {"Age", 22, Qt::AlignRight},
                                     {"Risk", 26, Qt::AlignRight}, {"Adm", 22, Qt::AlignRight}, {"ED", 20, Qt::AlignRight},
                                     {"12-mo cost", 46, Qt::AlignRight}, {"Gaps", 24, Qt::AlignRight}};
    double fixed = 0;
    for (const Column& c : pursuitColumns)
        fixed += c.width;
    // A long name wraps (two lines at most) and its row grows; the other cells are one line.
    const auto drawRow = [&](double y, const QStringList& cells, bool header) {
        double x = margin + 2;
        double height = rowHeight;
        for (size_t i = 0; i < std::size(pursuitColumns); ++i) {
            const double w = pursuitColumns[i].width > 0 ? pursuitColumns[i].width : leftWidth - fixed - 4;
            const QStringList cell = i == 0 ? page::wrap(p, cells[0], w - 3, 2) : QStringList{cells[static_cast<qsizetype>(i)]};
            page::lines(p, QRectF(x, y, w - 3, rowHeight), cell, rowHeight, page::lineStep(p), pursuitColumns[i].align | Qt::AlignVCenter);
            height = std::max(height, rowHeight + static_cast<double>(cell.size() - 1) * page::lineStep(p));
            x += w;
        }
        if (header) {
            p.setPen(QPen(ink, 2));
            line(p, margin, y + rowHeight, margin + leftWidth, y + rowHeight);
            p.setPen(ink);
        }
        return height;
    };
    // As many of the list's rows as the page holds, the title saying so when that is not all.
    p.setFont(font(6.5));
    const double patientWidth = leftWidth - fixed - 7;
    std::vector<QString> names;
    double end = top + 14 + rowHeight + 1;
    for (const PursuitEntry& e : card.pursuit) {
        const QString name = patientName(e.firstName, e.lastName, mask);
        end += rowHeight + static_cast<double>(page::wrap(p, name, patientWidth, 2).size() - 1) * page::lineStep(p);
        if (end > bottom - 9) // room for the note below the list
            break;
        names.push_back(name);
    }
    p.setPen(ink);
    p.setFont(font(8.5, true));
    text(p, QRectF(margin, top, leftWidth, 12),
         names.size() < card.pursuit.size()
             ? QStringLiteral("Pursuit list: the %1 highest-risk of %2 beneficiaries").arg(names.size()).arg(card.pursuit.size())
             : QStringLiteral("Pursuit list: %1 highest-risk beneficiaries").arg(card.pursuit.size()));
    double y = top + 14;
    p.setFont(font(6.5, true));
    drawRow(y, {QStringLiteral("Patient"), QStringLiteral("MBI"), QStringLiteral("Age"), QStringLiteral("Risk"), QStringLiteral("Adm"),
                QStringLiteral("ED"), QStringLiteral("12-mo cost"), QStringLiteral("Gaps")},
            true);
    y += rowHeight + 1;
    p.setFont(font(6.5));
    for (size_t i = 0; i < names.size(); ++i) {
        const PursuitEntry& e = card.pursuit[i];
        const int age = e.birthDate.isValid() ? e.birthDate.daysTo(asOf) / 365 : 0;
        y += drawRow(y, {names[i], patientMbi(e.mbi, mask), QString::number(age),
                         en.toString(e.riskScore, 'f', 2), QString::number(e.admissions + e.readmissions), QString::number(e.edVisits),
                         money(e.costCents), QString::number(e.openGaps)},
                     false);
    }
    p.setPen(muted);
    p.setFont(font(5.5));
    text(p, QRectF(margin, y + 1, leftWidth, 8),
         QStringLiteral("Order: risk score + \u00BD adm. + \u00BC readm. + \u00BC ED visit + "
                        "cost / $25,000, 12 months to %1.")
             .arg(asOf.toString(QStringLiteral("MM/dd/yy"))));

    // Care gaps due soonest.
    const double x0 = margin + leftWidth + gap;
    p.setPen(ink);
    p.setFont(font(8.5, true));
    text(p, QRectF(x0, top, rightWidth, 12),
         QStringLiteral("Open care gaps on %1, due soonest").arg(asOf.toString(QStringLiteral("MM/dd/yy"))));
    y = top + 14;
    // The due date whole, even "overdue 10/01/25" in bold (the painter works in quarter points).
    p.setFont(font(6.5, true));
    const double dueWidth =
        QFontMetricsF(p.font()).horizontalAdvance(QStringLiteral("overdue 00/00/00")) / 4 + 2;
    // The patients' names as wide as the longest of the rows the list can show needs (as many as
    // fit on one line each), up to about a third of the list, and as narrow as initials when
    // masked; the descriptions have the rest. A longer name or description wraps, and its row
    // grows.
    p.setFont(font(6.5));
    const QFontMetricsF metrics(p.font());
    const auto rows = static_cast<size_t>(std::max(0.0, (bottom - y - 2 * rowHeight) / rowHeight));
    double widestName = metrics.horizontalAdvance(QStringLiteral("Patient")) / 4 + 6;
    for (const CareGapEntry& g : std::span(card.careGaps).first(std::min(rows, card.careGaps.size())))
        widestName = std::max(widestName, metrics.horizontalAdvance(patientName(g.firstName, g.lastName, mask)) / 4 + 3);
    const double gapPatientWidth = std::min(widestName, rightWidth * 0.36);
    const double gapX = x0 + gapPatientWidth + 3;
    const double gapWidth = rightWidth - gapPatientWidth - 3 - dueWidth - 2;
    p.setFont(font(6.5, true));
    text(p, QRectF(x0 + 2, y, gapPatientWidth, rowHeight), QStringLiteral("Patient"));
    text(p, QRectF(gapX, y, gapWidth, rowHeight), QStringLiteral("Gap"));
    text(p, QRectF(x0 + rightWidth - dueWidth, y, dueWidth - 2, rowHeight), QStringLiteral("Due"), Qt::AlignRight | Qt::AlignVCenter);
    p.setPen(QPen(ink, 2));
    line(p, x0, y + rowHeight, x0 + rightWidth, y + rowHeight);
    y += rowHeight + 1;
    p.setFont(font(6.5));
    const double step = page::lineStep(p);
    for (const CareGapEntry& g : card.careGaps) {
        const QStringList name = page::wrap(p, patientName(g.firstName, g.lastName, mask), gapPatientWidth - 2);
        const QStringList description = page::wrap(p, g.description, gapWidth - 2);
        const double height = rowHeight + static_cast<double>(std::max(name.size(), description.size()) - 1) * step;
        if (y + height > bottom)
            break;
        p.setPen(ink);
        page::lines(p, QRectF(x0 + 2, y, gapPatientWidth - 2, height), name, rowHeight, step);
        page::lines(p, QRectF(gapX, y, gapWidth - 2, height), description, rowHeight, step);
        p.setFont(font(6.5, g.overdue));
        text(p, QRectF(x0 + rightWidth - dueWidth, y, dueWidth - 2, rowHeight),
             (g.overdue ? QStringLiteral("overdue ") : QString()) +
                 g.dueDate.toString(g.dueDate.year() == asOf.year() ? QStringLiteral("MM/dd")
                                                                    : QStringLiteral("MM/dd/yy")),
             Qt::AlignRight | Qt::AlignVCenter);
        p.setFont(font(6.5));
        y += height;
    }
    if (card.careGaps.empty()) {
        p.setPen(muted);
        text(p, QRectF(x0 + 2, y, rightWidth, rowHeight), QStringLiteral("No open care gaps."));
    }
}

void ScorecardPainter::paintFooter(QPainter& p, const Scorecard& card, const QString& pageText) const
{
    const double y = pageHeight - margin - 12;
    p.setPen(QPen(rule, 2));
    line(p, margin, y - 3, margin + contentWidth, y - 3);
    p.setPen(muted);
    p.setFont(font(6.5));
    text(p, QRectF(margin, y, contentWidth * 0.25, 10), QStringLiteral("Data as of ") + card.aco.dataAsOf);
    const QString confidentiality = card.options.maskPhi
                                        ? QStringLiteral("Confidential. Patient names and MBIs are masked.")
                                        : QStringLiteral("Confidential: contains protected health information. For the named provider and practice staff only.");
    text(p, QRectF(margin + contentWidth * 0.2, y, contentWidth * 0.65, 10), confidentiality, Qt::AlignHCenter | Qt::AlignVCenter);
    text(p, QRectF(margin + contentWidth * 0.8, y, contentWidth * 0.2, 10), pageText,
         Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace aco::ui
