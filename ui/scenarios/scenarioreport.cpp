#include "scenarioreport.h"

#include "money.h"
#include "mssp/msspformat.h"
#include "reportcanvas.h"
#include "scenariocharts.h"
#include "splitbar.h"

#include <QObject>
#include <QPainter>

#include <cmath>

namespace aco::ui {

namespace {

QString paidAs(Level level)
{
    switch (level) {
    case Level::Practice:
        return QObject::tr("practices");
    case Level::Department:
        return QObject::tr("departments");
    default:
        return QObject::tr("individual providers");
    }
}

// Monte Carlo figures are estimates: whole dollars.
QString dollarsOf(double cents)
{
    return Money::wholeDollars(std::llround(cents));
}

} // namespace

ScenarioReport::ScenarioReport(const Scenario& scenario, const Allocation& allocation,
                               const std::optional<MonteCarloResult>& monteCarlo, QString acoName)
    : m_scenario(scenario), m_allocation(allocation), m_monteCarlo(monteCarlo),
      m_acoName(std::move(acoName))
{
}

QStringList ScenarioReport::describe(const Scenario& s, bool wholeDollars)
{
    const auto money = wholeDollars ? &Money::wholeDollars : &Money::dollars;
    QStringList lines;
    if (s.source == Scenario::Source::Mssp) {
        QString source = QObject::tr("Savings: MSSP reconciliation of %1, expenditures %2%3%")
                             .arg(s.year)
                             .arg(s.expenditureChange > 0 ? QStringLiteral("+") : QString())
                             .arg(s.expenditureChange * 100.0, 0, 'f', 1);
        if (s.qualityScore)
            source += QObject::tr(", quality score %1").arg(MsspFormat::qualityScore(*s.qualityScore));
        lines.append(source);
    } else {
        lines.append(QObject::tr("Savings: an amount of %1").arg(money(s.amountCents)));
    }
    lines.append(QObject::tr("Split: infrastructure %1, care redesign %2, providers %3, reserve %4")
                     .arg(Money::percent(s.infrastructureBasisPoints),
                          Money::percent(s.careRedesignBasisPoints),
                          Money::percent(s.providerBasisPoints),
                          Money::percent(s.reserveBasisPoints)));
    QStringList who;
    if (s.primaryCare)
        who.append(QObject::tr("primary care"));
    if (s.specialists)
        who.append(QObject::tr("specialists"));
    QStringList employment;
    if (s.employed)
        employment.append(QObject::tr("employed"));
    if (s.independent)
        employment.append(QObject::tr("independent"));
    QString eligibility = QObject::tr("Eligible: %1 (%2), paid as %3")
                              .arg(who.join(QObject::tr(" and ")),
                                   employment.join(QObject::tr(" and ")), paidAs(s.level));
    if (s.minimumBeneficiaries > 0)
        eligibility += QObject::tr(", at least %1 beneficiaries").arg(s.minimumBeneficiaries);
    if (s.engagement)
        eligibility +=
            QObject::tr(", %1 at least %2").arg(s.engagement->code).arg(s.engagement->minimum);
    lines.append(eligibility);
    QString basis;
    switch (s.basis) {
    case Scenario::Basis::Tiers: {
        QStringList measures;
        for (const ScenarioMeasure& m : s.measures)
            measures.append(
                QStringLiteral("%1 %2").arg(m.code, Money::percent(m.weightBasisPoints)));
        basis =
            QObject::tr("Payment: by performance tiers on %1; maximum shared %2")
                .arg(measures.join(QStringLiteral(", ")), s.maximumBy == Scenario::MaximumBy::Equal
                                                              ? QObject::tr("equally")
                                                              : QObject::tr("by beneficiaries"));
        break;
    }
    case Scenario::Basis::Beneficiaries:
        basis = QObject::tr("Payment: in proportion to attributed beneficiaries");
        break;
    case Scenario::Basis::Equal:
        basis = QObject::tr("Payment: equal shares");
        break;
    }
    basis += s.unearned == Scenario::Unearned::ToEarners
                 ? QObject::tr("; unearned money to the earners")
                 : QObject::tr("; unearned money to infrastructure");
    lines.append(basis);
    lines.append(QObject::tr("Losses: %1%2; prior reserve %3")
                     .arg(s.lossBearer == Scenario::LossBearer::ProRata
                              ? QObject::tr("shared by beneficiaries")
                              : QObject::tr("borne by the employed medical group"),
                          s.lossBearer == Scenario::LossBearer::ProRata && s.shieldIndependent
                              ? QObject::tr(", independent providers shielded")
                              : QString(),
                          money(s.priorReserveCents)));
    return lines;
}

QString ScenarioReport::title() const
{
    return QObject::tr("Shared savings scenario: %1")
        .arg(m_scenario.name.isEmpty() ? QObject::tr("(not saved)") : m_scenario.name);
}

int ScenarioReport::rowsPerPage() const
{
    // Title, heading and header row above; the footer below.
    return int((ReportCanvas::pageHeight - 2 * ReportCanvas::margin - 20.0 - 110.0) /
               ReportCanvas::rowHeight);
}

int ScenarioReport::pageCount() const
{
    const int rows = int(m_allocation.recipients.size());
    return firstTablePage() + std::max(1, (rows + rowsPerPage() - 1) / rowsPerPage());
}

void ScenarioReport::paintPage(QPainter& painter, int page) const
{
    ReportCanvas canvas(painter);
    canvas.title(title(), m_acoName.isEmpty() ? QObject::tr("ACO Workbench") : m_acoName);
    if (page == 0)
        paintSummary(canvas);
    else if (page < firstTablePage())
        paintMonteCarlo(canvas);
    else
        paintPayments(canvas, page - firstTablePage());
    canvas.footer(QObject::tr("Amounts in dollars; every cent of the pool is accounted for."),
                  page + 1, pageCount());
}

void ScenarioReport::paintSummary(ReportCanvas& canvas) const
{
    canvas.heading(QObject::tr("Inputs"));
    for (const QString& line : describe(m_scenario))
        canvas.text(line);
    canvas.heading(QObject::tr("Where the pool goes"));
    const Allocation& a = m_allocation;
    std::int64_t paid = 0;
    for (const RecipientAllocation& r : a.recipients)
        paid += r.paymentCents;
    const auto share = [&](std::int64_t cents) {
        return a.poolCents != 0 ? QStringLiteral("%1%").arg(
                                      100.0 * double(cents) / double(a.poolCents), 0, 'f', 1)
                                : QString();
    };
    std::vector<QStringList> rows;
    const auto add = [&](const QString& label, std::int64_t cents) {
        rows.push_back({label, share(cents), Money::dollars(cents)});
    };
    add(QObject::tr("Earned savings (the pool)"), a.poolCents);
    if (a.poolCents >= 0) {
        add(QObject::tr("Infrastructure"), a.infrastructureCents);
        add(QObject::tr("Care redesign"), a.careRedesignCents);
        add(QObject::tr("Reserve"), a.reserveCents);
        add(QObject::tr("Provider pool"), a.providerPoolCents);
        add(QObject::tr("   paid to recipients"), paid);
        add(QObject::tr("   unearned, to infrastructure"), a.unearnedToInfrastructureCents);
    } else {
        add(QObject::tr("Repaid from prior reserve"), a.fromPriorReserveCents);
        add(QObject::tr("Borne by the medical group"), a.medicalGroupCents);
        add(QObject::tr("Owed by recipients"), paid);
        add(QObject::tr("Absorbed by the ACO"), a.absorbedByAcoCents);
    }
    canvas.table({QObject::tr("Part"), QObject::tr("Share"), QObject::tr("Amount")}, rows,
                 {0.5, 0.2, 0.3});
    canvas.skip(8);
    canvas.chart(SplitBar::chart(m_scenario, a), 150);
    canvas.skip(156);
    canvas.chart(ScenarioCharts::payments(a, 12), std::max(120.0, canvas.bottom() - canvas.top()));
}

void ScenarioReport::paintMonteCarlo(ReportCanvas& canvas) const
{
    const MonteCarloResult& mc = *m_monteCarlo;
    canvas.heading(QObject::tr("Uncertainty: %1 Monte Carlo trials").arg(MsspFormat::count(mc.trials)));
    canvas.text(
        QObject::tr("Expenditure coefficient of variation %1%; probability of earning savings %2%.")
            .arg(mc.expenditureCv * 100.0, 0, 'f', 2)
            .arg(mc.probabilityEarned * 100.0, 0, 'f', 1));
    canvas.table({QObject::tr("Earned savings"), QObject::tr("Mean"), QObject::tr("5th percentile"),
                  QObject::tr("Median"), QObject::tr("95th percentile")},
                 {{QObject::tr("All trials"), dollarsOf(mc.earned.mean), dollarsOf(mc.earned.p5),
                   dollarsOf(mc.earned.p50), dollarsOf(mc.earned.p95)}},
                 {0.2, 0.2, 0.2, 0.2, 0.2});
    canvas.skip(6);
    canvas.chart(ScenarioCharts::histogram(mc), 260);
    canvas.skip(270);
    canvas.chart(ScenarioCharts::tornado(mc, m_allocation.poolCents), 170);
}

void ScenarioReport::paintPayments(ReportCanvas& canvas, int tablePage) const
{
    const int perPage = rowsPerPage();
    const int count = int(m_allocation.recipients.size());
    const int first = tablePage * perPage;
    const int last = std::min(count, first + perPage);
    canvas.heading(QObject::tr("Payments by recipient (%1 to %2 of %3)")
                       .arg(std::min(first + 1, count))
                       .arg(last)
                       .arg(count));
    QStringList header{QObject::tr("Recipient"), QObject::tr("Eligible"), QObject::tr("Maximum"),
                       QObject::tr("Payment")};
    std::vector<double> widths{0.4, 0.12, 0.24, 0.24};
    if (m_monteCarlo) {
        header << QObject::tr("5th pct") << QObject::tr("95th pct");
        widths = {0.32, 0.08, 0.15, 0.15, 0.15, 0.15};
    }
    std::vector<QStringList> rows;
    for (int i = first; i < last; ++i) {
        const RecipientAllocation& r = m_allocation.recipients[size_t(i)];
        QStringList row{r.name, r.eligible ? QObject::tr("yes") : QObject::tr("no"),
                        Money::dollars(r.maximumCents), Money::dollars(r.paymentCents)};
        if (m_monteCarlo) {
            const MonteCarloSummary& p = m_monteCarlo->recipients[size_t(i)].payment;
            row << dollarsOf(p.p5) << dollarsOf(p.p95);
        }
        rows.push_back(row);
    }
    canvas.table(header, rows, widths);
}

QByteArray ScenarioReport::pdf(const ReportCanvas::PageDone& pageDone) const
{
    return ReportCanvas::pdf(
        title(), pageCount(), [this](QPainter& painter, int page) { paintPage(painter, page); },
        pageDone);
}

} // namespace aco::ui
