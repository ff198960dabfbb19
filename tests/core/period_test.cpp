#include "period.h"

#include <gtest/gtest.h>

using namespace aco;

TEST(Period, ParsesAndPrintsYearMonth)
{
    const auto period = Period::parse(QStringLiteral("2026-09"));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->toInt(), 202609);
    EXPECT_EQ(period->toString(), QStringLiteral("2026-09"));
}

TEST(Period, RejectsWhatIsNotAMonth)
{
    for (const char* text : {"2026-13", "2026-00", "2026-9", "26-09", "September", ""})
        EXPECT_FALSE(Period::parse(QString::fromLatin1(text))) << text;
}

TEST(Period, ArithmeticCrossesYearEnds)
{
    EXPECT_EQ(Period(2023, 10).addMonths(35), Period(2026, 9));
    EXPECT_EQ(Period(2026, 1).addMonths(-1), Period(2025, 12));
    EXPECT_LT(Period(2025, 12), Period(2026, 1));
}
