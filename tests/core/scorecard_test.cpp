#include "error.h"
#include "patients/patientlists.h"
#include "scorecards/scorecard.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace aco;

TEST(Pursuit, ScoreFollowsTheDocumentedFormula)
{
    // 2.0 + 0.5 x 1 + 0.25 x 1 + 0.25 x 2 + $25,000 / $25,000 = 4.25
    EXPECT_DOUBLE_EQ(pursuitScore(2.0, 1, 1, 2, 2'500'000), 4.25);
    EXPECT_DOUBLE_EQ(pursuitScore(1.0, 0, 0, 0, 0), 1.0);
}

TEST(Masking, InitialsAndLastFourOnly)
{
    EXPECT_EQ(patientName(QStringLiteral("Julia"), QStringLiteral("Ramos"), false), QStringLiteral("Ramos, Julia"));
    EXPECT_EQ(patientName(QStringLiteral("Julia"), QStringLiteral("Ramos"), true), QStringLiteral("J. R."));
    EXPECT_EQ(patientMbi(QStringLiteral("1EG4TE5MK73"), true), QStringLiteral("*******MK73"));
    EXPECT_EQ(patientMbi(QStringLiteral("1EG4TE5MK73"), false), QStringLiteral("1EG4TE5MK73"));
}

namespace {

// A hand-made practice: one PCP with four beneficiaries whose events and gaps are known.
class HandMadePanel : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(Store::create(m_folder.path(QStringLiteral("panel.aco"))));
        m_store->db().exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0001', 'Hand ACO', '2026-09-30');
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, active_from) VALUES
              (1, '1234567893', 'Adams', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent');
            INSERT INTO beneficiary (id, mbi, last_name, first_name, birth_date, sex, provider_id, risk_score) VALUES
              (1, '1EG4TE5MK73', 'Ramos', 'Julia', '1950-01-01', 'F', 1, 1.0),
              (2, '1EG4TE5MK74', 'Stone', 'Mary', '1950-01-01', 'F', 1, 3.0),
              (3, '1EG4TE5MK75', 'Tran', 'Lee', '1950-01-01', 'M', 1, 1.5),
              (4, '1EG4TE5MK76', 'Upton', 'Sam', '1950-01-01', 'M', 1, 0.5);
            -- Julia: two admissions in the year ($30,000 in all), one of them before the window.
            INSERT INTO utilization_event (beneficiary_id, event_date, kind, cost_cents) VALUES
              (1, '2026-03-01', 'admission', 2000000), (1, '2026-05-01', 'admission', 1000000),
              (1, '2025-06-01', 'admission', 9900000),
              (3, '2026-08-01', 'ed_visit', 100000);
            INSERT INTO care_gap (beneficiary_id, measure_id, description, due_date, closed_date) VALUES
              (1, 1, 'Mammogram due', '2026-11-01', NULL),
              (2, 1, 'Mammogram due', '2026-08-01', NULL),
              (3, NULL, 'Wellness visit due', '2026-10-15', NULL),
              (4, NULL, 'Wellness visit due', '2026-07-01', '2026-07-02');
            INSERT INTO measure_result VALUES (1, 202609, 1, 77, 100);
            INSERT INTO tier_scheme (measure_id, year, baseline, better, best, extra_credit) VALUES (1, 2026, 60, 70, 80, 90);
        )sql");
    }
    const Database& db() const { return m_store->db(); }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
};

} // namespace

TEST_F(HandMadePanel, PursuitListOrdersByScoreAndRespectsTheLimit)
{
    const QDate asOf(2026, 9, 30);
    const auto list = pursuitList(db(), 1, asOf, 20);
    ASSERT_EQ(list.size(), 4u);
    // Julia: 1.0 + 0.5 x 2 + $30,000 / $25,000 = 3.2; Mary 3.0; Lee 1.5 + 0.25 + 0.04 = 1.79; Sam 0.5.
    EXPECT_EQ(list[0].lastName, QStringLiteral("Ramos"));
    EXPECT_NEAR(list[0].score, 3.2, 1e-12);
    EXPECT_EQ(list[0].admissions, 2);
    EXPECT_EQ(list[0].costCents, 3'000'000);
    EXPECT_EQ(list[1].lastName, QStringLiteral("Stone"));
    EXPECT_NEAR(list[2].score, 1.79, 1e-12);
    EXPECT_EQ(list[3].lastName, QStringLiteral("Upton"));
    EXPECT_EQ(list[0].openGaps, 1);
    EXPECT_EQ(list[3].openGaps, 0); // its only gap is closed

    EXPECT_EQ(pursuitList(db(), 1, asOf, 2).size(), 2u);
    EXPECT_EQ(pursuitList(db(), 1, asOf, 0).size(), 0u);
}

TEST_F(HandMadePanel, CareGapsAreOpenOnesDueSoonestFirst)
{
    const auto gaps = openCareGaps(db(), 1, QDate(2026, 9, 30), 10);
    ASSERT_EQ(gaps.size(), 3u);
    EXPECT_EQ(gaps[0].lastName, QStringLiteral("Stone"));
    EXPECT_TRUE(gaps[0].overdue);
    EXPECT_EQ(gaps[1].lastName, QStringLiteral("Tran"));
    EXPECT_FALSE(gaps[1].overdue);
    EXPECT_EQ(gaps[2].measureCode, QStringLiteral("BCS"));
    EXPECT_EQ(openCareGaps(db(), 1, QDate(2026, 9, 30), 1).size(), 1u);
}

TEST_F(HandMadePanel, ScorecardShowsTierAndTheCountToTheNextOne)
{
    ScorecardOptions options;
    options.period = Period(2026, 9);
    options.window = Window::Month;
    const ScorecardBuilder builder(db(), options);
    const auto chosen = builder.select(QStringLiteral("1234567893"), QString());
    ASSERT_EQ(chosen.size(), 1u);
    const Scorecard card = builder.build(chosen[0]);
    ASSERT_EQ(card.rows.size(), 1u);
    EXPECT_NEAR(*card.rows[0].value, 77.0, 1e-12);
    EXPECT_EQ(card.rows[0].tier->tier, Tier::Better);
    EXPECT_EQ(card.rows[0].nextTierText, QStringLiteral("3 more screenings for Best (80.0%)"));
    EXPECT_EQ(card.pursuit.size(), 4u);
    EXPECT_EQ(card.careGaps.size(), 3u);

    // Over a quarter of 77 of 100 a month, Best needs 80% of 300 = 240: 9 more events, or, when
    // the denominator is the patients eligible each month, 9 / 3 = 3 more patients.
    m_store->db().exec("INSERT INTO measure_result VALUES (1, 202607, 1, 77, 100), (1, 202608, 1, 77, 100)");
    options.window = Window::Quarter;
    EXPECT_EQ(ScorecardBuilder(db(), options).build(chosen[0]).rows[0].nextTierText, QStringLiteral("9 more screenings for Best (80.0%)"));
    m_store->db().exec("UPDATE measure SET denominator_kind = 'monthly_status'");
    EXPECT_EQ(ScorecardBuilder(db(), options).build(chosen[0]).rows[0].nextTierText, QStringLiteral("3 more patients for Best (80.0%)"));
}

TEST_F(HandMadePanel, InvalidRequestsNameWhatIsWrong)
{
    ScorecardOptions options; // year to date: January 2028 alone
    options.period = Period(2028, 1);
    try {
        ScorecardBuilder builder(db(), options);
        FAIL() << "a period without data was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(error.what()).find("no results for 2028-01 in"), std::string::npos) << error.what();
    }

    options.period = Period(2026, 9);
    const ScorecardBuilder builder(db(), options);
    EXPECT_THROW(builder.select(QStringLiteral("1999999992"), QString()), Error);
    EXPECT_THROW(builder.select(QString(), QStringLiteral("Nowhere Clinic")), Error);
    EXPECT_EQ(builder.select(QString(), QStringLiteral("P1")).size(), 1u);
    EXPECT_EQ(builder.select(QString(), QStringLiteral("North Clinic")).size(), 1u);
    EXPECT_EQ(builder.select(QString(), QString()).size(), 1u);

    m_store->db().exec("UPDATE tier_scheme SET best = 65");
    try {
        ScorecardBuilder bad(db(), options);
        FAIL() << "a tier scheme out of order was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("tier scheme of BCS"), std::string::npos) << error.what();
    }
}

TEST(DemoScorecards, PursuitListsNeverExceedTheLimit)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("small.aco"));
    test::writeSmallDemo(path);
    const Store store = Store::openReadOnly(path);
    ScorecardOptions options;
    options.period = Period(2026, 9);
    options.pursuitLimit = 7;
    const ScorecardBuilder builder(store.db(), options);
    int primaryCare = 0;
    for (const Provider& provider : builder.providers()) {
        const Scorecard card = builder.build(provider);
        EXPECT_LE(card.pursuit.size(), 7u);
        if (provider.primaryCare) {
            ++primaryCare;
            EXPECT_EQ(card.pursuit.size(), 7u); // every demo panel has more than seven
            EXPECT_GE(card.rows.size(), 12u);
        }
        for (size_t i = 1; i < card.pursuit.size(); ++i)
            EXPECT_GE(card.pursuit[i - 1].score, card.pursuit[i].score);
    }
    EXPECT_EQ(primaryCare, 15);
}

// A past month's scorecard lists its patients as they were at that month's end: the events of
// the twelve months to it, the gaps open then (closed later or not at all), overdue against it.
TEST_F(HandMadePanel, APastMonthsListsAreAsOfItsEnd)
{
    EXPECT_EQ(listsAsOf(QDate(2026, 9, 30), Period(2026, 6)), QDate(2026, 6, 30));
    EXPECT_EQ(listsAsOf(QDate(2026, 9, 30), Period(2026, 9)), QDate(2026, 9, 30));
    EXPECT_EQ(listsAsOf(QDate(2026, 9, 15), Period(2026, 9)), QDate(2026, 9, 15));
    EXPECT_EQ(listsAsOf(QDate(2026, 9, 30), Period(2024, 2)), QDate(2024, 2, 29));

    m_store->db().exec("INSERT INTO measure_result VALUES (1, 202606, 1, 70, 100)");
    ScorecardOptions options;
    options.period = Period(2026, 6);
    options.window = Window::Month;
    const ScorecardBuilder builder(db(), options);
    const Scorecard card = builder.build(builder.providers().front());
    EXPECT_EQ(card.listsAsOf, QDate(2026, 6, 30));

    // July 2025 to June 2026: Julia's two admissions of 2026 ($30,000), not the one of June
    // 2025; Lee's ED visit of August 2026 is still to come.
    ASSERT_EQ(card.pursuit.size(), 4u);
    EXPECT_EQ(card.pursuit[0].lastName, QStringLiteral("Ramos"));
    EXPECT_EQ(card.pursuit[0].admissions, 2);
    EXPECT_EQ(card.pursuit[0].costCents, 3'000'000);
    EXPECT_EQ(card.pursuit[2].lastName, QStringLiteral("Tran"));
    EXPECT_EQ(card.pursuit[2].edVisits, 0);
    EXPECT_NEAR(card.pursuit[2].score, 1.5, 1e-12);
    // Sam's gap, closed on July 2, was open on June 30.
    EXPECT_EQ(card.pursuit[3].lastName, QStringLiteral("Upton"));
    EXPECT_EQ(card.pursuit[3].openGaps, 1);

    // Every gap was open on June 30, none of them overdue yet; Sam's (due July 1) comes first.
    ASSERT_EQ(card.careGaps.size(), 4u);
    const QStringList order = {QStringLiteral("Upton"), QStringLiteral("Stone"),
                               QStringLiteral("Tran"), QStringLiteral("Ramos")};
    for (size_t i = 0; i < card.careGaps.size(); ++i) {
        EXPECT_EQ(card.careGaps[i].lastName, order[static_cast<qsizetype>(i)]);
        EXPECT_FALSE(card.careGaps[i].overdue) << i;
    }

    // On the data date Sam's gap is closed and Mary's overdue.
    const auto now = openCareGaps(db(), 1, QDate(2026, 9, 30), 20);
    ASSERT_EQ(now.size(), 3u);
    EXPECT_EQ(now[0].lastName, QStringLiteral("Stone"));
    EXPECT_TRUE(now[0].overdue);
}
