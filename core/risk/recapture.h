#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace aco {

class Database;

// A condition to document again: a payment HCC a patient's claims gave last year and have not
// given this year, and the last date a diagnosis of it was seen last year. Names and MBI are as
// stored: mask them with patientName and patientMbi.
struct RecaptureEntry
{
    std::int64_t beneficiaryId = 0;
    QString mbi;
    QString firstName;
    QString lastName;
    int hcc = 0;      // the payment HCC's number
    QString hccLabel; // "Diabetes with Chronic Complications"
    QDate lastSeen;
};

struct RecaptureList
{
    int year = 0; // the year being documented, `asOf`'s
    QDate asOf;
    int patients = 0;
    std::vector<RecaptureEntry> entries; // the visits to schedule: longest unseen first
};

// The recapture list of the patients attributed to `providerId` (attributedBeneficiaries): the
// payment HCCs that the diagnoses of the year before `asOf`'s year gave (after the hierarchies, as
// CMS-HCC counts them) and that the diagnoses from January 1 to `asOf` (the data date) do not
// give, neither as such nor in a more severe form that drops them in the hierarchy. Diagnoses
// are those that count for risk adjustment (RiskClaims); the model is the one riskModelFor gives
// the year that scores them. New enrollees are listed too: the payment score ignores their
// conditions this year, not next. Patients who died by `asOf` are not.
RecaptureList recaptureList(const Database& db, std::int64_t providerId, const QDate& asOf);

} // namespace aco
