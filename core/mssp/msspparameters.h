#pragma once

#include "mssp/msspinput.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

// How the shared loss rate is set (42 CFR 425.606(f), 425.610(f), 425.605(d)).
enum class MsspLossRateRule {
    None,                // one-sided: losses are not shared
    Fixed,               // lossRateCeiling is the rate (30% in BASIC C-E and Track 1+)
    ComplementOfSharing, // 1 - max sharing rate x quality score, within [floor, ceiling]
};

// How the loss sharing limit is set.
enum class MsspLossLimitRule {
    None,
    Benchmark,      // benchmarkLossLimit x benchmark
    AgreementYear,  // Track 2: agreementYearLossLimits[year - 1] x benchmark, year 3 on the last
    Revenue,        // revenueLossLimit x participant revenue, at most benchmarkLossLimit x benchmark
};

// How quality decides the final sharing rate.
enum class MsspQualityRule {
    ScaledByScore, // before PY2021: max rate x quality score, zero if the standard is missed
    Standard,      // PY2021 on: the full max rate if the quality performance standard is met
};

// One track's financial terms for a range of performance years.
struct MsspTrackRules
{
    MsspTrack track;
    int firstYear;
    int lastYear; // the last year the track ran; 0 while it is still offered
    bool twoSided;
    double maxSharingRate;
    double paymentLimit; // performance payment limit, share of the benchmark
    MsspLossRateRule lossRateRule;
    double lossRateFloor;
    double lossRateCeiling;
    MsspLossLimitRule lossLimitRule;
    double benchmarkLossLimit;
    std::array<double, 3> agreementYearLossLimits;
    double revenueLossLimit;
    const char* source; // where the terms are written
};

// What changes with the performance year for every track.
struct MsspYearRules
{
    int firstYear; // applies from this year until the next entry's first year
    MsspQualityRule qualityRule;
    bool alternativeQualityStandard; // PY2023 on: sharing rate = max rate x quality score
    bool lowRevenueHalfRate;         // PY2024 on: 42 CFR 425.605(h)
    // The 2% payment sequestration (fitted: in 1,441 uncapped PUF rows, earned / (generated x
    // sharing rate) lies in 0.97987-0.98013). It reduces savings before the payment limit.
    double sequestration;
    // CMS treated every ACO as affected by the COVID-19 emergency all year and forgave all
    // shared losses; the calculation says so when a smaller disaster fraction is given.
    bool allLossesForgiven;
};

// One band of the minimum savings rate table: linear from rateAtLow at `low` assigned
// beneficiaries to rateAtHigh at `high` (42 CFR 425.604(b)).
struct MsspMsrBand
{
    std::int64_t low;
    std::int64_t high;
    double rateAtLow;
    double rateAtHigh;
};

// The rules that apply to one track in one performance year.
struct MsspRules
{
    MsspTrackRules track;
    MsspYearRules year;
    int performanceYear = 0;
    int rulesYear = 0; // the year whose rules were used; differs when they were carried forward
    bool carriedForward() const { return rulesYear != performanceYear; }
};

// The Shared Savings Program's parameters as data: every track's terms by performance year, the
// quality rules by year, the MSR size table and the elections, with the rule text each comes
// from. cms() holds the values of the methodology note (shared/reference/mssp-methodology.md,
// beside the repository); rules marked "fitted" reproduce CMS's published results but were
// not found in rule text.
class MsspParameters
{
public:
    static const MsspParameters& cms();

    // The terms of `track` in `year`, or nullopt (and why) when the track did not run that year.
    // Years after lastKnownYear() use that year's rules; the result says so.
    std::optional<MsspRules> rules(MsspTrack track, int year, QString* whyNot = nullptr) const;

    int firstYear() const { return m_firstYear; }
    int lastKnownYear() const { return m_lastKnownYear; }

    // The size-based MSR for `beneficiaries`, interpolated within its band; nullopt below the
    // table's smallest size (5,000), where CMS's MSR must be supplied.
    std::optional<double> sizeBasedMsr(std::int64_t beneficiaries) const;
    std::int64_t smallestTableSize() const { return m_msrBands.front().low; }
    const std::vector<MsspMsrBand>& msrBands() const { return m_msrBands; }
    double largestSizeMsr() const { return m_largestSizeMsr; }

    // The symmetric MSR/MLR a two-sided ACO may elect instead of the size-based one.
    const std::vector<double>& electableRates() const { return m_electableRates; }
    bool isElectableRate(double rate) const;
    // Track 2 agreements that began by this year have an MSR and MLR fixed at track2FixedRate().
    int track2FixedLastStartYear() const { return m_track2FixedLastStartYear; }
    double track2FixedRate() const { return m_track2FixedRate; }

    // 42 CFR 425.605(h): low-revenue BASIC ACOs of at least this size, in an agreement that began
    // in or after lowRevenueFirstAgreementYear(), share at this fraction of the rate when their
    // savings are positive but below the MSR.
    std::int64_t lowRevenueMinBeneficiaries() const { return m_lowRevenueMinBeneficiaries; }
    int lowRevenueFirstAgreementYear() const { return m_lowRevenueFirstAgreementYear; }
    double lowRevenueRateFactor() const { return m_lowRevenueRateFactor; }

    // Rates are compared to the MSR and MLR unrounded (CMS does; one PY2021 ACO printed 2.00%
    // against a 2.00% MSR and got nothing at 1.9955%). This tolerance only absorbs binary
    // floating point, so that a rate exactly at the MSR in decimal still qualifies.
    double rateTolerance() const { return m_rateTolerance; }

    const std::vector<MsspTrackRules>& trackRules() const { return m_trackRules; }
    const std::vector<MsspYearRules>& yearRules() const { return m_yearRules; }

private:
    MsspParameters() = default;

    std::vector<MsspTrackRules> m_trackRules;
    std::vector<MsspYearRules> m_yearRules;
    std::vector<MsspMsrBand> m_msrBands;
    double m_largestSizeMsr = 0;
    std::vector<double> m_electableRates;
    int m_firstYear = 0;
    int m_lastKnownYear = 0;
    int m_track2FixedLastStartYear = 0;
    double m_track2FixedRate = 0;
    std::int64_t m_lowRevenueMinBeneficiaries = 0;
    int m_lowRevenueFirstAgreementYear = 0;
    double m_lowRevenueRateFactor = 0;
    double m_rateTolerance = 0;
};

} // namespace aco
