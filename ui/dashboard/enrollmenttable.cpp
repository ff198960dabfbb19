#include "enrollmenttable.h"

#include "mssp/msspformat.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

enum Column
{
    TypeColumn,
    ScoredColumn,
    RiskColumn,
    BenchmarkRiskColumn,
    GrowthColumn,
    HonouredColumn,
    SpendingColumn,
    BenchmarkSpendingColumn,
    ColumnCount
};

const QString none = QStringLiteral("\u2013");

QTableWidgetItem* cell(const QString& text, bool number = true)
{
    auto* made = new QTableWidgetItem(text);
    made->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    made->setFlags(Qt::ItemIsEnabled);
    return made;
}

QString score(const std::optional<double>& value)
{
    return value ? QLocale(QLocale::English).toString(*value, 'f', 3) : none;
}

QString signedPercent(double fraction)
{
    const QString digits = QLocale(QLocale::English).toString(std::abs(fraction) * 100.0, 'f', 1);
    if (digits == QStringLiteral("0.0"))
        return QStringLiteral("0.0%");
    return (fraction > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + digits +
           QLatin1Char('%');
}

QString dollars(const std::optional<double>& value)
{
    return value ? QStringLiteral("$") + QLocale(QLocale::English).toString(*value, 'f', 0) : none;
}

} // namespace

EnrollmentTable::EnrollmentTable(QWidget* parent)
    : QWidget(parent), m_table(new QTableWidget(0, ColumnCount, this)), m_note(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("enrollmentTable"));
    m_note->setObjectName(QStringLiteral("enrollmentNote"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false); // rows of one line, however narrow the types' column
    m_table->setAlternatingRowColors(true);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void EnrollmentTable::setStackedHeadings(bool stacked)
{
    m_stacked = stacked;
    stackHeadings();
}

void EnrollmentTable::setFonts(const QFont& note, const QFont& cells)
{
    m_note->setFont(note);
    m_table->setFont(cells);
}

void EnrollmentTable::stackHeadings()
{
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (QTableWidgetItem* heading = m_table->horizontalHeaderItem(c)) {
            QString text = heading->text();
            const qsizetype at =
                m_stacked ? text.indexOf(QLatin1Char(' ')) : text.indexOf(QLatin1Char('\n'));
            if (at >= 0)
                heading->setText(
                    text.replace(at, 1, m_stacked ? QLatin1Char('\n') : QLatin1Char(' ')));
        }
    m_table->horizontalHeader()->updateGeometry();
}

QString EnrollmentTable::note() const
{
    return m_note->text();
}

void EnrollmentTable::setEnrollment(const DashboardEnrollment& e, int year)
{
    const AcoRiskGrowth& risk = e.risk;
    const QString benchmarkYear =
        risk.rule ? QString::number(risk.rule->benchmarkYear) : tr("benchmark year");
    m_table->setHorizontalHeaderLabels(
        {tr("Enrollment type"), tr("Scored"), tr("Risk %1").arg(year),
         tr("Risk %1").arg(benchmarkYear), tr("Change"), tr("Benchmark honours"),
         tr("Spending PMPM"), tr("Benchmark PMPM")});
    m_table->horizontalHeaderItem(TypeColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    stackHeadings();
    m_table->horizontalHeaderItem(HonouredColumn)
        ->setToolTip(tr("The change in risk score that adjusts the benchmark: the change itself "
                        "up to the cap, a fall in full"));
    // Columns without a figure in any row are left out; the note says why.
    const bool benchmarkScores = std::any_of(risk.types.begin(), risk.types.end(),
                                             [](const EnrollmentRisk& r) { return r.benchmarkAverage; });
    m_table->setColumnHidden(SpendingColumn, !e.hasSpending);
    m_table->setColumnHidden(BenchmarkSpendingColumn, !e.hasBenchmark);
    for (int c = ScoredColumn; c <= RiskColumn; ++c)
        m_table->setColumnHidden(c, !e.hasRisk());
    for (int c = BenchmarkRiskColumn; c <= HonouredColumn; ++c)
        m_table->setColumnHidden(c, !e.hasRisk() || !benchmarkScores);

    m_table->setRowCount(enrollmentTypeCount + 1);
    const QLocale en(QLocale::English);
    std::int64_t months = 0;
    std::int64_t cents = 0;
    for (int t = 0; t < enrollmentTypeCount; ++t) {
        const EnrollmentRisk& r = risk.types[static_cast<size_t>(t)];
        const EnrollmentSpending& s = e.spending[static_cast<size_t>(t)];
        m_table->setItem(t, TypeColumn,
                         cell(QString::fromLatin1(enrollmentTypeName(r.type)), false));
        m_table->setItem(t, ScoredColumn, cell(en.toString(r.beneficiaries)));
        m_table->setItem(t, RiskColumn, cell(score(r.average)));
        m_table->setItem(t, BenchmarkRiskColumn, cell(score(r.benchmarkAverage)));
        m_table->setItem(t, GrowthColumn, cell(r.growth ? signedPercent(r.growth->growth()) : none));
        QString honoured = none;
        if (r.growth) {
            honoured = signedPercent(r.growth->honouredGrowth());
            if (r.growth->capped)
                honoured += tr(" (capped)");
        }
        auto* honouredCell = cell(honoured);
        if (r.growth && r.growth->capRatio)
            honouredCell->setToolTip(
                tr("Cap: %1 over %2").arg(signedPercent(*r.growth->capRatio - 1.0), benchmarkYear));
        m_table->setItem(t, HonouredColumn, honouredCell);
        m_table->setItem(t, SpendingColumn, cell(dollars(s.pmpm())));
        m_table->setItem(t, BenchmarkSpendingColumn, cell(dollars(s.benchmarkPmpm())));
        months += s.beneficiaryMonths;
        cents += s.expenditureCents;
    }
    const int all = enrollmentTypeCount;
    auto* allName = cell(tr("All"), false);
    QFont bold = allName->font();
    bold.setBold(true);
    allName->setFont(bold);
    m_table->setItem(all, TypeColumn, allName);
    m_table->setItem(all, ScoredColumn, cell(en.toString(risk.beneficiaries)));
    m_table->setItem(all, RiskColumn, cell(score(risk.average)));
    for (int c = BenchmarkRiskColumn; c <= HonouredColumn; ++c)
        m_table->setItem(all, c, cell(QString()));
    m_table->setItem(all, SpendingColumn,
                     cell(dollars(months > 0 ? std::optional(static_cast<double>(cents) / 100.0 /
                                                             static_cast<double>(months))
                                             : std::nullopt)));
    m_table->setItem(all, BenchmarkSpendingColumn, cell(QString()));
    m_table->resizeRowsToContents();
    // Every row shows: the tile takes its height, and the dashboard scrolls if need be.
    int height = m_table->horizontalHeader()->sizeHint().height() + 4;
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
    // Nothing by type at all (a file without claims or benchmarks by type): the note alone.
    m_table->setVisible(e.hasRisk() || e.hasSpending || e.hasBenchmark);

    QStringList notes;
    if (!e.hasRisk())
        notes << tr("No risk scores for %1: they are computed from the claims of %2, and this "
                    "file has none.")
                     .arg(year)
                     .arg(year - 1);
    else if (risk.rule)
        notes << tr("Cap on risk-score growth, agreement period from %1: %2 (%3)")
                     .arg(risk.rule->agreementStartYear)
                     .arg(risk.rule->description, risk.rule->citation);
    if (e.hasRisk())
        for (const QString& n : risk.notes)
            if (!n.startsWith(QStringLiteral("No risk scores for payment year")))
                notes << n;
    if (!e.hasSpending)
        notes << tr("No spending by enrollment type: it comes from the claims.");
    if (!e.hasBenchmark)
        notes << tr("The %1 benchmark is not given by enrollment type.").arg(year);
    m_note->setText(notes.join(QLatin1Char(' ')));
}

QSize EnrollmentTable::sizeHint() const
{
    return {640, (m_table->isVisible() ? m_table->height() : 0) + m_note->sizeHint().height()};
}

} // namespace aco::ui
