#include "claims/claimsupkeep.h"

#include "claims/claimsingest.h"
#include "claims/finalaction.h"
#include "store/database.h"

#include <algorithm>
#include <map>
#include <string>

namespace aco {

namespace {

// The columns, after id, adjustment, effective date, payment and action, that tell apart two
// natural keys whose hashes collided within one beneficiary.
std::string keyColumns(GroupedTable table)
{
    switch (table) {
    case GroupedTable::PartA:
        return "ccn || '|' || from_date || '|' || thru_date";
    case GroupedTable::PartB:
    case GroupedTable::Dme:
        return "control_number || '|' || (id % 100000)";
    case GroupedTable::PartD:
        return "fill_date || '|' || service_provider || '|' || dispensing_status || '|' || "
               "reference_number || '|' || fill_number";
    }
    return {};
}

std::string paymentColumn(GroupedTable table)
{
    return table == GroupedTable::PartD ? "patient_pay_cents" : "paid_cents";
}

// What the group key of a stored row is, recomputed for another beneficiary.
std::string rekeyColumns(GroupedTable table)
{
    switch (table) {
    case GroupedTable::PartA:
        return "ccn, from_date, thru_date";
    case GroupedTable::PartB:
    case GroupedTable::Dme:
        return "control_number, id % 100000";
    case GroupedTable::PartD:
        return "fill_date, service_provider, dispensing_status, reference_number, fill_number";
    }
    return {};
}

std::uint32_t restHash(GroupedTable table, const Statement& row)
{
    switch (table) {
    case GroupedTable::PartA:
        return ingest::partAKeyHash(row.utf8(1), row.integer(2), row.integer(3));
    case GroupedTable::PartB:
    case GroupedTable::Dme:
        return ingest::lineKeyHash(row.utf8(1), row.int64(2));
    case GroupedTable::PartD:
        return ingest::partDKeyHash(row.integer(1), row.utf8(2), row.utf8(3), row.int64(4), row.utf8(5));
    }
    return 0;
}

constexpr GroupedTable groupedTables[] = {GroupedTable::PartA, GroupedTable::PartB, GroupedTable::Dme,
                                          GroupedTable::PartD};

} // namespace

void updateFinalActions(Database& db, IngestContext& context)
{
    for (GroupedTable table : groupedTables) {
        std::vector<std::int64_t>& touched = context.touchedOf(table);
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        if (touched.empty())
            continue;
        const std::string name = groupedTableName(table);
        auto members = db.prepare("SELECT id, adjustment, effective_date, " + paymentColumn(table) +
                                  ", action, " + keyColumns(table) + " FROM " + name +
                                  " WHERE group_key = ?1");
        auto update = db.prepare("UPDATE " + name + " SET action = ?2 WHERE id = ?1");
        std::map<std::string, std::vector<RelatedClaim>> related;
        for (std::int64_t group : touched) {
            related.clear();
            members.bind(1, group);
            while (members.step()) {
                RelatedClaim claim;
                claim.rowId = members.int64(0);
                claim.adjustment = members.integer(1);
                claim.effectiveDate = members.integer(2);
                claim.cents = members.int64(3);
                claim.claimId = table == GroupedTable::PartA || table == GroupedTable::PartD
                                    ? claim.rowId
                                    : claim.rowId / 100000;
                claim.action = members.integer(4);
                related[std::string(members.utf8(5))].push_back(claim);
            }
            members.reset();
            bool unmatched = false;
            for (auto& [key, claims] : related) {
                // markFinalActions sorts, so compare by row id afterwards.
                std::vector<std::pair<std::int64_t, int>> before;
                for (const RelatedClaim& c : claims)
                    before.emplace_back(c.rowId, c.action);
                std::sort(before.begin(), before.end());
                if (table == GroupedTable::PartD)
                    markPartDFinalAction(claims);
                else
                    markFinalActions(claims);
                for (const RelatedClaim& c : claims) {
                    const auto it = std::lower_bound(before.begin(), before.end(),
                                                     std::pair<std::int64_t, int>(c.rowId, -1));
                    unmatched = unmatched || c.action == RelatedClaim::UnmatchedCancellation;
                    if (it->second == c.action)
                        continue;
                    update.bind(1, c.rowId).bind(2, c.action).run();
                    if (table != GroupedTable::PartD)
                        context.changes.redecidedRow({static_cast<ClaimsChanges::Table>(table), c.rowId,
                                                      ingest::beneficiaryOf(group), it->second, c.action});
                }
            }
            if (unmatched)
                context.unmatchedOf(table).insert(group);
            else
                context.unmatchedOf(table).erase(group);
        }
        touched.clear();
    }
}

void applyMbiMoves(Database& db, const MbiRegistry& mbis, const std::vector<MbiRegistry::Move>& moves,
                   IngestContext& context)
{
    if (moves.empty())
        return;
    context.changes.everything = true; // claims change beneficiary
    for (GroupedTable table : groupedTables) {
        const std::string name = groupedTableName(table);
        auto rows = db.prepare("SELECT id, " + rekeyColumns(table) + " FROM " + name +
                               " WHERE group_key BETWEEN ?1 AND ?2");
        auto update = db.prepare("UPDATE " + name + " SET bene_id = ?2, group_key = ?3 WHERE id = ?1");
        std::vector<std::pair<std::int64_t, std::int64_t>> rekeyed;
        for (const MbiRegistry::Move& move : moves) {
            rekeyed.clear();
            rows.bind(1, ingest::groupKey(move.from, 0)).bind(2, ingest::groupKey(move.from, 0xFFFFFFFFu));
            while (rows.step())
                rekeyed.emplace_back(rows.int64(0), ingest::groupKey(move.to, restHash(table, rows)));
            rows.reset();
            for (const auto& [id, group] : rekeyed) {
                update.bind(1, id).bind(2, move.to).bind(3, group).run();
                context.touchedOf(table).push_back(group);
            }
        }
    }

    // The roster: the row of the old MBI becomes the current MBI's, or is merged into it.
    auto find = db.prepare("SELECT id FROM beneficiary WHERE mbi = ?1");
    const auto idOf = [&](const std::string& mbi) -> std::int64_t {
        find.bind(1, std::string_view(mbi));
        const std::int64_t id = find.step() ? find.int64(0) : 0;
        find.reset();
        return id;
    };
    auto rename = db.prepare("UPDATE beneficiary SET mbi = ?2 WHERE id = ?1");
    auto moveGaps = db.prepare("UPDATE care_gap SET beneficiary_id = ?2 WHERE beneficiary_id = ?1");
    auto moveEvents = db.prepare("UPDATE utilization_event SET beneficiary_id = ?2 WHERE beneficiary_id = ?1");
    auto keep = db.prepare(R"sql(
        UPDATE beneficiary SET
            provider_id = coalesce(provider_id, (SELECT provider_id FROM beneficiary WHERE id = ?1)),
            risk_score = coalesce(risk_score, (SELECT risk_score FROM beneficiary WHERE id = ?1))
        WHERE id = ?2)sql");
    auto drop = db.prepare("DELETE FROM beneficiary WHERE id = ?1");
    for (const MbiRegistry::Move& move : moves) {
        const std::int64_t old = idOf(mbis.mbi(move.from));
        if (old == 0)
            continue;
        const std::int64_t current = idOf(mbis.mbi(move.to));
        if (current == 0) {
            rename.bind(1, old).bind(2, std::string_view(mbis.mbi(move.to))).run();
            continue;
        }
        moveGaps.bind(1, old).bind(2, current).run();
        moveEvents.bind(1, old).bind(2, current).run();
        keep.bind(1, old).bind(2, current).run();
        drop.bind(1, old).run();
    }
}

} // namespace aco
