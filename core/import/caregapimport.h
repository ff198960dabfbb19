#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <QDate>

#include <optional>
#include <set>

namespace aco {

// Open and closed care gaps of beneficiaries already in the file. The file is the current list
// of each beneficiary's gaps: every beneficiary in it has all their gaps replaced.
class CareGapImport : public KindImport
{
public:
    explicit CareGapImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    IdByText m_beneficiaries; // by MBI
    IdByText m_measures;      // by code
    DuplicateKeys m_gaps;
    std::set<std::int64_t> m_replaced; // beneficiaries whose gaps were removed
    std::optional<Statement> m_remove;
    std::optional<Statement> m_insert;
};

} // namespace aco
