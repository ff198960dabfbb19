#include "msspcalculatorpanel.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>

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
