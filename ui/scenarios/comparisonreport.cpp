#include "comparisonreport.h"

#include "money.h"
#include "reportcanvas.h"
#include "scenariocharts.h"

#include <QObject>
#include <QPainter>

#include <algorithm>

namespace aco::ui {

ComparisonReport::ComparisonReport(const ScenarioComparison& comparison, QString acoName)
    : m_comparison(comparison), m_acoName(std::move(acoName))
{
}

QString ComparisonReport::letter(size_t index)
{
    return QString(QChar(char16_t(u'A' + index)));
}

namespace {

std::vector<QStringList> rowsOf(const ScenarioComparison& c, bool poolSplit)
{
    const auto row = [&](const QString& label, auto value) {
        QStringList cells{label};
        for (const ScenarioTotals& t : c.scenarios)
            cells.append(value(t));
        return cells;
    };
    const auto money = [&](const QString& label, std::int64_t ScenarioTotals::*field) {
        return row(label, [&](const ScenarioTotals& t) { return Money::dollars(t.*field); });
    };
    const auto group = [&](const QString& label, std::int64_t GroupPayments::*field) {
        return row(label, [&](const ScenarioTotals& t) { return Money::dollars(t.groups.*field); });
    };
    std::vector<QStringList> rows;
    if (poolSplit)
        rows = {money(QObject::tr("Earned savings (pool)"), &ScenarioTotals::poolCents),
                money(QObject::tr("Infrastructure"), &ScenarioTotals::infrastructureCents),
                money(QObject::tr("Care redesign"), &ScenarioTotals::careRedesignCents),
                money(QObject::tr("Reserve"), &ScenarioTotals::reserveCents),
                money(QObject::tr("Unearned, to infrastructure"), &ScenarioTotals::unearnedCents)};
    rows.insert(rows.end(),
                {money(QObject::tr("Provider payments"), &ScenarioTotals::paymentsCents),
                 group(QObject::tr("   primary care"), &GroupPayments::primaryCareCents),
                 group(QObject::tr("   specialists"), &GroupPayments::specialistCents),
                 group(QObject::tr("   employed"), &GroupPayments::employedCents),
                 group(QObject::tr("   independent"), &GroupPayments::independentCents)});
    if (poolSplit)
        rows.push_back(money(QObject::tr("Loss borne outside the recipients"),
                             &ScenarioTotals::retainedForLossCents));
    rows.push_back(row(QObject::tr("Recipients paid"), [](const ScenarioTotals& t) {
        return QStringLiteral("%1 of %2").arg(t.paidRecipients).arg(t.recipients);
    }));
    return rows;
}

} // namespace

std::vector<QStringList> ComparisonReport::totalsRows(const ScenarioComparison& c)
{
    return rowsOf(c, true);
}

QString ComparisonReport::key() const
{
    QStringList names;
    for (size_t s = 0; s < m_comparison.scenarios.size(); ++s)
        names.append(QStringLiteral("%1: %2").arg(ComparisonReport::letter(s),
                                                  m_comparison.scenarios[s].name));
    return names.join(QStringLiteral("; "));
}

void ComparisonReport::paintTable(ReportCanvas& canvas, const std::vector<QStringList>& rows,
                                  double labelWidth) const
{
    QStringList header{QString()};
    std::vector<double> widths{labelWidth};
    const double column = (1.0 - labelWidth) / double(m_comparison.scenarios.size());
    for (size_t s = 0; s < m_comparison.scenarios.size(); ++s) {
        header.append(QStringLiteral("%1: %2").arg(ComparisonReport::letter(s),
                                                   m_comparison.scenarios[s].name));
        widths.push_back(column);
    }
    canvas.table(header, rows, widths);
}

void ComparisonReport::paint(QPainter& painter) const
{
    ReportCanvas canvas(painter);
    canvas.title(QObject::tr("Shared savings scenarios compared"),
                 (m_acoName.isEmpty() ? QString() : m_acoName + QStringLiteral(" — ")) + key());
    paintTable(canvas, totalsRows(m_comparison), 0.32);
    canvas.skip(4);
    canvas.chart(ScenarioCharts::comparison(m_comparison), 210);
    canvas.skip(216);
    paintChanges(canvas);
    canvas.footer(QObject::tr("Amounts in dollars; groups share a practice's or department's "
                              "payment by beneficiaries."),
                  1, 1);
}

void ComparisonReport::paint(QPainter& painter, const QRectF& area) const
{
    ReportCanvas canvas(painter, area);
    canvas.text(key());
    canvas.heading(QObject::tr("Provider payments by group"));
    // Columns no wider than the amounts need, so that a row reads across easily.
    const double label = 140.0;
    const double width =
        std::min(canvas.width(), label + 170.0 * double(m_comparison.scenarios.size()));
    ReportCanvas table = canvas.column(0.0, width);
    paintTable(table, rowsOf(m_comparison, false), label / width);
    canvas.skip(table.top() - canvas.top());
    paintChanges(canvas);
}

void ComparisonReport::paintChanges(ReportCanvas& canvas) const
{
    const QString unit = m_comparison.level == Level::Practice     ? QObject::tr("practice")
                         : m_comparison.level == Level::Department ? QObject::tr("department")
                                                                   : QObject::tr("provider");
    // As many of each as fit the rest of the area: five with two scenarios, fewer with more. A
    // wide area (a landscape page) holds the winners beside the losers.
    const bool sideBySide = canvas.width() > ReportCanvas::pageWidth;
    const double perPair =
        (canvas.bottom() - canvas.top()) / double(std::max<size_t>(1, m_comparison.changes.size()));
    const int lines = int((perPair - 24.0 - 2 * ReportCanvas::rowHeight) / ReportCanvas::rowHeight);
    const size_t shown = size_t(std::clamp(sideBySide ? lines : lines / 2, 1, changesShown));
    const std::vector<double> widths{0.4, 0.2, 0.2, 0.2};
    for (const PairwiseChange& pair : m_comparison.changes) {
        canvas.heading(QObject::tr("Biggest winners and losers by %1, A to %2")
                           .arg(unit)
                           .arg(ComparisonReport::letter(pair.other)));
        const auto header = [&](const QString& first) {
            return QStringList{first, QObject::tr("In A"),
                               QObject::tr("In %1").arg(ComparisonReport::letter(pair.other)),
                               QObject::tr("Change")};
        };
        std::vector<QStringList> rows;
        const auto add = [&](const std::vector<PaymentChange>& changes) {
            for (size_t i = 0; i < changes.size() && i < shown; ++i)
                rows.push_back({changes[i].name, Money::dollars(changes[i].fromCents),
                                Money::dollars(changes[i].toCents),
                                Money::change(changes[i].changeCents)});
        };
        if (sideBySide) {
            const double gap = 24.0;
            const double half = (canvas.width() - gap) / 2;
            ReportCanvas left = canvas.column(0.0, half);
            ReportCanvas right = canvas.column(half + gap, half);
            const auto side = [&](ReportCanvas& column, const QString& title,
                                  const std::vector<PaymentChange>& changes, const QString& none) {
                rows.clear();
                add(changes);
                if (rows.empty())
                    rows.push_back({none, QString(), QString(), QString()});
                column.table(header(title), rows, widths);
            };
            side(left, QObject::tr("Gains most"), pair.winners, QObject::tr("No one gains."));
            side(right, QObject::tr("Loses most"), pair.losers, QObject::tr("No one loses."));
            canvas.skip(std::max(left.top(), right.top()) - canvas.top());
            continue;
        }
        add(pair.winners);
        add(pair.losers);
        if (rows.empty())
            rows.push_back({QObject::tr("No payment changes."), QString(), QString(), QString()});
        canvas.table(header(QObject::tr("Recipient")), rows, widths);
    }
}

QByteArray ComparisonReport::pdf() const
{
    return ReportCanvas::pdf(QObject::tr("Shared savings scenarios compared"), 1,
                             [this](QPainter& painter, int) { paint(painter); });
}

} // namespace aco::ui
