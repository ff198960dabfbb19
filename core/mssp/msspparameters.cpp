#include "msspparameters.h"

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

using Rate = MsspLossRateRule;
using Limit = MsspLossLimitRule;

constexpr std::array<double, 3> noYears{0, 0, 0};

// Each track's terms. Sources: 42 CFR 425.604 (Track 1), 425.606 (Track 2), 425.610 (Track 3,
// ENHANCED), 2015 edition; 425.605 (BASIC) as amended December 2020; the Track 1+ Model
// participation agreement.
const std::vector<MsspTrackRules>& cmsTrackRules()
{
    static const std::vector<MsspTrackRules> rules{
        // track, first, last, two-sided, max sharing, payment limit,
        // loss rate rule, floor, ceiling, loss limit rule, of benchmark, by agreement year,
        // of revenue, source
        {MsspTrack::Track1, 2012, 2021, false, 0.50, 0.10, Rate::None, 0, 0, Limit::None, 0,
         noYears, 0, "42 CFR 425.604"},
        // The 30% loss rate is fitted (all Track 1+ rows with losses in the PUF). The limit is
        // 8% of participant revenue, at most 4% of the benchmark, or 4% of the benchmark when
        // revenue is unknown (the model's agreement; not checkable against the PUF).
        {MsspTrack::Track1Plus, 2018, 2021, true, 0.50, 0.10, Rate::Fixed, 0.30, 0.30,
         Limit::Revenue, 0.04, noYears, 0.08, "Track 1+ Model participation agreement"},
        {MsspTrack::Track2, 2012, 2021, true, 0.60, 0.15, Rate::ComplementOfSharing, 0.0, 0.60,
         Limit::AgreementYear, 0, {0.05, 0.075, 0.10}, 0, "42 CFR 425.606"},
        {MsspTrack::Track3, 2016, 2021, true, 0.75, 0.20, Rate::ComplementOfSharing, 0.40, 0.75,
         Limit::Benchmark, 0.15, noYears, 0, "42 CFR 425.610"},
        {MsspTrack::BasicA, 2019, 0, false, 0.40, 0.10, Rate::None, 0, 0, Limit::None, 0,
         noYears, 0, "42 CFR 425.605"},
        {MsspTrack::BasicB, 2019, 0, false, 0.40, 0.10, Rate::None, 0, 0, Limit::None, 0,
         noYears, 0, "42 CFR 425.605"},
        {MsspTrack::BasicC, 2019, 0, true, 0.50, 0.10, Rate::Fixed, 0.30, 0.30, Limit::Revenue,
         0.01, noYears, 0.02, "42 CFR 425.605"},
        {MsspTrack::BasicD, 2019, 0, true, 0.50, 0.10, Rate::Fixed, 0.30, 0.30, Limit::Revenue,
         0.02, noYears, 0.04, "42 CFR 425.605"},
        // Level E's limit follows the Quality Payment Program's nominal risk standard (42 CFR
        // 414.1415), set yearly: 8% of revenue, at most 4% of the benchmark, in PY2019-2024.
        {MsspTrack::BasicE, 2019, 0, true, 0.50, 0.10, Rate::Fixed, 0.30, 0.30, Limit::Revenue,
         0.04, noYears, 0.08, "42 CFR 425.605, 414.1415"},
        {MsspTrack::Enhanced, 2019, 0, true, 0.75, 0.20, Rate::ComplementOfSharing, 0.40, 0.75,
         Limit::Benchmark, 0.15, noYears, 0, "42 CFR 425.610"},
    };
    return rules;
}

const std::vector<MsspYearRules>& cmsYearRules()
{
    static const std::vector<MsspYearRules> rules{
        // first year, quality rule, alternative standard, low-revenue half rate,
        // sequestration, all losses forgiven
        {2012, MsspQualityRule::ScaledByScore, false, false, 0.02, false}, // 42 CFR 425.502
        {2021, MsspQualityRule::Standard, false, false, 0.02, true},       // 42 CFR 425.512
        {2023, MsspQualityRule::Standard, true, false, 0.02, false},
        {2024, MsspQualityRule::Standard, true, true, 0.02, false}, // 42 CFR 425.605(h)
    };
    return rules;
}

} // namespace

const MsspParameters& MsspParameters::cms()
{
    static const MsspParameters parameters = [] {
        MsspParameters p;
        p.m_trackRules = cmsTrackRules();
        p.m_yearRules = cmsYearRules();
        // 42 CFR 425.604(b); reproduces all 1,189 one-sided PUF rows with 5,000 or more.
        p.m_msrBands = {
            {5000, 5999, 0.039, 0.036},   {6000, 6999, 0.036, 0.034},
            {7000, 7999, 0.034, 0.032},   {8000, 8999, 0.032, 0.031},
            {9000, 9999, 0.031, 0.030},   {10000, 14999, 0.030, 0.027},
            {15000, 19999, 0.027, 0.025}, {20000, 49999, 0.025, 0.022},
            {50000, 59999, 0.022, 0.020},
        };
        p.m_largestSizeMsr = 0.020; // 60,000 and more
        p.m_electableRates = {0.0, 0.005, 0.010, 0.015, 0.020};
        p.m_firstYear = 2012;
        p.m_lastKnownYear = 2024;
        p.m_track2FixedLastStartYear = 2015;
        p.m_track2FixedRate = 0.02;
        p.m_lowRevenueMinBeneficiaries = 5000;
        p.m_lowRevenueFirstAgreementYear = 2024;
        p.m_lowRevenueRateFactor = 0.5;
        p.m_rateTolerance = 1e-12;
        return p;
    }();
    return parameters;
}

std::optional<MsspRules> MsspParameters::rules(MsspTrack track, int year, QString* whyNot) const
{
    const auto fail = [&](const QString& reason) -> std::optional<MsspRules> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    if (year < m_firstYear)
        return fail(QStringLiteral("the Shared Savings Program began in %1, not %2")
                        .arg(m_firstYear)
                        .arg(year));
    const auto trackRules = std::find_if(m_trackRules.begin(), m_trackRules.end(),
                                         [&](const MsspTrackRules& r) { return r.track == track; });
    if (trackRules == m_trackRules.end())
        return fail(QStringLiteral("%1 has no known terms").arg(msspTrackName(track)));
    if (year < trackRules->firstYear || (trackRules->lastYear != 0 && year > trackRules->lastYear)) {
        const QString last = trackRules->lastYear != 0 ? QString::number(trackRules->lastYear)
                                                       : QStringLiteral("today");
        return fail(QStringLiteral("%1 ran in PY%2-%3, not in PY%4")
                        .arg(msspTrackName(track))
                        .arg(trackRules->firstYear)
                        .arg(last)
                        .arg(year));
    }
    MsspRules result;
    result.track = *trackRules;
    result.performanceYear = year;
    result.rulesYear = std::min(year, m_lastKnownYear);
    result.year = m_yearRules.front();
    for (const MsspYearRules& yearRules : m_yearRules) {
        if (yearRules.firstYear <= result.rulesYear)
            result.year = yearRules;
    }
    return result;
}

std::optional<double> MsspParameters::sizeBasedMsr(std::int64_t beneficiaries) const
{
    if (beneficiaries < m_msrBands.front().low)
        return std::nullopt;
    for (const MsspMsrBand& band : m_msrBands) {
        if (beneficiaries >= band.low && beneficiaries <= band.high) {
            const double position = static_cast<double>(beneficiaries - band.low) /
                                    static_cast<double>(band.high - band.low);
            return band.rateAtLow + (band.rateAtHigh - band.rateAtLow) * position;
        }
    }
    return m_largestSizeMsr;
}

bool MsspParameters::isElectableRate(double rate) const
{
    return std::any_of(m_electableRates.begin(), m_electableRates.end(),
                       [&](double electable) { return std::abs(rate - electable) < 1e-9; });
}

} // namespace aco
