#pragma once

#include "claims/cclfload.h"
#include "claims/claimschanges.h"
#include "risk/riskscoring.h"

#include <vector>

namespace aco {

class Database;

// The payment years whose diagnosis year (the year before) has claims that a load added or
// replaced (`changes`), or claims that an MBI change it brought moved to another beneficiary;
// with those beneficiaries (the claims' bene_id), in order of year.
std::vector<RiskYearChange> paymentYearsTouchedBy(const Database& db, const ClaimsChanges& changes);

// After a CCLF load, inside its transaction: scores those payment years again (rescoreRiskYears)
// and adds a note to `result` saying so. `progress` is told what is being done (at 100%, the
// claims being read); returning false cancels, which throws aco::Error so that the load's
// transaction leaves the file as it was.
void refreshRiskScores(Database& db, const ClaimsChanges& changes, CclfLoadResult& result,
                       const CclfProgress& progress = {});

} // namespace aco
