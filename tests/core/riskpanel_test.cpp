// What ACOs use risk scores for, per primary care provider: the patients whose score changed
// most since the prior year or quarter, the panel's average against the ACO's, and the recapture
// list. Scores worked by hand from CMS's V28 tables (community columns of
// V28_CE_Relative_Factors.csv), normalized by 1.067 to three decimals.
#include "patients/patientlists.h"
#include "risk/recapture.h"
#include "risk/riskchange.h"
#include "risk/riskscoring.h"
#include "riskfixture.h"
#include "scorecards/scorecard.h"

namespace aco {
namespace {

using test::CclfTestDelivery;
using test::visit;

constexpr const char* janeMbi = "1AC2DE3FG01";
constexpr const char* annMbi = "1AC2DE3FG03";
constexpr const char* bobMbi = "1AC2DE3FG02";
constexpr const char* otherMbi = "1AC2DE3FG05";

class RiskPanel : public test::RiskFileTest
{
  protected:
    void addPeople(CclfTestDelivery& d)
    {
        // Jane: female, born 1950-01-01, non-dual; 75 on 2025-02-01, 76 on 2026-02-01 (F75_79).
        d.addBeneficiary({.mbi = janeMbi,
                          .first = "Jane",
                          .last = "Doe",
                          .birthDate = 19500101,
                          .partBStart = 20150101});
        // Ann: female, born 1955-07-01, partial dual (03); 69, then 70.
        d.addBeneficiary({.mbi = annMbi,
                          .first = "Ann",
                          .last = "Lee",
                          .birthDate = 19550701,
                          .dualStatus = "03",
                          .partBStart = 20200701});
        // Bob: male, born 1970-06-01, disabled, full dual (02); 54, then 55.
        d.addBeneficiary({.mbi = bobMbi,
                          .first = "Bob",
                          .last = "Roe",
                          .birthDate = 19700601,
                          .sex = '1',
                          .medicareStatus = "20",
                          .dualStatus = "02",
                          .partBStart = 20100101});
        // Another provider's patient: female, born 1950-01-01, non-dual, no claims.
        d.addBeneficiary({.mbi = otherMbi,
                          .first = "Eve",
                          .last = "Poe",
                          .birthDate = 19500101,
                          .partBStart = 20150101});
    }

    // The first three are provider 1's, the fourth provider 2's.
    void attribute()
    {
        exec(R"sql(
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Practice');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment,
                                  practice_id, active_from)
                VALUES (1, '1234567893', 'Grey', 'Ada', 'Family Medicine', 'primary_care',
                        'employed', 1, '2020-01-01'),
                       (2, '1245319599', 'Hart', 'Cy', 'Internal Medicine', 'primary_care',
                        'employed', 1, '2020-01-01'))sql");
        exec("UPDATE beneficiary SET provider_id = CASE mbi WHEN '" + std::string(otherMbi) +
             "' THEN 2 ELSE 1 END");
    }
};

TEST_F(RiskPanel, ChangesSinceThePriorYearLargestFirst)
{
    CclfTestDelivery d(20260115);
    addPeople(d);
    // 2024 (payment year 2025) and 2025 (payment year 2026).
    d.addPartB(visit(1, janeMbi, "99213", "E1122", 20240310)); // HCC37
    d.addPartB(visit(2, janeMbi, "99213", "E1122", 20250310));
    d.addPartB(visit(3, janeMbi, "99214", "I509", 20250611)); // HCC226
    d.addPartB(visit(4, annMbi, "99214", "J449", 20240405));  // HCC280
    load(d);
    attribute();

    const Store store = Store::openReadOnly(m_path);
    const PanelRiskChanges panel = yearRiskChanges(store.db(), 1, 2026);
    EXPECT_EQ(panel.patients, 3);
    EXPECT_EQ(panel.compared, 3);
    ASSERT_EQ(panel.changes.size(), 3u);
    // Jane: 2025 F75_79 0.465 + HCC37 0.166 = 0.631 -> 0.591; 2026 0.465 + 0.166 + HCC226 0.360 +
    // DIABETES_HF_V28 0.112 = 1.103 -> 1.034: +0.443, HCC226 gained.
    EXPECT_EQ(panel.changes[0].mbi, QString::fromLatin1(janeMbi));
    EXPECT_DOUBLE_EQ(panel.changes[0].before, 0.591);
    EXPECT_DOUBLE_EQ(panel.changes[0].after, 1.034);
    EXPECT_EQ(panel.changes[0].gained, std::vector<int>{226});
    EXPECT_TRUE(panel.changes[0].lost.empty());
    // Ann (COMMUNITY_PBA): 2025 F65_69 0.365 + HCC280 0.321 = 0.686 -> 0.643; 2026 F70_74 0.423
    // -> 0.396: -0.247, HCC280 lost.
    EXPECT_EQ(panel.changes[1].mbi, QString::fromLatin1(annMbi));
    EXPECT_DOUBLE_EQ(panel.changes[1].before, 0.643);
    EXPECT_DOUBLE_EQ(panel.changes[1].after, 0.396);
    EXPECT_EQ(panel.changes[1].lost, std::vector<int>{280});
    // Bob (COMMUNITY_FBD): 2025 M45_54 0.293 -> 0.275; 2026 M55_59 0.410 -> 0.384: +0.109.
    EXPECT_EQ(panel.changes[2].mbi, QString::fromLatin1(bobMbi));
    EXPECT_DOUBLE_EQ(panel.changes[2].before, 0.275);
    EXPECT_DOUBLE_EQ(panel.changes[2].after, 0.384);
    // The panel: (1.034 + 0.396 + 0.384) / 3 = 0.604667 in 2026, (0.591 + 0.643 + 0.275) / 3 =
    // 0.503 in 2025; the ACO adds Eve (F75_79 0.465 -> 0.436): 2.250 / 4 = 0.5625.
    ASSERT_TRUE(panel.panelAverage && panel.panelPriorAverage);
    EXPECT_NEAR(*panel.panelAverage, 1.814 / 3, 1e-12);
    EXPECT_NEAR(*panel.panelPriorAverage, 0.503, 1e-12);
    const auto aco = acoAverageRisk(store.db(), 2026);
    ASSERT_TRUE(aco.has_value());
    EXPECT_EQ(aco->beneficiaries, 4);
    EXPECT_NEAR(aco->average, 0.5625, 1e-12);

    // At most `limit`, the largest kept.
    const PanelRiskChanges top = yearRiskChanges(store.db(), 1, 2026, 1);
    ASSERT_EQ(top.changes.size(), 1u);
    EXPECT_EQ(top.changes[0].mbi, QString::fromLatin1(janeMbi));
    EXPECT_EQ(top.compared, 3);
}

// The scorecard of a primary care provider carries the same numbers: the panel against the ACO,
// the year's changes, and the recapture list as of the scorecard's month.
TEST_F(RiskPanel, TheScorecardShowsThePanelsRiskAndWhatToDocumentAgain)
{
    CclfTestDelivery d(20260115);
    addPeople(d);
    d.addPartB(visit(1, janeMbi, "99213", "E1122", 20240310)); // HCC37
    d.addPartB(visit(2, janeMbi, "99213", "E1122", 20250310));
    d.addPartB(visit(3, janeMbi, "99214", "I509", 20250611)); // HCC226
    d.addPartB(visit(4, annMbi, "99214", "J449", 20240405));  // HCC280
    load(d);
    attribute();
    exec(R"sql(
        INSERT INTO measure (id, code, name, domain, direction, unit)
            VALUES (1, 'AWV', 'Annual wellness visits', 'quality', 'higher', 'percent');
        INSERT INTO measure_result VALUES (1, 202609, 1, 1, 2), (1, 202609, 2, 1, 2);
        UPDATE aco SET data_as_of = '2026-09-30')sql"); // as an import of those results makes it

    const Store store = Store::openReadOnly(m_path);
    ScorecardOptions options;
    options.period = Period(2026, 9);
    const ScorecardBuilder builder(store.db(), options);
    const Scorecard card = builder.build(builder.select(QStringLiteral("1234567893"), {}).front());
    ASSERT_TRUE(card.risk.has_value());
    const ScorecardRisk& risk = *card.risk;
    EXPECT_EQ(risk.paymentYear, 2026);
    // As worked in ChangesSinceThePriorYearLargestFirst: the panel 1.814 / 3, the ACO 0.5625.
    EXPECT_EQ(risk.aco.beneficiaries, 4);
    EXPECT_NEAR(risk.aco.average, 0.5625, 1e-12);
    EXPECT_NEAR(*risk.year.panelAverage, 1.814 / 3, 1e-12);
    ASSERT_EQ(risk.year.changes.size(), 3u);
    EXPECT_EQ(risk.year.changes[0].mbi, QString::fromLatin1(janeMbi));
    EXPECT_NEAR(risk.year.changes[0].change(), 0.443, 1e-12);
    // The quarter: no claims from July 2025 on, so the 12 months to 09/30/26 and to 06/30/26
    // give the same (demographic) scores: three compared, nobody moved.
    EXPECT_EQ(risk.quarter.windowEnd, QDate(2026, 9, 30));
    EXPECT_EQ(risk.quarter.compared, 3);
    for (const PatientRiskChange& c : risk.quarter.changes)
        EXPECT_EQ(std::lround(c.change() * 1000), 0);
    // Jane's two conditions of 2025, nothing of them yet in 2026; the oldest first.
    ASSERT_EQ(risk.recapture.entries.size(), 2u);
    EXPECT_EQ(risk.recapture.entries[0].hcc, 37);
    EXPECT_EQ(risk.recapture.entries[0].lastSeen, QDate(2025, 3, 10));
    EXPECT_EQ(risk.recapture.entries[1].hcc, 226);
    EXPECT_EQ(risk.recapture.entries[1].lastSeen, QDate(2025, 6, 11));

    // Without risk lists, or without scores for the year, the scorecard has no risk part.
    options.riskChangeLimit = 0;
    EXPECT_FALSE(ScorecardBuilder(store.db(), options).build(card.provider).risk.has_value());
    options.riskChangeLimit = 8;
    options.period = Period(2027, 9);
    exec(R"sql(INSERT INTO measure_result VALUES (1, 202709, 1, 1, 2))sql");
    const Store again = Store::openReadOnly(m_path);
    EXPECT_FALSE(ScorecardBuilder(again.db(), options).build(card.provider).risk.has_value());
}

TEST_F(RiskPanel, ChangesSinceThePriorQuarterAreInterimScores)
{
    CclfTestDelivery d(20260815);
    addPeople(d);
    // Data date 2026-08-15: the last complete quarter ends 2026-06-30, its twelve months begin
    // 2025-07-01; the quarter before's twelve months are 2025-04-01 to 2026-03-31.
    d.addPartB(visit(1, janeMbi, "99213", "E1122", 20250510)); // HCC37: the earlier window only
    d.addPartB(visit(2, janeMbi, "99214", "I509", 20260520));  // HCC226: the later window only
    d.addPartB(visit(3, annMbi, "99214", "J449", 20250801));   // HCC280: both windows
    d.addPartB(visit(4, annMbi, "99214", "N185", 20260710));   // after the quarter: not counted
    load(d);
    attribute();

    const Store store = Store::openReadOnly(m_path);
    const QuarterRiskChanges panel = quarterRiskChanges(store.db(), 1, QDate(2026, 8, 15));
    EXPECT_EQ(panel.windowEnd, QDate(2026, 6, 30));
    EXPECT_EQ(panel.priorWindowEnd, QDate(2026, 3, 31));
    EXPECT_EQ(panel.paymentYear, 2027);
    ASSERT_EQ(panel.changes.size(), 3u);
    // Jane, 77 on 2027-02-01 (F75_79 0.465): earlier 0.465 + HCC37 0.166 = 0.631 -> 0.591; later
    // 0.465 + HCC226 0.360 = 0.825 -> 0.773: +0.182.
    EXPECT_EQ(panel.changes[0].mbi, QString::fromLatin1(janeMbi));
    EXPECT_DOUBLE_EQ(panel.changes[0].before, 0.591);
    EXPECT_DOUBLE_EQ(panel.changes[0].after, 0.773);
    EXPECT_EQ(panel.changes[0].gained, std::vector<int>{226});
    EXPECT_EQ(panel.changes[0].lost, std::vector<int>{37});
    // Ann and Bob did not change: 0 each, by MBI (Bob's ...02 before Ann's ...03).
    EXPECT_EQ(panel.changes[1].mbi, QString::fromLatin1(bobMbi));
    EXPECT_DOUBLE_EQ(panel.changes[1].change(), 0.0);
    EXPECT_EQ(panel.changes[2].mbi, QString::fromLatin1(annMbi));
    // Ann, 71 (F70_74, PBA 0.423) + HCC280 0.321 = 0.744 -> 0.697 in both.
    EXPECT_DOUBLE_EQ(panel.changes[2].after, 0.697);

    // A data date at a quarter's end takes that quarter.
    EXPECT_EQ(lastQuarterEnd(QDate(2026, 9, 30)), QDate(2026, 9, 30));
    EXPECT_EQ(lastQuarterEnd(QDate(2026, 10, 1)), QDate(2026, 9, 30));
    EXPECT_EQ(lastQuarterEnd(QDate(2026, 3, 30)), QDate(2025, 12, 31));
}

TEST_F(RiskPanel, RecaptureListsLastYearsConditionsNotYetSeenThisYear)
{
    CclfTestDelivery d(20260815);
    addPeople(d);
    // Jane, 2025: diabetes with complications (HCC37) twice, heart failure (HCC226), COPD (HCC280).
    d.addPartB(visit(1, janeMbi, "99213", "E1122", 20250310));
    d.addPartB(visit(2, janeMbi, "99213", "E1122", 20250920));
    d.addPartB(visit(3, janeMbi, "99214", "I509", 20250601));
    d.addPartB(visit(4, janeMbi, "99214", "J449", 20251102));
    // 2026 to the data date: diabetes again (E11.21, HCC37) and acute heart failure (I50.21,
    // HCC225, which drops HCC226 in the hierarchy): both recaptured. COPD only on a laboratory
    // panel (not on CMS's list) and after the data date: not recaptured.
    d.addPartB(visit(5, janeMbi, "99213", "E1121", 20260201));
    d.addPartB(visit(6, janeMbi, "99214", "I5021", 20260412));
    d.addPartB(visit(7, janeMbi, "80053", "J449", 20260505));
    d.addPartB(visit(8, janeMbi, "99214", "J449", 20260901));
    // Ann, 2025: diabetes without complications (HCC38), not seen in 2026.
    d.addPartB(visit(9, annMbi, "99213", "E119", 20250404));
    // Eve, another provider's patient, is not on this list.
    d.addPartB(visit(10, otherMbi, "99213", "E119", 20250404));
    // Bob died in June 2026: no visit to schedule for his heart failure.
    d.addPartB(visit(11, bobMbi, "99214", "I509", 20250404));
    load(d);
    attribute();
    exec("UPDATE beneficiary SET death_date = '2026-06-20' WHERE mbi = '" + std::string(bobMbi) +
         "'");

    const Store store = Store::openReadOnly(m_path);
    const RecaptureList list = recaptureList(store.db(), 1, QDate(2026, 8, 15));
    EXPECT_EQ(list.year, 2026);
    EXPECT_EQ(list.patients, 3);
    ASSERT_EQ(list.entries.size(), 2u);
    // Longest unseen first.
    EXPECT_EQ(list.entries[0].mbi, QString::fromLatin1(annMbi));
    EXPECT_EQ(list.entries[0].hcc, 38);
    EXPECT_EQ(list.entries[0].lastSeen, QDate(2025, 4, 4));
    EXPECT_EQ(list.entries[1].mbi, QString::fromLatin1(janeMbi));
    EXPECT_EQ(list.entries[1].hcc, 280);
    EXPECT_EQ(list.entries[1].lastSeen, QDate(2025, 11, 2));
    EXPECT_TRUE(list.entries[1].hccLabel.startsWith(
        QStringLiteral("Chronic Obstructive Pulmonary Disease")));
    // Masked like every patient list.
    EXPECT_EQ(patientName(list.entries[1].firstName, list.entries[1].lastName, true),
              QStringLiteral("J. D."));
    EXPECT_EQ(patientMbi(list.entries[1].mbi, true), QStringLiteral("*******FG01"));

    // By the end of the year (data date after the September visit) COPD is recaptured too.
    const RecaptureList later = recaptureList(store.db(), 1, QDate(2026, 9, 30));
    ASSERT_EQ(later.entries.size(), 1u);
    EXPECT_EQ(later.entries[0].hcc, 38);
}

} // namespace
} // namespace aco

namespace aco {
namespace {

TEST_F(RiskPanel, PursuitListsTakeTheScoreComputedFromTheClaims)
{
    CclfTestDelivery d(20260115);
    addPeople(d);
    load(d);
    attribute();
    exec("UPDATE beneficiary SET risk_score = 2.5");
    // No claims: Jane's 2026 score is demographic, F75_79 0.465 -> 0.436.
    scoreRiskYears(Store::open(m_path).db(), {2026});
    const Store store = Store::openReadOnly(m_path);
    const auto list = pursuitList(store.db(), 1, QDate(2026, 9, 30), 20);
    const auto jane = std::find_if(list.begin(), list.end(), [](const PursuitEntry& e) {
        return e.mbi == QString::fromLatin1(janeMbi);
    });
    ASSERT_NE(jane, list.end());
    EXPECT_DOUBLE_EQ(jane->riskScore, 0.436);
    // A year without computed scores keeps the roster's.
    const auto earlier = pursuitList(store.db(), 1, QDate(2024, 9, 30), 20);
    ASSERT_FALSE(earlier.empty());
    EXPECT_DOUBLE_EQ(earlier.front().riskScore, 2.5);
}

} // namespace
} // namespace aco
