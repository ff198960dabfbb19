#include "scorecardriskpainter.h"

#include "pagepainting.h"
#include "risk/riskstore.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace aco::ui {

namespace {

using page::contentWidth;
using page::font;
using page::ink;
using page::line;
using page::margin;
using page::muted;
using page::quarter;
using page::rule;
using page::shade;
using page::text;

constexpr double rowHeight = 10.0;

QString score(double value)
{
    return QLocale(QLocale::English).toString(value, 'f', 3);
}

QString signedScore(double value)
{
    // Scores have three decimals; a change that rounds to none reads without a sign.
    if (std::lround(value * 1000.0) == 0)
        return score(0.0);
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + score(std::abs(value));
}

QString date(const QDate& d)
{
    return d.toString(QStringLiteral("MM/dd/yy"));
}

struct Column
{
    QString title;
    double width; // 0: the rest
    int align;
    bool wraps = false; // onto a second line, the row growing; else elided
};

// Draws one row of `columns` across the content width; a header row is bold and underlined. A
// long text in a column that wraps (a patient's name, a condition) takes a second line and the
// row grows: returns its height.
double drawRow(QPainter& p, const std::vector<Column>& columns, double y, const QStringList& cells,
               bool header)
{
    double fixed = 0;
    for (const Column& c : columns)
        fixed += c.width;
    p.setPen(ink);
    p.setFont(font(6.5, header));
    const double step = page::lineStep(p);
    double x = margin + 2;
    double height = rowHeight;
    for (size_t i = 0; i < columns.size(); ++i) {
        const double w = columns[i].width > 0 ? columns[i].width : contentWidth - fixed - 4;
        const QString& cell = cells[static_cast<qsizetype>(i)];
        const QStringList lines = columns[i].wraps ? page::wrap(p, cell, w - 4, 2) : QStringList{cell};
        page::lines(p, QRectF(x, y, w - 4, rowHeight), lines, rowHeight, step,
                    columns[i].align | Qt::AlignVCenter);
        height = std::max(height, rowHeight + static_cast<double>(lines.size() - 1) * step);
        x += w;
    }
    p.setPen(header ? QPen(ink, 2) : QPen(rule, 1));
    line(p, margin, y + height, margin + contentWidth, y + height);
    return height;
}

void title(QPainter& p, double y, const QString& heading, const QString& note)
{
    p.setPen(ink);
    p.setFont(font(8.5, true));
    text(p, QRectF(margin, y, contentWidth, 12), heading);
    p.setPen(muted);
    p.setFont(font(6.5));
    text(p, QRectF(margin, y + 12, contentWidth, 9), note);
}

} // namespace

void ScorecardRiskPainter::paint(QPainter& p, const Scorecard& card, double top, double bottom) const
{
    const ScorecardRisk& risk = *card.risk;
    double y = paintSummary(p, card, top);
    const QString prior = QString::number(risk.paymentYear - 1);
    const QString current = QString::number(risk.paymentYear);
    y = paintChanges(p, card, risk.year,
                     QStringLiteral("Risk scores that changed most since %1").arg(prior),
                     prior, current, y + 10);
    const QuarterRiskChanges& q = risk.quarter;
    y = paintChanges(
        p, card, q,
        QStringLiteral("Since the prior quarter: interim scores from the claims of the 12 months to %1 "
                       "against those to %2")
            .arg(date(q.windowEnd), date(q.priorWindowEnd)),
        date(q.priorWindowEnd), date(q.windowEnd), y + 10);
    paintRecapture(p, card, y + 10, bottom);
}

double ScorecardRiskPainter::paintSummary(QPainter& p, const Scorecard& card, double top) const
{
    const ScorecardRisk& risk = *card.risk;
    const QLocale en(QLocale::English);
    p.fillRect(quarter(QRectF(margin, top, contentWidth, 40)), shade);
    p.setPen(ink);
    p.setFont(font(8, true));
    const PanelRiskChanges& year = risk.year;
    QString panel = year.panelAverage
                        ? QStringLiteral("Your panel's average risk score: %1").arg(score(*year.panelAverage))
                        : QStringLiteral("None of your patients has a risk score");
    panel += QStringLiteral("  \u00B7  the ACO's: %1").arg(score(risk.aco.average));
    if (year.panelAverage && risk.aco.average > 0)
        panel += QStringLiteral("  (%1% %2)")
                     .arg(en.toString(std::abs(*year.panelAverage / risk.aco.average - 1.0) * 100.0, 'f', 0))
                     .arg(*year.panelAverage >= risk.aco.average ? QStringLiteral("higher")
                                                                 : QStringLiteral("lower"));
    text(p, QRectF(margin + 4, top + 2, contentWidth - 8, 13), panel);
    p.setFont(font(7));
    text(p, QRectF(margin + 4, top + 15, contentWidth - 8, 11),
         QStringLiteral("Payment year %1: CMS-HCC scores (normalized) from the claims of %2.")
             .arg(risk.paymentYear)
             .arg(risk.paymentYear - 1));
    QString counts = QStringLiteral("Your %1 attributed patients; %2 beneficiaries scored in the ACO.")
                         .arg(en.toString(year.patients), en.toString(risk.aco.beneficiaries));
    if (year.panelPriorAverage)
        counts += QStringLiteral(" Your panel's average for %1: %2.")
                      .arg(risk.paymentYear - 1)
                      .arg(score(*year.panelPriorAverage));
    text(p, QRectF(margin + 4, top + 26, contentWidth - 8, 11), counts);
    return top + 40;
}

double ScorecardRiskPainter::paintChanges(QPainter& p, const Scorecard& card,
                                          const PanelRiskChanges& changes, const QString& heading,
                                          const QString& beforeTitle, const QString& afterTitle,
                                          double top) const
{
    const bool mask = card.options.maskPhi;
    title(p, top, heading,
          QStringLiteral("%1 patients scored in both; the largest changes either way. Payment HCCs "
                         "gained and lost explain them: a visit to confirm or update the conditions.")
              .arg(changes.compared));
    const std::vector<Column> columns = {
        {QStringLiteral("Patient"), 110, Qt::AlignLeft, true}, {QStringLiteral("MBI"), 62, Qt::AlignLeft},
        {beforeTitle, 40, Qt::AlignRight},                {afterTitle, 40, Qt::AlignRight},
        {QStringLiteral("Change"), 42, Qt::AlignRight},   {QString(), 10, Qt::AlignLeft},
        {QStringLiteral("HCCs gained"), 122, Qt::AlignLeft},
        {QStringLiteral("HCCs lost"), 0, Qt::AlignLeft}};
    double y = top + 23;
    QStringList titles;
    for (const Column& c : columns)
        titles << c.title;
    drawRow(p, columns, y, titles, true);
    y += rowHeight + 1;
    for (const PatientRiskChange& c : changes.changes) {
        y += drawRow(p, columns, y,
                     {patientName(c.firstName, c.lastName, mask), patientMbi(c.mbi, mask),
                      score(c.before), score(c.after), signedScore(c.change()), QString(),
                      hccListText(c.gained), hccListText(c.lost)},
                     false);
    }
    if (changes.changes.empty()) {
        p.setPen(muted);
        p.setFont(font(6.5));
        text(p, QRectF(margin + 2, y, contentWidth, rowHeight),
             QStringLiteral("No patient of the panel has a score in both."));
        y += rowHeight;
    }
    return y;
}

void ScorecardRiskPainter::paintRecapture(QPainter& p, const Scorecard& card, double top,
                                          double bottom) const
{
    const RecaptureList& list = card.risk->recapture;
    const bool mask = card.options.maskPhi;
    title(p, top,
          QStringLiteral("To document again in %1: %2 conditions of %3 not yet seen by %4")
              .arg(list.year)
              .arg(list.entries.size())
              .arg(list.year - 1)
              .arg(date(list.asOf)),
          QStringLiteral("Payment HCCs the claims of %1 gave and those of %2 have not: the visit to "
                         "schedule, longest unseen first.")
              .arg(list.year - 1)
              .arg(list.year));
    const std::vector<Column> columns = {{QStringLiteral("Patient"), 110, Qt::AlignLeft, true},
                                         {QStringLiteral("MBI"), 62, Qt::AlignLeft},
                                         {QStringLiteral("HCC"), 40, Qt::AlignLeft},
                                         {QStringLiteral("Condition"), 0, Qt::AlignLeft, true},
                                         {QStringLiteral("Last seen"), 50, Qt::AlignRight}};
    double y = top + 23;
    drawRow(p, columns, y,
            {columns[0].title, columns[1].title, columns[2].title, columns[3].title, columns[4].title},
            true);
    y += rowHeight + 1;
    size_t shown = 0;
    for (const RecaptureEntry& e : list.entries) {
        if (y + 3 * rowHeight > bottom) // room for a name on two lines and the line saying how many more
            break;
        y += drawRow(p, columns, y,
                     {patientName(e.firstName, e.lastName, mask), patientMbi(e.mbi, mask),
                      QStringLiteral("HCC%1").arg(e.hcc), e.hccLabel, date(e.lastSeen)},
                     false);
        ++shown;
    }
    p.setPen(muted);
    p.setFont(font(6.5));
    if (list.entries.empty())
        text(p, QRectF(margin + 2, y, contentWidth, rowHeight),
             QStringLiteral("Every condition of %1 has been documented again.").arg(list.year - 1));
    else if (shown < list.entries.size())
        text(p, QRectF(margin + 2, y, contentWidth, rowHeight),
             QStringLiteral("\u2026 and %1 more.")
                 .arg(list.entries.size() - shown));
}

} // namespace aco::ui
