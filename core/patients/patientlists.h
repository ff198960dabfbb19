#pragma once

#include "period.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace aco {

class Database;

// A beneficiary on a provider's pursuit list: high risk, high cost, recent hospital use.
struct PursuitEntry
{
    std::int64_t beneficiaryId = 0;
    QString mbi;
    QString firstName;
    QString lastName;
    QDate birthDate;
    double riskScore = 0.0;
    int admissions = 0;   // in the twelve months to the data date
    int readmissions = 0;
    int edVisits = 0;
    std::int64_t costCents = 0; // of those events; with claims, all spending in the twelve months
    int openGaps = 0;
    double score = 0.0;
};

// An open care gap of one of a provider's beneficiaries.
struct CareGapEntry
{
    std::int64_t beneficiaryId = 0;
    QString mbi;
    QString firstName;
    QString lastName;
    QString measureCode;
    QString description;
    QDate dueDate;
    bool overdue = false; // due before the data date
};

// The date the patient lists of a period are drawn as of: the period's last day, or the file's
// data date when the period runs past it. A past month's lists are that month's, not today's.
QDate listsAsOf(QDate dataAsOf, Period period);

// The pursuit score that orders the list, highest first:
//   risk score + 0.5 x admissions + 0.25 x readmissions + 0.25 x ED visits + cost / $25,000,
// counting the twelve months to the data date. Each term is about one for a typical high-risk
// patient, so no single one dominates; ties go to the higher risk score, then the MBI.
double pursuitScore(double riskScore, int admissions, int readmissions, int edVisits,
                    std::int64_t costCents);

// The `limit` beneficiaries attributed to a provider with the highest pursuit score as of `asOf`:
// events of the twelve months to it, and the care gaps open on it. The risk score is the one
// computed from the claims for `asOf`'s payment year, where the file has it (aco-workbench
// risk), else the roster's.
std::vector<PursuitEntry> pursuitList(const Database& db, std::int64_t providerId, QDate asOf,
                                      int limit);

// The provider's beneficiaries' care gaps open on `asOf` (not closed by then), due soonest first
// (those overdue on it lead), at most `limit` of them.
std::vector<CareGapEntry> openCareGaps(const Database& db, std::int64_t providerId, QDate asOf,
                                       int limit);

// What may be printed of a patient: the full name and MBI, or, masked for copies that leave the
// practice, initials and the MBI's last four characters.
QString patientName(const QString& first, const QString& last, bool mask);
QString patientMbi(const QString& mbi, bool mask);

} // namespace aco
