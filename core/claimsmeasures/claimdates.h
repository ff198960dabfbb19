#pragma once

namespace aco::claimdates {

// Dates as CCLF tables hold them: integers yyyymmdd; months yyyymm.

// Days since 1970-01-01, for day arithmetic (civil calendar).
int dayNumber(int yyyymmdd);
// The yyyymmdd date `days` after 1970-01-01.
int dateOfDay(int days);
int addDays(int yyyymmdd, int days);
inline int monthOf(int yyyymmdd)
{
    return yyyymmdd / 100;
}
// yyyymm plus `months` (negative to go back).
int addMonths(int yyyymm, int months);
// Whole months from `from` to `to` (yyyymm): 0 for the same month.
int monthsBetween(int from, int to);
inline int firstDay(int yyyymm)
{
    return yyyymm * 100 + 1;
}
int lastDay(int yyyymm);
// Age in whole years on `yyyymmdd` of someone born on `birth`.
int ageOn(int birth, int yyyymmdd);

} // namespace aco::claimdates
