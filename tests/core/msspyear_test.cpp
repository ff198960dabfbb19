#include "mssp/msspyear.h"
#include "store/store.h"
#include "testsupport.h"

#include <gtest/gtest.h>

using namespace aco;

TEST(MsspYear, BenchmarkForTheAssignedAndSpendingToDateAnnualised)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("year.aco")));
    store.db().exec(R"sql(
        INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
            assigned_beneficiaries, benchmark_per_capita_cents, quality_score, low_revenue)
        VALUES (2026, 'BASIC_E', 2022, 5, 1000, 1200000, 0.88, 1);
        -- Two months: 2,000 beneficiary-months and $1,900,000, so $950 a beneficiary-month.
        INSERT INTO expenditure VALUES (202601, 1000, 100000000, 100000000), (202602, 1000, 90000000, 100000000);
        INSERT INTO expenditure VALUES (202512, 1000, 999999999, 100000000); -- another year
    )sql");
    EXPECT_EQ(performanceYears(store.db()), std::vector<int>{2026});
    const auto year = loadMsspYear(store.db(), 2026);
    ASSERT_TRUE(year);
    EXPECT_EQ(year->monthsOfData, 2);
    EXPECT_EQ(year->through, Period(2026, 2));
    EXPECT_EQ(year->input.track, MsspTrack::BasicE);
    EXPECT_EQ(year->input.assignedBeneficiaries, 1000);
    EXPECT_DOUBLE_EQ(year->input.benchmarkTotal, 12'000'000.0); // $12,000 x 1,000
    EXPECT_DOUBLE_EQ(year->input.expenditureTotal, 11'400'000.0); // $950 x 12 x 1,000
    EXPECT_EQ(year->input.agreementYear, 5);
    EXPECT_TRUE(year->input.lowRevenue);
    EXPECT_FALSE(loadMsspYear(store.db(), 2025)); // no such performance year
}
