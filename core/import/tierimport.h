#pragma once

#include "import/kindimport.h"
#include "measures/measure.h"
#include "measures/tierscheme.h"
#include "store/statement.h"

#include <optional>
#include <vector>

namespace aco {

// Tier schemes by measure and year: one already in the file is replaced. The cut-points must run
// in the measure's better direction and the payouts increase, as TierScheme::validate checks.
class TierImport : public KindImport
{
public:
    explicit TierImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    std::optional<TierScheme> read(ImportRowReader& row) const;

    std::vector<Measure> m_measures;
    DuplicateKeys m_schemes;
    std::optional<Statement> m_upsert;
};

} // namespace aco
