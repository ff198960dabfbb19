#include "error.h"
#include "measures/measureengine.h"
#include "measures/tierscheme.h"
#include "statistics/quantile.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace aco;

namespace {

// A hand-made ACO: two practices, two departments, four primary care providers and one
// specialist, one screening measure (higher is better) and one admission rate (lower is better).
class HandMadeAco : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store = std::make_unique<Store>(Store::create(m_folder.path(QStringLiteral("hand.aco"))));
        Database& db = m_store->db();
        db.exec(R"sql(
            INSERT INTO aco VALUES (1, 'A0001', 'Hand ACO', '2026-09-30');
            INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'North Clinic'), (2, 'P2', 'South Clinic');
            INSERT INTO department (id, code, name) VALUES (1, 'FM', 'Family Medicine'), (2, 'CARD', 'Cardiology');
            INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, practice_id, department_id, active_from) VALUES
              (1, '1234567893', 'Adams', 'Ann', 'Family Medicine', 'primary_care', 'employed', 1, 1, '2020-01-01'),
              (2, '1999999992', 'Baker', 'Bob', 'Family Medicine', 'primary_care', 'employed', 1, 1, '2020-01-01'),
              (3, '1000000004', 'Clark', 'Cy', 'Family Medicine', 'primary_care', 'independent', 2, 1, '2020-01-01'),
              (4, '1000000012', 'Diaz', 'Di', 'Family Medicine', 'primary_care', 'independent', 2, 1, '2020-01-01'),
              (5, '1000000020', 'Evans', 'Ed', 'Cardiology', 'specialist', 'employed', 1, 2, '2020-01-01');
            INSERT INTO measure (id, code, name, domain, direction, unit) VALUES
              (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent'),
              (2, 'ADM', 'Admissions', 'utilization', 'lower', 'per_1000');
        )sql");
    }

    void result(int measure, int period, int provider, int numerator, int denominator)
    {
        auto insert = m_store->db().prepare("INSERT INTO measure_result VALUES (?1, ?2, ?3, ?4, ?5)");
        insert.bind(1, measure).bind(2, period).bind(3, provider).bind(4, numerator).bind(5, denominator).run();
    }

    Database& db() { return m_store->db(); }

    test::TempFolder m_folder;
    std::unique_ptr<Store> m_store;
};

MeasureEngine::Options providers(PeerGroup peers = PeerGroup::SameKind, int minimum = 20)
{
    return {Level::Provider, peers, minimum};
}

} // namespace

TEST(Windows, RangesAndPriorRanges)
{
    const Period end(2026, 9);
    EXPECT_EQ(windowRange(Window::Month, end).first, Period(2026, 9));
    EXPECT_EQ(windowRange(Window::Quarter, end).first, Period(2026, 7));
    EXPECT_EQ(windowRange(Window::YearToDate, end).first, Period(2026, 1));
    EXPECT_EQ(windowRange(Window::Rolling12, end).first, Period(2025, 10));
    EXPECT_EQ(priorWindowRange(Window::Month, end).last, Period(2026, 8));
    EXPECT_EQ(priorWindowRange(Window::Quarter, end).first, Period(2026, 4));
    EXPECT_EQ(priorWindowRange(Window::Quarter, end).last, Period(2026, 6));
    EXPECT_EQ(priorWindowRange(Window::YearToDate, end).first, Period(2025, 1));
    EXPECT_EQ(priorWindowRange(Window::YearToDate, end).last, Period(2025, 9));
    EXPECT_EQ(priorWindowRange(Window::Rolling12, end).first, Period(2024, 10));
    EXPECT_EQ(windowRange(Window::Rolling12, end).months(), 12);
}

// What a denominator counts follows from the unit (member-months for rates per 1,000 and costs)
// and, for shares, from what a month counts: the eligible beneficiaries, or the cases.
TEST(Measures, TheDenominatorIsDescribedByUnitAndKind)
{
    Measure m;
    m.unit = Measure::Unit::Pmpm;
    EXPECT_TRUE(m.denominatorText().contains(QStringLiteral("member-months")));
    EXPECT_TRUE(m.denominatorText().contains(QStringLiteral("spending")));
    m.unit = Measure::Unit::Per1000;
    EXPECT_TRUE(m.denominatorText().contains(QStringLiteral("member-months")));
    EXPECT_TRUE(m.denominatorText().contains(QStringLiteral("events")));
    m.unit = Measure::Unit::Percent; // meetings attended, discharges followed up: the cases
    EXPECT_EQ(m.denominatorText(), QStringLiteral("The denominator counts the cases the share is "
                                                  "of, each once, in the month it falls in."));
    m.monthlyStatus = true; // screenings: the eligible, again every month
    EXPECT_TRUE(m.denominatorText().contains(QStringLiteral("beneficiaries eligible each month")));
}

TEST(Quantile, MatchesTypeSevenComputedByHand)
{
    const std::vector<double> x = {1, 2, 3, 4, 10};
    // h = (5 - 1) * 0.4 = 1.6: x[1] + 0.6 * (x[2] - x[1]) = 2.6 (R: quantile(x, 0.4) = 2.6).
    EXPECT_DOUBLE_EQ(quantileOfSorted(x, 0.4), 2.6);
    EXPECT_DOUBLE_EQ(quantileOfSorted(x, 0.5), 3.0);
    // h = 3.6: 4 + 0.6 * 6 = 7.6.
    EXPECT_DOUBLE_EQ(quantileOfSorted(x, 0.9), 7.6);
    EXPECT_DOUBLE_EQ(quantileOfSorted(x, 0.0), 1.0);
    EXPECT_DOUBLE_EQ(quantileOfSorted(x, 1.0), 10.0);
    EXPECT_DOUBLE_EQ(quantileOfSorted({5.0}, 0.75), 5.0);
}

TEST_F(HandMadeAco, ValuesComeFromSummedNumeratorsAndDenominators)
{
    // Ann: 30/40 in August and 36/40 in September: the quarter is 66/80 = 82.5%, not the mean of
    // the monthly rates (75% and 90%, 82.5% only because the denominators are equal) - so make
    // them unequal: 30/40 and 45/50 give 75/90 = 83.33%.
    result(1, 202608, 1, 30, 40);
    result(1, 202609, 1, 45, 50);
    result(1, 202605, 1, 10, 20); // prior quarter: 50%
    MeasureEngine engine(db());
    const auto c = engine.compare(engine.measure(QStringLiteral("BCS")), Period(2026, 9), Window::Quarter, providers());
    const UnitResult* ann = c.find(1);
    ASSERT_NE(ann, nullptr);
    EXPECT_EQ(ann->current, (Sums{75, 90}));
    EXPECT_NEAR(*ann->value, 100.0 * 75 / 90, 1e-12);
    EXPECT_NEAR(*ann->priorValue, 50.0, 1e-12);
    EXPECT_NEAR(*ann->change, 100.0 * 75 / 90 - 50.0, 1e-12);
    EXPECT_EQ(c.units.size(), 1u); // providers without results are not listed
}

TEST_F(HandMadeAco, RatesPerThousandAreAnnualisedFromMemberMonths)
{
    // 3 admissions over 120 member-months (ten beneficiaries for a year) = 300 per 1,000 a year.
    result(2, 202609, 1, 3, 120);
    MeasureEngine engine(db());
    const auto c = engine.compare(engine.measure(QStringLiteral("ADM")), Period(2026, 9), Window::Month, providers());
    EXPECT_NEAR(*c.find(1)->value, 300.0, 1e-9);
}

TEST_F(HandMadeAco, RanksWithTiesRespectDirection)
{
    // Primary care values 80, 90, 90, 70 (denominators 100).
    const int numerators[] = {80, 90, 90, 70};
    for (int p = 1; p <= 4; ++p) {
        result(1, 202609, p, numerators[p - 1], 100);
        result(2, 202609, p, numerators[p - 1], 100);
    }
    MeasureEngine engine(db());
    const auto higher = engine.compare(engine.measure(QStringLiteral("BCS")), Period(2026, 9), Window::Month, providers());
    EXPECT_EQ(*higher.find(1)->rank, 3);
    EXPECT_EQ(*higher.find(2)->rank, 1);
    EXPECT_EQ(*higher.find(3)->rank, 1);
    EXPECT_EQ(*higher.find(4)->rank, 4);
    // 90 is better than two of the three others and tied with one: (2 + 0.5) / 3.
    EXPECT_NEAR(*higher.find(2)->percentile, 100.0 * 2.5 / 3.0, 1e-9);
    EXPECT_NEAR(*higher.find(4)->percentile, 0.0, 1e-9);
    EXPECT_NEAR(*higher.find(1)->percentile, 100.0 * 1.0 / 3.0, 1e-9);

    // The same numbers as admissions, where lower is better: 70 first, then 80, then the 90s.
    const auto lower = engine.compare(engine.measure(QStringLiteral("ADM")), Period(2026, 9), Window::Month, providers());
    EXPECT_EQ(*lower.find(4)->rank, 1);
    EXPECT_EQ(*lower.find(1)->rank, 2);
    EXPECT_EQ(*lower.find(2)->rank, 3);
    EXPECT_EQ(*lower.find(3)->rank, 3);

    const PeerStatistics& stats = higher.peersOf(*higher.find(1));
    EXPECT_EQ(stats.name, QStringLiteral("Primary care"));
    EXPECT_EQ(stats.count, 4);
    EXPECT_DOUBLE_EQ(stats.mean, 82.5);
    EXPECT_DOUBLE_EQ(stats.median, 85.0);
    // Sorted 70, 80, 90, 90: p25 at h = 0.75 -> 77.5; p75 at h = 2.25 -> 90.
    EXPECT_DOUBLE_EQ(stats.p25, 77.5);
    EXPECT_DOUBLE_EQ(stats.p75, 90.0);
}

TEST_F(HandMadeAco, SmallDenominatorsAreShownButNotRanked)
{
    result(1, 202609, 1, 80, 100);
    result(1, 202609, 2, 9, 10); // 90%, but only ten women eligible
    result(1, 202609, 3, 60, 100);
    MeasureEngine engine(db());
    const auto c = engine.compare(engine.measure(QStringLiteral("BCS")), Period(2026, 9), Window::Month, providers());
    const UnitResult* small = c.find(2);
    ASSERT_NE(small, nullptr);
    EXPECT_TRUE(small->belowMinimum);
    EXPECT_FALSE(small->rank);
    EXPECT_NEAR(*small->value, 90.0, 1e-12);
    EXPECT_EQ(*c.find(1)->rank, 1); // the small panel's better rate does not push others down
    EXPECT_EQ(c.peersOf(*c.find(1)).count, 2);
    // A lower minimum ranks it.
    const auto all = engine.compare(engine.measure(QStringLiteral("BCS")), Period(2026, 9), Window::Month, providers(PeerGroup::SameKind, 5));
    EXPECT_EQ(*all.find(2)->rank, 1);
}

TEST_F(HandMadeAco, SpecialistsAreRankedAmongSpecialistsOrAmongEveryone)
{
    result(1, 202609, 1, 80, 100);
    result(1, 202609, 2, 70, 100);
    result(1, 202609, 5, 60, 100);
    MeasureEngine engine(db());
    const Measure& bcs = engine.measure(QStringLiteral("BCS"));
    const auto byKind = engine.compare(bcs, Period(2026, 9), Window::Month, providers());
    EXPECT_EQ(*byKind.find(5)->rank, 1);
    EXPECT_EQ(byKind.peersOf(*byKind.find(5)).name, QStringLiteral("Specialists"));
    EXPECT_EQ(byKind.peersOf(*byKind.find(5)).count, 1);
    const auto everyone = engine.compare(bcs, Period(2026, 9), Window::Month, providers(PeerGroup::Everyone));
    EXPECT_EQ(*everyone.find(5)->rank, 3);
    EXPECT_EQ(everyone.peersOf(*everyone.find(5)).count, 3);
}

TEST_F(HandMadeAco, LevelsAddUpTheirProviders)
{
    result(1, 202609, 1, 80, 100); // North, Family Medicine
    result(1, 202609, 2, 70, 100); // North, Family Medicine
    result(1, 202609, 3, 45, 50);  // South, Family Medicine
    result(1, 202609, 5, 6, 10);   // North, Cardiology
    MeasureEngine engine(db());
    const Measure& bcs = engine.measure(QStringLiteral("BCS"));
    const auto practices = engine.compare(bcs, Period(2026, 9), Window::Month, {Level::Practice, PeerGroup::SameKind, 20});
    EXPECT_EQ(practices.find(1)->current, (Sums{156, 210}));
    EXPECT_EQ(practices.find(2)->current, (Sums{45, 50}));
    const auto departments = engine.compare(bcs, Period(2026, 9), Window::Month, {Level::Department, PeerGroup::SameKind, 20});
    EXPECT_EQ(departments.find(1)->current, (Sums{195, 250}));
    EXPECT_EQ(departments.find(2)->current, (Sums{6, 10}));
    EXPECT_TRUE(departments.find(2)->belowMinimum);
    const auto aco = engine.compare(bcs, Period(2026, 9), Window::Month, {Level::Aco, PeerGroup::SameKind, 20});
    ASSERT_EQ(aco.units.size(), 1u);
    EXPECT_EQ(aco.units[0].current, (Sums{201, 260}));
    EXPECT_NEAR(*aco.acoValue, 100.0 * 201 / 260, 1e-12);
}

TEST_F(HandMadeAco, UnknownMeasureIsNamed)
{
    MeasureEngine engine(db());
    try {
        engine.measure(QStringLiteral("NOPE"));
        FAIL();
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("'NOPE'"), std::string::npos);
    }
}

// Every level and window of the small demo adds up to the sum of its parts, checked against
// SQLite's own GROUP BY over the monthly rows.
TEST(DemoRollUps, EveryLevelAndWindowEqualsTheSumOfItsParts)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("small.aco"));
    test::writeSmallDemo(path);
    const Store store = Store::openReadOnly(path);
    const MeasureEngine engine(store.db());
    const Period end(2026, 9);
    for (Window window : {Window::Month, Window::Quarter, Window::YearToDate, Window::Rolling12}) {
        const PeriodRange range = windowRange(window, end);
        for (const Measure& measure : engine.measures()) {
            for (Level level : {Level::Provider, Level::Practice, Level::Department, Level::Aco}) {
                const auto c = engine.compare(measure, end, window, {level, PeerGroup::SameKind, 20});
                const char* column = level == Level::Practice ? "p.practice_id"
                                     : level == Level::Department ? "p.department_id"
                                     : level == Level::Aco ? "0" : "p.id";
                auto query = store.db().prepare(std::string("SELECT ") + column +
                    ", sum(r.numerator), sum(r.denominator) FROM measure_result r JOIN provider p "
                    "ON p.id = r.provider_id WHERE r.measure_id = ?1 AND r.period BETWEEN ?2 AND ?3 "
                    "GROUP BY 1");
                query.bind(1, measure.id).bind(2, range.first.toInt()).bind(3, range.last.toInt());
                size_t groups = 0;
                while (query.step()) {
                    ++groups;
                    const UnitResult* unit = c.find(query.int64(0));
                    ASSERT_NE(unit, nullptr) << measure.code.toStdString();
                    EXPECT_EQ(unit->current, (Sums{query.int64(1), query.int64(2)}))
                        << measure.code.toStdString() << " " << levelName(level).toStdString();
                }
                EXPECT_EQ(c.units.size(), groups);
            }
        }
    }
}

TEST(Tiers, BoundariesCountAsReachedInBothDirections)
{
    Measure screening;
    screening.code = QStringLiteral("BCS");
    screening.higherIsBetter = true;
    const TierScheme higher{1, 2026, {60, 70, 80, 90}, {0.20, 0.50, 0.75, 1.00}};
    EXPECT_EQ(assessTier(higher, screening, 59, 100).tier, Tier::BelowBaseline);
    EXPECT_EQ(assessTier(higher, screening, 59, 100).payout, 0.0);
    EXPECT_EQ(assessTier(higher, screening, 60, 100).tier, Tier::Baseline);
    EXPECT_EQ(assessTier(higher, screening, 70, 100).tier, Tier::Better); // exactly at the cut-point
    EXPECT_EQ(assessTier(higher, screening, 70, 100).payout, 0.50);
    EXPECT_EQ(assessTier(higher, screening, 699, 1000).tier, Tier::Baseline);
    EXPECT_EQ(assessTier(higher, screening, 90, 100).tier, Tier::ExtraCredit);
    EXPECT_EQ(assessTier(higher, screening, 90, 100).payout, 1.00);
    EXPECT_FALSE(assessTier(higher, screening, 95, 100).nextTier);

    Measure control;
    control.code = QStringLiteral("HBA1C");
    control.higherIsBetter = false;
    const TierScheme lower{2, 2026, {20, 15, 10, 5}, {0.20, 0.50, 0.75, 1.00}};
    EXPECT_EQ(assessTier(lower, control, 21, 100).tier, Tier::BelowBaseline);
    EXPECT_EQ(assessTier(lower, control, 20, 100).tier, Tier::Baseline);
    EXPECT_EQ(assessTier(lower, control, 15, 100).tier, Tier::Better); // exactly at the cut-point
    EXPECT_EQ(assessTier(lower, control, 16, 100).tier, Tier::Baseline);
    EXPECT_EQ(assessTier(lower, control, 5, 100).tier, Tier::ExtraCredit);
}

TEST(Tiers, GapToTheNextTierInValueAndInCounts)
{
    Measure screening;
    screening.higherIsBetter = true;
    const TierScheme scheme{1, 2026, {60, 70, 80, 90}, {0.20, 0.50, 0.75, 1.00}};
    // 77 of 100 screened: Better; Best needs 80% of 100 = 80, three more screenings.
    const TierAssessment a = assessTier(scheme, screening, 77, 100);
    EXPECT_EQ(a.tier, Tier::Better);
    EXPECT_EQ(a.nextTier, Tier::Best);
    EXPECT_DOUBLE_EQ(*a.nextThreshold, 80.0);
    EXPECT_NEAR(*a.gap, 3.0, 1e-12);
    EXPECT_EQ(*a.countGap, 3);
    // 57 of 70 = 81.4%: extra credit needs 90% of 70 = 63, six more.
    EXPECT_EQ(*assessTier(scheme, screening, 57, 70).countGap, 6);

    Measure admissions;
    admissions.higherIsBetter = false;
    admissions.unit = Measure::Unit::Per1000;
    const TierScheme perThousand{2, 2026, {300, 250, 200, 150}, {0.20, 0.50, 0.75, 1.00}};
    // 30 admissions over 1,200 member-months = 300 per 1,000: Baseline. Better (250) allows
    // 250 * 1200 / 12000 = 25 admissions: five fewer.
    const TierAssessment b = assessTier(perThousand, admissions, 30, 1200);
    EXPECT_EQ(b.tier, Tier::Baseline);
    EXPECT_EQ(*b.countGap, 5);
}

TEST(Tiers, TheNextTierSaysWhatItsNumberCounts)
{
    const TierScheme screeningScheme{1, 2026, {60, 70, 80, 90}, {0.20, 0.50, 0.75, 1.00}};
    Measure screening;
    screening.name = QStringLiteral("Colorectal cancer screening");
    // 77 of 100: Best (80%) needs three more screenings; counted over eligible patients a
    // month for a quarter (231 of 300, 240 needed), 9 / 3 = three more patients.
    EXPECT_EQ(nextTierText(screening, assessTier(screeningScheme, screening, 77, 100), 1),
              QStringLiteral("3 more screenings for Best (80.0%)"));
    screening.monthlyStatus = true;
    EXPECT_EQ(nextTierText(screening, assessTier(screeningScheme, screening, 231, 300), 3),
              QStringLiteral("3 more patients for Best (80.0%)"));
    // 79 of 100: one more patient.
    EXPECT_EQ(nextTierText(screening, assessTier(screeningScheme, screening, 79, 100), 1),
              QStringLiteral("1 more patient for Best (80.0%)"));

    Measure admissions;
    admissions.name = QStringLiteral("Inpatient admissions");
    admissions.higherIsBetter = false;
    admissions.unit = Measure::Unit::Per1000;
    const TierScheme perThousand{2, 2026, {300, 250, 200, 150}, {0.20, 0.50, 0.75, 1.00}};
    // 37 admissions over 1,200 member-months = 370 per 1,000: below baseline; 300 allows 30.
    EXPECT_EQ(nextTierText(admissions, assessTier(perThousand, admissions, 37, 1200), 1),
              QStringLiteral("7 fewer admissions for Baseline (300)"));

    Measure cost;
    cost.name = QStringLiteral("Total cost of care");
    cost.higherIsBetter = false;
    cost.unit = Measure::Unit::Pmpm;
    const TierScheme costScheme{3, 2026, {1200, 1100, 1000, 900}, {0.20, 0.50, 0.75, 1.00}};
    // 10,620,000 cents over 100 member-months = $1,062 PMPM: Better; Best at $1,000 is $62 lower.
    EXPECT_EQ(nextTierText(cost, assessTier(costScheme, cost, 1062.0 * 100 * 100, 100), 1),
              QStringLiteral("$62 PMPM lower for Best ($1,000)"));
}

TEST(Tiers, ValidationNamesTheMeasureAndYear)
{
    Measure screening;
    screening.code = QStringLiteral("BCS");
    screening.higherIsBetter = true;
    const TierScheme bad{1, 2026, {60, 80, 70, 90}, {0.20, 0.50, 0.75, 1.00}};
    try {
        bad.validate(screening);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
                  "The 2026 tier scheme of BCS has cut-points out of order: Best must be above Better.");
    }
    const TierScheme badPayouts{1, 2026, {60, 70, 80, 90}, {0.20, 0.75, 0.50, 1.00}};
    EXPECT_THROW(badPayouts.validate(screening), Error);
    const TierScheme good{1, 2026, {60, 70, 80, 90}, {0.20, 0.50, 0.75, 1.00}};
    EXPECT_NO_THROW(good.validate(screening));
}
