#include "import/groupimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

namespace aco {

namespace {

enum Column
{
    Code,
    Name,
    City // practices only
};

} // namespace

void GroupImport::importRow(ImportRowReader& row, bool write)
{
    const auto code = row.text(Code);
    const auto name = row.text(Name);
    if (code)
        if (const auto first = m_codes.seen(std::string(*code), row.line()))
            row.report(Code, QStringLiteral("%1 %2 is already on line %3; keep one of the two rows")
                                 .arg(m_group == Group::Practice ? QStringLiteral("practice")
                                                                 : QStringLiteral("department"),
                                      toQString(*code))
                                 .arg(*first));
    if (!write || !row.rowOk())
        return;
    m_upsert->bind(1, *code).bind(2, *name);
    if (m_group == Group::Practice)
        m_upsert->bind(3, row.text(City).value_or(""));
    m_upsert->run();
}

void GroupImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(m_group == Group::Practice ? R"sql(
        INSERT INTO practice (code, name, city) VALUES (?1, ?2, ?3)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, city = excluded.city)sql"
                                                           : R"sql(
        INSERT INTO department (code, name) VALUES (?1, ?2)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name)sql"));
}

} // namespace aco
