#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace aco {

class Database;

// A patient whose normalized CMS-HCC score moved between two periods, and the payment HCCs that
// came and went. Names and MBI are as stored: mask them with patientName and patientMbi.
struct PatientRiskChange
{
    std::int64_t beneficiaryId = 0;
    QString mbi;
    QString firstName;
    QString lastName;
    double before = 0.0; // normalized scores
    double after = 0.0;
    std::vector<int> gained; // payment HCCs by number
    std::vector<int> lost;

    double change() const { return after - before; }
};

// A provider's panel between two periods: how many patients, how many had a score in both, the
// panel's average normalized score in each, and the patients whose score changed most, largest
// change first (either way; ties by MBI).
struct PanelRiskChanges
{
    int patients = 0;                        // attributed
    int compared = 0;                        // scored in both periods
    std::optional<double> panelAverage;      // of the patients scored in the later period
    std::optional<double> panelPriorAverage; // in the earlier
    std::vector<PatientRiskChange> changes;
};

// The ACO's average normalized score for a payment year, over every beneficiary scored.
struct AverageRisk
{
    int beneficiaries = 0;
    double average = 0.0;
};
std::optional<AverageRisk> acoAverageRisk(const Database& db, int paymentYear);

// Since the prior year: the stored scores (risk_score) of payment year `paymentYear` against
// `paymentYear - 1`, for the patients attributed to `providerId` (attributedBeneficiaries) in
// the payment year (on its December 31); at most `limit` changes. Compare panelAverage with
// acoAverageRisk(paymentYear) for the panel against the ACO.
PanelRiskChanges yearRiskChanges(const Database& db, std::int64_t providerId, int paymentYear,
                                 int limit = 20);

// Since the prior quarter, an interim score: each patient scored from the diagnoses of the twelve
// months to the end of the last quarter complete on `asOf` (the data date) against those of the
// twelve months to the end of the quarter before, both with the ages, segment and model of the
// payment year after the later window, so that only diagnoses move the score. Computed when
// asked, from the panel's claims, and not stored (see docs/risk.md); at most `limit` changes.
struct QuarterRiskChanges : PanelRiskChanges
{
    QDate windowEnd;      // the end of the last complete quarter
    QDate priorWindowEnd; // and of the quarter before
    int paymentYear = 0;  // whose ages, segments and model score both windows
};
QuarterRiskChanges quarterRiskChanges(const Database& db, std::int64_t providerId,
                                      const QDate& asOf, int limit = 20);

// The last day of the last calendar quarter complete on `date` (`date` itself when it ends one).
QDate lastQuarterEnd(const QDate& date);

} // namespace aco
