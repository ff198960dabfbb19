#pragma once

#include "risk/hccset.h"
#include "risk/riskroster.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace aco {

class Database;
class RiskModel;

// A provider's attributed patient as the risk lists show them: who (names and MBI, for the
// caller to mask with patientName and patientMbi) and what the model needs.
struct RiskPanelPatient
{
    RiskRosterEntry person;
    QString mbi;
    QString firstName;
    QString lastName;
};

// The patients attributed to `providerId` on `asOf` (attributedBeneficiaries), by id.
std::vector<RiskPanelPatient> loadRiskPanel(const Database& db, std::int64_t providerId,
                                            const QDate& asOf);

// Calls `visit(patient index, code, date)` for every diagnosis of the panel's claims that counts
// for risk adjustment (RiskClaims) dated from `from` to `thru`, read through the claims'
// beneficiary index.
void forEachPanelDiagnosis(
    const Database& db, const std::vector<RiskPanelPatient>& panel, const QDate& from,
    const QDate& thru,
    const std::function<void(size_t patient, std::uint64_t code, const QDate& date)>& visit);

// The conditions (HCCs before the hierarchies, RiskModel::addConditions) that each patient's
// diagnoses dated from `from` to `thru` give, with ages for `paymentYear`; one per patient.
std::vector<HccSet> panelConditions(const Database& db, const std::vector<RiskPanelPatient>& panel,
                                    const RiskModel& model, int paymentYear, const QDate& from,
                                    const QDate& thru);

// A date as the claims tables write it, yyyymmdd.
int claimsDate(const QDate& date);

} // namespace aco
