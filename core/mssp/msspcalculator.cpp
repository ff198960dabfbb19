#include "msspcalculator.h"

#include "error.h"
#include "mssp/msspformat.h"

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

using Problems = std::vector<MsspInputProblem>;

void add(Problems& problems, const char* column, const QString& reason)
{
    problems.push_back({QString::fromLatin1(column), reason});
}

void checkFraction(Problems& problems, const char* column, std::optional<double> value,
                   bool allowOne)
{
    if (!value)
        return;
    if (!std::isfinite(*value) || *value < 0 || *value > 1 || (!allowOne && *value == 1))
        add(problems, column,
            QStringLiteral("%1 is not a fraction %2 (write 0.02 for 2%)")
                .arg(*value)
                .arg(allowOne ? QStringLiteral("from 0 to 1") : QStringLiteral("from 0 to under 1")));
}

// The input's own ranges, before any rule is looked at.
void checkRanges(const MsspInput& input, Problems& problems)
{
    if (input.assignedBeneficiaries < 0)
        add(problems, "assigned_beneficiaries",
            QStringLiteral("%1 is negative").arg(input.assignedBeneficiaries));
    else if (input.assignedBeneficiaries == 0)
        add(problems, "assigned_beneficiaries", QStringLiteral("must be at least 1"));
    if (!std::isfinite(input.benchmarkTotal) || input.benchmarkTotal <= 0)
        add(problems, "benchmark_total",
            QStringLiteral("%1 is not a positive amount").arg(input.benchmarkTotal));
    if (!std::isfinite(input.expenditureTotal) || input.expenditureTotal < 0)
        add(problems, "expenditure_total",
            QStringLiteral("%1 is negative").arg(input.expenditureTotal));
    checkFraction(problems, "msr", input.msr, false);
    checkFraction(problems, "mlr", input.mlr, false);
    checkFraction(problems, "quality_score", input.qualityScore, true);
    checkFraction(problems, "disaster_fraction", input.disasterFraction, true);
    if (input.participantRevenue &&
        (!std::isfinite(*input.participantRevenue) || *input.participantRevenue < 0))
        add(problems, "participant_revenue",
            QStringLiteral("%1 is negative").arg(*input.participantRevenue));
    if (input.agreementStartYear && *input.agreementStartYear > input.performanceYear)
        add(problems, "agreement_start_year",
            QStringLiteral("%1 is after the performance year %2")
                .arg(*input.agreementStartYear)
                .arg(input.performanceYear));
    if (input.agreementYear && *input.agreementYear < 1)
        add(problems, "agreement_year",
            QStringLiteral("%1 is not an agreement year (1 or more)").arg(*input.agreementYear));
}

} // namespace

MsspCalculator::MsspCalculator(const MsspParameters& parameters) : m_parameters(parameters) {}

std::vector<MsspInputProblem> MsspCalculator::validate(const MsspInput& input) const
{
    Problems problems;
    run(input, problems);
    return problems;
}

MsspResult MsspCalculator::calculate(const MsspInput& input) const
{
    Problems problems;
    MsspResult result = run(input, problems);
    if (!problems.empty())
        throw Error("column " + problems.front().column.toStdString() + ": " +
                        problems.front().reason.toStdString() + '.',
                    Error::Kind::InvalidData);
    return result;
}

MsspResult MsspCalculator::run(const MsspInput& input, Problems& problems) const
{
    MsspResult result;
    checkRanges(input, problems);
    QString whyNot;
    const std::optional<MsspRules> rules = m_parameters.rules(input.track, input.performanceYear,
                                                              &whyNot);
    if (!rules)
        add(problems,
            input.performanceYear < m_parameters.firstYear() ? "performance_year" : "track",
            whyNot);
    if (!problems.empty())
        return result;

    result.rules = *rules;
    if (rules->carriedForward())
        result.notes << QStringLiteral("PY%1 is after PY%2, the last year whose rules are known; "
                                       "PY%2's rules were used.")
                            .arg(rules->performanceYear)
                            .arg(rules->rulesYear);
    result.grossSavings = input.benchmarkTotal - input.expenditureTotal;
    result.savingsRate = result.grossSavings / input.benchmarkTotal;
    result.maxSharingRate = rules->track.maxSharingRate;
    result.sequestration = rules->year.sequestration;
    result.paymentLimit = rules->track.paymentLimit * input.benchmarkTotal;

    chooseRates(input, result, problems);
    shareSavings(input, result, problems);
    if (rules->track.twoSided) {
        shareLosses(input, result, problems);
    } else if (result.grossSavings < 0) {
        result.notes << QStringLiteral("%1 is one-sided: losses are not shared.")
                            .arg(msspTrackName(input.track));
    }

    double amount = 0;
    if (result.metMsr || result.halfRate)
        amount = std::min(result.savingsAfterSequestration, result.paymentLimit);
    else if (result.metMlr)
        amount = result.lossesAfterLimit + result.disasterReduction;
    // The only rounding: to whole cents, at the end.
    result.earnedCents = std::llround(amount * 100.0);
    return result;
}

void MsspCalculator::chooseRates(const MsspInput& input, MsspResult& result,
                                 Problems& problems) const
{
    const MsspRules& rules = result.rules;
    const std::optional<double> table = m_parameters.sizeBasedMsr(input.assignedBeneficiaries);
    const QString smallest = MsspFormat::count(m_parameters.smallestTableSize());

    const bool track2 = input.track == MsspTrack::Track2;
    if (track2 && !input.msr && !input.agreementStartYear)
        add(problems, "agreement_start_year",
            QStringLiteral("Track 2 agreements that began by %1 have a fixed %2 MSR; give the "
                           "agreement's start year or the msr")
                .arg(m_parameters.track2FixedLastStartYear())
                .arg(MsspFormat::percent(m_parameters.track2FixedRate())));
    if (track2 && input.agreementStartYear &&
        *input.agreementStartYear <= m_parameters.track2FixedLastStartYear()) {
        result.msr = m_parameters.track2FixedRate();
        result.msrSource = MsspRateSource::Fixed;
        result.mlr = result.msr;
        result.mlrSource = MsspRateSource::Fixed;
        if ((input.msr && std::abs(*input.msr - result.msr) > 1e-12) ||
            (input.mlr && std::abs(*input.mlr - result.msr) > 1e-12))
            result.notes << QStringLiteral("Track 2 agreements that began by %1 have an MSR and "
                                           "MLR fixed at %2; the rates given were not used.")
                                .arg(m_parameters.track2FixedLastStartYear())
                                .arg(MsspFormat::percent(result.msr));
        return;
    }

    if (!input.msr) {
        if (!table) {
            add(problems, "msr",
                QStringLiteral("below %1 assigned beneficiaries the size table does not apply; "
                               "give the MSR CMS set (it is in the financial reconciliation "
                               "report)")
                    .arg(smallest));
            return;
        }
        result.msr = *table;
        result.msrSource = MsspRateSource::SizeTable;
    } else {
        result.msr = *input.msr;
        const bool elected = rules.track.twoSided && m_parameters.isElectableRate(*input.msr);
        result.msrSource = elected ? MsspRateSource::Elected : MsspRateSource::Supplied;
        if (!elected && !table)
            result.notes << QStringLiteral("Below %1 assigned beneficiaries the size table does "
                                           "not apply; the MSR given, %2, was used.")
                                .arg(smallest, MsspFormat::percent(result.msr));
        else if (!elected && std::abs(*table - result.msr) > 5e-5)
            result.notes << QStringLiteral("The MSR given, %1, was used instead of the size "
                                           "table's %2.")
                                .arg(MsspFormat::percent(result.msr),
                                     MsspFormat::percent(*table));
    }

    if (!rules.track.twoSided) {
        result.mlrSource = MsspRateSource::NotApplicable;
        if (input.mlr)
            result.notes << QStringLiteral("%1 is one-sided: the MLR given was not used.")
                                .arg(msspTrackName(input.track));
        return;
    }
    if (input.mlr) {
        result.mlr = *input.mlr;
        result.mlrSource = m_parameters.isElectableRate(*input.mlr) ? MsspRateSource::Elected
                                                                    : MsspRateSource::Supplied;
        if (std::abs(*input.mlr - result.msr) > 1e-12)
            result.notes << QStringLiteral("The MLR given, %1, differs from the MSR, %2; "
                                           "elections are normally symmetric.")
                                .arg(MsspFormat::percent(*input.mlr),
                                     MsspFormat::percent(result.msr));
    } else {
        // Elections are symmetric: a blank MLR mirrors the MSR, whatever its source.
        result.mlr = result.msr;
        result.mlrSource = result.msrSource;
    }
}

void MsspCalculator::shareSavings(const MsspInput& input, MsspResult& result,
                                  Problems& problems) const
{
    const MsspRules& rules = result.rules;
    const double tolerance = m_parameters.rateTolerance();
    const double maxRate = rules.track.maxSharingRate;
    const double score = input.qualityScore.value_or(0);
    const bool alternativeCounts =
        rules.year.alternativeQualityStandard && input.metAlternativeQualityStandard;
    if (input.metAlternativeQualityStandard && !rules.year.alternativeQualityStandard)
        result.notes << QStringLiteral("The alternative quality standard began in PY2023; it "
                                       "does not count in PY%1.")
                            .arg(rules.performanceYear);

    double sharing = 0;
    if (rules.year.qualityRule == MsspQualityRule::ScaledByScore) {
        if (input.metQualityStandard) {
            if (!input.qualityScore)
                add(problems, "quality_score",
                    QStringLiteral("before PY2021 the sharing rate is the maximum rate times the "
                                   "quality score; give the score (0-1)"));
            sharing = maxRate * score;
        }
    } else if (input.metQualityStandard) {
        sharing = maxRate;
    } else if (alternativeCounts) {
        if (!input.qualityScore)
            add(problems, "quality_score",
                QStringLiteral("under the alternative quality standard the sharing rate is the "
                               "maximum rate times the quality score; give the score (0-1)"));
        sharing = maxRate * score;
    }
    result.finalSharingRate = sharing;

    result.metMsr = result.grossSavings > 0 && result.savingsRate >= result.msr - tolerance;
    const bool halfRateCandidate =
        rules.year.lowRevenueHalfRate && isBasicTrack(input.track) && input.lowRevenue &&
        input.assignedBeneficiaries >= m_parameters.lowRevenueMinBeneficiaries() &&
        result.grossSavings > 0 && !result.metMsr;
    if (halfRateCandidate) {
        if (!input.agreementStartYear)
            add(problems, "agreement_start_year",
                QStringLiteral("a low-revenue BASIC ACO with savings below the MSR shares at half "
                               "the rate if its agreement began in %1 or later; give the year")
                    .arg(m_parameters.lowRevenueFirstAgreementYear()));
        else if (*input.agreementStartYear >= m_parameters.lowRevenueFirstAgreementYear())
            result.halfRate = true;
    }

    if (!result.metMsr && !result.halfRate) {
        if (result.grossSavings > 0)
            result.notes << QStringLiteral("Savings of %1 are below the MSR of %2: none are "
                                           "shared.")
                                .arg(MsspFormat::percent(result.savingsRate),
                                     MsspFormat::percent(result.msr));
        return;
    }
    if (result.halfRate) {
        result.finalSharingRate = sharing * m_parameters.lowRevenueRateFactor();
        result.notes << QStringLiteral("Savings are below the MSR, but a low-revenue BASIC ACO "
                                       "in an agreement from %1 on shares them at half the rate "
                                       "(42 CFR 425.605(h)).")
                            .arg(m_parameters.lowRevenueFirstAgreementYear());
    }
    result.generated = result.grossSavings;
    if (result.finalSharingRate == 0)
        result.notes << QStringLiteral("The quality performance standard was not met: no savings "
                                       "are shared.");
    else if (!input.metQualityStandard && alternativeCounts)
        result.notes << QStringLiteral("The alternative quality standard was met: the sharing "
                                       "rate is the maximum rate times the quality score.");
    result.savingsAfterSequestration =
        result.generated * result.finalSharingRate * (1.0 - result.sequestration);
    // Sequestration comes before the limit (fitted: the one capped PUF row matches only so).
    result.capped = result.savingsAfterSequestration > result.paymentLimit;
    if (result.capped)
        result.notes << QStringLiteral("Capped at the performance payment limit, %1 of the "
                                       "benchmark.")
                            .arg(MsspFormat::percent(rules.track.paymentLimit));
}

void MsspCalculator::shareLosses(const MsspInput& input, MsspResult& result,
                                 Problems& problems) const
{
    const MsspRules& rules = result.rules;
    const MsspTrackRules& track = rules.track;
    const bool qualityCounts = input.metQualityStandard ||
                               (rules.year.alternativeQualityStandard &&
                                input.metAlternativeQualityStandard);
    const bool owes = result.grossSavings < 0 &&
                      -result.savingsRate >= result.mlr.value_or(0) - m_parameters.rateTolerance();

    double lossRate = 0;
    switch (track.lossRateRule) {
    case MsspLossRateRule::None:
        break;
    case MsspLossRateRule::Fixed:
        lossRate = track.lossRateCeiling;
        break;
    case MsspLossRateRule::ComplementOfSharing:
        // 1 - the sharing rate the quality score earns; a missed standard earns nothing, so
        // the loss rate is the ceiling. Track 2 in PY2021 (fitted) follows the same formula.
        if (qualityCounts && !input.qualityScore)
            add(problems, "quality_score",
                QStringLiteral("%1's loss rate is 1 minus %2 times the quality score; give the "
                               "score (0-1)")
                    .arg(msspTrackName(input.track), MsspFormat::percent(track.maxSharingRate)));
        lossRate = std::clamp(
            1.0 - (qualityCounts ? track.maxSharingRate * input.qualityScore.value_or(0) : 0.0),
            track.lossRateFloor, track.lossRateCeiling);
        break;
    }
    result.finalLossRate = lossRate;

    const double benchmark = input.benchmarkTotal;
    switch (track.lossLimitRule) {
    case MsspLossLimitRule::None:
        break;
    case MsspLossLimitRule::Benchmark:
        result.lossLimit = track.benchmarkLossLimit * benchmark;
        result.lossLimitBasis = QStringLiteral("%1 of the benchmark")
                                    .arg(MsspFormat::percent(track.benchmarkLossLimit));
        break;
    case MsspLossLimitRule::AgreementYear: {
        std::optional<int> year = input.agreementYear;
        if (!year && input.agreementStartYear)
            year = rules.performanceYear - *input.agreementStartYear + 1;
        if (!year) {
            if (owes)
                add(problems, "agreement_year",
                    QStringLiteral("Track 2's loss limit grows with the agreement year; give "
                                   "agreement_year or agreement_start_year"));
            break;
        }
        const double share = track.agreementYearLossLimits[static_cast<size_t>(
            std::clamp(*year, 1, static_cast<int>(track.agreementYearLossLimits.size())) - 1)];
        result.lossLimit = share * benchmark;
        result.lossLimitBasis = QStringLiteral("%1 of the benchmark in agreement year %2")
                                    .arg(MsspFormat::percent(share))
                                    .arg(*year);
        break;
    }
    case MsspLossLimitRule::Revenue: {
        const double benchmarkLimit = track.benchmarkLossLimit * benchmark;
        if (input.participantRevenue &&
            track.revenueLossLimit * *input.participantRevenue < benchmarkLimit) {
            result.lossLimit = track.revenueLossLimit * *input.participantRevenue;
            result.lossLimitBasis = QStringLiteral("%1 of participant revenue")
                                        .arg(MsspFormat::percent(track.revenueLossLimit));
        } else {
            result.lossLimit = benchmarkLimit;
            result.lossLimitBasis = QStringLiteral("%1 of the benchmark")
                                        .arg(MsspFormat::percent(track.benchmarkLossLimit));
            if (!input.participantRevenue && owes)
                result.notes << QStringLiteral("Participant revenue is unknown, so the "
                                               "benchmark-based loss limit (%1 of the benchmark) "
                                               "was used; with revenue it would be %2 of revenue "
                                               "if that is smaller.")
                                    .arg(MsspFormat::percent(track.benchmarkLossLimit),
                                         MsspFormat::percent(track.revenueLossLimit));
        }
        break;
    }
    }

    if (!owes) {
        if (result.grossSavings < 0)
            result.notes << QStringLiteral("Losses of %1 are within the MLR of %2: none are "
                                           "owed.")
                                .arg(MsspFormat::percent(-result.savingsRate),
                                     MsspFormat::percent(result.mlr.value_or(0)));
        return;
    }
    result.metMlr = true;
    result.generated = result.grossSavings;
    result.lossesBeforeLimit = result.generated * lossRate;
    double owed = result.lossesBeforeLimit;
    if (result.lossLimit && -owed > *result.lossLimit) {
        result.lossLimitApplied = true;
        owed = -*result.lossLimit;
        result.notes << QStringLiteral("Losses are limited to %1 (%2).")
                            .arg(MsspFormat::dollars(*result.lossLimit), result.lossLimitBasis);
    }
    result.lossesAfterLimit = owed;
    // The share forgiven for extreme and uncontrollable circumstances comes off the limited
    // amount.
    result.disasterReduction = -owed * input.disasterFraction;
    if (input.disasterFraction > 0)
        result.notes << QStringLiteral("Extreme and uncontrollable circumstances forgave %1 of the "
                                       "losses (%2).")
                            .arg(MsspFormat::percent(input.disasterFraction),
                                 MsspFormat::dollars(result.disasterReduction));
    if (rules.year.allLossesForgiven && input.disasterFraction < 1)
        result.notes << QStringLiteral("In PY%1 CMS forgave all shared losses for the COVID-19 "
                                       "emergency; a disaster fraction of 1 reproduces that.")
                            .arg(rules.performanceYear);
}

} // namespace aco
