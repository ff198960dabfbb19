#pragma once

#include "mssp/msspinput.h"
#include "period.h"

#include <map>
#include <optional>
#include <vector>

namespace aco {

class Database;

// A performance year's reconciliation inputs as the file has them: the benchmark for the
// assigned beneficiaries, and the expenditures to date annualised per beneficiary-month.
struct MsspYearData
{
    MsspInput input;
    int monthsOfData = 0; // months of expenditures in the year so far
    Period through;       // the last of them
};

// The performance years in the file, latest first.
std::vector<int> performanceYears(const Database& db);
// Each performance year's quality score as the file has it (0-1); none while it is not known.
std::map<int, std::optional<double>> qualityScores(const Database& db);
// Nullopt when the file has no such year or no expenditures in it. With `through`, only the
// expenditures up to that month count (a year-to-date projection as of that month).
std::optional<MsspYearData> loadMsspYear(const Database& db, int year,
                                         std::optional<Period> through = std::nullopt);

} // namespace aco
