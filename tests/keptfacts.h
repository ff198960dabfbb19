#pragma once

#include "claimsmeasures/claimsfacts.h"
#include "claimsmeasures/storedfacts.h"
#include "store/database.h"

#include <cstddef>
#include <string>
#include <vector>

namespace aco::test {

// How many beneficiaries' facts, as the file keeps them between CCLF loads, differ from those a
// reading of every claim gives; and how many beneficiaries have any.
struct KeptFacts
{
    size_t differ = 0;
    size_t withFacts = 0;
};

inline KeptFacts compareKeptFacts(const Database& db)
{
    const ClaimsFacts everything = readClaimsFacts(db, ClaimsCodes::builtIn());
    std::vector<BeneficiaryFacts> kept(everything.facts.size());
    storedfacts::readAll(db, kept);
    KeptFacts result;
    for (size_t person = 1; person < kept.size(); ++person) {
        kept[person].finish();
        const std::string expected = storedfacts::encode(everything.facts[person]);
        result.withFacts += expected.find_first_not_of('\0') != std::string::npos;
        result.differ += storedfacts::encode(kept[person]) != expected;
    }
    return result;
}

} // namespace aco::test
