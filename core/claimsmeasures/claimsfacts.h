#pragma once

#include "claimsmeasures/beneficiaryfacts.h"

#include <cstdint>
#include <vector>

namespace aco {

class Database;

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
};

ClaimsFacts readClaimsFacts(const Database& db, const ClaimsCodes& codes);

// The data month of a monthly delivery made on `fileDate` (yyyymmdd): the month before it, whose
// claims and members it brings.
int deliveryDataMonth(int fileDate);

} // namespace aco
