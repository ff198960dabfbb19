#include "acorisk.h"

#include "risk/riskmodel.h"
#include "risk/riskroster.h"
#include "risk/riskscoring.h"
#include "store/database.h"

#include <algorithm>
#include <unordered_map>

namespace aco {

namespace {

struct Sums
{
    int count = 0;
    double score = 0.0;
    double demographic = 0.0;

    std::optional<double> average() const
    {
        return count > 0 ? std::optional(score / count) : std::nullopt;
    }
};

// A year's scores summed by enrollment type; with each beneficiary's demographic score (the
// model's score of their segment without any HCC) when `roster` is given; those without an
// enrollment type in `untyped`.
std::array<Sums, enrollmentTypeCount>
sumsOf(const Database& db, int paymentYear,
       const std::unordered_map<std::int64_t, RiskRosterEntry>* roster, Sums& untyped)
{
    std::array<Sums, enrollmentTypeCount> sums{};
    const RiskModel& model = riskModelFor(paymentYear);
    auto query =
        db.prepare("SELECT r.beneficiary_id, r.normalized, b.medicare_status, b.dual_status "
                   "FROM risk_score r JOIN beneficiary b ON b.id = r.beneficiary_id WHERE "
                   "r.payment_year = ?1");
    query.bind(1, paymentYear);
    untyped = Sums();
    const auto text = [&](int column) {
        return query.isNull(column) ? std::string_view() : query.utf8(column);
    };
    while (query.step()) {
        const auto type = enrollmentTypeOf(text(2), dualStatusOf(text(3)));
        if (!type) {
            ++untyped.count;
            untyped.score += query.real(1);
            continue;
        }
        Sums& s = sums[size_t(*type)];
        ++s.count;
        s.score += query.real(1);
        if (!roster)
            continue;
        if (const auto person = roster->find(query.int64(0));
            person != roster->end() && person->second.scorable())
            s.demographic +=
                scoreBeneficiary(model, paymentYear, person->second, HccSet()).normalized;
    }
    return sums;
}

} // namespace

AcoRiskGrowth acoRiskGrowth(const Database& db, int performanceYear)
{
    AcoRiskGrowth result;
    result.performanceYear = performanceYear;
    auto agreement =
        db.prepare("SELECT agreement_start_year FROM performance_year WHERE year = ?1");
    agreement.bind(1, performanceYear);
    if (agreement.step())
        result.rule = riskGrowthRuleFor(agreement.integer(0));
    else
        result.notes
            << QStringLiteral(
                   "The file has no performance year %1, so its agreement period, benchmark "
                   "year and cap on risk growth are unknown.")
                   .arg(performanceYear);

    // The 2024 rule needs the beneficiaries' demographic scores, so the roster.
    const bool demographics =
        result.rule && result.rule->rule == RiskGrowthRule::DemographicGrowthPlusThreePercent;
    std::unordered_map<std::int64_t, RiskRosterEntry> roster;
    if (demographics) {
        for (RiskRosterEntry& person : loadRiskRoster(db))
            roster.emplace(person.beneficiaryId, std::move(person));
    }
    const auto* people = demographics ? &roster : nullptr;
    Sums untyped, benchmarkUntyped;
    const auto current = sumsOf(db, performanceYear, people, untyped);
    const std::array<Sums, enrollmentTypeCount> benchmark =
        result.rule ? sumsOf(db, result.rule->benchmarkYear, people, benchmarkUntyped)
                    : std::array<Sums, enrollmentTypeCount>{};

    result.withoutType = untyped.count;
    result.beneficiaries = untyped.count;
    double total = untyped.score;
    for (size_t t = 0; t < result.types.size(); ++t) {
        EnrollmentRisk& type = result.types[t];
        type.type = static_cast<EnrollmentType>(t);
        type.beneficiaries = current[t].count;
        type.average = current[t].average();
        type.benchmarkBeneficiaries = benchmark[t].count;
        type.benchmarkAverage = benchmark[t].average();
        result.beneficiaries += current[t].count;
        total += current[t].score;
        if (type.average && type.benchmarkAverage && result.rule) {
            const auto demographic = [&](const Sums& s) {
                return demographics ? std::optional(s.demographic / s.count) : std::nullopt;
            };
            type.growth = riskGrowth(result.rule->rule, *type.benchmarkAverage, *type.average,
                                     demographic(benchmark[t]), demographic(current[t]));
        }
    }
    if (result.beneficiaries > 0)
        result.average = total / result.beneficiaries;

    if (result.beneficiaries == 0)
        result.notes
            << QStringLiteral(
                   "No risk scores for payment year %1: run aco-workbench risk --year %1, or "
                   "load the claims of %2.")
                   .arg(performanceYear)
                   .arg(performanceYear - 1);
    if (result.rule && benchmarkUntyped.count == 0 &&
        std::all_of(benchmark.begin(), benchmark.end(), [](const Sums& s) { return s.count == 0; }))
        result.notes << QStringLiteral(
                            "No risk scores for benchmark year %1 (from the claims of %2), so the "
                            "change since then is unknown.")
                            .arg(result.rule->benchmarkYear)
                            .arg(result.rule->benchmarkYear - 1);
    if (result.withoutType > 0)
        result.notes
            << QStringLiteral(
                   "%1 beneficiaries scored for %2 have no Medicare status, so no enrollment "
                   "type; they count in the average only.")
                   .arg(result.withoutType)
                   .arg(performanceYear);
    if (demographics)
        result.notes << QStringLiteral(
            "Demographic scores are the model's score of each beneficiary's segment "
            "without HCCs.");
    return result;
}

} // namespace aco
