#include "error.h"
#include "fundsflowfixture.h"
#include "mssp/msspcalculator.h"
#include "mssp/msspyear.h"
#include "scenarios/fundsflow.h"
#include "scenarios/scenariojson.h"
#include "scenarios/scenariostore.h"
#include "smalldemotest.h"
#include "testsupport.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace aco;

using test::FundsFlowFile;

TEST_F(FundsFlowFile, FirstQuarterTiersSharesAndCents)
{
    const FundsFlowReport r = projectFundsFlow(db(), plan(), 2026, 1);
    EXPECT_EQ(r.scenario.year, 2026);
    EXPECT_EQ(r.quarter, 1);
    EXPECT_EQ(r.ytd.first, Period(2026, 1));
    EXPECT_EQ(r.ytd.last, Period(2026, 3));
    ASSERT_EQ(r.recipients.size(), 4u);

    // Provider 1: BCS 21/30 = 70% (Better, 50%), AWV 15/30 = 50% (below baseline): it earns
    // 0.5 x 50% + 0.5 x 0% = 25% of its $4,000 maximum.
    const FundsFlowRecipient& p1 = r.recipients[0];
    EXPECT_EQ(p1.providers.at(0).npi, QStringLiteral("1000000001"));
    ASSERT_EQ(p1.measures.size(), 2u);
    EXPECT_DOUBLE_EQ(*p1.measures[0].value, 70.0);
    EXPECT_EQ(p1.measures[0].tier.tier, Tier::Better);
    EXPECT_DOUBLE_EQ(*p1.measures[1].value, 50.0);
    EXPECT_EQ(p1.measures[1].tier.tier, Tier::BelowBaseline);
    EXPECT_EQ(p1.maximumCents, 400'000);
    EXPECT_EQ(p1.measures[0].maximumCents, 200'000);
    EXPECT_EQ(p1.projectedCents, 100'000);
    EXPECT_EQ(p1.measures[0].earnedCents, 100'000);
    EXPECT_EQ(p1.measures[1].earnedCents, 0);
    // Best needs 80% of 30 = 24 screened, 3 more; Baseline on AWV 18 of 30, 3 more. Each step is
    // a quarter of the measure's $2,000 maximum: $500.
    EXPECT_TRUE(p1.measures[0].gapText.startsWith(QStringLiteral("3 more ")))
        << p1.measures[0].gapText.toStdString();
    EXPECT_TRUE(p1.measures[1].gapText.startsWith(QStringLiteral("3 more ")));
    EXPECT_EQ(p1.measures[0].nextTierWorthCents, 50'000);
    EXPECT_EQ(p1.measures[1].nextTierWorthCents, 50'000);

    // Provider 2: extra credit and baseline, 0.5 + 0.125 = 62.5%; 3 nothing; 4: best and extra
    // credit, 0.375 + 0.5 = 87.5%.
    EXPECT_EQ(r.recipients[1].projectedCents, 250'000);
    EXPECT_EQ(r.recipients[1].measures[0].gapText, QStringLiteral("Top tier reached"));
    EXPECT_EQ(r.recipients[1].measures[0].nextTierWorthCents, 0);
    EXPECT_EQ(r.recipients[2].projectedCents, 0);
    EXPECT_EQ(r.recipients[3].projectedCents, 350'000);

    // 100,000 + 250,000 + 0 + 350,000 paid; the other 900,000 returns to infrastructure.
    EXPECT_EQ(r.poolCents(), 1'600'000);
    EXPECT_EQ(r.projectedTotalCents(), 700'000);
    EXPECT_EQ(r.retainedCents(), 900'000);
    EXPECT_EQ(r.allocation.unearnedToInfrastructureCents, 900'000);
    EXPECT_EQ(r.allocation.accountedCents(), r.poolCents());
}

TEST_F(FundsFlowFile, SecondQuarterTakesJanuaryToJune)
{
    const FundsFlowReport r = projectFundsFlow(db(), plan(), 2026, 2);
    EXPECT_EQ(r.ytd.first, Period(2026, 1));
    EXPECT_EQ(r.ytd.last, Period(2026, 6));
    // Provider 1 through June: BCS 48/60 = 80% (Best, 75%), AWV 45/60 = 75% (Better, 50%):
    // 0.375 + 0.25 = 62.5% of $4,000, split 3,750 : 2,500 between the measures.
    const FundsFlowRecipient& p1 = r.recipients[0];
    EXPECT_EQ(p1.measures[0].tier.tier, Tier::Best);
    EXPECT_EQ(p1.measures[1].tier.tier, Tier::Better);
    EXPECT_EQ(p1.projectedCents, 250'000);
    EXPECT_EQ(p1.measures[0].earnedCents, 150'000);
    EXPECT_EQ(p1.measures[1].earnedCents, 100'000);
    EXPECT_EQ(r.projectedTotalCents(), 850'000);
    EXPECT_EQ(r.retainedCents(), 750'000);
}

TEST_F(FundsFlowFile, UnearnedMoneyToEarnersMakesATierWorthMore)
{
    Scenario s = plan();
    s.unearned = Scenario::Unearned::ToEarners;
    const FundsFlowReport r = projectFundsFlow(db(), s, 2026, 1);
    // The whole $16,000 goes to the earners in proportion 0.25 : 0.625 : 0 : 0.875 (of 1.75):
    // 228,571.43, 571,428.57, 0 and 800,000 cents; the odd cent to the largest remainder.
    EXPECT_EQ(r.recipients[0].projectedCents, 228'571);
    EXPECT_EQ(r.recipients[1].projectedCents, 571'429);
    EXPECT_EQ(r.recipients[3].projectedCents, 800'000);
    EXPECT_EQ(r.retainedCents(), 0);
    // Provider 1 at Best on BCS earns 0.375 of 1.875: 320,000, that is 91,428.57 more.
    EXPECT_EQ(r.recipients[0].measures[0].nextTierWorthCents, 91'429);
}

TEST_F(FundsFlowFile, QuartersAreLimitedByTheResults)
{
    EXPECT_EQ(fundsFlowQuarters(db(), 2026), (std::vector<int>{1, 2}));
    EXPECT_TRUE(fundsFlowQuarters(db(), 2025).empty());
    try {
        projectFundsFlow(db(), plan(), 2026, 3);
        FAIL() << "a quarter beyond the results was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("only through 2026-06"), std::string::npos)
            << e.what();
    }
    EXPECT_THROW(projectFundsFlow(db(), plan(), 2026, 5), Error);
}

TEST_F(FundsFlowFile, MsspPoolAnnualisesTheExpendituresToDate)
{
    Scenario s = plan();
    s.source = Scenario::Source::Mssp;
    const auto year = loadMsspYear(db(), 2026);
    ASSERT_TRUE(year);
    // Q1: $950 a beneficiary-month, x 12 x 1,000 assigned = $11,400,000 for the year, 5% below
    // the $12M benchmark; through June the mean is $975: $11,700,000, 2.5% below.
    std::int64_t previous = 0;
    for (const auto& [quarter, dollars] :
         {std::pair{1, 11'400'000.0}, std::pair{2, 11'700'000.0}}) {
        MsspInput input = year->input;
        input.expenditureTotal = dollars;
        const FundsFlowReport r = projectFundsFlow(db(), s, 2026, quarter);
        EXPECT_EQ(r.expenditureMonths, quarter * 3);
        EXPECT_EQ(r.poolCents(), MsspCalculator().calculate(input).earnedCents) << quarter;
        EXPECT_EQ(r.allocation.accountedCents(), r.poolCents());
        EXPECT_GT(r.poolCents(), 0);
        EXPECT_NE(r.poolCents(), previous); // the quarters' pools differ
        previous = r.poolCents();
    }
}

TEST_F(FundsFlowFile, FindsScenariosByNameOrFile)
{
    ScenarioStore(m_store->db()).save(QStringLiteral("Board plan"), plan());
    EXPECT_EQ(findScenario(m_store->db(), QStringLiteral("Board plan")).amountCents, 1'600'000);
    const QString file = m_folder.path(QStringLiteral("plan.json"));
    test::writeFile(file, QJsonDocument(scenarioToJson(plan())).toJson());
    EXPECT_EQ(findScenario(m_store->db(), file).measures.size(), 2u);
    EXPECT_THROW(findScenario(m_store->db(), QStringLiteral("No such plan")), Error);
}

using FundsFlowDemo = test::SmallDemoTest;

TEST_F(FundsFlowDemo, EveryCentOfThePoolIsAccountedFor)
{
    Scenario s;
    s.source = Scenario::Source::Mssp;
    s.expenditureChange = -0.05;
    s.infrastructureBasisPoints = 2500;
    s.providerBasisPoints = 7500;
    s.basis = Scenario::Basis::Tiers;
    s.measures = {{QStringLiteral("BCS"), 5000}, {QStringLiteral("AWV"), 5000}};
    const Database& db = m_store->db();
    const int year = performanceYears(db).front();
    const auto quarters = fundsFlowQuarters(db, year);
    ASSERT_FALSE(quarters.empty());
    const FundsFlowReport r = projectFundsFlow(db, s, year, quarters.back());
    ASSERT_GT(r.poolCents(), 0);
    EXPECT_EQ(r.allocation.accountedCents(), r.poolCents());
    EXPECT_EQ(r.projectedTotalCents() + r.retainedCents(), r.poolCents());
    std::int64_t providers = 0;
    for (const FundsFlowRecipient& recipient : r.recipients) {
        EXPECT_LE(recipient.projectedCents, recipient.maximumCents);
        std::int64_t byMeasure = 0;
        for (const FundsFlowMeasure& m : recipient.measures)
            byMeasure += m.earnedCents;
        EXPECT_EQ(byMeasure, recipient.projectedCents) << recipient.name.toStdString();
        providers += recipient.maximumCents;
    }
    EXPECT_EQ(providers, r.allocation.providerPoolCents);
}
