#include "msspexplanation.h"

#include "mssp/msspformat.h"

namespace aco {

namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString rateSourceSentence(MsspRateSource source, const QString& what)
{
    switch (source) {
    case MsspRateSource::SizeTable:
        return QStringLiteral("The %1 from CMS's size table, interpolated on the number of "
                              "assigned beneficiaries within its band.")
            .arg(what);
    case MsspRateSource::Elected:
        return QStringLiteral("The %1 the ACO elected for its agreement period.").arg(what);
    case MsspRateSource::Fixed:
        return QStringLiteral("Fixed at 2% for Track 2 agreements that began in 2012-2015.");
    case MsspRateSource::Supplied:
        return QStringLiteral("The %1 given with the input.").arg(what);
    case MsspRateSource::NotApplicable:
        break;
    }
    return QStringLiteral("Not applicable: the track is one-sided.");
}

} // namespace

std::vector<MsspStep> MsspExplanation::steps(const MsspInput& input, const MsspResult& result)
{
    const MsspRules& rules = result.rules;
    std::vector<MsspStep> steps;
    const auto add = [&](const char* key, const QString& name, const QString& value,
                         const QString& explanation) {
        steps.push_back({QString::fromLatin1(key), name, value, explanation});
    };

    add("rules", QStringLiteral("Rules"),
        QStringLiteral("%1, PY%2").arg(msspTrackName(input.track)).arg(rules.performanceYear),
        rules.carriedForward()
            ? QStringLiteral("PY%1's rules (the last known year) under %2.")
                  .arg(rules.rulesYear)
                  .arg(QString::fromLatin1(rules.track.source))
            : QStringLiteral("The terms of %1.").arg(QString::fromLatin1(rules.track.source)));
    add("gross_savings", QStringLiteral("Benchmark minus expenditures"),
        MsspFormat::dollars(result.grossSavings),
        QStringLiteral("%1 benchmark minus %2 spent on %3 assigned beneficiaries.")
            .arg(MsspFormat::dollars(input.benchmarkTotal),
                 MsspFormat::dollars(input.expenditureTotal),
                 MsspFormat::count(input.assignedBeneficiaries)));
    add("savings_rate", QStringLiteral("Savings rate"), MsspFormat::percent(result.savingsRate),
        QStringLiteral("Savings as a share of the benchmark, unrounded (negative for losses)."));
    add("msr", QStringLiteral("Minimum savings rate (MSR)"), MsspFormat::percent(result.msr),
        rateSourceSentence(result.msrSource, QStringLiteral("MSR")));
    if (result.mlr)
        add("mlr", QStringLiteral("Minimum loss rate (MLR)"), MsspFormat::percent(*result.mlr),
            result.mlrSource == result.msrSource && *result.mlr == result.msr
                ? QStringLiteral("Equal to the MSR, as elections are symmetric.")
                : rateSourceSentence(result.mlrSource, QStringLiteral("MLR")));
    add("met_msr", QStringLiteral("MSR met"), yesNo(result.metMsr),
        result.metMsr ? QStringLiteral("Savings at or above the MSR are shared from the first "
                                       "dollar.")
                      : QStringLiteral("Only savings at or above the MSR are shared."));
    if (result.mlr)
        add("met_mlr", QStringLiteral("MLR reached"), yesNo(result.metMlr),
            result.metMlr ? QStringLiteral("Losses at or beyond the MLR are shared from the "
                                           "first dollar.")
                          : QStringLiteral("Only losses at or beyond the MLR are shared."));
    add("generated", result.generated < 0 ? QStringLiteral("Generated losses")
                                          : QStringLiteral("Generated savings"),
        MsspFormat::dollars(result.generated),
        result.generated == 0
            ? QStringLiteral("Nothing is shared inside the corridor between the MSR and MLR.")
            : QStringLiteral("All of the savings or losses, since the threshold was reached."));

    const QString quality =
        rules.year.qualityRule == MsspQualityRule::ScaledByScore
            ? QStringLiteral("Before PY2021: the maximum rate %1 times the quality score %2, if "
                             "the quality standard was met.")
                  .arg(MsspFormat::percent(result.maxSharingRate),
                       input.qualityScore ? MsspFormat::qualityScore(*input.qualityScore)
                                          : QStringLiteral("(none)"))
            : QStringLiteral("From PY2021: the maximum rate %1 if the quality performance "
                             "standard was met%2.")
                  .arg(MsspFormat::percent(result.maxSharingRate),
                       rules.year.alternativeQualityStandard
                           ? QStringLiteral(", or that times the quality score under the "
                                            "alternative standard")
                           : QString());
    add("final_sharing_rate", QStringLiteral("Final sharing rate"),
        MsspFormat::percent(result.finalSharingRate),
        result.halfRate ? quality + QStringLiteral(" Halved: low-revenue BASIC ACO below the MSR.")
                        : quality);
    add("sequestration", QStringLiteral("Sequestration"), MsspFormat::percent(result.sequestration),
        QStringLiteral("The payment sequestration reduces shared savings before the payment "
                       "limit; %1 after it.")
            .arg(MsspFormat::dollars(result.savingsAfterSequestration)));
    add("payment_limit", QStringLiteral("Performance payment limit"),
        MsspFormat::dollars(result.paymentLimit),
        QStringLiteral("%1 of the benchmark; %2.")
            .arg(MsspFormat::percent(rules.track.paymentLimit),
                 result.capped ? QStringLiteral("the savings were capped at it")
                               : QStringLiteral("not reached")));
    if (result.finalLossRate) {
        add("final_loss_rate", QStringLiteral("Final loss rate"),
            MsspFormat::percent(*result.finalLossRate),
            rules.track.lossRateRule == MsspLossRateRule::Fixed
                ? QStringLiteral("Fixed for %1.").arg(msspTrackName(input.track))
                : QStringLiteral("1 minus %1 times the quality score (the ceiling if the quality "
                                 "standard was missed), kept within %2-%3.")
                      .arg(MsspFormat::percent(rules.track.maxSharingRate),
                           MsspFormat::percent(rules.track.lossRateFloor),
                           MsspFormat::percent(rules.track.lossRateCeiling)));
        add("loss_limit", QStringLiteral("Loss limit"),
            result.lossLimit ? MsspFormat::dollars(*result.lossLimit) : QStringLiteral("unknown"),
            result.lossLimit
                ? QStringLiteral("%1; %2.").arg(result.lossLimitBasis,
                                               result.lossLimitApplied
                                                   ? QStringLiteral("the losses were limited to it")
                                                   : QStringLiteral("not reached"))
                : QStringLiteral("Needs the agreement year."));
        add("disaster_reduction", QStringLiteral("Disaster reduction"),
            MsspFormat::dollars(result.disasterReduction),
            QStringLiteral("%1 of the losses forgiven for extreme and uncontrollable "
                           "circumstances.")
                .arg(MsspFormat::percent(input.disasterFraction)));
    }
    add("earned",
        result.earnedCents < 0 ? QStringLiteral("Shared losses owed")
                               : QStringLiteral("Shared savings earned"),
        MsspFormat::cents(result.earnedCents),
        result.earnedCents > 0   ? QStringLiteral("Paid to the ACO; rounded to the cent.")
        : result.earnedCents < 0 ? QStringLiteral("Owed by the ACO; rounded to the cent.")
                                 : QStringLiteral("Nothing is paid or owed."));
    return steps;
}

} // namespace aco
