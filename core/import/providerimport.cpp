#include "import/providerimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

#include <array>

namespace aco {

namespace {

enum Column
{
    Npi,
    LastName,
    FirstName,
    Credential,
    Specialty,
    Kind,
    Employment,
    PracticeCode,
    DepartmentCode,
    ActiveFrom,
    ActiveTo
};

constexpr std::array<const char*, 2> kinds = {"primary_care", "specialist"};
constexpr std::array<const char*, 2> employments = {"employed", "independent"};

} // namespace

struct ProviderImport::Row
{
    std::string_view npi, lastName, firstName, credential, specialty, kind, employment;
    std::int64_t practiceId;
    std::optional<std::int64_t> departmentId;
    QDate activeFrom;
    std::optional<QDate> activeTo;
};

ProviderImport::ProviderImport(const Database& db)
    : m_practices(loadIds(db, "SELECT code, id FROM practice")),
      m_departments(loadIds(db, "SELECT code, id FROM department"))
{
}

std::optional<ProviderImport::Row> ProviderImport::read(ImportRowReader& row) const
{
    const auto npi = row.npi(Npi);
    const auto lastName = row.text(LastName);
    const auto firstName = row.text(FirstName);
    const auto credential = row.text(Credential);
    const auto specialty = row.text(Specialty);
    const auto kind = row.choice(Kind, kinds);
    const auto employment = row.choice(Employment, employments);
    const auto practiceCode = row.text(PracticeCode);
    const auto practiceId = practiceCode ? findId(m_practices, *practiceCode) : std::nullopt;
    if (practiceCode && !practiceId)
        row.report(PracticeCode, QStringLiteral("practice_code \"%1\" is not a practice of this "
                                                "ACO; import the practices first")
                                     .arg(toQString(*practiceCode)));
    const auto departmentCode = row.text(DepartmentCode);
    const auto departmentId =
        departmentCode ? findId(m_departments, *departmentCode) : std::nullopt;
    if (departmentCode && !departmentId)
        row.report(DepartmentCode, QStringLiteral("department_code \"%1\" is not a department of "
                                                  "this ACO; leave it empty or use one that is")
                                       .arg(toQString(*departmentCode)));
    const auto activeFrom = row.date(ActiveFrom);
    const auto activeTo = row.isEmpty(ActiveTo) ? std::nullopt : row.date(ActiveTo);
    if (activeFrom && activeTo && *activeTo < *activeFrom)
        row.report(ActiveTo,
                   QStringLiteral("active_to %1 is before active_from %2")
                       .arg(activeTo->toString(Qt::ISODate), activeFrom->toString(Qt::ISODate)));
    if (!row.rowOk())
        return std::nullopt;
    return Row{*npi,         *lastName,   *firstName,  credential.value_or(""),
               *specialty,   *kind,       *employment, *practiceId,
               departmentId, *activeFrom, activeTo};
}

void ProviderImport::importRow(ImportRowReader& row, bool write)
{
    const auto r = read(row);
    if (!row.isEmpty(Npi))
        if (const auto first = m_npis.seen(std::string(row.raw(Npi)), row.line()))
            row.report(Npi, QStringLiteral("NPI %1 is already on line %2; keep one of the two rows")
                                .arg(toQString(row.raw(Npi)))
                                .arg(*first));
    if (!write || !row.rowOk())
        return;
    const auto iso = [](const QDate& date) { return date.toString(Qt::ISODate); };
    m_upsert->bind(1, r->npi)
        .bind(2, r->lastName)
        .bind(3, r->firstName)
        .bind(4, r->credential)
        .bind(5, r->specialty)
        .bind(6, r->kind)
        .bind(7, r->employment)
        .bind(8, r->practiceId)
        .bind(9, r->departmentId)
        .bind(10, iso(r->activeFrom));
    if (r->activeTo)
        m_upsert->bind(11, iso(*r->activeTo));
    else
        m_upsert->bindNull(11);
    m_upsert->run();
}

void ProviderImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO provider (npi, last_name, first_name, credential, specialty, kind, employment,
                              practice_id, department_id, active_from, active_to)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
        ON CONFLICT (npi) DO UPDATE SET
            last_name = excluded.last_name, first_name = excluded.first_name,
            credential = excluded.credential, specialty = excluded.specialty, kind = excluded.kind,
            employment = excluded.employment, practice_id = excluded.practice_id,
            department_id = excluded.department_id, active_from = excluded.active_from,
            active_to = excluded.active_to)sql"));
}

} // namespace aco
