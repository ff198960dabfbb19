#include "measures/tierscheme.h"

#include "error.h"
#include "measures/measure.h"
#include "store/database.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

// Slack for comparisons of values computed in floating point against typed cut-points.
constexpr double tolerance = 1e-9;

bool reaches(const Measure& measure, double value, double cutPoint)
{
    return measure.higherIsBetter ? value >= cutPoint - tolerance : value <= cutPoint + tolerance;
}

} // namespace

QString tierName(Tier tier)
{
    switch (tier) {
    case Tier::BelowBaseline:
        return QStringLiteral("Below baseline");
    case Tier::Baseline:
        return QStringLiteral("Baseline");
    case Tier::Better:
        return QStringLiteral("Better");
    case Tier::Best:
        return QStringLiteral("Best");
    case Tier::ExtraCredit:
        return QStringLiteral("Extra credit");
    }
    return {};
}

void TierScheme::validate(const Measure& measure) const
{
    const std::string which = "The " + std::to_string(year) + " tier scheme of " +
                              measure.code.toStdString();
    for (size_t i = 1; i < cutPoints.size(); ++i) {
        if (!measure.isBetter(cutPoints[i], cutPoints[i - 1]))
            throw Error(which + " has cut-points out of order: " + tierName(Tier(i + 1)).toStdString() +
                            " must be " + (measure.higherIsBetter ? "above " : "below ") +
                            tierName(Tier(i)).toStdString() + ".",
                        Error::Kind::InvalidData);
    }
    for (size_t i = 0; i < payouts.size(); ++i) {
        if (payouts[i] < 0.0 || payouts[i] > 1.0 || (i > 0 && payouts[i] < payouts[i - 1]))
            throw Error(which + " has payouts that are not increasing shares between 0% and 100%.",
                        Error::Kind::InvalidData);
    }
}

TierAssessment assessTier(const TierScheme& scheme, const Measure& measure, double numerator,
                          double denominator)
{
    TierAssessment result;
    if (denominator <= 0.0)
        return result;
    const double value = measure.value(numerator, denominator);
    int reached = 0;
    while (reached < 4 && reaches(measure, value, scheme.cutPoints[static_cast<size_t>(reached)]))
        ++reached;
    result.tier = Tier(reached);
    result.payout = reached == 0 ? 0.0 : scheme.payouts[static_cast<size_t>(reached - 1)];
    if (reached == 4)
        return result;

    const double threshold = scheme.cutPoints[static_cast<size_t>(reached)];
    result.nextTier = Tier(reached + 1);
    result.nextThreshold = threshold;
    result.gap = std::fabs(threshold - value);
    // The numerator at which the value equals the threshold, at the same denominator.
    double perUnit = 0.0;
    if (measure.unit == Measure::Unit::Percent)
        perUnit = 100.0;
    else if (measure.unit == Measure::Unit::Per1000)
        perUnit = 12000.0;
    if (perUnit > 0.0) {
        const double needed = threshold * denominator / perUnit;
        const auto target = static_cast<std::int64_t>(measure.higherIsBetter ? std::ceil(needed - tolerance)
                                                                              : std::floor(needed + tolerance));
        const auto current = static_cast<std::int64_t>(std::llround(numerator));
        result.countGap = measure.higherIsBetter ? target - current : current - target;
    }
    return result;
}

namespace {

// What a count toward the next tier counts, from the measure: the patients when the denominator
// counts the eligible patients each month, otherwise the events its name ends with
// ("admissions", "visits"; "screening" and "immunization" made plural), else plain cases or events.
QString countedNoun(const Measure& measure, std::int64_t count)
{
    QString plural;
    if (measure.unit == Measure::Unit::Percent && measure.monthlyStatus) {
        plural = QStringLiteral("patients");
    } else {
        const QString last = measure.name.section(QLatin1Char(' '), -1).toLower();
        const bool word = !last.isEmpty() && std::all_of(last.begin(), last.end(), [](QChar c) { return c.isLetter(); });
        if (word && last.endsWith(QLatin1Char('s')))
            plural = last;
        else if (word && (last.endsWith(QLatin1String("ing")) || last.endsWith(QLatin1String("ion"))))
            plural = last + QLatin1Char('s');
        else
            plural = measure.unit == Measure::Unit::Percent ? QStringLiteral("cases") : QStringLiteral("events");
    }
    return count == 1 ? plural.chopped(1) : plural;
}

} // namespace

QString nextTierText(const Measure& measure, const TierAssessment& tier, int months)
{
    if (!tier.nextTier)
        return QStringLiteral("Top tier reached");
    const QString target = QStringLiteral(" for ") + tierName(*tier.nextTier) +
                           QStringLiteral(" (") + measure.formatValue(*tier.nextThreshold) +
                           QLatin1Char(')');
    if (tier.countGap) {
        const double divisor = measure.monthlyStatus ? std::max(months, 1) : 1;
        const auto count = std::max<std::int64_t>(
            static_cast<std::int64_t>(std::ceil(static_cast<double>(*tier.countGap) / divisor)), 1);
        return QString::number(count) +
               (measure.higherIsBetter ? QStringLiteral(" more ") : QStringLiteral(" fewer ")) +
               countedNoun(measure, count) + target;
    }
    // A cost: the gap in the measure's own unit, and which way it has to go.
    return QLatin1Char('$') +
           QLocale(QLocale::English).toString(std::max(std::ceil(*tier.gap), 1.0), 'f', 0) +
           (measure.unit == Measure::Unit::Pmpm ? QStringLiteral(" PMPM") : QString()) +
           (measure.higherIsBetter ? QStringLiteral(" higher") : QStringLiteral(" lower")) + target;
}

std::vector<TierScheme> loadTierSchemes(const Database& db, int year)
{
    auto query = db.prepare("SELECT measure_id, year, baseline, better, best, extra_credit, "
                            "payout_baseline, payout_better, payout_best, payout_extra_credit "
                            "FROM tier_scheme WHERE year = ?1 ORDER BY measure_id");
    query.bind(1, year);
    std::vector<TierScheme> schemes;
    while (query.step()) {
        TierScheme s;
        s.measureId = query.int64(0);
        s.year = query.integer(1);
        for (int i = 0; i < 4; ++i) {
            s.cutPoints[static_cast<size_t>(i)] = query.real(2 + i);
            s.payouts[static_cast<size_t>(i)] = query.real(6 + i);
        }
        schemes.push_back(s);
    }
    return schemes;
}

const TierScheme* findTierScheme(const std::vector<TierScheme>& schemes, std::int64_t measureId)
{
    for (const TierScheme& s : schemes)
        if (s.measureId == measureId)
            return &s;
    return nullptr;
}

} // namespace aco
