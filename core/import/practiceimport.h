#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>

namespace aco {

// Practices, by code: a code already in the file updates that practice.
class PracticeImport : public KindImport
{
public:
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    DuplicateKeys m_codes;
    std::optional<Statement> m_upsert;
};

} // namespace aco
