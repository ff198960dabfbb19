#pragma once

#include "risk/riskscore.h"
#include "risk/risksegment.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace aco {

class Database;
class RiskModel;

// What the beneficiary roster (CCLF8's demographics) says of a beneficiary that the risk model
// needs, and where their claims are.
struct RiskRosterEntry
{
    std::int64_t beneficiaryId = 0;
    std::int64_t claimsId = 0; // the claims' bene_id (cclf_mbi), 0 when no claim names them
    QDate birthDate;
    std::optional<RiskSex> sex;
    int orec = 0;          // original reason for entitlement, 0-3
    bool orecKnown = true; // false: blank or CCLF's 4 (unknown), scored as 0 (entitled by age)
    DualStatus dual = DualStatus::NonDual;
    QString medicareStatus; // BENE_MDCR_STUS_CD
    QDate partBStart;
    QDate deathDate;

    // Scored only with a birth date and a sex, which the model cannot do without.
    bool scorable() const { return birthDate.isValid() && sex.has_value(); }
    // Died before `paymentYear` began: not in that year's population.
    bool diedBefore(int paymentYear) const
    {
        return deathDate.isValid() && deathDate < QDate(paymentYear, 1, 1);
    }
    std::optional<EnrollmentType> enrollmentType() const;
    // The model's input for `paymentYear`. A model of another payment year takes ages on its own
    // February 1, so the birth date is moved by the difference: ages fall on February 1 of
    // `paymentYear` as CMS takes them. Medicaid, for new enrollees, is any dual status.
    RiskBeneficiary modelInput(const RiskModel& model, int paymentYear) const;
};

// The roster, ordered by beneficiary id; all of it, or the beneficiaries `ids` (in that order,
// those that exist).
std::vector<RiskRosterEntry> loadRiskRoster(const Database& db);
std::vector<RiskRosterEntry> loadRiskRoster(const Database& db, std::span<const std::int64_t> ids);

} // namespace aco
