#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>

namespace aco {

// The ACO's expenditure and benchmark by month: a month already in the file is replaced.
class ExpenditureImport : public KindImport
{
public:
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    DuplicateKeys m_months;
    std::optional<Statement> m_upsert;
};

} // namespace aco
