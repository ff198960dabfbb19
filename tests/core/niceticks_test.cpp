#include "charts/niceticks.h"
#include "measures/measure.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace aco;

namespace {

std::vector<std::string> labelsOf(const Ticks& ticks)
{
    std::vector<std::string> out;
    for (const QString& l : ticks.labels)
        out.push_back(l.toStdString());
    return out;
}

// The mantissa of a step: 1, 2, 2.5 or 5 for a nice one.
double mantissa(double step)
{
    return step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
}

bool isNice(double step)
{
    const double m = mantissa(step);
    for (double nice : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (std::abs(m - nice) < 1e-6)
            return true;
    return false;
}

} // namespace

// Worked by hand: the step is the smallest of 1, 2, 2.5, 5 x 10^k at least span/most for which
// the range, from zero, fits in `most` intervals.
TEST(NiceTicks, PercentFromZeroToTheTop)
{
    // 97 / 6 = 16.2 -> 20: 0 to 100 in five.
    const Ticks t = niceTicks(0, 97, TickUnit::Percent, 6);
    EXPECT_DOUBLE_EQ(t.step, 20);
    EXPECT_DOUBLE_EQ(t.low, 0);
    EXPECT_DOUBLE_EQ(t.high, 100);
    EXPECT_EQ(labelsOf(t), (std::vector<std::string>{"0%", "20%", "40%", "60%", "80%", "100%"}));
}

TEST(NiceTicks, AValueAxisStartsAtZero)
{
    // Screening rates from 47% to 89%: the bars' axis still starts at zero.
    const Ticks t = niceTicks(47.2, 89.3, TickUnit::Percent, 5);
    EXPECT_DOUBLE_EQ(t.low, 0);
    EXPECT_DOUBLE_EQ(t.high, 100);
    EXPECT_DOUBLE_EQ(t.step, 20);
    // Not from zero: 42.1 / 5 = 8.4 -> 10; 40 to 90.
    const Ticks zoomed = niceTicks(47.2, 89.3, TickUnit::Percent, 5, false);
    EXPECT_DOUBLE_EQ(zoomed.step, 10);
    EXPECT_DOUBLE_EQ(zoomed.low, 40);
    EXPECT_DOUBLE_EQ(zoomed.high, 90);
}

TEST(NiceTicks, MoneyWithThousandsSeparators)
{
    // Total cost of care up to $1,710 PMPM: 1710 / 6 = 285 -> 500 (250 would need 7 intervals).
    const Ticks t = niceTicks(0, 1710, TickUnit::Dollars, 6);
    EXPECT_DOUBLE_EQ(t.step, 500);
    EXPECT_EQ(labelsOf(t), (std::vector<std::string>{"$0", "$500", "$1,000", "$1,500", "$2,000"}));
    // 1130 / 5 = 226 -> 250.
    EXPECT_EQ(labelsOf(niceTicks(0, 1130, TickUnit::Dollars, 5)),
              (std::vector<std::string>{"$0", "$250", "$500", "$750", "$1,000", "$1,250"}));
}

TEST(NiceTicks, MillionsAndBillionsKeepTheirLabelsShort)
{
    // A pool of $16,839,737.73: 16.8M / 5 = 3.37M -> 5M.
    EXPECT_EQ(labelsOf(niceTicks(0, 16'839'737.73, TickUnit::Dollars, 5)),
              (std::vector<std::string>{"$0", "$5M", "$10M", "$15M", "$20M"}));
    // 7.4M / 6 = 1.23M -> 2M.
    EXPECT_EQ(labelsOf(niceTicks(0, 7'400'000, TickUnit::Dollars, 6)),
              (std::vector<std::string>{"$0", "$2M", "$4M", "$6M", "$8M"}));
    // 3.3M / 6 = 0.55M -> 1M (5 x 10^5 would need 7 intervals).
    EXPECT_EQ(labelsOf(niceTicks(0, 3'300'000, TickUnit::Dollars, 6)),
              (std::vector<std::string>{"$0", "$1M", "$2M", "$3M", "$4M"}));
    // Steps of 2.5M need one decimal, on every label alike.
    EXPECT_EQ(labelsOf(niceTicks(0, 12'000'000, TickUnit::Dollars, 5)),
              (std::vector<std::string>{"$0", "$2.5M", "$5.0M", "$7.5M", "$10.0M", "$12.5M"}));
    EXPECT_EQ(labelsOf(niceTicks(0, 1e9, TickUnit::Dollars, 5)),
              (std::vector<std::string>{"$0", "$0.2B", "$0.4B", "$0.6B", "$0.8B", "$1.0B"}));
    // Below a million every digit, with separators.
    EXPECT_EQ(labelsOf(niceTicks(0, 52'700, TickUnit::Dollars, 5)),
              (std::vector<std::string>{"$0", "$20,000", "$40,000", "$60,000"}));
}

TEST(NiceTicks, NegativeAmountsCarryTheirSignBeforeTheDollar)
{
    // A tornado from -5.3M to +5.3M: 10.6M / 6 = 1.77M -> 2M; -6M to 6M.
    const Ticks t = niceTicks(-5'300'000, 5'300'000, TickUnit::Dollars, 6);
    EXPECT_DOUBLE_EQ(t.step, 2'000'000);
    EXPECT_EQ(labelsOf(t), (std::vector<std::string>{"-$6M", "-$4M", "-$2M", "$0", "$2M", "$4M", "$6M"}));
    // A loss: every value negative, the axis ends at zero.
    const Ticks loss = niceTicks(-740, -120, TickUnit::Dollars, 4);
    EXPECT_DOUBLE_EQ(loss.high, 0);
    EXPECT_DOUBLE_EQ(loss.low, -800);
    EXPECT_EQ(labelsOf(loss), (std::vector<std::string>{"-$800", "-$600", "-$400", "-$200", "$0"}));
}

TEST(NiceTicks, CountsAndSmallFractions)
{
    EXPECT_EQ(labelsOf(niceTicks(0, 348, TickUnit::Number, 5)),
              (std::vector<std::string>{"0", "100", "200", "300", "400"}));
    EXPECT_EQ(labelsOf(niceTicks(0, 1500, TickUnit::Number, 6)),
              (std::vector<std::string>{"0", "250", "500", "750", "1,000", "1,250", "1,500"}));
    // 0.0013 / 5 = 0.00026 -> 0.0005; four decimals on every label.
    EXPECT_EQ(labelsOf(niceTicks(0, 0.0013, TickUnit::Number, 5)),
              (std::vector<std::string>{"0", "0.0005", "0.0010", "0.0015"}));
    // Steps of 2.5 need one decimal: 0, 2.5, 5.0, 7.5, 10.0.
    EXPECT_EQ(labelsOf(niceTicks(0, 9.1, TickUnit::Percent, 4)),
              (std::vector<std::string>{"0%", "2.5%", "5.0%", "7.5%", "10.0%"}));
    // Decimal steps come out exact, never 0.30000000000000004.
    EXPECT_EQ(labelsOf(niceTicks(0, 0.55, TickUnit::Number, 6)),
              (std::vector<std::string>{"0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6"}));
}

TEST(NiceTicks, EmptyAndDegenerateRanges)
{
    const Ticks zero = niceTicks(0, 0, TickUnit::Number, 5);
    EXPECT_DOUBLE_EQ(zero.low, 0);
    EXPECT_GT(zero.high, 0);
    const Ticks nan = niceTicks(std::nan(""), 3, TickUnit::Number, 5);
    EXPECT_GE(nan.values.size(), 2u);
    // One value, not from zero: a range around it.
    const Ticks one = niceTicks(50, 50, TickUnit::Percent, 5, false);
    EXPECT_LT(one.low, 50);
    EXPECT_GT(one.high, 50);
    // Reversed ends are the same range.
    EXPECT_EQ(labelsOf(niceTicks(97, 0, TickUnit::Percent, 6)), labelsOf(niceTicks(0, 97, TickUnit::Percent, 6)));
}

// The rule over every scale from 0.001 to 10^9: a nice step, ticks on its multiples, the range
// covered, at most `most` intervals and at least two, and no smaller nice step that would do.
TEST(NiceTicks, TheRuleHoldsFromAThousandthToABillion)
{
    for (int power = -3; power <= 9; ++power) {
        for (double m : {1.0, 1.3, 1.9, 2.2, 2.7, 3.6, 4.9, 6.1, 7.5, 9.99}) {
            const double high = m * std::pow(10.0, power);
            for (double lowShare : {0.0, 0.35, 0.8}) {
                for (int most : {4, 5, 6, 8}) {
                    const double low = high * lowShare;
                    SCOPED_TRACE(testing::Message() << "[" << low << ", " << high << "] most " << most);
                    const Ticks t = niceTicks(low, high, TickUnit::Number, most, false);
                    ASSERT_TRUE(isNice(t.step)) << t.step;
                    EXPECT_LE(t.low, low * (1 + 1e-12));
                    EXPECT_GE(t.high, high * (1 - 1e-12));
                    const double intervals = std::round((t.high - t.low) / t.step);
                    EXPECT_LE(intervals, most);
                    EXPECT_GE(intervals, 2);
                    ASSERT_EQ(t.values.size(), size_t(intervals) + 1);
                    ASSERT_EQ(t.labels.size(), t.values.size());
                    for (double v : t.values)
                        EXPECT_NEAR(v / t.step, std::round(v / t.step), 1e-9);
                    // The next smaller nice step (5 -> 2.5 -> 2 -> 1 -> 0.5) would not fit.
                    const double smaller = t.step * (std::abs(mantissa(t.step) - 2.5) < 1e-6 ? 0.8 : 0.5);
                    const double need = std::ceil(high / smaller - 1e-9) - std::floor(low / smaller + 1e-9);
                    EXPECT_GT(need, most) << "step " << t.step << " where " << smaller << " fits";
                    // Every label differs from its neighbours: enough decimals.
                    for (size_t i = 1; i < t.labels.size(); ++i)
                        EXPECT_NE(t.labels[i], t.labels[i - 1]);
                }
            }
        }
    }
}

TEST(NiceTicks, FixedEndsKeepTheirRangeWithRoundTicksInside)
{
    // A histogram of trials from $11.9M to $22.0M: ticks at 12, 14 ... 22 million.
    const Ticks t = ticksWithin(11'939'369, 21'998'534, TickUnit::Dollars, 5);
    EXPECT_DOUBLE_EQ(t.low, 11'939'369);
    EXPECT_DOUBLE_EQ(t.high, 21'998'534);
    EXPECT_EQ(labelsOf(t), (std::vector<std::string>{"$12M", "$14M", "$16M", "$18M", "$20M"}));
}

TEST(NiceTicks, LogAxesHaveEnoughTicks)
{
    // Member-months from 130 to 9,000: 1, 2, 5 x 10^k.
    EXPECT_EQ(labelsOf(logTicks(130, 9000, TickUnit::Number, 8)),
              (std::vector<std::string>{"200", "500", "1,000", "2,000", "5,000"}));
    // Within a decade: every whole multiple.
    EXPECT_EQ(labelsOf(logTicks(25, 95, TickUnit::Number, 8)),
              (std::vector<std::string>{"30", "40", "50", "60", "70", "80", "90"}));
    // Six decades: 1 x 10^k only, each written as itself.
    EXPECT_EQ(labelsOf(logTicks(1, 1e6, TickUnit::Number, 8)),
              (std::vector<std::string>{"1", "10", "100", "1,000", "10,000", "100,000", "1M"}));
    // Half a decade with no round 1-9 multiple but 100: round values of a linear step instead.
    const Ticks narrow = logTicks(101, 149, TickUnit::Number, 8);
    EXPECT_EQ(labelsOf(narrow), (std::vector<std::string>{"110", "120", "130", "140"}));
    // Fractions of a patient: decimals where a tick needs them.
    EXPECT_EQ(labelsOf(logTicks(0.15, 3, TickUnit::Number, 8)),
              (std::vector<std::string>{"0.2", "0.5", "1", "2"}));
}

TEST(NiceTicks, EachMeasureUnitHasItsLabels)
{
    Measure measure;
    measure.unit = Measure::Unit::Percent;
    EXPECT_EQ(labelsOf(niceTicks(0, 80, tickUnit(measure), 4)), (std::vector<std::string>{"0%", "20%", "40%", "60%", "80%"}));
    measure.unit = Measure::Unit::Pmpm;
    EXPECT_EQ(labelsOf(niceTicks(900, 1200, tickUnit(measure), 3, false)),
              (std::vector<std::string>{"$900", "$1,000", "$1,100", "$1,200"}));
    measure.unit = Measure::Unit::Per1000;
    EXPECT_EQ(labelsOf(niceTicks(0, 1500, tickUnit(measure), 3)), (std::vector<std::string>{"0", "500", "1,000", "1,500"}));
}
