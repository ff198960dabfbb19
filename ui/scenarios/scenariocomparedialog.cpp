#include "scenariocomparedialog.h"

#include "comparisonreport.h"
#include "error.h"
#include "money.h"
#include "scenariocharts.h"
#include "scenariofile.h"

#include <QChartView>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace aco::ui {

namespace {

std::vector<ComparedAllocation> compared(const std::vector<SimulatedScenario>& scenarios)
{
    std::vector<ComparedAllocation> result;
    for (const SimulatedScenario& s : scenarios)
        result.push_back({s.scenario, s.basis, s.allocation});
    return result;
}

QTableWidget* table(const QString& name, const QStringList& header)
{
    auto* t = new QTableWidget(0, int(header.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(header);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setAlternatingRowColors(true);
    return t;
}

void addRow(QTableWidget* t, const QStringList& cells)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (qsizetype c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells[c]);
        item->setTextAlignment(c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter)
                                      : (Qt::AlignRight | Qt::AlignVCenter));
        t->setItem(r, int(c), item);
    }
}

} // namespace

ScenarioCompareDialog::ScenarioCompareDialog(std::vector<SimulatedScenario> scenarios,
                                             QString acoName, QWidget* parent)
    : QDialog(parent), m_scenarios(std::move(scenarios)),
      m_comparison(compareScenarios(compared(m_scenarios))), m_acoName(std::move(acoName))
{
    setWindowTitle(tr("Compare scenarios"));
    auto* layout = new QVBoxLayout(this);
    auto* splitter = new QSplitter(Qt::Vertical);
    auto* top = new QSplitter(Qt::Horizontal);
    top->addWidget(totalsTable());
    auto* chart = new QChartView(ScenarioCharts::comparison(m_comparison));
    chart->setObjectName(QStringLiteral("comparisonChart"));
    chart->setRenderHint(QPainter::Antialiasing);
    chart->setMinimumSize(480, 300);
    top->addWidget(chart);
    top->setSizes({440, 640});
    splitter->addWidget(top);
    auto* changes = new QWidget;
    auto* changesLayout = new QVBoxLayout(changes);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesLayout->addWidget(
        new QLabel(tr("Biggest winners and losers from A to each other scenario")));
    changesLayout->addWidget(changesTable());
    splitter->addWidget(changes);
    splitter->setSizes({440, 280});
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* pdf = buttons->addButton(tr("Export PDF..."), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportComparisonPdf"));
    pdf->setToolTip(tr("Write the comparison as a one-page report for the board."));
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"), QString(),
                                                          tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        try {
            exportPdf(path);
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Export comparison"), QString::fromStdString(e.what()));
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(1100, 760);
}

QTableWidget* ScenarioCompareDialog::totalsTable() const
{
    QStringList header{QString()};
    for (size_t s = 0; s < m_comparison.scenarios.size(); ++s)
        header.append(QStringLiteral("%1: %2").arg(ComparisonReport::letter(s),
                                                   m_comparison.scenarios[s].name));
    QTableWidget* t = table(QStringLiteral("totals"), header);
    for (const QStringList& row : ComparisonReport::totalsRows(m_comparison))
        addRow(t, row);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    return t;
}

QTableWidget* ScenarioCompareDialog::changesTable() const
{
    QTableWidget* t =
        table(QStringLiteral("changes"),
              {tr("Recipient"), tr("Scenarios"), tr("In A"), tr("In the other"), tr("Change")});
    for (const PairwiseChange& pair : m_comparison.changes) {
        const QString scenarios =
            QStringLiteral("A %1 %2").arg(QChar(0x2192)).arg(ComparisonReport::letter(pair.other));
        for (const auto* list : {&pair.winners, &pair.losers})
            for (const PaymentChange& c : *list)
                addRow(t, {c.name, scenarios, Money::dollars(c.fromCents),
                           Money::dollars(c.toCents), Money::change(c.changeCents)});
    }
    for (int c = 1; c < t->columnCount(); ++c)
        t->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return t;
}

void ScenarioCompareDialog::exportPdf(const QString& path) const
{
    ScenarioFile::write(path, ComparisonReport(m_comparison, m_acoName).pdf());
}

} // namespace aco::ui
