#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>
#include <vector>

namespace aco {

// Performance years, by year: a year already in the file is replaced. The track must have run in
// the year (MsspParameters::cms()), the agreement must have begun by then, and an empty MSR needs
// CMS's size table to apply, as the reconciliation does. The benchmark may also be given by
// enrollment type; the months of spending computed from the claims take it at once.
class YearImport : public KindImport
{
  public:
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;
    void finishWrite(Database& db) override;

  private:
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    DuplicateKeys m_years;
    std::optional<Statement> m_upsert;
    std::vector<int> m_written; // the years written
};

} // namespace aco
