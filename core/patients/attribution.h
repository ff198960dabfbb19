#pragma once

#include <QDate>

#include <cstdint>
#include <vector>

namespace aco {

class Database;

// The beneficiaries attributed to a provider on `asOf`, by id, ascending. Today this is the
// roster's provider (beneficiary.provider_id, from the ACO's extracts), which is not dated, so
// `asOf` does not change the answer yet; attribution computed month by month from the claims is
// to replace this one function, and everything that lists a provider's patients for risk takes
// them from here.
std::vector<std::int64_t> attributedBeneficiaries(const Database& db, std::int64_t providerId,
                                                  const QDate& asOf);

} // namespace aco
