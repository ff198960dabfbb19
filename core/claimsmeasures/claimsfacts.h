#pragma once

#include "claimsmeasures/beneficiaryfacts.h"
#include "claimsmeasures/claimsresults.h"

#include <cstdint>
#include <vector>

namespace aco {

class Database;
struct ClaimsChanges;

// The facts of every beneficiary a file's CCLF claims and CCLF8 lists name, read from its
// claims tables in one pass over each.
struct ClaimsFacts
{
    std::vector<BeneficiaryFacts> facts; // by the id of the current MBI in cclf_mbi (0 unused)
    std::vector<std::int64_t> rosterId;  // the beneficiary table's id of each, 0 when not there
    int firstMonth = 0;                  // the first and last months with members (yyyymm)
    int lastMonth = 0;
    bool hasPartA = false;
    bool hasPartB = false;
    FactsReading reading;
};

// Reads every claim and membership of the file.
ClaimsFacts readClaimsFacts(const Database& db, const ClaimsCodes& codes);
// The same facts, from those the file kept at its last load brought up to date with what this
// load `changes`d (the claims it brought, the beneficiaries whose claims changed otherwise, its
// members), or read from every claim when the file keeps none, or kept them with other code lists
// or another roster of primary care providers, or when `changes` says so. Keeps the result, within
// the caller's transaction. `progress` is told the share of the work done, as for
// recomputeClaimsMeasures.
ClaimsFacts updateClaimsFacts(Database& db, const ClaimsCodes& codes, const ClaimsChanges& changes,
                              const ClaimsProgress& progress = {});

// The data month of a monthly delivery made on `fileDate` (yyyymmdd): the month before it, whose
// claims and members it brings.
int deliveryDataMonth(int fileDate);

} // namespace aco
