#include "import/kindimport.h"

#include "import/beneficiaryimport.h"
#include "import/caregapimport.h"
#include "import/expenditureimport.h"
#include "import/groupimport.h"
#include "import/measureimport.h"
#include "import/providerimport.h"
#include "import/resultimport.h"
#include "import/tierimport.h"
#include "import/yearimport.h"
#include "store/database.h"

namespace aco {

std::unique_ptr<KindImport> KindImport::create(ImportKind kind, const Database& db)
{
    switch (kind) {
    case ImportKind::Practices:
        return std::make_unique<GroupImport>(GroupImport::Group::Practice);
    case ImportKind::Departments:
        return std::make_unique<GroupImport>(GroupImport::Group::Department);
    case ImportKind::Providers:
        return std::make_unique<ProviderImport>(db);
    case ImportKind::Beneficiaries:
        return std::make_unique<BeneficiaryImport>(db);
    case ImportKind::Results:
        return std::make_unique<ResultImport>(db);
    case ImportKind::Expenditures:
        return std::make_unique<ExpenditureImport>();
    case ImportKind::CareGaps:
        return std::make_unique<CareGapImport>(db);
    case ImportKind::Tiers:
        return std::make_unique<TierImport>(db);
    case ImportKind::Years:
        return std::make_unique<YearImport>();
    case ImportKind::Measures:
        return std::make_unique<MeasureImport>(db);
    }
    return nullptr;
}

IdByText loadIds(const Database& db, std::string_view sql)
{
    IdByText ids;
    Statement query = db.prepare(sql);
    while (query.step())
        ids.emplace(std::string(query.utf8(0)), query.int64(1));
    return ids;
}

std::optional<std::int64_t> findId(const IdByText& ids, std::string_view key)
{
    const auto it = ids.find(key);
    return it == ids.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
}

std::optional<int> DuplicateKeys::seen(std::string key, int line)
{
    const auto [it, added] = m_lines.emplace(std::move(key), line);
    return added ? std::nullopt : std::optional<int>(it->second);
}

} // namespace aco
