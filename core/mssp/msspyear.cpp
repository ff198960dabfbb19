#include "mssp/msspyear.h"

#include "store/database.h"

#include <algorithm>

namespace aco {

std::vector<int> performanceYears(const Database& db)
{
    auto query = db.prepare("SELECT year FROM performance_year ORDER BY year DESC");
    std::vector<int> years;
    while (query.step())
        years.push_back(query.integer(0));
    return years;
}

std::map<int, std::optional<double>> qualityScores(const Database& db)
{
    auto query = db.prepare("SELECT year, quality_score FROM performance_year");
    std::map<int, std::optional<double>> scores;
    while (query.step())
        scores[query.integer(0)] =
            query.isNull(1) ? std::nullopt : std::optional<double>(query.real(1));
    return scores;
}

std::optional<MsspYearData> loadMsspYear(const Database& db, int year,
                                         std::optional<Period> through)
{
    auto terms = db.prepare("SELECT track, agreement_start_year, agreement_year, assigned_beneficiaries, "
                            "benchmark_per_capita_cents, msr, mlr, quality_score, low_revenue "
                            "FROM performance_year WHERE year = ?1");
    terms.bind(1, year);
    if (!terms.step())
        return std::nullopt;
    const auto track = parseMsspTrack(terms.text(0));
    if (!track)
        return std::nullopt;

    auto spending = db.prepare("SELECT count(*), max(period), sum(beneficiary_months), sum(expenditure_cents) "
                               "FROM expenditure WHERE period BETWEEN ?1 AND ?2");
    spending.bind(1, year * 100 + 1)
        .bind(2, through ? std::min(through->toInt(), year * 100 + 12) : year * 100 + 12);
    if (!spending.step() || spending.int64(0) == 0 || spending.int64(2) <= 0)
        return std::nullopt;

    MsspYearData data;
    data.monthsOfData = spending.integer(0);
    data.through = Period::fromInt(spending.integer(1));
    MsspInput& in = data.input;
    in.performanceYear = year;
    in.track = *track;
    in.agreementStartYear = terms.integer(1);
    in.agreementYear = terms.integer(2);
    in.assignedBeneficiaries = terms.int64(3);
    const double assigned = static_cast<double>(in.assignedBeneficiaries);
    in.benchmarkTotal = static_cast<double>(terms.int64(4)) * assigned / 100.0;
    // Spending per beneficiary-month so far, for a whole year of the assigned beneficiaries.
    const double perMemberMonth = static_cast<double>(spending.int64(3)) / static_cast<double>(spending.int64(2));
    in.expenditureTotal = perMemberMonth * 12.0 * assigned / 100.0;
    in.msr = terms.optionalReal(5);
    in.mlr = terms.optionalReal(6);
    in.qualityScore = terms.optionalReal(7);
    in.metQualityStandard = true;
    in.lowRevenue = terms.int64(8) != 0;
    return data;
}

} // namespace aco
