#pragma once

#include "claimsmeasures/beneficiaryfacts.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace aco {

class Database;

// Each beneficiary's facts as the file keeps them between CCLF loads (table claims_facts): what
// the claims and the CCLF8 memberships tell (not the demographics, read from the roster each time),
// so that a load reads only what it brought (claimsfacts.cpp). Bytes of variable-length integers,
// dates as differences from the one before.
namespace storedfacts {

std::string encode(const BeneficiaryFacts& facts);
// Sets the claims' facts and memberships of `facts` from `bytes` (from encode()); throws
// aco::Error for bytes that are not (updateClaimsFacts then reads every claim).
void decode(std::string_view bytes, BeneficiaryFacts& facts);

// What facts are read with: the format, the code lists and the roster's primary care providers
// (NPI and id, which the facts name). Facts kept with another basis are read again.
std::string basis(const std::vector<std::pair<std::string, std::int64_t>>& primaryCare);
// The basis the file's facts were kept with; empty when it keeps none.
std::string storedBasis(const Database& db);

// Reads every kept beneficiary's facts into facts[person] (persons beyond the vector are dropped).
void readAll(const Database& db, std::vector<BeneficiaryFacts>& facts);
// Keeps the facts of the persons marked in `write` (all when `everything`, and then only those),
// within the caller's transaction.
void write(Database& db, const std::vector<BeneficiaryFacts>& facts, const std::vector<char>& changed,
           bool everything, const std::string& basis);

} // namespace storedfacts

} // namespace aco
