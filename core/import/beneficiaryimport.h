#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <QDate>

#include <optional>

namespace aco {

// Attributed beneficiaries, by MBI: an MBI already in the file updates that beneficiary. The
// attributed primary care provider, when given, must be in the file.
class BeneficiaryImport : public KindImport
{
public:
    explicit BeneficiaryImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

private:
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    IdByText m_providers; // by NPI
    QDate m_today;
    DuplicateKeys m_mbis;
    std::optional<Statement> m_upsert;
};

} // namespace aco
