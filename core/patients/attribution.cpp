#include "attribution.h"

#include "store/database.h"

namespace aco {

std::vector<std::int64_t> attributedBeneficiaries(const Database& db, std::int64_t providerId,
                                                  [[maybe_unused]] const QDate& asOf)
{
    auto query = db.prepare("SELECT id FROM beneficiary WHERE provider_id = ?1 ORDER BY id");
    query.bind(1, providerId);
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

} // namespace aco
