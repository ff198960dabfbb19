#include "dashboardview.h"

#include "dashboardtile.h"
#include "enrollmenttable.h"
#include "expenditurechart.h"
#include "measurebars.h"
#include "moverstable.h"
#include "mssp/msspformat.h"
#include "store/store.h"
#include "tierbars.h"

#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

enum Kpi
{
    SavingsRateKpi,
    SharedSavingsKpi,
    QualityKpi,
    SpendingKpi,
    KpiCount
};

// Twelve columns: a KPI takes three, and a print row can split the width other than in halves.
constexpr int gridColumns = 12;
constexpr int kpiSpan = gridColumns / KpiCount;

// "$12,345,678": whole dollars, for amounts read across a room.
QString wholeDollars(double amount)
{
    return (amount < 0 ? QStringLiteral("-$") : QStringLiteral("$")) +
           MsspFormat::count(std::llround(std::abs(amount)));
}

QString monthRange(const std::vector<ExpenditureMonth>& months)
{
    if (months.empty())
        return {};
    const QLocale english(QLocale::English);
    const Period first = months.front().period;
    const Period last = months.back().period;
    const QString end = english.monthName(last.month(), QLocale::ShortFormat) + QLatin1Char(' ') +
                        QString::number(last.year());
    return first == last
               ? end
               : english.monthName(first.month(), QLocale::ShortFormat) + QStringLiteral("–") + end;
}

} // namespace

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel), m_subheading(new QLabel), m_message(new QLabel),
      m_chart(new QChartView), m_chartLegend(new QLabel), m_measures(new MeasureBars),
      m_tiers(new TierBars), m_movers(new MoversTable), m_enrollment(new EnrollmentTable)
{
    setAutoFillBackground(true);
    QPalette background = palette();
    background.setColor(QPalette::Window, QColor(0xf3, 0xf5, 0xf7));
    setPalette(background);
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.1);
    setFont(base);

    QFont headingFont = base;
    headingFont.setPointSizeF(base.pointSizeF() * 1.6);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(tr("Board dashboard"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(14, 12, 14, 12);
    m_grid->setSpacing(12);
    m_grid->addWidget(m_heading, 0, 0, 1, gridColumns);
    m_grid->addWidget(m_subheading, 1, 0, 1, gridColumns);
    m_grid->addWidget(m_message, 2, 0, 1, gridColumns);

    const QString kpiTitles[KpiCount] = {tr("Projected savings rate"),
                                         tr("Projected shared savings"),
                                         tr("Quality determination"), tr("Spending to date")};
    for (int k = 0; k < KpiCount; ++k) {
        auto* body = new QWidget;
        auto* value = new QLabel;
        auto* caption = new QLabel;
        caption->setWordWrap(true);
        auto* layout = new QVBoxLayout(body);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(value);
        layout->addWidget(caption, 1, Qt::AlignTop);
        m_kpiValues.push_back(value);
        m_kpiCaptions.push_back(caption);
        DashboardTile* tile =
            addTile(kpiTitles[k], body,
                    tr("The Shared Savings Program reconciliation from the year's spending: "
                       "projected from spending to date until December. Click or press Enter "
                       "for the MSSP calculator."));
        connect(tile, &DashboardTile::activated, this, &DashboardView::msspRequested);
    }

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setAttribute(Qt::WA_TransparentForMouseEvents); // a click is the tile's
    // The legend is a label of its own, as text that prints wherever the view is drawn.
    auto* chartBody = new QWidget;
    auto* chartLayout = new QVBoxLayout(chartBody);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chart, 1);
    // Wrapped between entries: unwrapped, the legend's width would widen the chart's columns
    // at the measures' expense, and half a printed page holds it on two lines.
    m_chartLegend->setWordWrap(true);
    chartLayout->addWidget(m_chartLegend);
    DashboardTile* chartTile =
        addTile(tr("Spending against the benchmark"), chartBody,
                tr("Monthly spending per beneficiary against the benchmark and the minimum "
                   "savings rate. Click or press Enter for the MSSP calculator."));
    connect(chartTile, &DashboardTile::activated, this, &DashboardView::msspRequested);

    DashboardTile* measuresTile =
        addTile(tr("Measures against targets"), m_measures,
                tr("The ACO's value on each measure against its target for the year: the "
                   "driver diagram's (ACO), else the measure's external benchmark. Up and Down "
                   "choose a measure; click it or press Enter for its peer comparison."));
    connect(m_measures, &MeasureBars::rowActivated, this, [this](int row) {
        Q_EMIT measureRequested(m_measures->measures()[static_cast<size_t>(row)].measure.code);
    });
    connect(measuresTile, &DashboardTile::activated, this, [this] {
        if (!m_measures->measures().empty())
            Q_EMIT measureRequested(
                m_measures->measures()[static_cast<size_t>(m_measures->currentRow())].measure.code);
    });

    DashboardTile* tiersTile =
        addTile(tr("Providers by tier"), m_tiers,
                tr("How many providers reach each tier of the year's tier schemes. Click or "
                   "press Enter for the tiers."));
    connect(tiersTile, &DashboardTile::activated, this, &DashboardView::tiersRequested);

    DashboardTile* moversTile = addTile(tr("Top movers"), m_movers, m_movers->toolTip());
    connect(m_movers, &MoversTable::providerActivated, this, &DashboardView::providerRequested);
    connect(moversTile, &DashboardTile::activated, this, [this] {
        if (const qint64 id = m_movers->providerAt(std::max(0, m_movers->currentRow())))
            Q_EMIT providerRequested(id);
    });
    DashboardTile* enrollmentTile = addTile(
        tr("Risk and spending by enrollment type"), m_enrollment,
        tr("The ACO's average CMS-HCC risk score by Medicare enrollment type, its change since "
           "benchmark year 3 and how much of it the benchmark honours under the cap on risk-score "
           "growth; spending per beneficiary-month against the benchmark of each type. Click or "
           "press Enter for the MSSP calculator."));
    connect(enrollmentTile, &DashboardTile::activated, this, &DashboardView::msspRequested);
    setArrangement(Arrangement::Screen);
    showMessage(tr("Open an ACO Workbench file to see its dashboard."));
}

DashboardView::~DashboardView()
{
    // Workers read their own connection and write only their own results: wait, then drop them.
    for (QThread* worker : m_workers) {
        worker->wait();
        delete worker;
    }
}

// On screen: the four KPIs in a row, the chart and the measures beside each other, then the tiers
// and the movers. For print, two pages: the KPIs in a row above the measures; then the tiers
// beside the enrollment types, above the chart beside the movers. The second page holds its four
// tiles at a readable size only with them side by side: the tables have the width their columns
// need, their cells a little smaller than the text around them, and the chart what is left.
void DashboardView::setArrangement(Arrangement arrangement)
{
    for (DashboardTile* tile : m_tiles)
        m_grid->removeWidget(tile);
    for (int row = 3; row < m_grid->rowCount(); ++row)
        m_grid->setRowStretch(row, 0);
    for (int column = 0; column < gridColumns; ++column)
        m_grid->setColumnStretch(column, 1);
    const int chart = KpiCount;
    for (int k = 0; k < KpiCount; ++k)
        m_grid->addWidget(m_tiles[static_cast<size_t>(k)], 3, k * kpiSpan, 1, kpiSpan);
    m_arrangement = arrangement;
    const bool print = arrangement == Arrangement::Print;
    for (DashboardTile* tile : m_tiles)
        tile->setCompact(print);
    setNamesWrapped(print);
    m_enrollment->setStackedHeadings(print);
    // Printed, the tables' cells are dense text a size below the text around them (8 pt and 9
    // pt or more on the page in the default font): that lets the second page hold its four
    // tiles at about the first page's scale.
    QFont cells; // on screen, the view's own
    QFont text;
    if (print) {
        cells.setPointSizeF(font().pointSizeF() * 0.83);
        text = font();
    }
    m_tiers->setFont(cells);
    m_movers->setFont(cells);
    m_enrollment->setFonts(text, cells);
    m_chartLegend->setFont(text);
    if (!print) {
        const int half = gridColumns / 2;
        m_grid->addWidget(m_tiles[chart], 4, 0, 1, half);
        m_grid->addWidget(m_tiles[chart + 1], 4, half, 1, half);
        m_grid->addWidget(m_tiles[chart + 2], 5, 0, 1, half);
        m_grid->addWidget(m_tiles[chart + 3], 5, half, 1, half);
        m_grid->addWidget(m_tiles[chart + 4], 6, 0, 1, gridColumns);
        m_grid->setRowStretch(4, 1);
        m_grid->setRowStretch(5, 1);
        m_grid->setSpacing(12);
        m_chart->setMinimumHeight(240);
        m_chart->setMaximumHeight(QWIDGETSIZE_MAX);
        setKpiScale(2.4);
    } else {
        m_grid->addWidget(m_tiles[chart + 1], 4, 0, 1, gridColumns);
        m_grid->addWidget(m_tiles[chart], 5, 0, 1, 4);
        m_grid->addWidget(m_tiles[chart + 3], 5, 4, 1, gridColumns - 4);
        m_grid->addWidget(m_tiles[chart + 2], 6, 0, 1, 5);
        m_grid->addWidget(m_tiles[chart + 4], 6, 5, 1, gridColumns - 5);
        m_grid->setSpacing(8);
        m_chart->setFixedHeight(190);
        setKpiScale(1.9); // "$14,885,442" in a quarter of the page's width
    }
}

void DashboardView::setNamesWrapped(bool wrapped)
{
    m_movers->setWrapped(wrapped);
    m_tiers->setWrapped(wrapped);
}

void DashboardView::setKpiScale(double scale)
{
    for (QLabel* value : m_kpiValues) {
        QFont big = font();
        big.setPointSizeF(font().pointSizeF() * scale);
        big.setBold(true);
        value->setFont(big);
    }
}

std::vector<QRect> DashboardView::printPages() const
{
    const auto united = [](std::initializer_list<const QWidget*> widgets) {
        QRect area;
        for (const QWidget* w : widgets)
            if (!w->isHidden())
                area = area.united(w->geometry());
        return area.adjusted(-6, -6, 6, 6);
    };
    const int chart = KpiCount;
    return {united({m_heading, m_subheading, m_message, m_tiles[0], m_tiles[3],
                    m_tiles[chart + 1]}),
            united({m_tiles[chart], m_tiles[chart + 2], m_tiles[chart + 3], m_tiles[chart + 4]})};
}

DashboardTile* DashboardView::addTile(const QString& title, QWidget* body, const QString& tooltip)
{
    auto* tile = new DashboardTile(title, body);
    tile->setToolTip(tooltip);
    m_tiles.push_back(tile);
    return tile;
}

void DashboardView::setDatabase(const Database* db)
{
    m_path = db ? db->path() : QString();
    if (m_path.isEmpty()) {
        ++m_generation; // results on their way are for the file that was closed
        m_data.reset();
        showMessage(tr("Open an ACO Workbench file to see its dashboard."));
        return;
    }
    if (m_request.year <= 0)
        showMessage(tr("Choose a performance year and a month to see the dashboard."));
    recompute();
}

void DashboardView::setSelection(int year, Period period, Window window)
{
    m_request.year = year;
    m_request.period = period;
    m_request.window = window;
    recompute();
}

void DashboardView::recompute()
{
    if (m_path.isEmpty() || m_request.year <= 0 || !m_request.period.isValid())
        return;
    struct Outcome
    {
        std::optional<DashboardData> data;
        QString error;
    };
    auto outcome = std::make_shared<Outcome>();
    const int generation = ++m_generation;
    QThread* worker = QThread::create([outcome, path = m_path, request = m_request] {
        try {
            const Store store = Store::openReadOnly(path);
            outcome->data = computeDashboard(store.db(), request);
        } catch (const std::exception& error) {
            outcome->error = QString::fromStdString(error.what());
        }
    });
    m_workers.push_back(worker);
    connect(worker, &QThread::finished, this, [this, worker, outcome, generation] {
        m_workers.erase(std::find(m_workers.begin(), m_workers.end(), worker));
        worker->deleteLater();
        if (generation != m_generation)
            return;
        if (outcome->data) {
            setData(std::move(*outcome->data));
        } else {
            showMessage(tr("The dashboard could not be computed: %1").arg(outcome->error));
            Q_EMIT failed(outcome->error);
        }
    });
    m_subheading->setText(tr("Computing the %1 dashboard to %2…")
                              .arg(m_request.year)
                              .arg(m_request.period.toString()));
    worker->start();
}

void DashboardView::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DashboardView::setData(DashboardData data)
{
    m_data = std::make_unique<DashboardData>(std::move(data));
    const DashboardData& d = *m_data;
    m_request = d.request;
    m_heading->setText(
        tr("%1 — board dashboard, performance year %2").arg(d.aco.name).arg(d.request.year));
    // Year to date in December is the whole year.
    const QString window = d.yearClosed() && d.request.window == Window::YearToDate
                               ? tr("the year %1").arg(d.request.year)
                               : windowLabel(d.request.window);
    m_subheading->setText(tr("Measures: %1, %2 (compared with %3). Data as of %4.")
                              .arg(window, d.range.toString(), d.priorRange.toString(),
                                   d.aco.dataAsOf));
    showMessage(d.notes.join(QLatin1Char(' ')));
    showKpis();

    showChart();
    m_tiles[KpiCount]->setSource(
        tr("Source: monthly expenditures and benchmark of the assigned beneficiaries, %1.")
            .arg(monthRange(d.finances.months)));

    m_measures->setMeasures(d.measures);
    m_tiles[KpiCount + 1]->setSource(
        tr("Bars: distance from the target (ACO: the %1 driver diagram's; benchmark: the "
           "measure's external one), better to the right, ±30%; hollow mark: %2. Source: measure "
           "results, ACO level, %3.")
            .arg(d.request.year)
            .arg(d.priorRange.toString(), d.range.toString()));
    m_tiers->setDistributions(d.tiers);
    m_tiles[KpiCount + 2]->setSource(
        tr("Source: %1 tier schemes; providers with a denominator of at least %2, %3.")
            .arg(d.request.year)
            .arg(d.request.minimumDenominator)
            .arg(d.range.toString()));
    m_movers->setMovers(d.improvers, d.decliners);
    m_tiles[KpiCount + 3]->setSource(
        tr("Largest change since %1 on the %2 measures (cost left out), in standard deviations "
           "of the providers' prior values; only changes beyond the 95% funnel limits of their "
           "denominators (at least %3 in both windows).")
            .arg(d.priorRange.toString(), d.tiers.empty() ? tr("quality") : tr("tiered"))
            .arg(d.request.minimumDenominator));
    m_enrollment->setEnrollment(d.enrollment, d.request.year);
    m_tiles[KpiCount + 4]->setSource(
        tr("Source: risk scores computed from the claims (payment years %1 and benchmark year "
           "3); spending from the claims and the %1 benchmark by type, %2.")
            .arg(d.request.year)
            .arg(monthRange(d.finances.months)));
    Q_EMIT computed();
}

void DashboardView::showChart()
{
    QChart* old = m_chart->chart();
    // Printed, the chart has less than half the page's width: too little for twelve months'
    // names in a font that reads.
    m_chart->setChart(ExpenditureChart::create(*m_data, m_arrangement == Arrangement::Print
                                                            ? ExpenditureChart::Axis::Quarters
                                                            : ExpenditureChart::Axis::Months));
    m_chartLegend->setText(ExpenditureChart::legend(*m_data));
    delete old;
}

void DashboardView::showKpis()
{
    const DashboardData& d = *m_data;
    const DashboardFinances& f = d.finances;
    const auto set = [this](int kpi, const QString& value, const QString& caption) {
        m_kpiValues[static_cast<size_t>(kpi)]->setText(value);
        m_kpiCaptions[static_cast<size_t>(kpi)]->setText(caption);
    };
    const QString source = tr("Source: %1 expenditures and MSSP terms.").arg(d.request.year);
    for (int k = 0; k < KpiCount; ++k)
        m_tiles[static_cast<size_t>(k)]->setSource(source);
    // A closed year's figures are its own, not a projection.
    const bool closed = d.yearClosed();
    m_tiles[SavingsRateKpi]->setTitle(closed ? tr("Savings rate, final")
                                             : tr("Projected savings rate"));
    m_tiles[SharedSavingsKpi]->setTitle(closed ? tr("Shared savings, final")
                                               : tr("Projected shared savings"));
    m_tiles[SpendingKpi]->setTitle(closed ? tr("Spending, final") : tr("Spending to date"));
    if (!f.projection) { // why is in the notes above the tiles, once
        for (int k = 0; k < KpiCount; ++k)
            set(k, QStringLiteral("—"), tr("Not available: see the note above."));
        return;
    }
    const MsspResult& r = *f.projection;
    const MsspInput& in = *f.input;
    const QString msr =
        tr("MSR %1: %2.")
            .arg(MsspFormat::percent(r.msr, 2),
                 r.metMsr ? tr("met") : (r.savingsRate > 0 ? tr("not met") : tr("no savings")));
    set(SavingsRateKpi, MsspFormat::percent(r.savingsRate, 1),
        closed ? tr("The year's spending, %1. %2").arg(monthRange(f.months), msr)
               : tr("Year end, %1 spending annualised. %2").arg(monthRange(f.months), msr));
    // "BASIC level E" on one line: a caption wrapped before the "E" reads as a stray letter.
    const QString track = msspTrackName(in.track).replace(QLatin1Char(' '), QChar::Nbsp);
    set(SharedSavingsKpi, wholeDollars(r.earned()),
        r.earnedCents >= 0
            ? tr("Earned at a %1 sharing rate after %2 sequestration; %3.")
                  .arg(MsspFormat::percent(r.finalSharingRate, 1),
                       MsspFormat::percent(r.sequestration, 1), track)
            : tr("Owed as shared losses; %1.").arg(track));
    const QString score = in.qualityScore
                              ? tr("quality score %1").arg(MsspFormat::qualityScore(*in.qualityScore))
                              : tr("no quality score");
    set(QualityKpi, in.metQualityStandard ? tr("Met") : tr("Not met"),
        tr("Quality performance standard, %1; final sharing rate %2.")
            .arg(score, MsspFormat::percent(r.finalSharingRate, 1)));
    std::int64_t members = 0;
    std::int64_t spent = 0;
    std::int64_t benchmark = 0;
    for (const ExpenditureMonth& m : f.months) {
        members += m.beneficiaryMonths;
        spent += m.expenditureCents;
        benchmark += m.benchmarkCents;
    }
    const auto pmpm = [members](std::int64_t cents) {
        return wholeDollars(static_cast<double>(cents) / 100.0 / static_cast<double>(members));
    };
    set(SpendingKpi, tr("%1 PMPM").arg(pmpm(spent)),
        tr("Against a benchmark of %1 PMPM, %2.").arg(pmpm(benchmark), monthRange(f.months)));
}

} // namespace aco::ui
