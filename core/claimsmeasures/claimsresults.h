#pragma once

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace aco {

class Database;
struct ClaimsChanges;

// How a load's claims facts were read: from every claim, or from those kept, with every claim of
// a few beneficiaries read again (updateClaimsFacts).
struct FactsReading
{
    bool everyClaimRead = true;
    std::int64_t beneficiariesReadAgain = 0;
};

// What computing the claims-based measures did.
struct ClaimsMeasuresReport
{
    int firstMonth = 0; // the months computed (yyyymm); 0 when the file has no CCLF members
    int lastMonth = 0;
    std::vector<int> changedMonths; // whose measure results differ from before
    std::int64_t memberMonths = 0;
    std::int64_t unattributedMemberMonths = 0;
    std::int64_t beneficiariesNotInCclf8 = 0; // with claims, but in no delivery's CCLF8
    std::int64_t spendingOutsideMembershipCents = 0; // claims in months a beneficiary was not a member
    std::vector<QString> notes; // measures that cannot be computed from the claims present, and why
    FactsReading reading; // every claim read, or the facts kept brought up to date
};

// Computes from the file's CCLF claims, by the rules of docs/measures.md: attribution of members
// to primary care providers per month, the claims-based measures (TCOC, ADM, EDV, READM, FU7,
// NOVISIT, AWV, FLU, BCS, CRC, those of them the catalogue has) per provider and month, the
// monthly expenditures (by enrollment type too), the open care gaps and the utilization events
// the claims show; and writes them in place of what was computed from claims before, within the
// caller's transaction. Results of other measures and imported care gaps are left alone. Nothing
// is done for a file without CCLF members. `changes` are what the load just done changed in the
// claims (updateClaimsFacts); without them every claim is read.
//
// `progress` is told the percent done now and then (every 65,536 claims read, and between
// steps); returning false cancels: aco::Error is thrown, and the caller's transaction leaves the
// file as it was.
using ClaimsProgress = std::function<bool(int percent)>;
ClaimsMeasuresReport recomputeClaimsMeasures(Database& db, const ClaimsChanges& changes,
                                             const ClaimsProgress& progress = {});
ClaimsMeasuresReport recomputeClaimsMeasures(Database& db);

} // namespace aco
