#include "import/beneficiaryimport.h"

#include "import/importrowreader.h"
#include "store/database.h"

#include <array>

namespace aco {

namespace {

enum Column
{
    Mbi,
    LastName,
    FirstName,
    BirthDate,
    Sex,
    PcpNpi,
    RiskScore
};

constexpr std::array<const char*, 2> sexes = {"F", "M"};

} // namespace

struct BeneficiaryImport::Row
{
    std::string_view mbi, lastName, firstName;
    QDate birthDate;
    std::string_view sex;
    std::optional<std::int64_t> providerId;
    double riskScore;
};

BeneficiaryImport::BeneficiaryImport(const Database& db)
    : m_providers(loadIds(db, "SELECT npi, id FROM provider")), m_today(QDate::currentDate())
{
}

std::optional<BeneficiaryImport::Row> BeneficiaryImport::read(ImportRowReader& row) const
{
    const auto mbi = row.mbi(Mbi);
    const auto lastName = row.text(LastName);
    const auto firstName = row.text(FirstName);
    const auto birthDate = row.date(BirthDate);
    if (birthDate && *birthDate > m_today)
        row.report(
            BirthDate,
            QStringLiteral("birth_date %1 is in the future").arg(birthDate->toString(Qt::ISODate)));
    const auto sex = row.choice(Sex, sexes);
    const auto pcpNpi = row.isEmpty(PcpNpi) ? std::nullopt : row.npi(PcpNpi);
    const auto providerId = pcpNpi ? findId(m_providers, *pcpNpi) : std::nullopt;
    if (pcpNpi && !providerId)
        row.report(PcpNpi, QStringLiteral("pcp_npi %1 is not a provider of this ACO; import the "
                                          "providers first")
                               .arg(toQString(*pcpNpi)));
    const auto riskScore = row.number(RiskScore);
    if (riskScore && *riskScore <= 0.0)
        row.report(
            RiskScore,
            QStringLiteral("risk_score %1 must be above 0").arg(toQString(row.raw(RiskScore))));
    if (!row.rowOk())
        return std::nullopt;
    return Row{*mbi, *lastName, *firstName, *birthDate, *sex, providerId, *riskScore};
}

void BeneficiaryImport::importRow(ImportRowReader& row, bool write)
{
    const auto r = read(row);
    if (!row.isEmpty(Mbi))
        if (const auto first = m_mbis.seen(std::string(row.raw(Mbi)), row.line()))
            row.report(Mbi, QStringLiteral("MBI %1 is already on line %2; keep one of the two rows")
                                .arg(toQString(row.raw(Mbi)))
                                .arg(*first));
    if (!write || !row.rowOk())
        return;
    m_upsert->bind(1, r->mbi)
        .bind(2, r->lastName)
        .bind(3, r->firstName)
        .bind(4, r->birthDate.toString(Qt::ISODate))
        .bind(5, r->sex)
        .bind(6, r->providerId)
        .bind(7, r->riskScore)
        .run();
}

void BeneficiaryImport::beginWrite(Database& db)
{
    m_upsert.emplace(db.prepare(R"sql(
        INSERT INTO beneficiary (mbi, last_name, first_name, birth_date, sex, provider_id,
                                 risk_score)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT (mbi) DO UPDATE SET
            last_name = excluded.last_name, first_name = excluded.first_name,
            birth_date = excluded.birth_date, sex = excluded.sex,
            provider_id = excluded.provider_id, risk_score = excluded.risk_score)sql"));
}

} // namespace aco
