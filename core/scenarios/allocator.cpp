#include "scenarios/allocator.h"

#include "scenarios/largestremainder.h"

#include <algorithm>
#include <numeric>

namespace aco {

std::int64_t Allocation::accountedCents() const
{
    std::int64_t sum = infrastructureCents + careRedesignCents + reserveCents +
                       unearnedToInfrastructureCents + fromPriorReserveCents + medicalGroupCents +
                       absorbedByAcoCents;
    for (const auto& r : recipients)
        sum += r.paymentCents;
    return sum;
}

int Allocation::paidCount() const
{
    return static_cast<int>(std::count_if(recipients.begin(), recipients.end(),
                                          [](const auto& r) { return r.paymentCents != 0; }));
}

Allocator::Allocator(const Scenario& scenario, const ScenarioBasis& basis)
    : m_scenario(scenario), m_basis(basis)
{
    const bool byBeneficiaries = scenario.basis == Scenario::Basis::Beneficiaries ||
                                 (scenario.basis == Scenario::Basis::Tiers &&
                                  scenario.maximumBy == Scenario::MaximumBy::Beneficiaries);
    double unearned = 0.0;
    for (const ScenarioRecipient& r : basis.recipients) {
        const double share = byBeneficiaries ? static_cast<double>(r.beneficiaries) : 1.0;
        const double earned = earnedShare(r, r.payouts);
        m_maximumWeights.push_back(share);
        m_earnedWeights.push_back(share * earned);
        m_redistribution.push_back(share * earned);
        unearned += share * (1.0 - earned);
        m_totalShares += share;
        m_totalRedistribution += share * earned;
        m_anyEarner = m_anyEarner || share * earned > 0.0;

        double bears = 0.0;
        if (scenario.lossBearer == Scenario::LossBearer::ProRata)
            bears = static_cast<double>(scenario.shieldIndependent ? r.employedBeneficiaries
                                                                   : r.beneficiaries);
        m_lossWeights.push_back(bears);
        m_anyLossBearer = m_anyLossBearer || bears > 0.0;
    }
    // The unearned remainder is one more "recipient" of the provider pool, so that rounding
    // treats it like any other share. With no one to pay at all, the whole pool is unearned.
    const bool anyShare = std::any_of(m_maximumWeights.begin(), m_maximumWeights.end(),
                                      [](double w) { return w > 0.0; });
    m_earnedWeights.push_back(anyShare ? std::max(0.0, unearned) : 1.0);
}

double Allocator::earnedShare(const ScenarioRecipient& recipient,
                              std::span<const double> payouts) const
{
    if (!recipient.engaged)
        return 0.0;
    if (m_scenario.basis != Scenario::Basis::Tiers)
        return 1.0;
    double earned = 0.0;
    for (size_t m = 0; m < m_scenario.measures.size() && m < payouts.size(); ++m)
        earned += m_scenario.measures[m].weightBasisPoints / 10000.0 * payouts[m];
    return earned;
}

double Allocator::quotaWith(size_t index, std::span<const double> payouts,
                            std::int64_t poolCents) const
{
    if (poolCents <= 0 || m_totalShares <= 0.0)
        return 0.0;
    const ScenarioRecipient& r = m_basis.recipients.at(index);
    const double share = m_maximumWeights[index];
    const double earned = share * earnedShare(r, payouts);
    const auto providers = static_cast<double>(split(poolCents).providers);
    if (m_scenario.unearned == Scenario::Unearned::ToEarners && m_anyEarner) {
        // The whole provider pool goes to the earners: more earned by one is less for the others.
        const double total = m_totalRedistribution - m_redistribution[index] + earned;
        return total > 0.0 ? providers * earned / total : 0.0;
    }
    // Earned and unearned shares together always make up every recipient's maximum.
    return providers * earned / m_totalShares;
}

Allocator::Split Allocator::split(std::int64_t poolCents) const
{
    const double weights[] = {
        double(m_scenario.infrastructureBasisPoints), double(m_scenario.careRedesignBasisPoints),
        double(m_scenario.providerBasisPoints), double(m_scenario.reserveBasisPoints)};
    const auto parts = distributeCents(poolCents, weights);
    return {parts[0], parts[1], parts[2], parts[3]};
}

std::int64_t Allocator::pay(std::int64_t providerPool, std::span<std::int64_t> out) const
{
    if (m_scenario.unearned == Scenario::Unearned::ToEarners && m_anyEarner) {
        const auto shares = distributeCents(providerPool, m_redistribution);
        std::copy(shares.begin(), shares.end(), out.begin());
        return 0;
    }
    const auto shares = distributeCents(providerPool, m_earnedWeights);
    std::copy(shares.begin(), shares.end() - 1, out.begin());
    return shares.back();
}

std::pair<std::int64_t, std::int64_t> Allocator::bearLoss(std::int64_t loss,
                                                          std::span<std::int64_t> out) const
{
    std::fill(out.begin(), out.end(), 0);
    if (m_scenario.lossBearer == Scenario::LossBearer::EmployedGroup)
        return {loss, 0};
    if (!m_anyLossBearer)
        return {0, loss};
    const auto shares = distributeCents(loss, m_lossWeights);
    std::copy(shares.begin(), shares.end(), out.begin());
    return {0, 0};
}

void Allocator::payments(std::int64_t poolCents, std::span<std::int64_t> out) const
{
    if (poolCents >= 0) {
        pay(split(poolCents).providers, out);
        return;
    }
    const std::int64_t fromReserve = std::min(m_scenario.priorReserveCents, -poolCents);
    bearLoss(poolCents + fromReserve, out);
}

Allocation Allocator::allocate(std::int64_t poolCents) const
{
    Allocation a;
    a.poolCents = poolCents;
    const size_t n = m_basis.recipients.size();
    std::vector<std::int64_t> paid(n, 0);
    if (poolCents >= 0) {
        const Split s = split(poolCents);
        a.infrastructureCents = s.infrastructure;
        a.careRedesignCents = s.careRedesign;
        a.reserveCents = s.reserve;
        a.providerPoolCents = s.providers;
        a.unearnedToInfrastructureCents = pay(s.providers, paid);
    } else {
        // A loss is owed to CMS as a whole: first repaid from prior years' savings, then borne.
        a.fromPriorReserveCents = -std::min(m_scenario.priorReserveCents, -poolCents);
        std::tie(a.medicalGroupCents, a.absorbedByAcoCents) =
            bearLoss(poolCents - a.fromPriorReserveCents, paid);
    }

    const bool anyShare = std::any_of(m_maximumWeights.begin(), m_maximumWeights.end(),
                                      [](double w) { return w > 0.0; });
    const auto maximum = (poolCents > 0 && anyShare)
                             ? distributeCents(a.providerPoolCents, m_maximumWeights)
                             : std::vector<std::int64_t>(n, 0);
    const bool tiers = m_scenario.basis == Scenario::Basis::Tiers;
    for (size_t i = 0; i < n; ++i) {
        const ScenarioRecipient& r = m_basis.recipients[i];
        RecipientAllocation out;
        out.id = r.id;
        out.name = r.name;
        out.eligible = r.engaged;
        out.maximumCents = maximum[i];
        out.tiers = r.tiers;
        out.paymentCents = paid[i];
        if (tiers && poolCents > 0) {
            // The payment's parts by measure, in proportion to what each measure earned.
            std::vector<double> weights;
            for (size_t m = 0; m < m_scenario.measures.size(); ++m)
                weights.push_back(m_scenario.measures[m].weightBasisPoints *
                                  (m < r.payouts.size() ? r.payouts[m] : 0.0));
            const bool any =
                std::any_of(weights.begin(), weights.end(), [](double w) { return w > 0.0; });
            out.earnedByMeasureCents = any ? distributeCents(out.paymentCents, weights)
                                           : std::vector<std::int64_t>(weights.size(), 0);
        }
        a.recipients.push_back(std::move(out));
    }
    return a;
}

} // namespace aco
