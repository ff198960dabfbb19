#include "riskrefresh.h"

#include "error.h"
#include "risk/riskscoring.h"
#include "store/database.h"

#include <QStringList>

#include <algorithm>
#include <map>
#include <set>

namespace aco {

std::vector<RiskYearChange> paymentYearsTouchedBy(const Database& db, const ClaimsChanges& changes)
{
    if (changes.deliveries.empty())
        return {};
    const std::int64_t first = *std::min_element(changes.deliveries.begin(), changes.deliveries.end());

    std::map<int, std::set<std::int64_t>> touched; // claims' year -> bene_id
    const auto collect = [&](Statement& query) {
        while (query.step())
            touched[query.integer(0)].insert(query.int64(1));
        query.reset();
    };
    // The rows the load added or replaced (Part A headers and Part B lines carry the diagnoses):
    // those listed, or those of its deliveries (ids only grow) when it brought too many to list.
    for (const auto& [table, name] : {std::pair(ClaimsChanges::PartA, "claim_a"),
                                      std::pair(ClaimsChanges::PartB, "claim_b_line")}) {
        const std::string select = std::string("SELECT DISTINCT thru_date / 10000, bene_id FROM ") + name;
        if (!changes.rowsListed) {
            auto query = db.prepare(select + " WHERE delivery_id >= ?1");
            query.bind(1, first);
            collect(query);
            continue;
        }
        auto query = db.prepare(select + " WHERE id = ?1");
        for (const auto* rows : {&changes.inserted[table], &changes.replacedRows[table]}) {
            for (std::int64_t id : *rows) {
                query.bind(1, id);
                collect(query);
            }
        }
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
        auto query = db.prepare(std::string("SELECT DISTINCT thru_date / 10000, bene_id FROM ") + table +
                                " WHERE group_key BETWEEN ?1 AND ?2");
        for (std::int64_t bene : beneficiaries) {
            const std::int64_t key =
                static_cast<std::int64_t>(static_cast<std::uint64_t>(bene) << 32);
            query.bind(1, key).bind(2, static_cast<std::int64_t>(key | 0xFFFFFFFF));
            collect(query);
        }
    }

    std::vector<RiskYearChange> years;
    for (const auto& [year, people] : touched) {
        if (year >= 2000) // a missing date is 0
            years.push_back({year + 1, std::vector<std::int64_t>(people.begin(), people.end())});
    }
    return years;
}

void refreshRiskScores(Database& db, const ClaimsChanges& claims, CclfLoadResult& result,
                       const CclfProgress& progress)
{
    if (claims.deliveries.empty())
        return;
    if (progress && !progress(100, QStringLiteral("Computing the CMS-HCC risk scores")))
        throw Error("Loading the CCLF delivery was cancelled; the file was left as it was.");
    std::vector<RiskYearChange> changes = paymentYearsTouchedBy(db, claims);
    if (changes.empty())
        return;
    QStringList names;
    for (const RiskYearChange& change : changes)
        names << QString::number(change.paymentYear);
    if (progress && !progress(100, QStringLiteral("Computing the CMS-HCC risk scores of %1")
                                       .arg(names.join(QStringLiteral(", ")))))
        throw Error("Loading the CCLF delivery was cancelled; the file was left as it was.");
    const RiskRescoreResult scored = rescoreRiskYears(db, std::move(changes));
    QStringList everyone, some;
    int everyoneCount = 0, someCount = 0;
    for (const RiskYearSummary& year : scored.scoring.years) {
        const bool partial = std::find(scored.partialYears.begin(), scored.partialYears.end(),
                                       year.paymentYear) != scored.partialYears.end();
        (partial ? some : everyone) << QString::number(year.paymentYear);
        int& count = partial ? someCount : everyoneCount;
        count = std::max(count, year.scored);
    }
    const auto years = [](const QStringList& list) {
        return QStringLiteral("payment year%1 %2")
            .arg(list.size() == 1 ? QString() : QStringLiteral("s"), list.join(QStringLiteral(", ")));
    };
    QString note = QStringLiteral("CMS-HCC risk scores computed again");
    if (!everyone.isEmpty())
        note += QStringLiteral(" for %1 (%2 beneficiaries)").arg(years(everyone)).arg(everyoneCount);
    if (!some.isEmpty())
        note += QStringLiteral("%1 for %2, only of the beneficiaries whose claims changed (at most %3)")
                    .arg(everyone.isEmpty() ? QString() : QStringLiteral(" and"), years(some))
                    .arg(someCount);
    result.notes.push_back(note + QStringLiteral(", from the claims of the year before."));
    for (const QString& yearNote : scored.scoring.notes)
        result.notes.push_back(yearNote);
}

} // namespace aco
