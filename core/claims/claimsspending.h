#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace aco {

class Database;

// What the claims in a file add up to (CCLF IP 5.3): spending is the signed sum of every record,
// cancellations negative; Part A by the claim's through date, Part B and DME by the line's.
struct ClaimsTotals
{
    std::int64_t beneficiaries = 0; // with any Part A, B or DME record, by current MBI
    std::int64_t partAClaims = 0;
    std::int64_t partBLines = 0;
    std::int64_t dmeLines = 0;
    std::int64_t partDClaims = 0;
    std::int64_t finalActionClaims = 0; // Part A claims and Part B, DME and Part D lines
    std::int64_t partACents = 0;
    // Part A less IME, DSH and uncompensated care: what the Shared Savings Program compares with
    // the benchmark.
    std::int64_t partABenchmarkCents = 0;
    std::int64_t partBCents = 0;
    std::int64_t dmeCents = 0;
};
ClaimsTotals claimsTotals(const Database& db);

// One beneficiary's spending in one month.
struct ClaimsSpendingRow
{
    QString mbi; // the current MBI
    int month = 0; // YYYYMM
    std::int64_t partACents = 0;
    std::int64_t partBCents = 0;
    std::int64_t dmeCents = 0;

    std::int64_t totalCents() const { return partACents + partBCents + dmeCents; }
};
// Every beneficiary and month with a Part A, B or DME record, by MBI and month, to `row`.
void forEachClaimsSpending(const Database& db, const std::function<void(const ClaimsSpendingRow&)>& row);
std::vector<ClaimsSpendingRow> claimsSpending(const Database& db);

} // namespace aco
