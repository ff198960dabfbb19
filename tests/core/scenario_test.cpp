#include "error.h"
#include "scenarios/allocator.h"
#include "scenarios/largestremainder.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

using namespace aco;

namespace {

using Cents = std::vector<std::int64_t>;

std::int64_t sum(const Cents& cents)
{
    return std::accumulate(cents.begin(), cents.end(), std::int64_t{0});
}

ScenarioRecipient recipient(std::int64_t id, std::int64_t beneficiaries, bool employed,
                            std::vector<double> payouts = {})
{
    ScenarioRecipient r;
    r.id = id;
    r.name = QStringLiteral("R%1").arg(id);
    r.beneficiaries = beneficiaries;
    r.employedBeneficiaries = employed ? beneficiaries : 0;
    r.payouts = std::move(payouts);
    r.tiers.assign(r.payouts.size(), Tier::BelowBaseline);
    return r;
}

Scenario amountScenario(std::int64_t cents)
{
    Scenario s;
    s.source = Scenario::Source::Amount;
    s.amountCents = cents;
    s.basis = Scenario::Basis::Beneficiaries;
    return s;
}

} // namespace

// --- Largest remainder -------------------------------------------------------------------------

TEST(LargestRemainder, HandWorkedExamples)
{
    const double thirds[] = {1, 1, 1};
    // 10 / 3 = 3.33 each: floors 9, one cent left, ties go to the first.
    EXPECT_EQ(distributeCents(10, thirds), (Cents{4, 3, 3}));
    EXPECT_EQ(distributeCents(100, thirds), (Cents{34, 33, 33}));
    // A loss mirrors the saving.
    EXPECT_EQ(distributeCents(-10, thirds), (Cents{-4, -3, -3}));
    // 7 x (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3 + 2 + 1 = 6; the cent goes to 0.5.
    const double mixed[] = {0.5, 0.3, 0.2};
    EXPECT_EQ(distributeCents(7, mixed), (Cents{4, 2, 1}));
    // Zero weights get nothing: 5 / 2 = 2.5 each, the cent to the first non-zero.
    const double withZero[] = {0, 1, 1};
    EXPECT_EQ(distributeCents(5, withZero), (Cents{0, 3, 2}));
    EXPECT_EQ(distributeCents(0, withZero), (Cents{0, 0, 0}));
}

TEST(LargestRemainder, RefusesWhatCannotBeDistributed)
{
    const double zeros[] = {0, 0};
    const double negative[] = {1, -1};
    EXPECT_THROW(distributeCents(1, zeros), Error);
    EXPECT_THROW(distributeCents(1, std::span<const double>{}), Error);
    EXPECT_THROW(distributeCents(1, negative), Error);
    EXPECT_EQ(distributeCents(0, zeros), (Cents{0, 0})); // nothing to place
}

TEST(LargestRemainder, ConservesEveryCentForRandomWeightsAndTotals)
{
    std::mt19937_64 random(20261123);
    for (int trial = 0; trial < 5000; ++trial) {
        const size_t n = 1 + random() % 40;
        std::vector<double> weights(n);
        for (auto& w : weights)
            w = (random() % 4 == 0) ? 0.0 : static_cast<double>(random() % 1'000'000) / 997.0;
        weights[random() % n] += 1.0; // at least one positive
        // Totals up to $10 billion either way, in cents.
        const auto total =
            static_cast<std::int64_t>(random() % 2'000'000'000'000ULL) - 1'000'000'000'000LL;
        const Cents shares = distributeCents(total, weights);
        ASSERT_EQ(sum(shares), total);
        const double weightSum = std::accumulate(weights.begin(), weights.end(), 0.0);
        for (size_t i = 0; i < n; ++i) {
            if (weights[i] == 0.0) {
                ASSERT_EQ(shares[i], 0);
            }
            // Within one cent of the exact quota (plus a little floating point slack).
            ASSERT_LE(std::fabs(static_cast<double>(shares[i]) -
                                static_cast<double>(total) * weights[i] / weightSum),
                      1.01);
        }
    }
}

// --- The toolkit's worked examples -------------------------------------------------------------

TEST(Allocation, EightyTwentySplit)
{
    // The physician-owned group: 80% to provider payments, 20% to infrastructure and redesign.
    // $10,000.01: 200,000.2 and 800,000.8 cents; the odd cent goes to the larger remainder.
    Scenario s = amountScenario(1'000'001);
    s.infrastructureBasisPoints = 1000;
    s.careRedesignBasisPoints = 1000;
    s.providerBasisPoints = 8000;
    ScenarioBasis basis;
    basis.recipients = {recipient(1, 100, true), recipient(2, 300, true)};
    const Allocation a = Allocator(s, basis).allocate(1'000'001);
    // Infrastructure and redesign 100,000.1 each: the leftover cent went to providers (0.8).
    EXPECT_EQ(a.infrastructureCents, 100'000);
    EXPECT_EQ(a.careRedesignCents, 100'000);
    EXPECT_EQ(a.providerPoolCents, 800'001);
    // By beneficiaries, 1:3 of 800,001 = 200,000.25 and 600,000.75: the cent to the second.
    EXPECT_EQ(a.recipients[0].paymentCents, 200'000);
    EXPECT_EQ(a.recipients[1].paymentCents, 600'001);
    EXPECT_EQ(a.accountedCents(), 1'000'001);
}

TEST(Allocation, NinetyTwoEightSplit)
{
    // The IPA ACO: 92% to providers, 8% reinvested in infrastructure. $123,456.78:
    // 8% = 987,654.24 -> 987,654; 92% = 11,358,023.76 -> 11,358,024.
    Scenario s = amountScenario(12'345'678);
    s.infrastructureBasisPoints = 800;
    s.providerBasisPoints = 9200;
    s.basis = Scenario::Basis::Equal;
    ScenarioBasis basis;
    basis.recipients = {recipient(1, 10, false), recipient(2, 500, true)};
    const Allocation a = Allocator(s, basis).allocate(12'345'678);
    EXPECT_EQ(a.infrastructureCents, 987'654);
    EXPECT_EQ(a.providerPoolCents, 11'358'024);
    // Equal shares: 5,679,012 each.
    EXPECT_EQ(a.recipients[0].paymentCents, 5'679'012);
    EXPECT_EQ(a.recipients[1].paymentCents, 5'679'012);
}

TEST(Allocation, TiersPayTwentyFiftySeventyFiveAndAHundredPercentOfTheMaximum)
{
    // One measure (100%), five providers of 100 beneficiaries each: $10,000 to providers, so a
    // maximum of $2,000 each; below baseline, baseline, better, best, extra credit.
    Scenario s = amountScenario(1'000'000);
    s.infrastructureBasisPoints = 0;
    s.providerBasisPoints = 10000;
    s.basis = Scenario::Basis::Tiers;
    s.measures = {{QStringLiteral("BCS"), 10000}};
    ScenarioBasis basis;
    const double payouts[] = {0.0, 0.20, 0.50, 0.75, 1.00};
    for (int i = 0; i < 5; ++i)
        basis.recipients.push_back(recipient(i + 1, 100, true, {payouts[i]}));
    const Allocation a = Allocator(s, basis).allocate(1'000'000);
    const Cents expected{0, 40'000, 100'000, 150'000, 200'000};
    for (size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(a.recipients[i].maximumCents, 200'000);
        EXPECT_EQ(a.recipients[i].paymentCents, expected[i]);
        EXPECT_EQ(a.recipients[i].earnedByMeasureCents, Cents{expected[i]});
    }
    // Not earned: 200,000 x (1 + 0.8 + 0.5 + 0.25 + 0) = 510,000, back to infrastructure.
    EXPECT_EQ(a.unearnedToInfrastructureCents, 510'000);
    EXPECT_EQ(a.accountedCents(), 1'000'000);

    // Redistributed to earners instead: 1,000,000 over 0.2 : 0.5 : 0.75 : 1 (sum 2.45) =
    // 81,632.65, 204,081.63, 306,122.45, 408,163.27; floors leave 2 cents, to the two largest
    // remainders (.65 and .63).
    s.unearned = Scenario::Unearned::ToEarners;
    const Allocation r = Allocator(s, basis).allocate(1'000'000);
    EXPECT_EQ(r.recipients[0].paymentCents, 0);
    EXPECT_EQ(r.recipients[1].paymentCents, 81'633);
    EXPECT_EQ(r.recipients[2].paymentCents, 204'082);
    EXPECT_EQ(r.recipients[3].paymentCents, 306'122);
    EXPECT_EQ(r.recipients[4].paymentCents, 408'163);
    EXPECT_EQ(r.unearnedToInfrastructureCents, 0);
}

TEST(Allocation, WeightedMeasuresAndTheEngagementRule)
{
    // Two measures 60/40; provider 1 is at 50% and 100%: 0.6 x 0.5 + 0.4 x 1 = 0.7 of $1,000.
    // Provider 2 would earn everything but misses the engagement rule: nothing.
    Scenario s = amountScenario(200'000);
    s.infrastructureBasisPoints = 0;
    s.providerBasisPoints = 10000;
    s.basis = Scenario::Basis::Tiers;
    s.maximumBy = Scenario::MaximumBy::Equal;
    s.measures = {{QStringLiteral("A"), 6000}, {QStringLiteral("B"), 4000}};
    ScenarioBasis basis;
    basis.recipients = {recipient(1, 10, true, {0.5, 1.0}), recipient(2, 900, true, {1.0, 1.0})};
    basis.recipients[1].engaged = false;
    const Allocation a = Allocator(s, basis).allocate(200'000);
    EXPECT_EQ(a.recipients[0].maximumCents, 100'000);
    EXPECT_EQ(a.recipients[0].paymentCents, 70'000);
    // By measure: 0.6 x 0.5 : 0.4 x 1 = 3 : 4 of 70,000.
    EXPECT_EQ(a.recipients[0].earnedByMeasureCents, (Cents{30'000, 40'000}));
    EXPECT_FALSE(a.recipients[1].eligible);
    EXPECT_EQ(a.recipients[1].paymentCents, 0);
    EXPECT_EQ(a.unearnedToInfrastructureCents, 130'000);
}

TEST(Allocation, ShieldedIndependentProvidersPayNothingOfALoss)
{
    // A $10,000 loss; $1,000 repaid from prior years' savings; $9,000 left to bear.
    Scenario s = amountScenario(-1'000'000);
    s.priorReserveCents = 100'000;
    s.lossBearer = Scenario::LossBearer::ProRata;
    s.shieldIndependent = true;
    ScenarioBasis basis;
    basis.recipients = {recipient(1, 100, true), recipient(2, 300, true), recipient(3, 200, false)};
    const Allocation a = Allocator(s, basis).allocate(-1'000'000);
    EXPECT_EQ(a.fromPriorReserveCents, -100'000);
    // Employed 100 : 300 of 900,000; the independent provider is shielded.
    EXPECT_EQ(a.recipients[0].paymentCents, -225'000);
    EXPECT_EQ(a.recipients[1].paymentCents, -675'000);
    EXPECT_EQ(a.recipients[2].paymentCents, 0);
    EXPECT_EQ(a.accountedCents(), -1'000'000);

    // Not shielded: 100 : 300 : 200 of 900,000.
    s.shieldIndependent = false;
    const Allocation u = Allocator(s, basis).allocate(-1'000'000);
    EXPECT_EQ(u.recipients[0].paymentCents, -150'000);
    EXPECT_EQ(u.recipients[1].paymentCents, -450'000);
    EXPECT_EQ(u.recipients[2].paymentCents, -300'000);

    // The medical group bears it as a whole, repaying from prior savings first; nobody else pays.
    s.lossBearer = Scenario::LossBearer::EmployedGroup;
    const Allocation g = Allocator(s, basis).allocate(-1'000'000);
    EXPECT_EQ(g.medicalGroupCents, -900'000);
    for (const auto& r : g.recipients)
        EXPECT_EQ(r.paymentCents, 0);

    // A reserve larger than the loss covers all of it.
    s.priorReserveCents = 5'000'000;
    const Allocation covered = Allocator(s, basis).allocate(-1'000'000);
    EXPECT_EQ(covered.fromPriorReserveCents, -1'000'000);
    EXPECT_EQ(covered.medicalGroupCents, 0);

    // Pro rata with only independent providers, all shielded: the ACO absorbs the loss.
    s.priorReserveCents = 0;
    s.lossBearer = Scenario::LossBearer::ProRata;
    s.shieldIndependent = true;
    ScenarioBasis ipa;
    ipa.recipients = {recipient(3, 200, false)};
    const Allocation absorbed = Allocator(s, ipa).allocate(-1'000'000);
    EXPECT_EQ(absorbed.absorbedByAcoCents, -1'000'000);
    EXPECT_EQ(absorbed.recipients[0].paymentCents, 0);
}

TEST(Allocation, NoCentCreatedOrLostAcrossRandomScenarios)
{
    std::mt19937_64 random(7);
    const double tierPayouts[] = {0.0, 0.20, 0.50, 0.75, 1.00};
    for (int trial = 0; trial < 3000; ++trial) {
        Scenario s;
        s.source = Scenario::Source::Amount;
        s.year = 2026; // where tier schemes would come from
        const int parts[3] = {int(random() % 3000), int(random() % 3000), int(random() % 2000)};
        s.infrastructureBasisPoints = parts[0];
        s.careRedesignBasisPoints = parts[1];
        s.reserveBasisPoints = parts[2];
        s.providerBasisPoints = 10000 - parts[0] - parts[1] - parts[2];
        s.basis = Scenario::Basis(random() % 3);
        s.maximumBy = Scenario::MaximumBy(random() % 2);
        s.unearned = Scenario::Unearned(random() % 2);
        s.lossBearer = Scenario::LossBearer(random() % 2);
        s.shieldIndependent = random() % 2 == 0;
        s.priorReserveCents = static_cast<std::int64_t>(random() % 50'000'000);
        const size_t measures = 1 + random() % 4;
        int left = 10000;
        for (size_t m = 0; m < measures; ++m) {
            const int w =
                m + 1 == measures ? left : int(random() % static_cast<unsigned>(left + 1));
            s.measures.push_back({QStringLiteral("M%1").arg(m), w});
            left -= w;
        }
        ASSERT_NO_THROW(s.validate());
        ScenarioBasis basis;
        const size_t n = random() % 30;
        for (size_t i = 0; i < n; ++i) {
            std::vector<double> payouts;
            for (size_t m = 0; m < measures; ++m)
                payouts.push_back(tierPayouts[random() % 5]);
            basis.recipients.push_back(recipient(std::int64_t(i + 1), std::int64_t(random() % 500),
                                                 random() % 3 != 0, payouts));
            basis.recipients.back().engaged = random() % 5 != 0;
        }
        const auto pool = static_cast<std::int64_t>(random() % 2'000'000'000ULL) - 1'000'000'000LL;
        const Allocator allocator(s, basis);
        const Allocation a = allocator.allocate(pool);
        ASSERT_EQ(a.accountedCents(), pool) << "trial " << trial;
        Cents fast(n);
        allocator.payments(pool, fast);
        for (size_t i = 0; i < n; ++i) {
            const RecipientAllocation& r = a.recipients[i];
            ASSERT_EQ(fast[i], r.paymentCents);
            if (pool >= 0) {
                ASSERT_GE(r.paymentCents, 0);
                if (s.unearned == Scenario::Unearned::ToInfrastructure) {
                    ASSERT_LE(r.paymentCents, r.maximumCents + 1); // two roundings of one quota
                }
                if (!r.earnedByMeasureCents.empty()) {
                    ASSERT_EQ(sum(r.earnedByMeasureCents), r.paymentCents);
                }
            } else {
                ASSERT_LE(r.paymentCents, 0);
                if (s.shieldIndependent && basis.recipients[i].employedBeneficiaries == 0) {
                    ASSERT_EQ(r.paymentCents, 0);
                }
            }
        }
    }
}
