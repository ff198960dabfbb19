#include "scenarios/scenario.h"

#include "error.h"

#include <cmath>

namespace aco {

namespace {

[[noreturn]] void fail(const QString& field, const QString& reason)
{
    throw Error(QStringLiteral("Scenario field %1: %2").arg(field, reason).toStdString(),
                Error::Kind::InvalidData);
}

QString percent(int basisPoints)
{
    return QString::number(basisPoints / 100.0, 'f', 2) + QLatin1Char('%');
}

} // namespace

int basisPointsFromFraction(double fraction, const QString& field)
{
    const double bp = fraction * 10000.0;
    if (!std::isfinite(bp) || std::fabs(bp - std::round(bp)) > 1e-6 || std::fabs(bp) > 1e9)
        fail(field, QStringLiteral("%1 is not a whole basis point.").arg(fraction));
    return static_cast<int>(std::lround(bp));
}

void Scenario::validate() const
{
    // The year is also where tier schemes and measure values come from.
    if ((source == Source::Mssp || basis == Basis::Tiers || engagement) &&
        (year < 2012 || year > 2100))
        fail(QStringLiteral("source.year"),
             QStringLiteral("%1 is not a performance year.").arg(year));
    if (source == Source::Mssp) {
        if (!std::isfinite(expenditureChange) || expenditureChange <= -1.0 ||
            expenditureChange > 1.0)
            fail(QStringLiteral("source.expenditureChange"),
                 QStringLiteral("must be a fraction above -1 and at most 1."));
        if (qualityScore && !(*qualityScore >= 0.0 && *qualityScore <= 1.0))
            fail(QStringLiteral("source.qualityScore"), QStringLiteral("must be between 0 and 1."));
    }
    const struct
    {
        const char* field;
        int value;
    } parts[] = {{"split.infrastructure", infrastructureBasisPoints},
                 {"split.careRedesign", careRedesignBasisPoints},
                 {"split.providers", providerBasisPoints},
                 {"split.reserve", reserveBasisPoints}};
    int total = 0;
    for (const auto& part : parts) {
        if (part.value < 0 || part.value > 10000)
            fail(QString::fromLatin1(part.field), QStringLiteral("must be between 0% and 100%."));
        total += part.value;
    }
    if (total != 10000)
        fail(QStringLiteral("split"),
             QStringLiteral("the shares total %1, not 100%.").arg(percent(total)));

    if (level != Level::Provider && level != Level::Practice && level != Level::Department)
        fail(QStringLiteral("eligibility.level"),
             QStringLiteral("must be individual, practice or department."));
    if (!primaryCare && !specialists)
        fail(QStringLiteral("eligibility.primaryCare"),
             QStringLiteral("primary care and specialists are both excluded: no one is eligible."));
    if (!employed && !independent)
        fail(QStringLiteral("eligibility.employed"),
             QStringLiteral(
                 "employed and independent providers are both excluded: no one is eligible."));
    if (minimumBeneficiaries < 0)
        fail(QStringLiteral("eligibility.minimumBeneficiaries"),
             QStringLiteral("must not be negative."));
    if (engagement && (engagement->code.isEmpty() || !std::isfinite(engagement->minimum)))
        fail(QStringLiteral("eligibility.engagement"),
             QStringLiteral("needs a measure code and a minimum."));

    if (basis == Basis::Tiers) {
        if (measures.empty())
            fail(QStringLiteral("payment.measures"),
                 QStringLiteral("payment by tiers needs at least one measure."));
        int weights = 0;
        for (size_t i = 0; i < measures.size(); ++i) {
            const QString field = QStringLiteral("payment.measures[%1]").arg(i);
            if (measures[i].code.isEmpty())
                fail(field + QStringLiteral(".code"), QStringLiteral("is empty."));
            if (measures[i].weightBasisPoints < 0)
                fail(field + QStringLiteral(".weight"), QStringLiteral("must not be negative."));
            for (size_t j = 0; j < i; ++j)
                if (measures[j].code == measures[i].code)
                    fail(field + QStringLiteral(".code"),
                         QStringLiteral("%1 appears twice.").arg(measures[i].code));
            weights += measures[i].weightBasisPoints;
        }
        if (weights != 10000)
            fail(QStringLiteral("payment.measures"),
                 QStringLiteral("the weights total %1, not 100%.").arg(percent(weights)));
    }
    if (priorReserveCents < 0)
        fail(QStringLiteral("losses.priorReserveCents"), QStringLiteral("must not be negative."));
    if (expenditureCv && !(*expenditureCv >= 0.0 && *expenditureCv <= 1.0))
        fail(QStringLiteral("uncertainty.expenditureCv"),
             QStringLiteral("must be between 0 and 1 (0.05 = 5%)."));
    if (!(qualitySd >= 0.0 && qualitySd <= 1.0))
        fail(QStringLiteral("uncertainty.qualitySd"),
             QStringLiteral("must be between 0 and 1 (0.02 = 2 points of the quality score)."));
}

} // namespace aco
