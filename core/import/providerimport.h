#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>

namespace aco {

// The provider roster, by NPI: an NPI already in the file updates that provider. Each names a
// practice (and optionally a department) already in the file.
class ProviderImport : public KindImport
{
public:
    explicit ProviderImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    IdByText m_practices;
    IdByText m_departments;
    DuplicateKeys m_npis;
    std::optional<Statement> m_upsert;
};

} // namespace aco
