#include "claims/claimsspending.h"

#include "store/database.h"

namespace aco {

ClaimsTotals claimsTotals(const Database& db)
{
    ClaimsTotals t;
    auto a = db.prepare("SELECT count(*), coalesce(sum(paid_cents), 0), coalesce(sum(paid_cents - excluded_cents), 0), "
                        "coalesce(sum(action = 1), 0) FROM claim_a");
    a.step();
    t.partAClaims = a.int64(0);
    t.partACents = a.int64(1);
    t.partABenchmarkCents = a.int64(2);
    t.finalActionClaims += a.int64(3);
    for (const char* table : {"claim_b_line", "claim_dme_line"}) {
        auto lines = db.prepare(std::string("SELECT count(*), coalesce(sum(paid_cents), 0), "
                                            "coalesce(sum(action = 1), 0) FROM ") + table);
        lines.step();
        (table[6] == 'b' ? t.partBLines : t.dmeLines) = lines.int64(0);
        (table[6] == 'b' ? t.partBCents : t.dmeCents) = lines.int64(1);
        t.finalActionClaims += lines.int64(2);
    }
    auto d = db.prepare("SELECT count(*), coalesce(sum(action = 1), 0) FROM claim_d");
    d.step();
    t.partDClaims = d.int64(0);
    t.finalActionClaims += d.int64(1);
    t.beneficiaries = db.queryInt64("SELECT count(*) FROM (SELECT bene_id FROM claim_a UNION "
                                    "SELECT bene_id FROM claim_b_line UNION SELECT bene_id FROM claim_dme_line)");
    return t;
}

void forEachClaimsSpending(const Database& db, const std::function<void(const ClaimsSpendingRow&)>& row)
{
    auto query = db.prepare(R"sql(
        SELECT m.mbi, s.month, sum(s.a), sum(s.b), sum(s.d)
        FROM (SELECT bene_id, thru_date / 100 AS month, paid_cents AS a, 0 AS b, 0 AS d FROM claim_a
              UNION ALL
              SELECT bene_id, thru_date / 100, 0, paid_cents, 0 FROM claim_b_line
              UNION ALL
              SELECT bene_id, thru_date / 100, 0, 0, paid_cents FROM claim_dme_line) s
        JOIN cclf_mbi m ON m.id = s.bene_id
        GROUP BY m.mbi, s.month
        ORDER BY m.mbi, s.month)sql");
    ClaimsSpendingRow r;
    while (query.step()) {
        r.mbi = query.text(0);
        r.month = query.integer(1);
        r.partACents = query.int64(2);
        r.partBCents = query.int64(3);
        r.dmeCents = query.int64(4);
        row(r);
    }
}

std::vector<ClaimsSpendingRow> claimsSpending(const Database& db)
{
    std::vector<ClaimsSpendingRow> rows;
    forEachClaimsSpending(db, [&](const ClaimsSpendingRow& r) { rows.push_back(r); });
    return rows;
}

} // namespace aco
