#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace aco {

// Measures, by code: a code already in the file updates that measure and keeps its id, which
// results, tier schemes, care gaps and driver diagram nodes refer to. Its direction cannot change
// while tier schemes cut in it, nor its unit while results, tier schemes or driver diagram
// targets are in it.
class MeasureImport : public KindImport
{
  public:
    explicit MeasureImport(const Database& db);
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

  private:
    // A measure already in the file, with what depends on its direction and unit.
    struct Existing
    {
        std::string direction;
        std::string unit;
        bool hasResults;
        bool hasTiers;
        bool hasTargets;
    };
    struct Row;
    std::optional<Row> read(ImportRowReader& row) const;

    std::unordered_map<std::string, Existing, TextHash, std::equal_to<>> m_existing;
    DuplicateKeys m_codes;
    std::optional<Statement> m_upsert;
};

} // namespace aco
