#pragma once

#include <QDate>

#include <cstdint>
#include <vector>

namespace aco {

class Database;

// The beneficiaries attributed to a provider on `asOf`, by id, ascending: from the claims'
// attribution of asOf's month (or the latest month before it that has one) when the file has
// CCLF claims, else the roster's provider (beneficiary.provider_id, from the ACO's extracts).
// Everything that lists a provider's patients for risk takes them from here.
std::vector<std::int64_t> attributedBeneficiaries(const Database& db, std::int64_t providerId,
                                                  const QDate& asOf);

} // namespace aco
