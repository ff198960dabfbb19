#include "msspcalculatorpanel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QSpinBox>
#include <QTableWidget>

#include "screenshot.h"

#include <gtest/gtest.h>

using namespace aco;

namespace {

// Track 1, PY2018, 20,000 beneficiaries (MSR 2.5%), 5% savings, quality score 0.9.
MsspInput track1()
{
    MsspInput in;
    in.track = MsspTrack::Track1;
    in.performanceYear = 2018;
    in.assignedBeneficiaries = 20000;
    in.benchmarkTotal = 100'000'000;
    in.expenditureTotal = 95'000'000;
    in.qualityScore = 0.9;
    in.metQualityStandard = true;
    in.agreementStartYear = 2016;
    return in;
}

template<typename T>
T* field(const ui::MsspCalculatorPanel& panel, const char* name)
{
    return panel.findChild<T*>(QString::fromLatin1(name));
}

} // namespace

TEST(MsspCalculatorPanel, ShowsTheStepsOfTheInputsGiven)
{
    ui::MsspCalculatorPanel panel;
    panel.show();
    panel.setInputs(track1());
    ASSERT_TRUE(panel.result().has_value());
    // 5,000,000 x 50% x 0.9 x 0.98 = 2,205,000.
    EXPECT_EQ(panel.result()->earnedCents, 220'500'000);
    EXPECT_TRUE(field<QLabel>(panel, "msspHeadline")->text().contains(QStringLiteral("$2,205,000.00")));

    auto* steps = field<QTableWidget>(panel, "msspSteps");
    ASSERT_TRUE(steps);
    ASSERT_GT(steps->rowCount(), 5);
    const int last = steps->rowCount() - 1;
    EXPECT_EQ(steps->item(last, 0)->data(Qt::UserRole).toString(), QStringLiteral("earned"));
    EXPECT_EQ(steps->item(last, 1)->text(), QStringLiteral("$2,205,000.00"));
    EXPECT_FALSE(steps->item(last, 2)->text().isEmpty());

    // The fields give back what was set.
    const MsspInput shown = panel.inputs();
    EXPECT_EQ(shown.track, MsspTrack::Track1);
    EXPECT_EQ(shown.performanceYear, 2018);
    EXPECT_EQ(shown.assignedBeneficiaries, 20000);
    EXPECT_DOUBLE_EQ(shown.benchmarkTotal, 100'000'000);
    EXPECT_DOUBLE_EQ(*shown.qualityScore, 0.9);
    EXPECT_FALSE(shown.msr.has_value());
    EXPECT_EQ(shown.agreementStartYear, 2016);
    EXPECT_FALSE(shown.participantRevenue.has_value());
}

TEST(MsspCalculatorPanel, EveryInputHasATooltip)
{
    ui::MsspCalculatorPanel panel;
    int inputs = 0;
    for (QWidget* widget : panel.findChildren<QWidget*>()) {
        if (!widget->objectName().startsWith(QStringLiteral("mssp_")))
            continue;
        ++inputs;
        EXPECT_FALSE(widget->toolTip().isEmpty()) << widget->objectName().toStdString();
    }
    EXPECT_EQ(inputs, 15); // track ... disaster fraction
}

TEST(MsspCalculatorPanel, RecomputesOnEveryChange)
{
    ui::MsspCalculatorPanel panel;
    panel.setInputs(track1());
    int changes = 0;
    QObject::connect(&panel, &ui::MsspCalculatorPanel::resultChanged, &panel, [&] { ++changes; });

    // Score 1: 5,000,000 x 50% x 0.98 = 2,450,000.
    field<QDoubleSpinBox>(panel, "mssp_quality_score")->setValue(100.0); // in percent
    EXPECT_EQ(changes, 1);
    EXPECT_EQ(panel.result()->earnedCents, 245'000'000);

    // Quality standard missed: nothing.
    field<QCheckBox>(panel, "mssp_met_quality_standard")->setChecked(false);
    EXPECT_EQ(panel.result()->earnedCents, 0);
    field<QCheckBox>(panel, "mssp_met_quality_standard")->setChecked(true);

    // 3,000 beneficiaries: the size table does not apply and the panel says what is missing.
    field<QSpinBox>(panel, "mssp_assigned_beneficiaries")->setValue(3000);
    EXPECT_FALSE(panel.result().has_value());
    EXPECT_TRUE(field<QLabel>(panel, "msspNotes")->text().contains(QStringLiteral("Given MSR")));
    EXPECT_EQ(field<QTableWidget>(panel, "msspSteps")->rowCount(), 0);

    // Giving CMS's MSR of 4% computes again: 5% >= 4%, so 2,450,000.
    auto* election = field<QComboBox>(panel, "mssp_election");
    election->setCurrentIndex(election->count() - 1);
    field<QDoubleSpinBox>(panel, "mssp_msr")->setValue(4.0);
    ASSERT_TRUE(panel.result().has_value());
    EXPECT_EQ(panel.result()->msrSource, MsspRateSource::Supplied);
    EXPECT_EQ(panel.result()->earnedCents, 245'000'000);
}

TEST(MsspCalculatorPanel, OneSidedTracksCannotElectAFixedMsr)
{
    ui::MsspCalculatorPanel panel;
    MsspInput in = track1();
    in.track = MsspTrack::Track3;
    in.msr = 0.01;
    in.mlr = 0.01;
    panel.setInputs(in);
    auto* election = field<QComboBox>(panel, "mssp_election");
    EXPECT_DOUBLE_EQ(election->currentData().toDouble(), 0.01);
    EXPECT_EQ(panel.result()->msrSource, MsspRateSource::Elected);

    // Switching to Track 1 (one-sided) falls back to the size table.
    auto* track = field<QComboBox>(panel, "mssp_track");
    track->setCurrentIndex(track->findData(static_cast<int>(MsspTrack::Track1)));
    EXPECT_EQ(election->currentIndex(), 0);
    EXPECT_EQ(panel.result()->msrSource, MsspRateSource::SizeTable);
}

namespace {

// ENHANCED, PY2024, 20,000 beneficiaries, 5% over a $100,000,000 benchmark, quality score 0.8:
// a loss shared at 1 - 75% x 0.8 = 40% from the first dollar, $2,000,000 owed.
MsspInput enhancedLoss()
{
    MsspInput in;
    in.track = MsspTrack::Enhanced;
    in.performanceYear = 2024;
    in.assignedBeneficiaries = 20000;
    in.benchmarkTotal = 100'000'000;
    in.expenditureTotal = 105'000'000;
    in.qualityScore = 0.8;
    in.metQualityStandard = true;
    in.agreementStartYear = 2024;
    return in;
}

QStringList shownSteps(const ui::MsspCalculatorPanel& panel)
{
    const auto* steps = field<QTableWidget>(panel, "msspSteps");
    QStringList keys;
    for (int row = 0; row < steps->rowCount(); ++row)
        if (!steps->isRowHidden(row))
            keys << steps->item(row, 0)->data(Qt::UserRole).toString();
    return keys;
}

} // namespace

// A loss shows the steps of losses only, savings those of savings; each value is level with the
// top of its explanation.
TEST(MsspCalculatorPanel, ShowsOnlyTheStepsThatApply)
{
    ui::MsspCalculatorPanel panel;
    panel.resize(1200, 760);
    panel.show();
    panel.setInputs(enhancedLoss());
    ASSERT_TRUE(panel.result().has_value());
    EXPECT_EQ(panel.result()->earnedCents, -200'000'000);
    QStringList shown = shownSteps(panel);
    for (const char* key : {"met_mlr", "final_loss_rate", "loss_limit", "earned"})
        EXPECT_TRUE(shown.contains(QLatin1String(key))) << key;
    for (const char* key : {"met_msr", "final_sharing_rate", "sequestration", "payment_limit"})
        EXPECT_FALSE(shown.contains(QLatin1String(key))) << key;
    const auto* steps = field<QTableWidget>(panel, "msspSteps");
    for (int row = 0; row < steps->rowCount(); ++row) {
        EXPECT_EQ(steps->item(row, 1)->textAlignment(), int(Qt::AlignRight | Qt::AlignTop));
        EXPECT_EQ(steps->item(row, 2)->textAlignment(), int(Qt::AlignLeft | Qt::AlignTop));
    }
    test::screenshot(panel, QStringLiteral("mssp-loss.png"));

    MsspInput savings = enhancedLoss();
    savings.expenditureTotal = 95'000'000;
    panel.setInputs(savings);
    shown = shownSteps(panel);
    EXPECT_TRUE(shown.contains(QStringLiteral("final_sharing_rate")));
    EXPECT_FALSE(shown.contains(QStringLiteral("final_loss_rate")));
    EXPECT_FALSE(shown.contains(QStringLiteral("loss_limit")));
}

// Reset goes back to the inputs the file gave, and is offered only when something changed.
TEST(MsspCalculatorPanel, ResetGoesBackToTheInputsGiven)
{
    ui::MsspCalculatorPanel panel;
    panel.setInputs(enhancedLoss());
    auto* reset = field<QPushButton>(panel, "msspReset");
    EXPECT_FALSE(reset->isEnabled());
    field<QSpinBox>(panel, "mssp_assigned_beneficiaries")->setValue(8000);
    field<QDoubleSpinBox>(panel, "mssp_expenditure_total")->setValue(90'000'000);
    EXPECT_TRUE(reset->isEnabled());
    EXPECT_GT(panel.result()->earnedCents, 0);
    reset->click();
    EXPECT_EQ(panel.inputs(), enhancedLoss());
    EXPECT_EQ(panel.result()->earnedCents, -200'000'000);
    EXPECT_FALSE(reset->isEnabled());
}

// The PDF holds the inputs and the steps shown, with their explanations, and not the hidden ones.
TEST(MsspCalculatorPanel, ExportsItsStepsAsAPdf)
{
    ui::MsspCalculatorPanel panel;
    panel.setInputs(enhancedLoss());
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("mssp.pdf"));
    ASSERT_TRUE(panel.exportPdf(pdf));
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text =
        QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC) // "ﬁ" as "fi"
            .simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Shared Savings Program calculation")));
    EXPECT_TRUE(text.contains(QStringLiteral("Shared losses owed: $2,000,000.00"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Assigned beneficiaries 20,000"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Final loss rate")));
    EXPECT_FALSE(text.contains(QStringLiteral("Final sharing rate")));
    EXPECT_FALSE(QFile::exists(pdf + QStringLiteral(".part")));
}
