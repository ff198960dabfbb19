#pragma once

#include <vector>

namespace aco {

class Database;
struct CclfLoadResult;

// The payment years whose diagnosis year (the year before) has claims that the load of `result`
// added or replaced, or claims that an MBI change it brought moved to another beneficiary.
std::vector<int> paymentYearsTouchedBy(const Database& db, const CclfLoadResult& result);

// After a CCLF load, inside its transaction: scores those payment years again (scoreRiskYears)
// and adds a note to `result` saying so.
void refreshRiskScores(Database& db, CclfLoadResult& result);

} // namespace aco
