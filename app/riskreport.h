#pragma once

#include <QString>

#include <cstdint>

namespace aco {
class Database;
}

namespace aco::app {

// The provider with `npi`; an aco::Error of kind Usage naming the file when there is none.
std::int64_t providerIdOf(const Database& db, const QString& npi);

// Prints a provider's risk lists for `paymentYear` as `aco-workbench risk --provider` shows them:
// the panel's average against the ACO's, the largest changes since the prior year and since the
// prior quarter (as of the file's data date), and the recapture list; at most `limit` patients in
// each, masked with `mask`.
void printProviderRisk(const Database& db, std::int64_t providerId, int paymentYear, int limit,
                       bool mask);

} // namespace aco::app
