#pragma once

#include "period.h"
#include "risk/acorisk.h"

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace aco {

class Database;

// One Medicare enrollment type's spending on the dashboard: the months of the year to the
// period, from the claims (expenditure_by_type), against the year's benchmark for the type when
// the years import gave one.
struct EnrollmentSpending
{
    EnrollmentType type = EnrollmentType::AgedNonDual;
    std::int64_t beneficiaryMonths = 0;
    std::int64_t expenditureCents = 0;
    std::optional<std::int64_t> benchmarkPerCapitaCents; // a year, as the years import gives it

    std::optional<double> pmpm() const; // dollars per beneficiary-month
    std::optional<double> benchmarkPmpm() const;
};

// What the dashboard shows by enrollment type (ESRD, disabled, aged/dual, aged/non-dual): the
// ACO's average risk score and its change since benchmark year 3 against the cap on risk
// growth, and spending against the benchmark.
struct DashboardEnrollment
{
    AcoRiskGrowth risk;    // risk.beneficiaries == 0: the file has no scores for the year
    bool hasSpending = false;  // the claims gave spending by type for the months
    bool hasBenchmark = false; // the year's benchmark is given by type
    std::array<EnrollmentSpending, enrollmentTypeCount> spending;

    bool hasRisk() const { return risk.beneficiaries > 0; }
};

// For performance year `year`, its months from January to `period` (or December).
DashboardEnrollment loadDashboardEnrollment(const Database& db, int year, Period period);

} // namespace aco
