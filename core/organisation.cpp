#include "organisation.h"

#include "period.h"
#include "store/database.h"

#include <QDate>

namespace aco {

QString Provider::displayName() const
{
    QString name = lastName + QStringLiteral(", ") + firstName;
    if (!credential.isEmpty())
        name += QLatin1Char(' ') + credential;
    return name;
}

std::optional<AcoInfo> loadAcoInfo(const Database& db)
{
    auto query = db.prepare("SELECT aco_id, name, data_as_of FROM aco WHERE id = 1");
    if (!query.step())
        return std::nullopt;
    return AcoInfo{query.text(0), query.text(1), query.text(2)};
}

void updateDataAsOf(Database& db)
{
    const auto latest =
        // Per measure, so that each is one seek in the results' primary key (measure, period,
        // provider) rather than a scan of millions of rows after every import.
        db.queryInt64("SELECT max(p) FROM (SELECT (SELECT max(period) FROM measure_result r "
                      "WHERE r.measure_id = m.id) AS p FROM measure m "
                      "UNION ALL SELECT max(period) FROM expenditure)");
    if (latest == 0)
        return;
    const Period month = Period::fromInt(static_cast<int>(latest));
    const QDate lastDay = QDate(month.year(), month.month(), 1).addMonths(1).addDays(-1);
    db.prepare("UPDATE aco SET data_as_of = ?1 WHERE id = 1")
        .bind(1, lastDay.toString(Qt::ISODate))
        .run();
}

std::vector<Provider> loadProviders(const Database& db)
{
    auto query = db.prepare(R"sql(
        SELECT p.id, p.npi, p.last_name, p.first_name, p.credential, p.specialty,
               p.kind = 'primary_care', p.employment = 'employed', pr.name, coalesce(d.name, ''),
               p.practice_id, coalesce(p.department_id, 0),
               (SELECT count(*) FROM beneficiary b WHERE b.provider_id = p.id)
        FROM provider p
        JOIN practice pr ON pr.id = p.practice_id
        LEFT JOIN department d ON d.id = p.department_id
        ORDER BY p.last_name, p.first_name, p.npi)sql");
    std::vector<Provider> providers;
    while (query.step()) {
        Provider p;
        p.id = query.int64(0);
        p.npi = query.text(1);
        p.lastName = query.text(2);
        p.firstName = query.text(3);
        p.credential = query.text(4);
        p.specialty = query.text(5);
        p.primaryCare = query.int64(6) != 0;
        p.employed = query.int64(7) != 0;
        p.practiceName = query.text(8);
        p.departmentName = query.text(9);
        p.practiceId = query.int64(10);
        p.departmentId = query.int64(11);
        p.attributedBeneficiaries = query.integer(12);
        providers.push_back(std::move(p));
    }
    return providers;
}

namespace {

std::vector<ProviderGroup> loadGroups(const Database& db, const char* sql)
{
    auto query = db.prepare(sql);
    std::vector<ProviderGroup> groups;
    while (query.step())
        groups.push_back({query.int64(0), query.text(1), query.text(2)});
    return groups;
}

} // namespace

std::vector<ProviderGroup> loadPractices(const Database& db)
{
    return loadGroups(db, "SELECT id, code, name FROM practice ORDER BY name, id");
}

std::vector<ProviderGroup> loadDepartments(const Database& db)
{
    return loadGroups(db, "SELECT id, code, name FROM department ORDER BY name, id");
}

} // namespace aco
