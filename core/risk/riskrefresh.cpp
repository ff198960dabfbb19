#include "riskrefresh.h"

#include "error.h"
#include "risk/riskscoring.h"
#include "store/database.h"

#include <QStringList>

#include <algorithm>
#include <set>

namespace aco {

std::vector<int> paymentYearsTouchedBy(const Database& db, const CclfLoadResult& result)
{
    // A load's deliveries are the last rows of cclf_delivery (ids only grow, and the load holds
    // the write transaction); those loaded before added none.
    const auto added = std::count_if(result.deliveries.begin(), result.deliveries.end(),
                                     [](const CclfDeliveryLoad& d) { return !d.alreadyLoaded; });
    if (added == 0)
        return {};
    auto newest =
        db.prepare("SELECT min(id) FROM (SELECT id FROM cclf_delivery ORDER BY id DESC LIMIT ?1)");
    newest.bind(1, static_cast<std::int64_t>(added));
    if (!newest.step() || newest.isNull(0))
        return {};
    const std::int64_t first = newest.int64(0);

    std::set<int> years;
    const auto collect = [&](Statement& query) {
        while (query.step())
            years.insert(query.integer(0));
        query.reset();
    };
    for (const char* table : {"claim_a", "claim_b_line"}) {
        auto query = db.prepare(std::string("SELECT DISTINCT thru_date / 10000 FROM ") + table +
                                " WHERE delivery_id >= ?1");
        query.bind(1, first);
        collect(query);
    }
    // Claims moved to a beneficiary's current MBI: their years, through the beneficiary's range
    // of group_key (bene_id in its high 32 bits).
    auto moved = db.prepare("SELECT DISTINCT m.current_id FROM cclf_mbi_link k "
                            "JOIN cclf_mbi m ON m.mbi = k.current_mbi WHERE k.delivery_id >= ?1");
    moved.bind(1, first);
    std::vector<std::int64_t> beneficiaries;
    while (moved.step())
        beneficiaries.push_back(moved.int64(0));
    for (const char* table : {"claim_a", "claim_b_line"}) {
        auto query = db.prepare(std::string("SELECT DISTINCT thru_date / 10000 FROM ") + table +
                                " WHERE group_key BETWEEN ?1 AND ?2");
        for (std::int64_t bene : beneficiaries) {
            const std::int64_t key =
                static_cast<std::int64_t>(static_cast<std::uint64_t>(bene) << 32);
            query.bind(1, key).bind(2, static_cast<std::int64_t>(key | 0xFFFFFFFF));
            collect(query);
        }
    }

    std::vector<int> paymentYears;
    for (int year : years) {
        if (year >= 2000) // a missing date is 0
            paymentYears.push_back(year + 1);
    }
    return paymentYears;
}

void refreshRiskScores(Database& db, CclfLoadResult& result, const CclfProgress& progress)
{
    const std::vector<int> years = paymentYearsTouchedBy(db, result);
    if (years.empty())
        return;
    QStringList names;
    for (int year : years)
        names << QString::number(year);
    if (progress && !progress(100, QStringLiteral("Computing the CMS-HCC risk scores of %1")
                                       .arg(names.join(QStringLiteral(", ")))))
        throw Error("Loading the CCLF delivery was cancelled; the file was left as it was.");
    const RiskScoringResult scored = scoreRiskYears(db, years);
    int beneficiaries = 0;
    for (const RiskYearSummary& year : scored.years)
        beneficiaries = std::max(beneficiaries, year.scored);
    result.notes.push_back(
        QStringLiteral("CMS-HCC risk scores computed again for payment year%1 %2 "
                       "(%3 beneficiaries), from the claims of the year before.")
            .arg(names.size() == 1 ? QString() : QStringLiteral("s"),
                 names.join(QStringLiteral(", ")))
            .arg(beneficiaries));
    for (const QString& note : scored.notes)
        result.notes.push_back(note);
}

} // namespace aco
