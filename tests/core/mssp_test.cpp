// Unit tests of the Shared Savings Program arithmetic. Every expected value is worked out by
// hand in the comment beside it from the rules in mssp-methodology.md, not copied from output.
#include "error.h"
#include "mssp/msspcalculator.h"
#include "mssp/msspexplanation.h"
#include "mssp/msspparameters.h"

#include <gtest/gtest.h>

using namespace aco;

namespace {

const MsspParameters& cms()
{
    return MsspParameters::cms();
}

// A $100 million benchmark, 20,000 beneficiaries (size-based MSR 2.5%), quality met at 0.9.
MsspInput input(MsspTrack track, int year, double expenditure)
{
    MsspInput in;
    in.track = track;
    in.performanceYear = year;
    in.assignedBeneficiaries = 20000;
    in.benchmarkTotal = 100'000'000;
    in.expenditureTotal = expenditure;
    in.qualityScore = 0.9;
    in.metQualityStandard = true;
    in.agreementStartYear = year;
    return in;
}

MsspResult calculate(const MsspInput& in)
{
    return MsspCalculator().calculate(in);
}

bool hasNote(const MsspResult& result, const char* fragment)
{
    return result.notes.join(QLatin1Char('|')).contains(QString::fromUtf8(fragment));
}

// The columns named by the problems with `in`.
QStringList problemColumns(const MsspInput& in)
{
    QStringList columns;
    for (const MsspInputProblem& problem : MsspCalculator().validate(in))
        columns << problem.column;
    return columns;
}

} // namespace

// --- The minimum savings rate table ---------------------------------------------------------

TEST(MsspMsr, BandEdges)
{
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(5000), 0.039);  // low end of the first band
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(5999), 0.036);  // high end of the first band
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(6000), 0.036);  // next band starts where it ended
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(9999), 0.030);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(10000), 0.030);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(14999), 0.027);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(20000), 0.025);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(49999), 0.022);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(59999), 0.020);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(60000), 0.020);
    EXPECT_DOUBLE_EQ(*cms().sizeBasedMsr(1'000'000), 0.020);
    // Below 5,000 CMS's rule is unpublished: the MSR must be supplied.
    EXPECT_FALSE(cms().sizeBasedMsr(4999).has_value());
}

TEST(MsspMsr, InterpolatesWithinABand)
{
    // 7,500 in 7,000-7,999 (3.4% -> 3.2%): 0.034 - 0.002 x 500/999 = 0.034 - 0.001001001
    // = 0.032998999.
    EXPECT_NEAR(*cms().sizeBasedMsr(7500), 0.032998999, 1e-9);
    // 35,000 in 20,000-49,999 (2.5% -> 2.2%): 0.025 - 0.003 x 15,000/29,999
    // = 0.025 - 0.00150005 = 0.02349995.
    EXPECT_NEAR(*cms().sizeBasedMsr(35000), 0.02349995, 1e-8);
    // 9,139 in 9,000-9,999 (3.1% -> 3.0%): 0.031 - 0.001 x 139/999 = 0.030860861, which is
    // also the MSR CMS published for that ACO (PY2018, A1002).
    EXPECT_NEAR(*cms().sizeBasedMsr(9139), 0.030860861, 1e-9);
}

TEST(MsspMsr, SourcesOfTheRatesUsed)
{
    // One-sided, 20,000 beneficiaries: the table's 2.5%, no MLR.
    const MsspResult table = calculate(input(MsspTrack::BasicB, 2022, 99'000'000));
    EXPECT_EQ(table.msrSource, MsspRateSource::SizeTable);
    EXPECT_DOUBLE_EQ(table.msr, 0.025);
    EXPECT_FALSE(table.mlr.has_value());

    // Two-sided without an election: size-based MSR and MLR = MSR.
    const MsspResult twoSided = calculate(input(MsspTrack::BasicE, 2022, 99'000'000));
    EXPECT_EQ(twoSided.msrSource, MsspRateSource::SizeTable);
    EXPECT_DOUBLE_EQ(*twoSided.mlr, 0.025);

    // An election of 1%.
    MsspInput elected = input(MsspTrack::BasicE, 2022, 99'000'000);
    elected.msr = 0.01;
    elected.mlr = 0.01;
    const MsspResult electedResult = calculate(elected);
    EXPECT_EQ(electedResult.msrSource, MsspRateSource::Elected);
    EXPECT_EQ(electedResult.mlrSource, MsspRateSource::Elected);
    EXPECT_DOUBLE_EQ(electedResult.msr, 0.01);

    // Below 5,000 the MSR must be given; the output says it was supplied.
    MsspInput small = input(MsspTrack::BasicB, 2022, 99'000'000);
    small.assignedBeneficiaries = 3785;
    EXPECT_EQ(problemColumns(small), QStringList{QStringLiteral("msr")});
    small.msr = 0.0457;
    const MsspResult supplied = calculate(small);
    EXPECT_EQ(supplied.msrSource, MsspRateSource::Supplied);
    EXPECT_DOUBLE_EQ(supplied.msr, 0.0457);
    EXPECT_TRUE(hasNote(supplied, "Below 5,000 assigned beneficiaries"));
}

TEST(MsspMsr, Track2AgreementsOf2012To2015AreFixedAtTwoPercent)
{
    // A 2014 agreement in PY2016 with 20,000 beneficiaries (table: 2.5%) uses 2%: savings of
    // 2.2% (B - E = 2.2M) qualify. Sharing 60% x 0.9 = 54%: 2,200,000 x 0.54 x 0.98 = 1,164,240.
    MsspInput in = input(MsspTrack::Track2, 2016, 97'800'000);
    in.agreementStartYear = 2014;
    const MsspResult result = calculate(in);
    EXPECT_EQ(result.msrSource, MsspRateSource::Fixed);
    EXPECT_EQ(result.mlrSource, MsspRateSource::Fixed);
    EXPECT_DOUBLE_EQ(result.msr, 0.02);
    EXPECT_TRUE(result.metMsr);
    EXPECT_EQ(result.earnedCents, 116'424'000);

    // An election given for such an agreement is not used, and the note says so.
    in.msr = 0.0;
    in.mlr = 0.0;
    const MsspResult ignored = calculate(in);
    EXPECT_DOUBLE_EQ(ignored.msr, 0.02);
    EXPECT_TRUE(hasNote(ignored, "fixed at 2%"));

    // A 2016 agreement needs its own MSR: without msr, the table's 2.5% is not met by 2.2%.
    in.agreementStartYear = 2016;
    in.msr.reset();
    in.mlr.reset();
    const MsspResult later = calculate(in);
    EXPECT_EQ(later.msrSource, MsspRateSource::SizeTable);
    EXPECT_FALSE(later.metMsr);
    EXPECT_EQ(later.earnedCents, 0);
}

// --- Savings: the MSR threshold, sharing rates and the payment limit ------------------------

TEST(MsspSavings, ExactlyAtTheMsrQualifies)
{
    // 5,000 beneficiaries: MSR 3.9%. B = 1,000,000, E = 961,000: rate 39,000 / 1,000,000 =
    // 3.9%, which meets it (>=). BASIC A in PY2022 shares 40%: 39,000 x 0.40 x 0.98 = 15,288.
    MsspInput in = input(MsspTrack::BasicA, 2022, 961'000);
    in.assignedBeneficiaries = 5000;
    in.benchmarkTotal = 1'000'000;
    const MsspResult result = calculate(in);
    EXPECT_TRUE(result.metMsr);
    EXPECT_DOUBLE_EQ(result.generated, 39'000);
    EXPECT_EQ(result.earnedCents, 1'528'800);

    // One cent more spent: 38,999.99 / 1,000,000 = 3.899999% < 3.9%: nothing.
    in.expenditureTotal = 961'000.01;
    const MsspResult below = calculate(in);
    EXPECT_FALSE(below.metMsr);
    EXPECT_EQ(below.generated, 0);
    EXPECT_EQ(below.earnedCents, 0);
    EXPECT_TRUE(hasNote(below, "below the MSR"));
}

TEST(MsspSavings, ComparesTheUnroundedRate)
{
    // PY2021, 60,000 beneficiaries (MSR 2%). B - E = 1,995,500 on 100M is 1.9955%, printed as
    // 2.00% but below the MSR: nothing is shared.
    MsspInput in = input(MsspTrack::BasicB, 2021, 98'004'500);
    in.assignedBeneficiaries = 60000;
    const MsspResult result = calculate(in);
    EXPECT_NEAR(result.savingsRate, 0.019955, 1e-12);
    EXPECT_FALSE(result.metMsr);
    EXPECT_EQ(result.earnedCents, 0);
}

TEST(MsspSavings, Track1Pre2021ScalesByQualityScore)
{
    // PY2018, 5% savings against a 2.5% MSR. Sharing = 50% x 0.9 = 45%:
    // 5,000,000 x 0.45 x 0.98 = 2,205,000.
    const MsspResult result = calculate(input(MsspTrack::Track1, 2018, 95'000'000));
    EXPECT_DOUBLE_EQ(result.finalSharingRate, 0.45);
    EXPECT_FALSE(result.capped);
    EXPECT_EQ(result.earnedCents, 220'500'000);

    // The quality standard missed: sharing rate 0, nothing earned, and the note says why.
    MsspInput missed = input(MsspTrack::Track1, 2018, 95'000'000);
    missed.metQualityStandard = false;
    const MsspResult none = calculate(missed);
    EXPECT_DOUBLE_EQ(none.finalSharingRate, 0);
    EXPECT_EQ(none.earnedCents, 0);
    EXPECT_TRUE(hasNote(none, "quality performance standard was not met"));

    // Before 2021 the score is needed.
    MsspInput noScore = input(MsspTrack::Track1, 2018, 95'000'000);
    noScore.qualityScore.reset();
    EXPECT_EQ(problemColumns(noScore), QStringList{QStringLiteral("quality_score")});
}

TEST(MsspSavings, FromPY2021MeetingTheStandardGivesTheFullRate)
{
    // BASIC B, PY2021, score 0.5 but standard met: the full 40%.
    // 5,000,000 x 0.40 x 0.98 = 1,960,000.
    MsspInput in = input(MsspTrack::BasicB, 2021, 95'000'000);
    in.qualityScore = 0.5;
    const MsspResult result = calculate(in);
    EXPECT_DOUBLE_EQ(result.finalSharingRate, 0.40);
    EXPECT_EQ(result.earnedCents, 196'000'000);

    in.metQualityStandard = false;
    EXPECT_EQ(calculate(in).earnedCents, 0);

    // No score needed when the rate does not depend on it.
    in.metQualityStandard = true;
    in.qualityScore.reset();
    EXPECT_EQ(calculate(in).earnedCents, 196'000'000);
}

TEST(MsspSavings, AlternativeQualityStandardFromPY2023)
{
    // BASIC E, PY2023, elected MSR 2%, 5% savings, standard missed but the alternative met
    // with score 0.8: 50% x 0.8 = 40%. 5,000,000 x 0.40 x 0.98 = 1,960,000.
    MsspInput in = input(MsspTrack::BasicE, 2023, 95'000'000);
    in.msr = 0.02;
    in.metQualityStandard = false;
    in.metAlternativeQualityStandard = true;
    in.qualityScore = 0.8;
    const MsspResult result = calculate(in);
    EXPECT_DOUBLE_EQ(result.finalSharingRate, 0.40);
    EXPECT_EQ(result.earnedCents, 196'000'000);
    EXPECT_TRUE(hasNote(result, "alternative quality standard was met"));

    // The same in PY2022, before the alternative standard existed: nothing, with a note.
    in.performanceYear = 2022;
    in.agreementStartYear = 2022;
    const MsspResult early = calculate(in);
    EXPECT_EQ(early.earnedCents, 0);
    EXPECT_TRUE(hasNote(early, "began in PY2023"));
}

TEST(MsspSavings, LowRevenueBasicHalfRateFromPY2024)
{
    // BASIC A, PY2024, low revenue, 10,000 beneficiaries (MSR 3%), agreement from 2024:
    // savings of 2% are below the MSR but shared at half of 40% = 20%.
    // 2,000,000 x 0.20 x 0.98 = 392,000.
    MsspInput in = input(MsspTrack::BasicA, 2024, 98'000'000);
    in.assignedBeneficiaries = 10000;
    in.lowRevenue = true;
    const MsspResult result = calculate(in);
    EXPECT_FALSE(result.metMsr);
    EXPECT_TRUE(result.halfRate);
    EXPECT_DOUBLE_EQ(result.finalSharingRate, 0.20);
    EXPECT_DOUBLE_EQ(result.generated, 2'000'000);
    EXPECT_EQ(result.earnedCents, 39'200'000);

    // Not for a high-revenue ACO, an agreement from before 2024, or PY2023.
    MsspInput high = in;
    high.lowRevenue = false;
    EXPECT_EQ(calculate(high).earnedCents, 0);
    MsspInput older = in;
    older.agreementStartYear = 2022;
    EXPECT_EQ(calculate(older).earnedCents, 0);
    MsspInput before = in;
    before.performanceYear = 2023;
    before.agreementStartYear = 2023;
    EXPECT_EQ(calculate(before).earnedCents, 0);
    // Nor below 5,000 beneficiaries (MSR supplied as 4%).
    MsspInput small = in;
    small.assignedBeneficiaries = 4999;
    small.msr = 0.04;
    EXPECT_EQ(calculate(small).earnedCents, 0);
    // Whether it applies depends on the agreement's start: it must be given.
    MsspInput unknown = in;
    unknown.agreementStartYear.reset();
    EXPECT_EQ(problemColumns(unknown), QStringList{QStringLiteral("agreement_start_year")});
    // Savings above the MSR get the full rate: 5% -> 5,000,000 x 0.40 x 0.98 = 1,960,000.
    MsspInput above = in;
    above.expenditureTotal = 95'000'000;
    const MsspResult full = calculate(above);
    EXPECT_FALSE(full.halfRate);
    EXPECT_EQ(full.earnedCents, 196'000'000);
}

TEST(MsspSavings, PaymentLimitCapsAfterSequestration)
{
    // Track 3, PY2018, elected MSR 0, score 1: sharing 75%. B = 10M, E = 7M:
    // 3,000,000 x 0.75 x 0.98 = 2,205,000 > 20% x 10M = 2,000,000: capped at 2,000,000.
    MsspInput in = input(MsspTrack::Track3, 2018, 7'000'000);
    in.benchmarkTotal = 10'000'000;
    in.qualityScore = 1.0;
    in.msr = 0;
    in.mlr = 0;
    const MsspResult capped = calculate(in);
    EXPECT_TRUE(capped.capped);
    EXPECT_DOUBLE_EQ(capped.paymentLimit, 2'000'000);
    EXPECT_EQ(capped.earnedCents, 200'000'000);
    EXPECT_TRUE(hasNote(capped, "performance payment limit"));

    // Track 1, PY2018, score 1, B = 10M, E = 7,980,000: 2,020,000 x 0.5 = 1,010,000 is over the
    // 10% limit, but after sequestration (x 0.98 = 989,800) it is not: sequestration comes
    // first, so 989,800 is earned (the other order would give 980,000).
    MsspInput track1 = input(MsspTrack::Track1, 2018, 7'980'000);
    track1.benchmarkTotal = 10'000'000;
    track1.qualityScore = 1.0;
    const MsspResult uncapped = calculate(track1);
    EXPECT_FALSE(uncapped.capped);
    EXPECT_EQ(uncapped.earnedCents, 98'980'000);
}

TEST(MsspSavings, RoundsToCentsOnlyAtTheEnd)
{
    // B = 10,000, E = 8,999.99 (100 beneficiaries, MSR given as 5%), Track 1 PY2018, score 1:
    // 1,000.01 x 0.5 x 0.98 = 490.0049 -> $490.00. Rounding the halfway product 500.005 to
    // 500.01 first would give 490.0098 -> $490.01.
    MsspInput in = input(MsspTrack::Track1, 2018, 8'999.99);
    in.assignedBeneficiaries = 100;
    in.benchmarkTotal = 10'000;
    in.msr = 0.05;
    in.qualityScore = 1.0;
    EXPECT_EQ(calculate(in).earnedCents, 49'000);
}

// --- Losses: loss rates, limits and disasters -----------------------------------------------

TEST(MsspLosses, OneSidedTracksShareNoLosses)
{
    const MsspResult result = calculate(input(MsspTrack::BasicB, 2022, 110'000'000));
    EXPECT_EQ(result.earnedCents, 0);
    EXPECT_FALSE(result.finalLossRate.has_value());
    EXPECT_TRUE(hasNote(result, "one-sided"));
}

TEST(MsspLosses, InsideTheCorridorNothingIsOwed)
{
    // BASIC E, size-based MLR = MSR = 2.5% at 20,000: losses of 2.4% are inside it...
    const MsspResult inside = calculate(input(MsspTrack::BasicE, 2023, 102'400'000));
    EXPECT_FALSE(inside.metMlr);
    EXPECT_EQ(inside.earnedCents, 0);
    // ... losses of exactly 2.5% are not: 2,500,000 x 30% = 750,000 owed (limit 4% = 4M).
    const MsspResult at = calculate(input(MsspTrack::BasicE, 2023, 102'500'000));
    EXPECT_TRUE(at.metMlr);
    EXPECT_EQ(at.earnedCents, -75'000'000);
}

TEST(MsspLosses, Track1PlusAndBasicShareThirtyPercent)
{
    // Track 1+, PY2018, elected MLR 0.5%, B = 50M, E = 51M: 1,000,000 x 30% = 300,000 owed;
    // limit (revenue unknown) 4% of 50M = 2M, not reached.
    MsspInput in = input(MsspTrack::Track1Plus, 2018, 51'000'000);
    in.benchmarkTotal = 50'000'000;
    in.msr = 0.005;
    const MsspResult result = calculate(in);
    EXPECT_DOUBLE_EQ(*result.finalLossRate, 0.30);
    EXPECT_FALSE(result.lossLimitApplied);
    EXPECT_EQ(result.earnedCents, -30'000'000);
    // And on the savings side, PY2018: 50% x 0.9 = 45%.
    EXPECT_DOUBLE_EQ(result.finalSharingRate, 0.45);
}

TEST(MsspLosses, Track3AndEnhancedLossRates)
{
    // Track 3, PY2018, elected 0%, 10% losses (10M on 100M).
    MsspInput in = input(MsspTrack::Track3, 2018, 110'000'000);
    in.msr = 0;
    // Score 0.9: sharing 75% x 0.9 = 67.5%, 1 - 0.675 = 32.5%, raised to the 40% floor: 4M.
    EXPECT_EQ(calculate(in).earnedCents, -400'000'000);
    // Score 0.4: sharing 30%, loss rate 70%: 7M.
    in.qualityScore = 0.4;
    EXPECT_DOUBLE_EQ(*calculate(in).finalLossRate, 0.70);
    EXPECT_EQ(calculate(in).earnedCents, -700'000'000);
    // Standard missed: sharing 0, loss rate 1 capped at 75%: 7.5M.
    in.metQualityStandard = false;
    EXPECT_EQ(calculate(in).earnedCents, -750'000'000);

    // ENHANCED, PY2023: 1 - 0.75 x 0.6 = 55% of 10M = 5.5M.
    MsspInput enhanced = input(MsspTrack::Enhanced, 2023, 110'000'000);
    enhanced.msr = 0;
    enhanced.qualityScore = 0.6;
    EXPECT_DOUBLE_EQ(*calculate(enhanced).finalLossRate, 0.55);
    EXPECT_EQ(calculate(enhanced).earnedCents, -550'000'000);
    // Alternative standard met instead: the same formula.
    enhanced.metQualityStandard = false;
    enhanced.metAlternativeQualityStandard = true;
    EXPECT_EQ(calculate(enhanced).earnedCents, -550'000'000);
    // Neither: 75%.
    enhanced.metAlternativeQualityStandard = false;
    EXPECT_EQ(calculate(enhanced).earnedCents, -750'000'000);
}

TEST(MsspLosses, Track2LossRateAndAgreementYearLimits)
{
    // Track 2, PY2018, elected 1%, B = 10M, E = 12M: losses 2,000,000.
    MsspInput in = input(MsspTrack::Track2, 2018, 12'000'000);
    in.benchmarkTotal = 10'000'000;
    in.msr = 0.01;
    in.agreementStartYear = 2016; // PY2018 is agreement year 3: limit 10% = 1,000,000
    // Score 0.9: sharing 54%, loss rate 46%: 920,000 (under the limit).
    const MsspResult year3 = calculate(in);
    EXPECT_DOUBLE_EQ(*year3.finalLossRate, 0.46);
    EXPECT_FALSE(year3.lossLimitApplied);
    EXPECT_EQ(year3.earnedCents, -92'000'000);
    // Score 0.5: sharing 30%, 1 - 0.3 = 70% capped at 60%: 1,200,000, limited to 1,000,000.
    in.qualityScore = 0.5;
    const MsspResult limited = calculate(in);
    EXPECT_DOUBLE_EQ(*limited.finalLossRate, 0.60);
    EXPECT_TRUE(limited.lossLimitApplied);
    EXPECT_EQ(limited.earnedCents, -100'000'000);
    // Agreement year 2: 7.5% = 750,000; year 1: 5% = 500,000.
    in.agreementYear = 2;
    EXPECT_EQ(calculate(in).earnedCents, -75'000'000);
    in.agreementYear = 1;
    EXPECT_EQ(calculate(in).earnedCents, -50'000'000);
    // Without either year the limit is unknown.
    in.agreementYear.reset();
    in.agreementStartYear.reset();
    EXPECT_TRUE(problemColumns(in).contains(QStringLiteral("agreement_year")));

    // PY2021 (fitted): 1 - 0.60 x 0.89 = 46.6% of 1,000,000 = 466,000.
    MsspInput y2021 = input(MsspTrack::Track2, 2021, 101'000'000);
    y2021.msr = 0;
    y2021.qualityScore = 0.89;
    y2021.agreementStartYear = 2018;
    EXPECT_EQ(calculate(y2021).earnedCents, -46'600'000);
}

TEST(MsspLosses, BenchmarkBasedLossLimit)
{
    // ENHANCED, PY2023, standard missed: 75% of 30M losses = 22.5M, limited to 15% of 100M.
    MsspInput in = input(MsspTrack::Enhanced, 2023, 130'000'000);
    in.msr = 0.02;
    in.metQualityStandard = false;
    const MsspResult result = calculate(in);
    EXPECT_TRUE(result.lossLimitApplied);
    EXPECT_DOUBLE_EQ(*result.lossLimit, 15'000'000);
    EXPECT_DOUBLE_EQ(result.lossesBeforeLimit, -22'500'000);
    EXPECT_EQ(result.earnedCents, -1'500'000'000);
    EXPECT_TRUE(hasNote(result, "limited to $15,000,000.00"));
}

TEST(MsspLosses, RevenueBasedLossLimit)
{
    // BASIC C, PY2023, elected 0%, losses 10M x 30% = 3M.
    MsspInput in = input(MsspTrack::BasicC, 2023, 110'000'000);
    in.msr = 0;
    // Revenue unknown: the benchmark-based 1% of 100M = 1,000,000, with a note.
    const MsspResult unknown = calculate(in);
    EXPECT_EQ(unknown.earnedCents, -100'000'000);
    EXPECT_TRUE(unknown.lossLimitApplied);
    EXPECT_TRUE(hasNote(unknown, "Participant revenue is unknown"));
    // Revenue 20M: 2% of it = 400,000 is below 1% of the benchmark, so it applies.
    in.participantRevenue = 20'000'000;
    EXPECT_EQ(calculate(in).earnedCents, -40'000'000);
    // Revenue 80M: 2% = 1.6M exceeds 1% of the benchmark; the 1M cap applies.
    in.participantRevenue = 80'000'000;
    EXPECT_EQ(calculate(in).earnedCents, -100'000'000);
    // BASIC D: 4% of 20M = 800,000 (under 2% of B = 2M). BASIC E: 8% of 20M = 1.6M (under 4M).
    in.participantRevenue = 20'000'000;
    in.track = MsspTrack::BasicD;
    EXPECT_EQ(calculate(in).earnedCents, -80'000'000);
    in.track = MsspTrack::BasicE;
    EXPECT_EQ(calculate(in).earnedCents, -160'000'000);
}

TEST(MsspLosses, DisasterReductionComesOffTheLimitedLosses)
{
    // BASIC D, PY2023, elected 0%, losses 5M x 30% = 1.5M (limit 2M not reached); a quarter
    // forgiven: 375,000 off, 1,125,000 owed.
    MsspInput in = input(MsspTrack::BasicD, 2023, 105'000'000);
    in.msr = 0;
    in.disasterFraction = 0.25;
    const MsspResult result = calculate(in);
    EXPECT_DOUBLE_EQ(result.disasterReduction, 375'000);
    EXPECT_EQ(result.earnedCents, -112'500'000);
    EXPECT_TRUE(hasNote(result, "Extreme and uncontrollable circumstances forgave 25%"));
    // BASIC C: 1.5M limited to 1% of 100M = 1M first, then half forgiven: 500,000.
    in.track = MsspTrack::BasicC;
    in.disasterFraction = 0.5;
    EXPECT_EQ(calculate(in).earnedCents, -50'000'000);
    // PY2022 with the whole year forgiven (COVID-19): nothing owed; with less, a note.
    MsspInput covid = input(MsspTrack::BasicD, 2022, 105'000'000);
    covid.msr = 0;
    covid.disasterFraction = 1.0;
    EXPECT_EQ(calculate(covid).earnedCents, 0);
    covid.disasterFraction = 0;
    EXPECT_TRUE(hasNote(calculate(covid), "forgave all shared losses"));
}

// --- Years and input checks -----------------------------------------------------------------

TEST(MsspYears, LaterYearsReuseTheLastKnownRules)
{
    ASSERT_EQ(cms().lastKnownYear(), 2024);
    // PY2026 uses PY2024's rules (including the half rate) and says so.
    MsspInput in = input(MsspTrack::BasicA, 2026, 98'000'000);
    in.assignedBeneficiaries = 10000;
    in.lowRevenue = true;
    in.agreementStartYear = 2026;
    const MsspResult result = calculate(in);
    EXPECT_EQ(result.rules.rulesYear, 2024);
    EXPECT_TRUE(result.rules.carriedForward());
    EXPECT_TRUE(hasNote(result, "PY2026 is after PY2024"));
    EXPECT_TRUE(result.halfRate);
    // A known year says nothing of the kind.
    const MsspResult known = calculate(input(MsspTrack::BasicA, 2024, 95'000'000));
    EXPECT_FALSE(known.rules.carriedForward());
    EXPECT_FALSE(hasNote(known, "last year whose rules are known"));
}

TEST(MsspYears, TracksOnlyInTheYearsTheyRan)
{
    EXPECT_EQ(problemColumns(input(MsspTrack::Track1, 2023, 95'000'000)),
              QStringList{QStringLiteral("track")});
    EXPECT_EQ(problemColumns(input(MsspTrack::Enhanced, 2018, 95'000'000)),
              QStringList{QStringLiteral("track")});
    EXPECT_EQ(problemColumns(input(MsspTrack::BasicA, 2011, 95'000'000)),
              QStringList{QStringLiteral("performance_year")});
    EXPECT_TRUE(problemColumns(input(MsspTrack::Track1, 2021, 95'000'000)).isEmpty());
}

TEST(MsspInputChecks, ReportsEveryBadValueByColumn)
{
    MsspInput in = input(MsspTrack::BasicE, 2023, -5);
    in.assignedBeneficiaries = -1;
    in.benchmarkTotal = 0;
    in.msr = 2.0; // 2%, written as a percent
    in.qualityScore = 1.5;
    in.disasterFraction = -0.1;
    const QStringList columns = problemColumns(in);
    for (const char* column : {"assigned_beneficiaries", "benchmark_total", "expenditure_total",
                               "msr", "quality_score", "disaster_fraction"})
        EXPECT_TRUE(columns.contains(QString::fromLatin1(column))) << column;

    try {
        MsspCalculator().calculate(in);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("column assigned_beneficiaries"),
                  std::string::npos);
    }
}

TEST(MsspExplanation, StepsInOrderWithWordsAndNumbers)
{
    const MsspInput in = input(MsspTrack::Track1, 2018, 95'000'000);
    const auto steps = MsspExplanation::steps(in, calculate(in));
    QStringList keys;
    for (const MsspStep& step : steps) {
        keys << step.key;
        EXPECT_FALSE(step.name.isEmpty());
        EXPECT_FALSE(step.explanation.isEmpty()) << step.key.toStdString();
    }
    EXPECT_EQ(keys, (QStringList{QStringLiteral("rules"), QStringLiteral("gross_savings"),
                                 QStringLiteral("savings_rate"), QStringLiteral("msr"),
                                 QStringLiteral("met_msr"), QStringLiteral("generated"),
                                 QStringLiteral("final_sharing_rate"),
                                 QStringLiteral("sequestration"), QStringLiteral("payment_limit"),
                                 QStringLiteral("earned")}));
    // 5,000,000 x 45% x 0.98 = 2,205,000 (see Track1Pre2021ScalesByQualityScore).
    EXPECT_EQ(steps.back().value, QStringLiteral("$2,205,000.00"));
    EXPECT_EQ(steps[2].value, QStringLiteral("5%"));
    EXPECT_EQ(steps[3].value, QStringLiteral("2.5%"));
    EXPECT_EQ(steps[6].value, QStringLiteral("45%"));
}
