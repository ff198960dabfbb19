// The Shared Savings Program's cap on risk-score growth (42 CFR 425.605(a)(1), 425.610(a)(2)) and
// the dashboard's numbers by enrollment type, worked by hand.
#include "risk/acorisk.h"
#include "risk/riskgrowth.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

namespace aco {
namespace {

TEST(RiskGrowthRule, FollowsTheAgreementPeriod)
{
    const RiskGrowthRuleInfo old = riskGrowthRuleFor(2018);
    EXPECT_EQ(old.rule, RiskGrowthRule::NewlyAndContinuouslyAssigned);
    EXPECT_EQ(old.benchmarkYear, 2017);
    const RiskGrowthRuleInfo capped = riskGrowthRuleFor(2022);
    EXPECT_EQ(capped.rule, RiskGrowthRule::ThreePercentCap);
    EXPECT_EQ(capped.benchmarkYear, 2021);
    EXPECT_TRUE(capped.citation.contains(QStringLiteral("425.610(a)(2)(i)")));
    EXPECT_EQ(riskGrowthRuleFor(2019).rule, RiskGrowthRule::ThreePercentCap); // July 1, 2019
    EXPECT_EQ(riskGrowthRuleFor(2023).rule, RiskGrowthRule::ThreePercentCap);
    const RiskGrowthRuleInfo recent = riskGrowthRuleFor(2024);
    EXPECT_EQ(recent.rule, RiskGrowthRule::DemographicGrowthPlusThreePercent);
    EXPECT_EQ(recent.benchmarkYear, 2023);
}

TEST(RiskGrowth, ARiseCountsUpToThreePercentAFallInFull)
{
    // 1.000 -> 1.050: +5%, the benchmark honours +3% (ratio 1.03).
    const RiskGrowth rise = riskGrowth(RiskGrowthRule::ThreePercentCap, 1.000, 1.050);
    EXPECT_NEAR(rise.growth(), 0.05, 1e-12);
    ASSERT_TRUE(rise.capRatio.has_value());
    EXPECT_NEAR(*rise.capRatio, 1.03, 1e-12);
    EXPECT_NEAR(rise.honouredRatio, 1.03, 1e-12);
    EXPECT_TRUE(rise.capped);
    // 1.100 -> 1.122: +2%, within the cap.
    const RiskGrowth small = riskGrowth(RiskGrowthRule::ThreePercentCap, 1.100, 1.122);
    EXPECT_NEAR(small.honouredGrowth(), 0.02, 1e-12);
    EXPECT_FALSE(small.capped);
    // 1.000 -> 0.960: -4% counts in full.
    const RiskGrowth fall = riskGrowth(RiskGrowthRule::ThreePercentCap, 1.000, 0.960);
    EXPECT_NEAR(fall.honouredRatio, 0.96, 1e-12);
    EXPECT_FALSE(fall.capped);
    // Exactly 3% is honoured whole.
    EXPECT_FALSE(riskGrowth(RiskGrowthRule::ThreePercentCap, 1.000, 1.030).capped);
}

TEST(RiskGrowth, From2024TheCapAddsTheDemographicGrowth)
{
    // Demographic scores 0.500 -> 0.510 (+2%): the cap is 2% + 3 points = ratio 1.05; an HCC
    // score of 1.000 -> 1.080 (+8%) is honoured as +5%.
    const RiskGrowth rise =
        riskGrowth(RiskGrowthRule::DemographicGrowthPlusThreePercent, 1.000, 1.080, 0.500, 0.510);
    EXPECT_NEAR(*rise.capRatio, 1.05, 1e-12);
    EXPECT_NEAR(rise.honouredRatio, 1.05, 1e-12);
    EXPECT_TRUE(rise.capped);
    // Demographics falling 1% (0.99) lower the cap to 1.02: +4% is honoured as +2%.
    const RiskGrowth lower =
        riskGrowth(RiskGrowthRule::DemographicGrowthPlusThreePercent, 1.000, 1.040, 1.000, 0.990);
    EXPECT_NEAR(lower.honouredRatio, 1.02, 1e-12);
    // Without demographic scores the cap is 3%.
    EXPECT_NEAR(*riskGrowth(RiskGrowthRule::DemographicGrowthPlusThreePercent, 1.0, 1.1).capRatio,
                1.03, 1e-12);
    // The earlier rule has no cap.
    const RiskGrowth old = riskGrowth(RiskGrowthRule::NewlyAndContinuouslyAssigned, 1.0, 1.1);
    EXPECT_FALSE(old.capRatio.has_value());
    EXPECT_NEAR(old.honouredRatio, 1.1, 1e-12);
}

class AcoRisk : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("aco.aco"));
        Store store = Store::create(m_path);
        store.db().exec("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A1234', "
                        "'Test', '2026-09-30')");
    }
    void exec(const std::string& sql) { Store::open(m_path).db().exec(sql); }
    AcoRiskGrowth growth(int year) const
    {
        return acoRiskGrowth(Store::openReadOnly(m_path).db(), year);
    }

    // Five beneficiaries, one or two per enrollment type, all born 1950-01-01, female.
    void addRoster()
    {
        exec("INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, "
             "medicare_status, dual_status, orec) VALUES "
             "(1, '1AC2DE3FG01', 'A', 'A', '1950-01-01', 'F', '11', 'NA', '0'),"
             "(2, '1AC2DE3FG02', 'B', 'B', '1950-01-01', 'F', '20', 'NA', '1'),"
             "(3, '1AC2DE3FG03', 'C', 'C', '1950-01-01', 'F', '10', '02', '0'),"
             "(4, '1AC2DE3FG04', 'D', 'D', '1950-01-01', 'F', '10', '01', '0'),"
             "(5, '1AC2DE3FG05', 'E', 'E', '1950-01-01', 'F', '10', 'NA', '0')");
    }
    void addScores(int year, std::initializer_list<std::pair<int, double>> scores)
    {
        for (const auto& [id, normalized] : scores)
            exec("INSERT INTO risk_score VALUES (" + std::to_string(id) + ", " +
                 std::to_string(year) + ", 'COMMUNITY_NA', " + std::to_string(normalized * 1.067) +
                 ", " + std::to_string(normalized) + ", '', 2026)");
    }
    void addYear(int year, int agreementStart)
    {
        exec("INSERT INTO performance_year (year, track, agreement_start_year, agreement_year, "
             "assigned_beneficiaries, benchmark_per_capita_cents) VALUES (" +
             std::to_string(year) + ", 'BASIC_E', " + std::to_string(agreementStart) + ", " +
             std::to_string(year - agreementStart + 1) + ", 5, 1200000)");
    }

    test::TempFolder m_folder;
    QString m_path;
};

TEST_F(AcoRisk, AverageByEnrollmentTypeAgainstBenchmarkYearThree)
{
    addRoster();
    addYear(2026, 2022); // benchmark year 3: 2021
    addScores(2021, {{1, 1.200}, {2, 0.900}, {3, 1.100}, {4, 0.900}, {5, 1.000}});
    addScores(2026, {{1, 1.300}, {2, 0.918}, {3, 1.050}, {4, 0.990}, {5, 0.950}});
    // A sixth without a Medicare status counts in the ACO's average, in no type.
    exec("INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex) VALUES "
         "(6, '1AC2DE3FG06', 'F', 'F', '1950-01-01', 'F')");
    addScores(2026, {{6, 1.292}});
    const AcoRiskGrowth g = growth(2026);
    ASSERT_TRUE(g.rule.has_value());
    EXPECT_EQ(g.rule->rule, RiskGrowthRule::ThreePercentCap);
    EXPECT_EQ(g.rule->benchmarkYear, 2021);
    EXPECT_EQ(g.beneficiaries, 6);
    EXPECT_EQ(g.withoutType, 1);
    // (1.300 + 0.918 + 1.050 + 0.990 + 0.950 + 1.292) / 6 = 6.500 / 6 = 1.083333.
    EXPECT_NEAR(*g.average, 6.5 / 6, 1e-9);

    const EnrollmentRisk& esrd = g.types[size_t(EnrollmentType::Esrd)];
    // ESRD 1.200 -> 1.300: +8.33%, honoured +3%.
    ASSERT_TRUE(esrd.growth.has_value());
    EXPECT_NEAR(esrd.growth->growth(), 1.300 / 1.200 - 1, 1e-9);
    EXPECT_NEAR(esrd.growth->honouredRatio, 1.03, 1e-12);
    EXPECT_TRUE(esrd.growth->capped);
    // Disabled 0.900 -> 0.918: +2%.
    const EnrollmentRisk& disabled = g.types[size_t(EnrollmentType::Disabled)];
    EXPECT_NEAR(disabled.growth->honouredGrowth(), 0.02, 1e-9);
    EXPECT_FALSE(disabled.growth->capped);
    // Aged/dual (full 02 and partial 01): (1.100 + 0.900) / 2 = 1.000 -> (1.050 + 0.990) / 2
    // = 1.020.
    const EnrollmentRisk& dual = g.types[size_t(EnrollmentType::AgedDual)];
    EXPECT_EQ(dual.beneficiaries, 2);
    EXPECT_NEAR(*dual.benchmarkAverage, 1.000, 1e-12);
    EXPECT_NEAR(*dual.average, 1.020, 1e-12);
    // Aged/non-dual 1.000 -> 0.950: the fall counts in full.
    const EnrollmentRisk& nonDual = g.types[size_t(EnrollmentType::AgedNonDual)];
    EXPECT_NEAR(nonDual.growth->honouredRatio, 0.95, 1e-12);
}

TEST_F(AcoRisk, From2024TheDemographicScoresRaiseTheCap)
{
    addRoster();
    addYear(2026, 2024); // benchmark year 3: 2023
    addScores(2023, {{5, 1.000}});
    addScores(2026, {{5, 1.150}});
    const AcoRiskGrowth g = growth(2026);
    const EnrollmentRisk& nonDual = g.types[size_t(EnrollmentType::AgedNonDual)];
    ASSERT_TRUE(nonDual.growth.has_value());
    // Her demographic score, COMMUNITY_NA without HCCs: 73 on 2023-02-01, F70_74 0.395 -> 0.370;
    // 76 on 2026-02-01, F75_79 0.465 -> 0.436. Cap: 0.436 / 0.370 + 0.03 = 1.208378; +15% is
    // within it.
    EXPECT_NEAR(*nonDual.growth->capRatio, 0.436 / 0.370 + 0.03, 1e-9);
    EXPECT_NEAR(nonDual.growth->honouredRatio, 1.15, 1e-9);
    EXPECT_FALSE(nonDual.growth->capped);
}

TEST_F(AcoRisk, SaysWhatIsMissing)
{
    addRoster();
    addScores(2026, {{5, 1.0}});
    const AcoRiskGrowth unknownYear = growth(2026);
    EXPECT_FALSE(unknownYear.rule.has_value());
    EXPECT_FALSE(unknownYear.notes.isEmpty());
    addYear(2026, 2022);
    const AcoRiskGrowth noBenchmark = growth(2026);
    EXPECT_FALSE(noBenchmark.types[size_t(EnrollmentType::AgedNonDual)].growth.has_value());
    EXPECT_TRUE(
        noBenchmark.notes.join(QLatin1Char(' ')).contains(QStringLiteral("benchmark year 2021")));
}

} // namespace
} // namespace aco
