#pragma once

#include "measures/measureengine.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

// One measure's part of the provider payments under tiers, in basis points (10,000 = 100%).
struct ScenarioMeasure
{
    QString code;
    int weightBasisPoints = 0;
};

// A measure a recipient must reach to earn anything at all (e.g. ENG >= 75): the toolkit's
// engagement metrics, such as attendance at meetings. Reached in the measure's better direction.
struct EngagementRule
{
    QString code;
    double minimum = 0.0; // in the measure's display units
};

// A board's plan for sharing savings (and losses) with its providers, as the provider engagement
// toolkit describes: where the money comes from, how the pool is split, who is eligible, how
// performance decides each payment, and who bears a loss. Plain data; validate() checks what
// can be checked without the file (measure codes are checked when the basis is loaded).
struct Scenario
{
    enum class Source
    {
        Mssp,
        Amount
    };
    enum class Basis
    {
        Tiers,
        Beneficiaries,
        Equal
    };
    enum class MaximumBy
    {
        Beneficiaries,
        Equal
    }; // each recipient's share of a measure's maximum
    enum class Unearned
    {
        ToInfrastructure,
        ToEarners
    };
    enum class LossBearer
    {
        EmployedGroup,
        ProRata
    };

    QString name;

    // Where the savings come from: the MSSP reconciliation of a performance year with the
    // expenditures changed by a fraction (-0.02 = 2% less spent) and perhaps another quality
    // score, or an amount typed in (negative for a loss).
    Source source = Source::Mssp;
    int year = 0;
    double expenditureChange = 0.0;
    std::optional<double> qualityScore;
    std::int64_t amountCents = 0;

    // The split of the pool, in basis points totalling exactly 10,000.
    int infrastructureBasisPoints = 2000;
    int careRedesignBasisPoints = 0;
    int providerBasisPoints = 8000;
    int reserveBasisPoints = 0;

    // Eligibility.
    Level level = Level::Provider; // Provider, Practice or Department
    bool primaryCare = true;
    bool specialists = true;
    bool employed = true;
    bool independent = true;
    int minimumBeneficiaries = 0;
    std::optional<EngagementRule> engagement;

    // How performance decides each payment.
    Basis basis = Basis::Tiers;
    MaximumBy maximumBy = MaximumBy::Beneficiaries;
    std::vector<ScenarioMeasure> measures; // Tiers only; weights total 10,000
    Unearned unearned = Unearned::ToInfrastructure;

    // Losses: first repaid from the reserve of prior years, then borne as chosen.
    LossBearer lossBearer = LossBearer::EmployedGroup;
    bool shieldIndependent = true;
    std::int64_t priorReserveCents = 0;

    // Uncertainty for the Monte Carlo: the coefficient of variation of the year's expenditures
    // (of the amount, for a typed-in amount; nullopt: from the year's monthly history, which a
    // typed-in amount has not) and the standard deviation of the quality score (0-1 scale).
    std::optional<double> expenditureCv;
    double qualitySd = 0.0;

    // Throws aco::Error (InvalidData) naming the first field that is wrong.
    void validate() const;
};

// Fraction to basis points; throws aco::Error naming `field` unless it is a whole basis point.
int basisPointsFromFraction(double fraction, const QString& field);

} // namespace aco
