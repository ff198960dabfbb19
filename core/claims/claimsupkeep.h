#pragma once

#include "claims/mbiregistry.h"

#include <vector>

namespace aco {

class Database;
struct IngestContext;

// Decides again which claims are final action in every group of related claims a load touched
// (CCLF IP 5.2), and keeps the context's sets of groups with unmatched cancellations.
void updateFinalActions(Database& db, IngestContext& context);

// Moves what is stored under MBIs that are no longer a beneficiary's most recent to the most
// recent one (CCLF IP 3.1): the claims (whose related-claim groups may now join others, so they
// are touched), and the beneficiary roster (merged into the current MBI's row where both exist).
// Delivery membership (cclf_member) keeps the MBI it was delivered under; readers resolve it
// through cclf_mbi.
void applyMbiMoves(Database& db, const MbiRegistry& mbis, const std::vector<MbiRegistry::Move>& moves,
                   IngestContext& context);

} // namespace aco
