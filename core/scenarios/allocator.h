#pragma once

#include "measures/tierscheme.h"
#include "scenarios/scenario.h"
#include "scenarios/scenariobasis.h"

#include <QString>

#include <cstdint>
#include <span>
#include <vector>

namespace aco {

// One recipient's part of an allocation. For savings, the maximum is its share of the provider
// pool had it reached every measure's top tier; the earned amounts are by measure; the payment
// adds any redistributed money. For a loss, only the payment is set (negative: what it owes).
struct RecipientAllocation
{
    std::int64_t id = 0;
    QString name;
    bool eligible = true; // false: fails the engagement rule, earns nothing
    std::int64_t maximumCents = 0;
    std::vector<Tier> tiers;
    std::vector<std::int64_t> earnedByMeasureCents; // per Scenario::measures (Tiers only)
    std::int64_t paymentCents = 0;
};

// Where every cent of a pool went. Every amount has the pool's sign, and they add up to the pool
// exactly (accountedCents() == poolCents).
struct Allocation
{
    std::int64_t poolCents = 0;
    // Savings
    std::int64_t infrastructureCents = 0;
    std::int64_t careRedesignCents = 0;
    std::int64_t reserveCents = 0;
    std::int64_t providerPoolCents = 0;
    std::int64_t unearnedToInfrastructureCents = 0; // not earned, returned to infrastructure
    // Losses
    std::int64_t fromPriorReserveCents = 0; // repaid from savings of prior years
    std::int64_t medicalGroupCents = 0;     // borne by the employed medical group as a whole
    std::int64_t absorbedByAcoCents = 0;    // no one left to bear it
    std::vector<RecipientAllocation> recipients;

    std::int64_t accountedCents() const;
    // The recipients paid something (or bearing part of a loss): what "paid to N of M
    // recipients" counts everywhere.
    int paidCount() const;
};

// Applies a scenario to a pool of any size and sign. What does not depend on the pool (each
// recipient's weight for its maximum, its earned share and its share of a loss) is computed once
// in the constructor, so that a Monte Carlo run can allocate thousands of pools cheaply. Keeps a
// reference to the basis, which must outlive it.
class Allocator
{
  public:
    Allocator(const Scenario& scenario, const ScenarioBasis& basis);

    Allocation allocate(std::int64_t poolCents) const;
    // The recipients' payments only (in basis order), for Monte Carlo trials.
    void payments(std::int64_t poolCents, std::span<std::int64_t> out) const;
    // What recipient `index` would be paid from a pool of savings had it reached `payouts` (per
    // Scenario::measures) instead of its own, every other recipient unchanged: its exact share in
    // cents before rounding (0 for a loss or a recipient not engaged). The difference of two such
    // quotas is what a better tier is worth.
    double quotaWith(size_t index, std::span<const double> payouts, std::int64_t poolCents) const;

  private:
    struct Split
    {
        std::int64_t infrastructure = 0, careRedesign = 0, providers = 0, reserve = 0;
    };
    Split split(std::int64_t poolCents) const;
    // The share of its maximum a recipient earns with these payouts: by tier, all or nothing
    // otherwise.
    double earnedShare(const ScenarioRecipient& recipient, std::span<const double> payouts) const;
    // Payments from the provider pool; the rest is the unearned money (>= 0).
    std::int64_t pay(std::int64_t providerPool, std::span<std::int64_t> out) const;
    // Shares of a loss (after the prior reserve) as recipients' payments; returns the part
    // borne by the medical group and the part absorbed by the ACO.
    std::pair<std::int64_t, std::int64_t> bearLoss(std::int64_t loss,
                                                   std::span<std::int64_t> out) const;

    Scenario m_scenario;
    const ScenarioBasis& m_basis;
    std::vector<double> m_maximumWeights; // per recipient
    std::vector<double> m_earnedWeights;  // per recipient, then the unearned remainder
    std::vector<double> m_redistribution; // per recipient: earners only
    std::vector<double> m_lossWeights;    // per recipient
    double m_totalShares = 0.0;           // of m_maximumWeights
    double m_totalRedistribution = 0.0;
    bool m_anyEarner = false;
    bool m_anyLossBearer = false;
};

} // namespace aco
