#include "msspcalculatorpanel.h"

#include "mssp/msspexplanation.h"
#include "mssp/msspformat.h"
#include "percentspinbox.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace aco::ui {

namespace {

// The election combo's item data: a rate, or one of these.
constexpr double electionSizeBased = -1;
constexpr double electionSupplied = -2;

// Spin boxes show their minimum as a word meaning "not given".
constexpr int unknownStartYear = 2011;
constexpr double notGivenScore = -1; // percent

QDoubleSpinBox* moneyBox(const QString& tip)
{
    auto* box = new QDoubleSpinBox;
    box->setRange(0, 1e11);
    box->setDecimals(2);
    box->setPrefix(QStringLiteral("$"));
    box->setGroupSeparatorShown(true);
    box->setSingleStep(100000);
    box->setToolTip(tip);
    return box;
}

} // namespace

MsspCalculatorPanel::MsspCalculatorPanel(QWidget* parent) : QWidget(parent)
{
    auto* inputsBox = new QGroupBox(tr("Inputs"));
    m_form = new QFormLayout(inputsBox);
    createInputs(m_form);
    auto* scroll = new QScrollArea;
    scroll->setWidget(inputsBox);
    scroll->setWidgetResizable(true);
    // Wide enough for the inputs without a horizontal scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(inputsBox->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(scroll);
    splitter->addWidget(createResults());
    splitter->setStretchFactor(1, 1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    // A plausible BASIC E ACO so that the panel explains something before data is loaded.
    MsspInput example;
    example.performanceYear = 2024;
    example.track = MsspTrack::BasicE;
    example.assignedBeneficiaries = 20000;
    example.benchmarkTotal = 260'000'000;
    example.expenditureTotal = 250'000'000;
    example.qualityScore = 0.85;
    example.agreementStartYear = 2024;
    setInputs(example);
}

void MsspCalculatorPanel::createInputs(QFormLayout* form)
{
    const auto addRow = [&](const QString& label, QWidget* field, const char* column) {
        field->setObjectName(QStringLiteral("mssp_") + QString::fromLatin1(column));
        form->addRow(label, field);
        m_fieldForColumn.insert(QString::fromLatin1(column), field);
    };

    m_track = new QComboBox;
    for (const MsspTrack track : allMsspTracks)
        m_track->addItem(msspTrackName(track), static_cast<int>(track));
    m_track->setToolTip(tr("The Shared Savings Program track or BASIC level the ACO was in for "
                           "the performance year. Tracks 1, 1+, 2 and 3 ran until PY2021; BASIC "
                           "and ENHANCED began in PY2019."));
    addRow(tr("Track"), m_track, "track");

    m_year = new QSpinBox;
    m_year->setRange(2012, 2040);
    m_year->setToolTip(tr("The performance year. Years after PY%1 use PY%1's rules, and the "
                          "result says so.")
                           .arg(m_calculator.parameters().lastKnownYear()));
    addRow(tr("Performance year"), m_year, "performance_year");

    m_beneficiaries = new QSpinBox;
    m_beneficiaries->setRange(0, 10'000'000);
    m_beneficiaries->setGroupSeparatorShown(true);
    m_beneficiaries->setSingleStep(100);
    m_beneficiaries->setToolTip(tr("Assigned beneficiaries. They set the minimum savings rate "
                                   "from CMS's size table (3.9% at 5,000 down to 2% from "
                                   "60,000); below 5,000 give CMS's MSR."));
    addRow(tr("Assigned beneficiaries"), m_beneficiaries, "assigned_beneficiaries");

    m_benchmark = moneyBox(tr("Total benchmark expenditures for the assigned beneficiaries, in "
                              "dollars (CMS's financial reconciliation report)."));
    addRow(tr("Benchmark"), m_benchmark, "benchmark_total");
    m_expenditure = moneyBox(tr("Total Parts A and B expenditures of the assigned beneficiaries "
                                "in the performance year, in dollars."));
    addRow(tr("Expenditures"), m_expenditure, "expenditure_total");

    // In percent, as the dashboard and the scenarios show it; CMS's four decimals of the
    // fraction are two here.
    m_qualityScore = new PercentSpinBox;
    m_qualityScore->setRange(notGivenScore, 100);
    m_qualityScore->setDecimals(2);
    m_qualityScore->setSingleStep(1);
    m_qualityScore->setSpecialValueText(tr("not given"));
    m_qualityScore->setToolTip(tr("The quality score, 0-100%. Before PY2021 it scales the "
                                  "sharing rate; from PY2021 it sets ENHANCED and Track 2 loss "
                                  "rates, and the rate under the alternative quality standard."));
    addRow(tr("Quality score"), m_qualityScore, "quality_score");

    m_metStandard = new QCheckBox(tr("met"));
    m_metStandard->setToolTip(tr("Whether the ACO met the quality performance standard. If not "
                                 "(and no alternative applies), no savings are shared."));
    addRow(tr("Quality standard"), m_metStandard, "met_quality_standard");
    m_metAlternative = new QCheckBox(tr("met"));
    m_metAlternative->setToolTip(tr("From PY2023: an ACO that missed the standard but met the "
                                    "alternative one shares at the maximum rate times its "
                                    "quality score."));
    addRow(tr("Alternative standard"), m_metAlternative, "met_alternative_quality_standard");
    m_lowRevenue = new QCheckBox(tr("low revenue"));
    m_lowRevenue->setToolTip(tr("A low-revenue ACO (participants' Medicare revenue below 35% of "
                                "the benchmark). From PY2024 a low-revenue BASIC ACO in an "
                                "agreement from 2024 shares savings below its MSR at half the "
                                "rate."));
    addRow(tr("Revenue"), m_lowRevenue, "low_revenue");

    m_election = new QComboBox;
    m_election->addItem(tr("Size-based (MLR = MSR)"), electionSizeBased);
    for (const double rate : m_calculator.parameters().electableRates())
        m_election->addItem(tr("Elected %1 MSR and MLR").arg(MsspFormat::percent(rate)), rate);
    m_election->addItem(tr("Given MSR (as CMS set it)"), electionSupplied);
    m_election->setToolTip(tr("Two-sided ACOs elect a fixed MSR and MLR of 0-2% or the "
                              "size-based one for the agreement period; one-sided tracks always "
                              "use the size table. Below 5,000 beneficiaries give CMS's MSR."));
    addRow(tr("MSR/MLR election"), m_election, "mlr");
    m_election->setObjectName(QStringLiteral("mssp_election"));
    m_suppliedMsr = new PercentSpinBox;
    m_suppliedMsr->setRange(0, 20);
    m_suppliedMsr->setDecimals(4);
    m_suppliedMsr->setSingleStep(0.1);
    m_suppliedMsr->setToolTip(tr("The MSR (and MLR) CMS set, used when the election is \"Given "
                                 "MSR\": for fewer than 5,000 beneficiaries CMS publishes it in "
                                 "the reconciliation report."));
    addRow(tr("Given MSR"), m_suppliedMsr, "msr");

    m_agreementStart = new QSpinBox;
    m_agreementStart->setRange(unknownStartYear, 2040);
    m_agreementStart->setSpecialValueText(tr("unknown"));
    m_agreementStart->setToolTip(tr("The year the agreement period began. Track 2 agreements of "
                                    "2012-2015 have a fixed 2% MSR and MLR; the PY2024 half-rate "
                                    "rule needs an agreement from 2024."));
    addRow(tr("Agreement start"), m_agreementStart, "agreement_start_year");
    m_agreementYear = new QSpinBox;
    m_agreementYear->setRange(0, 10);
    m_agreementYear->setSpecialValueText(tr("from the start year"));
    m_agreementYear->setToolTip(tr("The year within the agreement period (1, 2, 3...). Track 2's "
                                   "loss limit is 5%, 7.5% and 10% of the benchmark in years 1, "
                                   "2 and 3 on."));
    addRow(tr("Agreement year"), m_agreementYear, "agreement_year");

    m_revenue = moneyBox(tr("ACO participants' total Medicare Parts A and B fee-for-service "
                            "revenue. BASIC C-E and Track 1+ limit losses to a share of it; "
                            "when unknown, the benchmark-based limit applies."));
    m_revenue->setSpecialValueText(tr("unknown"));
    addRow(tr("Participant revenue"), m_revenue, "participant_revenue");

    m_disaster = new QDoubleSpinBox;
    m_disaster->setRange(0, 1);
    m_disaster->setDecimals(4);
    m_disaster->setSingleStep(0.05);
    m_disaster->setToolTip(tr("The share of losses forgiven for extreme and uncontrollable "
                              "circumstances: months affected / 12 x share of beneficiaries in "
                              "affected areas (1 for PY2021-2022, COVID-19)."));
    addRow(tr("Disaster fraction"), m_disaster, "disaster_fraction");

    for (QComboBox* combo : {m_track, m_election})
        connect(combo, &QComboBox::currentIndexChanged, this, &MsspCalculatorPanel::recompute);
    for (QSpinBox* box : {m_year, m_beneficiaries, m_agreementStart, m_agreementYear})
        connect(box, &QSpinBox::valueChanged, this, &MsspCalculatorPanel::recompute);
    for (QDoubleSpinBox* box :
         {m_benchmark, m_expenditure, m_qualityScore, m_suppliedMsr, m_revenue, m_disaster})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MsspCalculatorPanel::recompute);
    for (QCheckBox* box : {m_metStandard, m_metAlternative, m_lowRevenue})
        connect(box, &QCheckBox::toggled, this, &MsspCalculatorPanel::recompute);
}

QWidget* MsspCalculatorPanel::createResults()
{
    auto* results = new QWidget;
    auto* layout = new QVBoxLayout(results);
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("msspHeadline"));
    QFont bigger = m_headline->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_headline->setFont(bigger);
    m_headline->setWordWrap(true);
    m_notes = new QLabel;
    m_notes->setObjectName(QStringLiteral("msspNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QTableWidget(0, 3);
    m_steps->setObjectName(QStringLiteral("msspSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Step"), tr("Value"), tr("Explanation")});
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setAlternatingRowColors(true);
    m_steps->setShowGrid(false);
    // Explanations are sentences: wrap them in full rather than cut them off, also when the
    // column is resized.
    m_steps->setWordWrap(true);
    m_steps->setTextElideMode(Qt::ElideNone);
    m_steps->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setStretchLastSection(true);
    // Queued: when the window grows the header resizes its last section in steps, and rows sized
    // in between keep the height of a narrower column.
    connect(m_steps->horizontalHeader(), &QHeaderView::sectionResized, m_steps,
            &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    m_reset = new QPushButton(tr("&Reset"));
    m_reset->setObjectName(QStringLiteral("msspReset"));
    m_reset->setToolTip(tr("Back to the inputs the file gave for the performance year"));
    connect(m_reset, &QPushButton::clicked, this, &MsspCalculatorPanel::reset);
    m_print = new QPushButton(tr("&Print..."));
    m_print->setObjectName(QStringLiteral("msspPrint"));
    m_print->setToolTip(tr("Print the inputs and every step of the result"));
    connect(m_print, &QPushButton::clicked, this, &MsspCalculatorPanel::print);
    m_exportPdf = new QPushButton(tr("Export P&DF..."));
    m_exportPdf->setObjectName(QStringLiteral("msspExportPdf"));
    m_exportPdf->setToolTip(tr("Save the inputs and every step of the result as a PDF"));
    connect(m_exportPdf, &QPushButton::clicked, this, &MsspCalculatorPanel::choosePdf);
    auto* top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    for (QPushButton* button : {m_reset, m_print, m_exportPdf})
        top->addWidget(button, 0, Qt::AlignTop);
    layout->addLayout(top);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_notes);
    return results;
}

void MsspCalculatorPanel::setInputs(const MsspInput& input)
{
    m_given = input;
    m_filling = true;
    m_track->setCurrentIndex(m_track->findData(static_cast<int>(input.track)));
    m_year->setValue(input.performanceYear);
    m_beneficiaries->setValue(static_cast<int>(input.assignedBeneficiaries));
    m_benchmark->setValue(input.benchmarkTotal);
    m_expenditure->setValue(input.expenditureTotal);
    m_qualityScore->setValue(input.qualityScore ? *input.qualityScore * 100.0 : notGivenScore);
    m_metStandard->setChecked(input.metQualityStandard);
    m_metAlternative->setChecked(input.metAlternativeQualityStandard);
    m_lowRevenue->setChecked(input.lowRevenue);
    int election = 0;
    if (input.msr) {
        // Only two-sided tracks elect; a one-sided track's MSR is CMS's figure.
        const auto rules = m_calculator.parameters().rules(input.track, input.performanceYear);
        const bool twoSided = rules && rules->track.twoSided;
        const bool symmetric = !input.mlr || std::abs(*input.mlr - *input.msr) < 1e-12;
        election = twoSided && symmetric ? m_election->findData(*input.msr) : -1;
        if (election < 0)
            election = m_election->findData(electionSupplied);
        m_suppliedMsr->setValue(*input.msr * 100.0);
    }
    m_election->setCurrentIndex(election);
    m_agreementStart->setValue(input.agreementStartYear.value_or(unknownStartYear));
    m_agreementYear->setValue(input.agreementYear.value_or(0));
    m_revenue->setValue(input.participantRevenue.value_or(0));
    m_disaster->setValue(input.disasterFraction);
    m_filling = false;
    m_givenShown = inputs();
    recompute();
}

MsspInput MsspCalculatorPanel::inputs() const
{
    MsspInput input;
    input.track = static_cast<MsspTrack>(m_track->currentData().toInt());
    input.performanceYear = m_year->value();
    input.assignedBeneficiaries = m_beneficiaries->value();
    input.benchmarkTotal = m_benchmark->value();
    input.expenditureTotal = m_expenditure->value();
    if (m_qualityScore->value() > notGivenScore)
        input.qualityScore = m_qualityScore->value() / 100.0;
    input.metQualityStandard = m_metStandard->isChecked();
    input.metAlternativeQualityStandard = m_metAlternative->isChecked();
    input.lowRevenue = m_lowRevenue->isChecked();
    const double election = m_election->currentData().toDouble();
    if (election == electionSupplied)
        input.msr = m_suppliedMsr->value() / 100.0;
    else if (election >= 0)
        input.msr = election;
    const auto rules = m_calculator.parameters().rules(input.track, input.performanceYear);
    if (input.msr && rules && rules->track.twoSided)
        input.mlr = input.msr; // elections are symmetric
    if (m_agreementStart->value() != unknownStartYear)
        input.agreementStartYear = m_agreementStart->value();
    if (m_agreementYear->value() > 0)
        input.agreementYear = m_agreementYear->value();
    if (m_revenue->value() > 0)
        input.participantRevenue = m_revenue->value();
    input.disasterFraction = m_disaster->value();
    return input;
}

void MsspCalculatorPanel::updateElections()
{
    // One-sided tracks cannot elect a fixed MSR; their only choices are the table or CMS's MSR.
    const MsspTrack track = static_cast<MsspTrack>(m_track->currentData().toInt());
    const auto rules = m_calculator.parameters().rules(track, m_year->value());
    const bool twoSided = !rules || rules->track.twoSided;
    auto* model = qobject_cast<QStandardItemModel*>(m_election->model());
    for (int row = 0; row < m_election->count(); ++row) {
        const double rate = m_election->itemData(row).toDouble();
        if (model && rate >= 0)
            model->item(row)->setEnabled(twoSided);
    }
    if (!twoSided && m_election->currentData().toDouble() >= 0)
        m_election->setCurrentIndex(0);
    m_suppliedMsr->setEnabled(m_election->currentData().toDouble() == electionSupplied);
}

void MsspCalculatorPanel::recompute()
{
    if (m_filling)
        return;
    m_filling = true; // updateElections may change the election
    updateElections();
    m_filling = false;

    const MsspInput input = inputs();
    const std::vector<MsspInputProblem> problems = m_calculator.validate(input);
    m_steps->setRowCount(0);
    m_reset->setEnabled(input != m_givenShown);
    if (!problems.empty()) {
        m_result.reset();
        for (QPushButton* button : {m_print, m_exportPdf})
            button->setEnabled(false);
        showProblems(problems);
        Q_EMIT resultChanged();
        return;
    }
    m_result = m_calculator.calculate(input);
    for (QPushButton* button : {m_print, m_exportPdf})
        button->setEnabled(true);
    const std::int64_t cents = m_result->earnedCents;
    m_headline->setText(cents > 0   ? tr("Shared savings earned: %1").arg(MsspFormat::cents(cents))
                        : cents < 0 ? tr("Shared losses owed: %1").arg(MsspFormat::cents(-cents))
                                    : tr("Nothing earned or owed"));
    const std::vector<MsspStep> steps = MsspExplanation::steps(input, *m_result);
    m_steps->setRowCount(static_cast<int>(steps.size()));
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        const MsspStep& step = steps[static_cast<size_t>(row)];
        auto* name = new QTableWidgetItem(step.name);
        name->setData(Qt::UserRole, step.key);
        auto* value = new QTableWidgetItem(step.value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignTop);
        name->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_steps->setItem(row, 0, name);
        m_steps->setItem(row, 1, value);
        auto* explanation = new QTableWidgetItem(step.explanation);
        explanation->setTextAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its value
        m_steps->setItem(row, 2, explanation);
        m_steps->setRowHidden(row, !isStepShown(step.key));
    }
    m_steps->resizeRowsToContents();
    m_notes->setText(m_result->notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!m_result->notes.isEmpty());
    Q_EMIT resultChanged();
}

bool MsspCalculatorPanel::isStepShown(const QString& key) const
{
    static const QStringList ofSavings = {QStringLiteral("met_msr"),
                                          QStringLiteral("final_sharing_rate"),
                                          QStringLiteral("sequestration"),
                                          QStringLiteral("payment_limit")};
    static const QStringList ofLosses = {QStringLiteral("met_mlr"), QStringLiteral("final_loss_rate"),
                                         QStringLiteral("loss_limit"),
                                         QStringLiteral("disaster_reduction")};
    if (!m_result)
        return true;
    const bool loss = m_result->savingsRate < 0;
    return !(loss ? ofSavings : ofLosses).contains(key);
}

void MsspCalculatorPanel::reset()
{
    setInputs(m_given);
}

QString MsspCalculatorPanel::reportHtml() const
{
    const auto cell = [](const QString& text, const char* style = "") {
        return QStringLiteral("<td style='%1'>%2</td>")
            .arg(QString::fromLatin1(style), text.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h2>%1</h2><h3>%2</h3><table cellpadding='3' width='100%'>")
                       .arg(tr("Shared Savings Program calculation").toHtmlEscaped(),
                            m_headline->text().toHtmlEscaped());
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto* label =
            qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        QWidget* field = m_form->itemAt(row, QFormLayout::FieldRole)->widget();
        QString value;
        if (const auto* spin = qobject_cast<QAbstractSpinBox*>(field))
            value = spin->text();
        else if (const auto* combo = qobject_cast<QComboBox*>(field))
            value = combo->currentText();
        else if (const auto* box = qobject_cast<QCheckBox*>(field))
            value = box->isChecked() ? box->text() : tr("not ") + box->text();
        if (label && field->isEnabled())
            html += QStringLiteral("<tr>") + cell(label->text()) + cell(value) +
                    QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><h3>%1</h3><table cellpadding='3' width='100%'><tr>")
                .arg(tr("Steps").toHtmlEscaped());
    for (int c = 0; c < m_steps->columnCount(); ++c)
        html += QStringLiteral("<th align='left'>%1</th>")
                    .arg(m_steps->horizontalHeaderItem(c)->text().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int row = 0; row < m_steps->rowCount(); ++row) {
        if (m_steps->isRowHidden(row))
            continue;
        html += QStringLiteral("<tr valign='top'>") +
                cell(m_steps->item(row, 0)->text(), "font-weight:bold") +
                cell(m_steps->item(row, 1)->text(), "text-align:right; white-space:nowrap") +
                cell(m_steps->item(row, 2)->text()) + QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (m_notes->isVisible() || !m_notes->text().isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(m_notes->text().toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                 QStringLiteral("<br>")));
    return html;
}

namespace {

void printReport(const QString& html, QPrinter& printer)
{
    QTextDocument document;
    document.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 9));
    document.setHtml(html);
    document.print(&printer);
}

} // namespace

bool MsspCalculatorPanel::exportPdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setDocName(tr("Shared Savings Program calculation"));
    const QString temporary = path + QStringLiteral(".part");
    printer.setOutputFileName(temporary);
    printReport(reportHtml(), printer);
    // Written beside, then put in place, so that a failure leaves the file as it was.
    QFile::remove(path);
    if (!QFileInfo::exists(temporary) || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        QMessageBox::critical(this, tr("Cannot Export"),
                              tr("The PDF could not be written to %1. Choose a folder you can "
                                 "write to.")
                                  .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    return true;
}

void MsspCalculatorPanel::choosePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir::home().filePath(QStringLiteral("mssp-calculation.pdf")),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)
                      ? path
                      : path + QStringLiteral(".pdf"));
}

void MsspCalculatorPanel::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printReport(reportHtml(), printer);
}

void MsspCalculatorPanel::showProblems(const std::vector<MsspInputProblem>& problems)
{
    QStringList lines;
    for (const MsspInputProblem& problem : problems) {
        QWidget* field = m_fieldForColumn.value(problem.column);
        QWidget* label = field ? m_form->labelForField(field) : nullptr;
        const auto* labelText = qobject_cast<QLabel*>(label);
        lines << (labelText ? labelText->text() : problem.column) + QStringLiteral(": ") +
                     problem.reason + QLatin1Char('.');
    }
    m_headline->setText(tr("Cannot compute yet"));
    m_notes->setText(lines.join(QLatin1Char('\n')));
    m_notes->setVisible(true);
}

} // namespace aco::ui
