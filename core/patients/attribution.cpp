#include "attribution.h"

#include "store/database.h"

namespace aco {

std::vector<std::int64_t> attributedBeneficiaries(const Database& db, std::int64_t providerId, const QDate& asOf)
{
    // Attribution computed from the claims, month by month, when the file has it for the month
    // (or the latest month before it); otherwise the roster's provider from the extracts.
    const int month = asOf.year() * 100 + asOf.month();
    auto latest = db.prepare("SELECT max(month) FROM attribution WHERE month <= ?1");
    latest.bind(1, month);
    const bool fromClaims = latest.step() && !latest.isNull(0);
    auto query = fromClaims ? db.prepare("SELECT beneficiary_id FROM attribution WHERE provider_id = ?1 AND month = ?2 "
                                         "ORDER BY beneficiary_id")
                            : db.prepare("SELECT id FROM beneficiary WHERE provider_id = ?1 ORDER BY id");
    query.bind(1, providerId);
    if (fromClaims)
        query.bind(2, latest.int64(0));
    std::vector<std::int64_t> ids;
    while (query.step())
        ids.push_back(query.int64(0));
    return ids;
}

} // namespace aco
