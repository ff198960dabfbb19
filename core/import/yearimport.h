#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>

namespace aco {

// Performance years, by year: a year already in the file is replaced. The track must have run in
// the year (MsspParameters::cms()), the agreement must have begun by then, and an empty MSR needs
// CMS's size table to apply, as the reconciliation does.
class YearImport : public KindImport
{
  public:
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

  private:
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    DuplicateKeys m_years;
    std::optional<Statement> m_upsert;
};

} // namespace aco
