#include "riskroster.h"

#include "risk/riskmodel.h"
#include "store/database.h"

namespace aco {

namespace {

constexpr const char* rosterColumns =
    "SELECT b.id, coalesce(m.id, 0), b.birth_date, b.sex, b.orec, b.dual_status, "
    "b.medicare_status, b.part_b_start, b.death_date FROM beneficiary b "
    "LEFT JOIN cclf_mbi m ON m.mbi = b.mbi";

QDate isoDate(const Statement& row, int column)
{
    return row.isNull(column) ? QDate() : QDate::fromString(row.text(column), Qt::ISODate);
}

RiskRosterEntry entryOf(const Statement& row)
{
    RiskRosterEntry e;
    e.beneficiaryId = row.int64(0);
    e.claimsId = row.int64(1);
    e.birthDate = isoDate(row, 2);
    const std::string_view sex = row.isNull(3) ? std::string_view() : row.utf8(3);
    if (sex == "M")
        e.sex = RiskSex::Male;
    else if (sex == "F")
        e.sex = RiskSex::Female;
    const std::string_view orec = row.isNull(4) ? std::string_view() : row.utf8(4);
    e.orecKnown = orec.size() == 1 && orec[0] >= '0' && orec[0] <= '3';
    e.orec = e.orecKnown ? orec[0] - '0' : 0;
    e.dual = dualStatusOf(row.isNull(5) ? std::string_view() : row.utf8(5));
    e.medicareStatus = row.isNull(6) ? QString() : row.text(6);
    e.partBStart = isoDate(row, 7);
    e.deathDate = isoDate(row, 8);
    return e;
}

} // namespace

std::optional<EnrollmentType> RiskRosterEntry::enrollmentType() const
{
    const QByteArray status = medicareStatus.toLatin1();
    return enrollmentTypeOf(std::string_view(status.constData(), size_t(status.size())), dual);
}

RiskBeneficiary RiskRosterEntry::modelInput(const RiskModel& model, int paymentYear) const
{
    RiskBeneficiary input;
    input.birthDate = birthDate.addYears(model.paymentYear() - paymentYear);
    input.sex = sex.value_or(RiskSex::Female);
    input.orec = orec;
    input.ltiMedicaid = false; // institutional only, which the claims cannot tell
    input.newEnrolleeMedicaid = dual != DualStatus::NonDual;
    return input;
}

std::vector<RiskRosterEntry> loadRiskRoster(const Database& db)
{
    auto query = db.prepare(std::string(rosterColumns) + " ORDER BY b.id");
    std::vector<RiskRosterEntry> roster;
    while (query.step())
        roster.push_back(entryOf(query));
    return roster;
}

std::vector<RiskRosterEntry> loadRiskRoster(const Database& db, std::span<const std::int64_t> ids)
{
    auto query = db.prepare(std::string(rosterColumns) + " WHERE b.id = ?1");
    std::vector<RiskRosterEntry> roster;
    for (std::int64_t id : ids) {
        query.bind(1, id);
        if (query.step())
            roster.push_back(entryOf(query));
        query.reset();
    }
    return roster;
}

} // namespace aco
