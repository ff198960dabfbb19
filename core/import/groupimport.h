#pragma once

#include "import/kindimport.h"
#include "store/statement.h"

#include <optional>

namespace aco {

// Practices or departments, by code: a code already in the file updates that group.
class GroupImport : public KindImport
{
  public:
    enum class Group
    {
        Practice,  // code, name, city
        Department // code, name
    };

    explicit GroupImport(Group group) : m_group(group) {}
    void beginWrite(Database& db) override;
    void importRow(ImportRowReader& row, bool write) override;

  private:
    Group m_group;
    DuplicateKeys m_codes;
    std::optional<Statement> m_upsert;
};

} // namespace aco
