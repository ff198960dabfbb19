#include "import/practiceimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

namespace aco {

namespace {

enum Column
{
    Code,
    Name,
    City
};

} // namespace

void PracticeImport::importRow(ImportRowReader& row, bool write)
{
    const auto code = row.text(Code);
    const auto name = row.text(Name);
    if (code)
        if (const auto first = m_codes.seen(std::string(*code), row.line()))
            row.report(Code, QStringLiteral("practice %1 is already on line %2; keep one of the "
                                            "two rows")
                                 .arg(toQString(*code))
                                 .arg(*first));
    if (write && row.rowOk())
        m_upsert->bind(1, *code).bind(2, *name).bind(3, row.text(City).value_or("")).run();
}

void PracticeImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO practice (code, name, city) VALUES (?1, ?2, ?3)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, city = excluded.city)sql"));
}

} // namespace aco
