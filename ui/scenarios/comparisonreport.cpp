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

// In whole dollars (for the board), each pair of groups still adds up to the payments above it:
// primary care and specialists, employed and independent.
std::vector<std::vector<std::int64_t>> wholeDollarsOf(const std::vector<ComparisonFigure>& figures)
{
    std::vector<std::vector<std::int64_t>> amounts(figures.size());
    for (size_t f = 0; f < figures.size(); ++f) {
        const ComparisonFigure& figure = figures[f];
        if (figure.part && f + 1 < figures.size() && figures[f + 1].part) {
            for (size_t s = 0; s < figure.cents.size(); ++s) {
                const auto pair =
                    Money::wholeDollarParts({figure.cents[s], figures[f + 1].cents[s]});
                amounts[f].push_back(pair[0]);
                amounts[f + 1].push_back(pair[1]);
            }
            ++f; // the pair's second, done
            continue;
        }
        for (const std::int64_t cents : figure.cents)
            amounts[f].push_back(Money::roundedToDollars(cents));
    }
    return amounts;
}

std::vector<QStringList> rowsOf(const ScenarioComparison& c, bool poolSplit, bool wholeDollars)
{
    std::vector<QStringList> rows;
    const std::vector<ComparisonFigure> figures = ComparisonReport::figures(c, poolSplit);
    const auto rounded = wholeDollars ? wholeDollarsOf(figures)
                                      : std::vector<std::vector<std::int64_t>>{};
    for (size_t f = 0; f < figures.size(); ++f) {
        const ComparisonFigure& figure = figures[f];
        QStringList cells{figure.part ? QStringLiteral("   ") + figure.label.toLower()
                                      : figure.label};
        for (size_t s = 0; s < figure.cents.size(); ++s)
            cells.append(wholeDollars ? Money::wholeDollars(rounded[f][s])
                                      : Money::dollars(figure.cents[s]));
        rows.push_back(cells);
    }
    QStringList paid{QObject::tr("Recipients paid")};
    for (const ScenarioTotals& t : c.scenarios)
        paid.append(QStringLiteral("%1 of %2").arg(t.paidRecipients).arg(t.recipients));
    rows.push_back(paid);
    return rows;
}

} // namespace

std::vector<ComparisonFigure> ComparisonReport::figures(const ScenarioComparison& c,
                                                        bool poolSplit)
{
    std::vector<ComparisonFigure> figures;
    const auto add = [&](const QString& label, bool part, bool charted, auto value) {
        ComparisonFigure figure{label, part, charted, {}};
        for (const ScenarioTotals& t : c.scenarios)
            figure.cents.push_back(value(t));
        figures.push_back(std::move(figure));
    };
    const auto total = [&](const QString& label, std::int64_t ScenarioTotals::*field,
                           bool charted = true) {
        add(label, false, charted, [field](const ScenarioTotals& t) { return t.*field; });
    };
    const auto group = [&](const QString& label, std::int64_t GroupPayments::*field) {
        add(label, true, true, [field](const ScenarioTotals& t) { return t.groups.*field; });
    };
    if (poolSplit) {
        total(QObject::tr("Earned savings (pool)"), &ScenarioTotals::poolCents, false);
        total(QObject::tr("Infrastructure"), &ScenarioTotals::infrastructureCents);
        total(QObject::tr("Care redesign"), &ScenarioTotals::careRedesignCents);
        total(QObject::tr("Reserve"), &ScenarioTotals::reserveCents);
        total(QObject::tr("Unearned, to infrastructure"), &ScenarioTotals::unearnedCents);
    }
    total(QObject::tr("Provider payments"), &ScenarioTotals::paymentsCents);
    group(QObject::tr("Primary care"), &GroupPayments::primaryCareCents);
    group(QObject::tr("Specialists"), &GroupPayments::specialistCents);
    group(QObject::tr("Employed"), &GroupPayments::employedCents);
    group(QObject::tr("Independent"), &GroupPayments::independentCents);
    if (poolSplit)
        total(QObject::tr("Loss borne outside the recipients"),
              &ScenarioTotals::retainedForLossCents, false);
    return figures;
}

std::vector<QStringList> ComparisonReport::totalsRows(const ScenarioComparison& c)
{
    return rowsOf(c, true, false);
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
    paintChanges(canvas, false);
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
    paintTable(table, rowsOf(m_comparison, false, true), label / width);
    canvas.skip(table.top() - canvas.top());
    paintChanges(canvas, true);
}

void ComparisonReport::paintChanges(ReportCanvas& canvas, bool wholeDollars) const
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
            for (size_t i = 0; i < changes.size() && i < shown; ++i) {
                const PaymentChange& c = changes[i];
                if (!wholeDollars) {
                    rows.push_back({c.name, Money::dollars(c.fromCents),
                                    Money::dollars(c.toCents), Money::change(c.changeCents)});
                    continue;
                }
                // The change of the rounded amounts, so that the row adds up as printed.
                const std::int64_t from = Money::roundedToDollars(c.fromCents);
                const std::int64_t to = Money::roundedToDollars(c.toCents);
                rows.push_back({c.name, Money::wholeDollars(from), Money::wholeDollars(to),
                                (to > from ? QStringLiteral("+") : QString()) +
                                    Money::wholeDollars(to - from)});
            }
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
