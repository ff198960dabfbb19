#include "scenarioeditor.h"

#include "measures/tierscheme.h"
#include "money.h"
#include "mssp/msspformat.h"
#include "mssp/msspyear.h"
#include "scenarios/scenariobasis.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace aco::ui {

namespace {

QSlider* slider(const QString& name, int low, int high, int step, const QString& tip)
{
    auto* s = new QSlider(Qt::Horizontal);
    s->setObjectName(name);
    s->setRange(low, high);
    s->setSingleStep(step);
    s->setPageStep(step * 10);
    s->setToolTip(tip);
    return s;
}

template <typename W> W* tipped(W* widget, const QString& name, const QString& tip)
{
    widget->setObjectName(name);
    widget->setToolTip(tip);
    return widget;
}

QComboBox* combo(const QString& name, const QStringList& items, const QString& tip)
{
    auto* c = tipped(new QComboBox, name, tip);
    c->addItems(items);
    return c;
}

QWidget* row(QWidget* a, QWidget* b)
{
    auto* w = new QWidget;
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a, 1);
    layout->addWidget(b);
    return w;
}

} // namespace

ScenarioEditor::ScenarioEditor(const Database& db, QWidget* parent)
    : QWidget(parent), m_db(db), m_measures(loadMeasures(db))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(sourceBox());
    layout->addWidget(splitBox());
    layout->addWidget(eligibilityBox());
    layout->addWidget(paymentBox());
    layout->addWidget(lossBox());
    layout->addWidget(uncertaintyBox());
    layout->addStretch(1);
    setScenario(startingScenario(db));
}

QWidget* ScenarioEditor::sourceBox()
{
    auto* box = new QGroupBox(tr("Savings"));
    auto* form = new QFormLayout(box);
    m_source =
        combo(QStringLiteral("source"), {tr("MSSP reconciliation"), tr("Amount typed in")},
              tr("Where the pool comes from: the MSSP reconciliation of a performance year, or "
                 "an amount you type in (negative for a loss)."));
    m_year =
        tipped(new QComboBox, QStringLiteral("year"),
               tr("The performance year: its expenditures and benchmark, and the measure results "
                  "and tier schemes that decide the payments."));
    for (int year : performanceYears(m_db))
        m_year->addItem(QString::number(year), year);
    m_yearQuality = qualityScores(m_db);
    m_expenditureChange =
        slider(QStringLiteral("expenditureChange"), -100, 100, 1,
               tr("Change the year's expenditures by up to 10% either way (in steps of "
                  "0.1%) to see what lower or higher spending would earn."));
    m_expenditureLabel = new QLabel;
    m_expenditureLabel->setMinimumWidth(50);
    m_overrideQuality =
        tipped(new QCheckBox(tr("Quality score")), QStringLiteral("overrideQuality"),
               tr("Use another quality score than the year's, e.g. to see what a lower "
                  "score would cost."));
    m_quality =
        slider(QStringLiteral("quality"), 0, 1000, 5,
               tr("The quality score (0-100%) used in the reconciliation instead of the year's."));
    m_qualityLabel = new QLabel;
    m_qualityLabel->setObjectName(QStringLiteral("qualityValue"));
    m_qualityLabel->setMinimumWidth(50);
    m_amount = tipped(new QDoubleSpinBox, QStringLiteral("amount"),
                      tr("The shared savings (or, negative, the shared loss) in dollars."));
    m_amount->setRange(-1e10, 1e10);
    m_amount->setDecimals(2);
    m_amount->setPrefix(QStringLiteral("$"));
    m_amount->setGroupSeparatorShown(true);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Expenditures"), row(m_expenditureChange, m_expenditureLabel));
    form->addRow(m_overrideQuality, row(m_quality, m_qualityLabel));
    form->addRow(tr("Amount"), m_amount);

    connect(m_source, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    connect(m_year, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            fillMeasures(m_year->currentData().toInt(), scenario().measures);
            showYearsQuality();
        }
        edited();
    });
    connect(m_expenditureChange, &QSlider::valueChanged, this, &ScenarioEditor::edited);
    connect(m_overrideQuality, &QCheckBox::toggled, this, [this] {
        showYearsQuality(); // from the year's score, or back to it
        edited();
    });
    connect(m_quality, &QSlider::valueChanged, this, &ScenarioEditor::edited);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    return box;
}

QWidget* ScenarioEditor::splitBox()
{
    auto* box = new QGroupBox(tr("Split of the pool"));
    auto* form = new QFormLayout(box);
    const QString names[] = {QStringLiteral("infrastructure"), QStringLiteral("careRedesign"),
                             QStringLiteral("providers"), QStringLiteral("reserve")};
    const QString labels[] = {tr("Infrastructure"), tr("Care redesign"), tr("Providers"),
                              tr("Reserve")};
    const QString tips[] = {
        tr("Kept for the ACO's infrastructure: staff, analytics, IT."),
        tr("Kept for redesigning care processes."),
        tr("Paid to the eligible providers, practices or departments as performance decides."),
        tr("Held back against future losses.")};
    const QString balance =
        tr(" The provider share (or, when you move it, the infrastructure share) "
           "follows, so that the shares total 100%.");
    for (int part = 0; part < PartCount; ++part) {
        m_splitSliders[part] =
            slider(names[part] + QStringLiteral("Slider"), 0, 10000, 50, tips[part] + balance);
        m_splitSpins[part] =
            tipped(new QDoubleSpinBox, names[part] + QStringLiteral("Spin"), tips[part] + balance);
        m_splitSpins[part]->setRange(0, 100);
        m_splitSpins[part]->setDecimals(2);
        m_splitSpins[part]->setSuffix(QStringLiteral("%"));
        form->addRow(labels[part], row(m_splitSliders[part], m_splitSpins[part]));
        const auto p = static_cast<Part>(part);
        connect(m_splitSliders[part], &QSlider::valueChanged, this,
                [this, p](int v) { splitEdited(p, v); });
        connect(m_splitSpins[part], &QDoubleSpinBox::valueChanged, this,
                [this, p](double v) { splitEdited(p, int(std::lround(v * 100.0))); });
    }
    m_splitTotal = tipped(new QLabel, QStringLiteral("splitTotal"),
                          tr("The four shares must total exactly 100%."));
    form->addRow(tr("Total"), m_splitTotal);
    return box;
}

QWidget* ScenarioEditor::eligibilityBox()
{
    auto* box = new QGroupBox(tr("Eligibility"));
    auto* form = new QFormLayout(box);
    m_level = combo(
        QStringLiteral("level"), {tr("Individual providers"), tr("Practices"), tr("Departments")},
        tr("Who receives the payments: each provider, or each practice or department for its "
           "providers together."));
    m_primaryCare = tipped(new QCheckBox(tr("Primary care")), QStringLiteral("primaryCare"),
                           tr("Primary care providers can receive payments."));
    m_specialists = tipped(new QCheckBox(tr("Specialists")), QStringLiteral("specialists"),
                           tr("Specialists can receive payments."));
    m_employed = tipped(new QCheckBox(tr("Employed")), QStringLiteral("employed"),
                        tr("Providers employed by the medical group can receive payments."));
    m_independent = tipped(new QCheckBox(tr("Independent")), QStringLiteral("independent"),
                           tr("Independent providers (e.g. of an IPA) can receive payments."));
    m_minimumBeneficiaries =
        tipped(new QSpinBox, QStringLiteral("minimumBeneficiaries"),
               tr("A recipient needs at least this many attributed beneficiaries."));
    m_minimumBeneficiaries->setRange(0, 1000000);
    m_engagement =
        tipped(new QCheckBox(tr("Engagement rule")), QStringLiteral("engagement"),
               tr("Pay only recipients that reach an engagement measure, such as attendance at "
                  "meetings; the others earn nothing."));
    m_engagementMeasure = tipped(new QComboBox, QStringLiteral("engagementMeasure"),
                                 tr("The engagement measure a recipient must reach."));
    for (const Measure& m : m_measures)
        m_engagementMeasure->addItem(QStringLiteral("%1 %2").arg(m.code, m.name), m.code);
    m_engagementMinimum =
        tipped(new QDoubleSpinBox, QStringLiteral("engagementMinimum"),
               tr("The value to reach, in the measure's units (e.g. 75 for 75%)."));
    m_engagementMinimum->setRange(-1e9, 1e9);
    // Narrow enough for a laptop's screen: the groups two by two, the engagement rule's measure
    // (whose names can be long) across the box and its value on rows of their own.
    auto* groups = new QWidget;
    auto* groupLayout = new QGridLayout(groups);
    groupLayout->setContentsMargins(0, 0, 0, 0);
    QCheckBox* checks[] = {m_primaryCare, m_specialists, m_employed, m_independent};
    for (int i = 0; i < 4; ++i)
        groupLayout->addWidget(checks[i], i / 2, i % 2);
    form->addRow(tr("Paid to"), m_level);
    form->addRow(tr("Who"), groups);
    form->addRow(tr("Minimum beneficiaries"), m_minimumBeneficiaries);
    form->addRow(m_engagement);
    form->addRow(m_engagementMeasure);
    form->addRow(tr("At least"), m_engagementMinimum);
    connect(m_level, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    for (QCheckBox* c : {m_primaryCare, m_specialists, m_employed, m_independent, m_engagement})
        connect(c, &QCheckBox::toggled, this, &ScenarioEditor::edited);
    connect(m_minimumBeneficiaries, &QSpinBox::valueChanged, this, &ScenarioEditor::edited);
    connect(m_engagementMeasure, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    connect(m_engagementMinimum, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    return box;
}

QWidget* ScenarioEditor::paymentBox()
{
    auto* box = new QGroupBox(tr("How performance decides each payment"));
    auto* form = new QFormLayout(box);
    m_basis = combo(
        QStringLiteral("basis"), {tr("Performance tiers"), tr("Beneficiaries"), tr("Equal shares")},
        tr("Tiers: each measure's share of a recipient's maximum is paid by the tier it reaches. "
           "Beneficiaries: in proportion to attributed beneficiaries. Equal: the same to each."));
    m_maximumBy =
        combo(QStringLiteral("maximumBy"), {tr("By beneficiaries"), tr("Equally")},
              tr("How the provider pool is shared into each recipient's maximum under tiers."));
    m_weights =
        tipped(new QTableWidget(0, 2), QStringLiteral("weights"),
               tr("The measures that decide the payments under tiers and each one's weight; the "
                  "weights of the measures used must total 100%."));
    m_weights->setHorizontalHeaderLabels({tr("Measure"), tr("Weight %")});
    m_weights->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_weights->verticalHeader()->hide();
    m_weights->setMinimumHeight(200);
    m_weightTotal =
        tipped(new QLabel, QStringLiteral("weightTotal"), tr("The weights must total 100%."));
    m_unearned =
        combo(QStringLiteral("unearned"), {tr("Back to infrastructure"), tr("To the earners")},
              tr("What happens to the part of the provider pool that recipients did not earn."));
    form->addRow(tr("Basis"), m_basis);
    form->addRow(tr("Maximum shared"), m_maximumBy);
    form->addRow(m_weights);
    form->addRow(tr("Weights"), m_weightTotal);
    form->addRow(tr("Unearned money"), m_unearned);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    connect(m_maximumBy, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    connect(m_unearned, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    return box;
}

QWidget* ScenarioEditor::lossBox()
{
    auto* box = new QGroupBox(tr("Losses"));
    auto* form = new QFormLayout(box);
    m_lossBearer =
        combo(QStringLiteral("lossBearer"),
              {tr("The employed medical group"), tr("Recipients, by beneficiaries")},
              tr("Who bears a loss after the reserve of prior years has repaid what it can."));
    m_shieldIndependent = tipped(
        new QCheckBox(tr("Shield independent providers")), QStringLiteral("shieldIndependent"),
        tr("Independent providers bear no part of a loss (the toolkit's IPA example)."));
    m_priorReserve = tipped(new QDoubleSpinBox, QStringLiteral("priorReserve"),
                            tr("Savings of prior years held back, which repay a loss first."));
    m_priorReserve->setRange(0, 1e10);
    m_priorReserve->setPrefix(QStringLiteral("$"));
    m_priorReserve->setGroupSeparatorShown(true);
    form->addRow(tr("Borne by"), m_lossBearer);
    form->addRow(QString(), m_shieldIndependent);
    form->addRow(tr("Prior reserve"), m_priorReserve);
    connect(m_lossBearer, &QComboBox::currentIndexChanged, this, &ScenarioEditor::edited);
    connect(m_shieldIndependent, &QCheckBox::toggled, this, &ScenarioEditor::edited);
    connect(m_priorReserve, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    return box;
}

QWidget* ScenarioEditor::uncertaintyBox()
{
    auto* box = new QGroupBox(tr("Uncertainty (Monte Carlo)"));
    auto* form = new QFormLayout(box);
    m_historyCv =
        tipped(new QCheckBox(tr("From the year's monthly history")), QStringLiteral("historyCv"),
               tr("Take the expenditures' variability from the year's month-to-month spending; "
                  "a typed-in amount has no history, so set a value for it."));
    m_expenditureCv =
        tipped(new QDoubleSpinBox, QStringLiteral("expenditureCv"),
               tr("Coefficient of variation of the year's expenditures (of a typed-in amount): "
                  "5% means a typical year lands within 5% of the expected."));
    m_expenditureCv->setRange(0, 100);
    m_expenditureCv->setSuffix(QStringLiteral("%"));
    m_qualitySd =
        tipped(new QDoubleSpinBox, QStringLiteral("qualitySd"),
               tr("Standard deviation of the quality score, in points of 100 (MSSP source only)."));
    m_qualitySd->setRange(0, 100);
    m_qualitySd->setSuffix(tr(" points"));
    form->addRow(QString(), m_historyCv);
    form->addRow(tr("Expenditure CV"), m_expenditureCv);
    form->addRow(tr("Quality score SD"), m_qualitySd);
    connect(m_historyCv, &QCheckBox::toggled, this, &ScenarioEditor::edited);
    connect(m_expenditureCv, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    connect(m_qualitySd, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    return box;
}

void ScenarioEditor::fillMeasures(int year, const std::vector<ScenarioMeasure>& weights)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_weights->setRowCount(0);
    const auto schemes = loadTierSchemes(m_db, year);
    const auto weightOf = [&](const Measure& m) {
        return std::find_if(weights.begin(), weights.end(),
                            [&](const auto& w) { return w.code == m.code; });
    };
    // The measures in use first, so that the table opens on them.
    std::vector<const Measure*> measures;
    for (const Measure& m : m_measures)
        measures.push_back(&m);
    std::stable_partition(measures.begin(), measures.end(),
                          [&](const Measure* m) { return weightOf(*m) != weights.end(); });
    for (const Measure* measure : measures) {
        const Measure& m = *measure;
        const auto weight = weightOf(m);
        if (!findTierScheme(schemes, m.id) && weight == weights.end())
            continue;
        const int r = m_weights->rowCount();
        m_weights->insertRow(r);
        auto* name = new QTableWidgetItem(QStringLiteral("%1 %2").arg(m.code, m.name));
        name->setData(Qt::UserRole, m.code);
        name->setFlags(Qt::ItemIsEnabled);
        m_weights->setItem(r, 0, name);
        auto* spin = new QDoubleSpinBox;
        spin->setObjectName(QStringLiteral("weight_") + m.code);
        spin->setRange(0, 100);
        spin->setDecimals(2);
        spin->setValue(weight != weights.end() ? weight->weightBasisPoints / 100.0 : 0.0);
        spin->setToolTip(
            tr("The weight of %1 in each recipient's maximum; 0 leaves it out.").arg(m.code));
        m_weights->setCellWidget(r, 1, spin);
        m_weights->setColumnWidth(1, std::max(spin->sizeHint().width(),
                                              m_weights->horizontalHeader()->sectionSizeHint(1)));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ScenarioEditor::edited);
    }
    m_updating = wasUpdating;
}

void ScenarioEditor::setScenario(const Scenario& s)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    m_name = s.name;
    m_source->setCurrentIndex(s.source == Scenario::Source::Mssp ? 0 : 1);
    int year = s.year;
    if (year == 0 && m_year->count() > 0)
        year = m_year->itemData(0).toInt(); // the latest: the years run latest first
    if (year != 0 && m_year->findData(year) < 0) // a year the file no longer has
        m_year->addItem(QString::number(year), year);
    m_year->setCurrentIndex(m_year->findData(year));
    m_expenditureChange->setValue(int(std::lround(s.expenditureChange * 1000.0)));
    m_overrideQuality->setChecked(s.qualityScore.has_value());
    if (s.qualityScore)
        m_quality->setValue(int(std::lround(*s.qualityScore * 1000.0)));
    else
        showYearsQuality();
    m_amount->setValue(double(s.amountCents) / 100.0);
    m_split[Infrastructure] = s.infrastructureBasisPoints;
    m_split[CareRedesign] = s.careRedesignBasisPoints;
    m_split[Providers] = s.providerBasisPoints;
    m_split[Reserve] = s.reserveBasisPoints;
    m_level->setCurrentIndex(s.level == Level::Practice ? 1 : s.level == Level::Department ? 2 : 0);
    m_primaryCare->setChecked(s.primaryCare);
    m_specialists->setChecked(s.specialists);
    m_employed->setChecked(s.employed);
    m_independent->setChecked(s.independent);
    m_minimumBeneficiaries->setValue(s.minimumBeneficiaries);
    m_engagement->setChecked(s.engagement.has_value());
    if (s.engagement) {
        m_engagementMeasure->setCurrentIndex(
            std::max(0, m_engagementMeasure->findData(s.engagement->code)));
        m_engagementMinimum->setValue(s.engagement->minimum);
    } else { // offer the first engagement measure, at the toolkit's 75%
        const auto engagement =
            std::find_if(m_measures.begin(), m_measures.end(),
                         [](const Measure& m) { return m.domain == QLatin1String("engagement"); });
        if (engagement != m_measures.end())
            m_engagementMeasure->setCurrentIndex(
                std::max(0, m_engagementMeasure->findData(engagement->code)));
        m_engagementMinimum->setValue(75.0);
    }
    m_basis->setCurrentIndex(int(s.basis));
    m_maximumBy->setCurrentIndex(s.maximumBy == Scenario::MaximumBy::Equal ? 1 : 0);
    fillMeasures(year, s.measures);
    m_unearned->setCurrentIndex(s.unearned == Scenario::Unearned::ToEarners ? 1 : 0);
    m_lossBearer->setCurrentIndex(s.lossBearer == Scenario::LossBearer::ProRata ? 1 : 0);
    m_shieldIndependent->setChecked(s.shieldIndependent);
    m_priorReserve->setValue(double(s.priorReserveCents) / 100.0);
    m_historyCv->setChecked(!s.expenditureCv.has_value());
    m_expenditureCv->setValue(s.expenditureCv.value_or(0.0) * 100.0);
    m_qualitySd->setValue(s.qualitySd * 100.0);
    showSplit();
    updateEnabled();
    m_updating = wasUpdating;
}

Scenario ScenarioEditor::scenario() const
{
    Scenario s;
    s.name = m_name;
    s.source = m_source->currentIndex() == 0 ? Scenario::Source::Mssp : Scenario::Source::Amount;
    s.year = m_year->currentData().toInt();
    s.expenditureChange = m_expenditureChange->value() / 1000.0;
    if (m_overrideQuality->isChecked())
        s.qualityScore = m_quality->value() / 1000.0;
    s.amountCents = std::llround(m_amount->value() * 100.0);
    s.infrastructureBasisPoints = m_split[Infrastructure];
    s.careRedesignBasisPoints = m_split[CareRedesign];
    s.providerBasisPoints = m_split[Providers];
    s.reserveBasisPoints = m_split[Reserve];
    const Level levels[] = {Level::Provider, Level::Practice, Level::Department};
    s.level = levels[std::clamp(m_level->currentIndex(), 0, 2)];
    s.primaryCare = m_primaryCare->isChecked();
    s.specialists = m_specialists->isChecked();
    s.employed = m_employed->isChecked();
    s.independent = m_independent->isChecked();
    s.minimumBeneficiaries = m_minimumBeneficiaries->value();
    if (m_engagement->isChecked())
        s.engagement = EngagementRule{m_engagementMeasure->currentData().toString(),
                                      m_engagementMinimum->value()};
    s.basis = static_cast<Scenario::Basis>(std::clamp(m_basis->currentIndex(), 0, 2));
    s.maximumBy = m_maximumBy->currentIndex() == 1 ? Scenario::MaximumBy::Equal
                                                   : Scenario::MaximumBy::Beneficiaries;
    if (s.basis == Scenario::Basis::Tiers)
        for (int r = 0; r < m_weights->rowCount(); ++r) {
            const auto* spin = static_cast<QDoubleSpinBox*>(m_weights->cellWidget(r, 1));
            const int weight = int(std::lround(spin->value() * 100.0));
            if (weight > 0)
                s.measures.push_back(
                    {m_weights->item(r, 0)->data(Qt::UserRole).toString(), weight});
        }
    s.unearned = m_unearned->currentIndex() == 1 ? Scenario::Unearned::ToEarners
                                                 : Scenario::Unearned::ToInfrastructure;
    s.lossBearer = m_lossBearer->currentIndex() == 1 ? Scenario::LossBearer::ProRata
                                                     : Scenario::LossBearer::EmployedGroup;
    s.shieldIndependent = m_shieldIndependent->isChecked();
    s.priorReserveCents = std::llround(m_priorReserve->value() * 100.0);
    if (!m_historyCv->isChecked())
        s.expenditureCv = m_expenditureCv->value() / 100.0;
    s.qualitySd = m_qualitySd->value() / 100.0;
    return s;
}

QString ScenarioEditor::splitProblem() const
{
    const int total = m_split[0] + m_split[1] + m_split[2] + m_split[3];
    return total == 10000 ? QString()
                          : tr("The shares total %1, not 100%.").arg(Money::percent(total));
}

void ScenarioEditor::splitEdited(Part part, int basisPoints)
{
    if (m_updating)
        return;
    m_split[part] = basisPoints;
    // Balance on the provider share, or on infrastructure when the provider share moved.
    const Part balance = part == Providers ? Infrastructure : Providers;
    int others = 0;
    for (int p = 0; p < PartCount; ++p)
        if (p != balance)
            others += m_split[p];
    // Above 100% even without it, it gives all it has and the total shows the excess.
    m_split[balance] = std::max(0, 10000 - others);
    showSplit();
    edited();
}

void ScenarioEditor::showSplit()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    for (int p = 0; p < PartCount; ++p) {
        m_splitSliders[p]->setValue(m_split[p]);
        m_splitSpins[p]->setValue(m_split[p] / 100.0);
    }
    const QString problem = splitProblem();
    m_splitTotal->setText(problem.isEmpty() ? tr("100%") : problem);
    m_splitTotal->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("color: #b00020; font-weight: bold"));
    m_updating = wasUpdating;
}

void ScenarioEditor::updateEnabled()
{
    const bool mssp = m_source->currentIndex() == 0;
    m_expenditureChange->setEnabled(mssp);
    m_overrideQuality->setEnabled(mssp);
    m_quality->setEnabled(mssp && m_overrideQuality->isChecked());
    m_amount->setEnabled(!mssp);
    m_expenditureLabel->setText(
        QStringLiteral("%1%2%")
            .arg(m_expenditureChange->value() > 0 ? QStringLiteral("+") : QString())
            .arg(m_expenditureChange->value() / 10.0, 0, 'f', 1));
    const bool yearsScoreKnown = yearsQuality().has_value();
    m_qualityLabel->setText(m_overrideQuality->isChecked() || yearsScoreKnown
                                ? MsspFormat::qualityScore(m_quality->value() / 1000.0)
                                : tr("not given"));
    m_engagementMeasure->setEnabled(m_engagement->isChecked());
    m_engagementMinimum->setEnabled(m_engagement->isChecked());
    const bool tiers = m_basis->currentIndex() == 0;
    m_maximumBy->setEnabled(tiers);
    m_weights->setEnabled(tiers);
    int total = 0;
    for (const ScenarioMeasure& m : scenario().measures)
        total += m.weightBasisPoints;
    m_weightTotal->setText(!tiers           ? tr("not used")
                           : total == 10000 ? tr("100%")
                                            : tr("%1, not 100%").arg(Money::percent(total)));
    m_weightTotal->setStyleSheet(
        tiers && total != 10000 ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
    m_shieldIndependent->setEnabled(m_lossBearer->currentIndex() == 1);
    m_expenditureCv->setEnabled(!m_historyCv->isChecked());
    m_qualitySd->setEnabled(mssp);
}

std::optional<double> ScenarioEditor::yearsQuality() const
{
    const auto found = m_yearQuality.find(m_year->currentData().toInt());
    return found == m_yearQuality.end() ? std::nullopt : found->second;
}

void ScenarioEditor::showYearsQuality()
{
    if (m_overrideQuality->isChecked()) // an override starts from the score shown, the year's
        return;
    const bool wasUpdating = std::exchange(m_updating, true);
    m_quality->setValue(int(std::lround(yearsQuality().value_or(0.0) * 1000.0)));
    m_updating = wasUpdating;
}

void ScenarioEditor::edited()
{
    if (m_updating)
        return;
    updateEnabled();
    Q_EMIT changed();
}

} // namespace aco::ui
