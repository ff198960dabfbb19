#include "error.h"
#include "mssp/msspcalculator.h"
#include "scenarios/montecarlo.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aco;

namespace {

double phi(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

// BASIC A, PY2024: a $100 million benchmark, $97 million expected spending, MSR 2% (elected).
ScenarioBasis msspBasis()
{
    MsspInput in;
    in.track = MsspTrack::BasicA;
    in.performanceYear = 2024;
    in.agreementStartYear = 2024;
    in.assignedBeneficiaries = 20000;
    in.benchmarkTotal = 100'000'000;
    in.expenditureTotal = 97'000'000;
    in.msr = 0.02;
    in.qualityScore = 0.9;
    ScenarioBasis basis;
    basis.mssp = in;
    for (int i = 1; i <= 3; ++i) {
        ScenarioRecipient r;
        r.id = i;
        r.name = QStringLiteral("P%1").arg(i);
        r.beneficiaries = 100 * i;
        r.employedBeneficiaries = r.beneficiaries;
        basis.recipients.push_back(r);
    }
    return basis;
}

Scenario msspScenario()
{
    Scenario s;
    s.source = Scenario::Source::Mssp;
    s.year = 2024;
    s.basis = Scenario::Basis::Beneficiaries;
    return s;
}

} // namespace

TEST(MonteCarlo, ProbabilityOfSavingsConvergesToTheClosedForm)
{
    const ScenarioBasis basis = msspBasis();
    // The threshold itself: savings are earned when spending is at most 98% of the benchmark.
    EXPECT_GT(scenarioEarnedCents(msspScenario(), basis, 0.98 / 0.97 - 1e-9), 0);
    EXPECT_EQ(scenarioEarnedCents(msspScenario(), basis, 0.98 / 0.97 + 1e-6), 0);

    // E = 97M x (1 + 0.02 Z) <= 98M  <=>  Z <= (98/97 - 1) / 0.02 = 0.51546:
    // P = Phi(0.51546) = 0.69689. 40,000 trials: standard error 0.0023; allow 4.3 of them.
    MonteCarloOptions options;
    options.trials = 40000;
    options.seed = 42;
    options.expenditureCv = 0.02;
    const MonteCarloResult result = runMonteCarlo(msspScenario(), basis, options);
    EXPECT_NEAR(result.probabilityEarned, phi((0.98 / 0.97 - 1.0) / 0.02), 0.01);
    EXPECT_NEAR(phi((0.98 / 0.97 - 1.0) / 0.02), 0.69689, 1e-5);
    // BASIC A is one-sided: never a loss, so the 5th percentile is zero.
    EXPECT_EQ(result.earned.p5, 0.0);
    EXPECT_GT(result.earned.p95, 0.0);
}

TEST(MonteCarlo, ReproducibleWithASeed)
{
    const ScenarioBasis basis = msspBasis();
    MonteCarloOptions options;
    options.trials = 2000;
    options.seed = 7;
    options.expenditureCv = 0.03;
    options.qualitySd = 0.05;
    const MonteCarloResult a = runMonteCarlo(msspScenario(), basis, options);
    const MonteCarloResult b = runMonteCarlo(msspScenario(), basis, options);
    EXPECT_EQ(a.earned.mean, b.earned.mean);
    EXPECT_EQ(a.earned.p50, b.earned.p50);
    EXPECT_EQ(a.probabilityEarned, b.probabilityEarned);
    ASSERT_EQ(a.histogram.size(), b.histogram.size());
    for (size_t i = 0; i < a.histogram.size(); ++i)
        EXPECT_EQ(a.histogram[i].count, b.histogram[i].count);
    for (size_t i = 0; i < a.recipients.size(); ++i)
        EXPECT_EQ(a.recipients[i].payment.mean, b.recipients[i].payment.mean);

    options.seed = 8;
    EXPECT_NE(runMonteCarlo(msspScenario(), basis, options).earned.mean, a.earned.mean);
}

TEST(MonteCarlo, AmountSummaryHistogramAndRecipients)
{
    // $10,000 typed in, CV 10%: the earned amount is normal with mean 1,000,000 cents and
    // sd 100,000; 5th percentile 1,000,000 x (1 - 0.1 x 1.6449) = 835,515.
    ScenarioBasis basis = msspBasis();
    basis.mssp.reset();
    Scenario s;
    s.source = Scenario::Source::Amount;
    s.amountCents = 1'000'000;
    s.basis = Scenario::Basis::Beneficiaries;
    MonteCarloOptions options;
    options.trials = 20000;
    options.expenditureCv = 0.10;
    options.bins = 10;
    const MonteCarloResult r = runMonteCarlo(s, basis, options);
    EXPECT_NEAR(r.earned.mean, 1'000'000, 3000); // standard error 707
    EXPECT_NEAR(r.earned.p50, 1'000'000, 3000);
    EXPECT_NEAR(r.earned.p5, 835'515, 4000);
    EXPECT_NEAR(r.earned.p95, 1'164'485, 4000);
    EXPECT_EQ(r.probabilityEarned, 1.0); // a loss would take Z < -10

    int count = 0;
    for (size_t i = 0; i < r.histogram.size(); ++i) {
        count += r.histogram[i].count;
        if (i > 0) {
            EXPECT_DOUBLE_EQ(r.histogram[i].lowCents, r.histogram[i - 1].highCents);
        }
    }
    EXPECT_EQ(count, 20000);

    // Every trial pays the whole provider pool (80%, within a cent) by beneficiaries 1:2:3.
    double paid = 0.0;
    for (const RecipientSummary& rs : r.recipients) {
        paid += rs.payment.mean;
        EXPECT_LE(rs.payment.p5, rs.payment.p50);
        EXPECT_LE(rs.payment.p50, rs.payment.p95);
    }
    EXPECT_NEAR(paid, 0.8 * r.earned.mean, 1.0);
    EXPECT_NEAR(r.recipients[2].payment.mean / r.recipients[0].payment.mean, 3.0, 1e-4);
}

TEST(MonteCarlo, TornadoSortedBySwing)
{
    const ScenarioBasis basis = msspBasis();
    MonteCarloOptions options;
    options.trials = 100;
    options.expenditureCv = 0.03;
    options.qualitySd = 0.05;
    const MonteCarloResult r = runMonteCarlo(msspScenario(), basis, options);
    ASSERT_EQ(r.tornado.size(), 2u);
    EXPECT_GE(r.tornado[0].swingCents, r.tornado[1].swingCents);
    for (const TornadoEntry& t : r.tornado) {
        EXPECT_EQ(t.swingCents, std::abs(t.highResultCents - t.lowResultCents));
        EXPECT_LT(t.lowInput, t.highInput);
        if (t.input == QStringLiteral("expenditures")) {
            // 97M x (1 -/+ 1.6449 x 0.03): spending less earns more.
            EXPECT_NEAR(t.lowInput, 97'000'000 * (1 - 1.6448536 * 0.03), 1.0);
            EXPECT_GT(t.lowResultCents, t.highResultCents);
        }
    }
}

TEST(MonteCarlo, RefusesBadOptions)
{
    MonteCarloOptions options;
    options.trials = 0;
    EXPECT_THROW(runMonteCarlo(msspScenario(), msspBasis(), options), Error);
    options.trials = 10;
    options.expenditureCv = -0.1;
    EXPECT_THROW(runMonteCarlo(msspScenario(), msspBasis(), options), Error);
}
