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

std::vector<QStringList> ComparisonReport::totalsRows(const ScenarioComparison& c)
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
    return {money(QObject::tr("Earned savings (pool)"), &ScenarioTotals::poolCents),
            money(QObject::tr("Infrastructure"), &ScenarioTotals::infrastructureCents),
            money(QObject::tr("Care redesign"), &ScenarioTotals::careRedesignCents),
            money(QObject::tr("Reserve"), &ScenarioTotals::reserveCents),
            money(QObject::tr("Unearned, to infrastructure"), &ScenarioTotals::unearnedCents),
            money(QObject::tr("Provider payments"), &ScenarioTotals::paymentsCents),
            group(QObject::tr("   primary care"), &GroupPayments::primaryCareCents),
            group(QObject::tr("   specialists"), &GroupPayments::specialistCents),
            group(QObject::tr("   employed"), &GroupPayments::employedCents),
            group(QObject::tr("   independent"), &GroupPayments::independentCents),
            money(QObject::tr("Loss borne outside the recipients"),
                  &ScenarioTotals::retainedForLossCents),
            row(QObject::tr("Recipients paid"), [](const ScenarioTotals& t) {
                return QStringLiteral("%1 of %2").arg(t.paidRecipients).arg(t.recipients);
            })};
}

void ComparisonReport::paint(QPainter& painter) const
{
    ReportCanvas canvas(painter);
    QStringList names;
    for (size_t s = 0; s < m_comparison.scenarios.size(); ++s)
        names.append(QStringLiteral("%1 %2").arg(ComparisonReport::letter(s),
                                                 m_comparison.scenarios[s].name));
    canvas.title(QObject::tr("Shared savings scenarios compared"),
                 (m_acoName.isEmpty() ? QString() : m_acoName + QStringLiteral(": ")) +
                     names.join(QStringLiteral(", ")));
    QStringList header{QString()};
    std::vector<double> widths{0.32};
    const double column = 0.68 / double(m_comparison.scenarios.size());
    for (size_t s = 0; s < m_comparison.scenarios.size(); ++s) {
        header.append(QStringLiteral("%1: %2").arg(ComparisonReport::letter(s),
                                                   m_comparison.scenarios[s].name));
        widths.push_back(column);
    }
    canvas.table(header, totalsRows(m_comparison), widths);
    canvas.skip(4);
    canvas.chart(ScenarioCharts::comparison(m_comparison), 210);
    canvas.skip(216);
    paintChanges(canvas);
    canvas.footer(QObject::tr("Amounts in dollars; groups share a practice's or department's "
                              "payment by beneficiaries."),
                  1, 1);
}

void ComparisonReport::paintChanges(ReportCanvas& canvas) const
{
    const QString unit = m_comparison.level == Level::Practice     ? QObject::tr("practice")
                         : m_comparison.level == Level::Department ? QObject::tr("department")
                                                                   : QObject::tr("provider");
    // As many of each as fit the rest of the page: five with two scenarios, fewer with more.
    const double perPair =
        (canvas.bottom() - canvas.top()) / double(std::max<size_t>(1, m_comparison.changes.size()));
    const size_t shown = size_t(std::clamp(
        int((perPair - 24.0 - 2 * ReportCanvas::rowHeight) / ReportCanvas::rowHeight / 2), 1,
        changesShown));
    for (const PairwiseChange& pair : m_comparison.changes) {
        canvas.heading(QObject::tr("Biggest winners and losers by %1, A to %2")
                           .arg(unit)
                           .arg(ComparisonReport::letter(pair.other)));
        std::vector<QStringList> rows;
        const auto add = [&](const std::vector<PaymentChange>& changes) {
            for (size_t i = 0; i < changes.size() && i < shown; ++i)
                rows.push_back({changes[i].name, Money::dollars(changes[i].fromCents),
                                Money::dollars(changes[i].toCents),
                                Money::change(changes[i].changeCents)});
        };
        add(pair.winners);
        add(pair.losers);
        if (rows.empty())
            rows.push_back({QObject::tr("No payment changes."), QString(), QString(), QString()});
        canvas.table({QObject::tr("Recipient"), QObject::tr("In A"),
                      QObject::tr("In %1").arg(ComparisonReport::letter(pair.other)),
                      QObject::tr("Change")},
                     rows, {0.4, 0.2, 0.2, 0.2});
    }
}

QByteArray ComparisonReport::pdf() const
{
    return ReportCanvas::pdf(QObject::tr("Shared savings scenarios compared"), 1,
                             [this](QPainter& painter, int) { paint(painter); });
}

} // namespace aco::ui
