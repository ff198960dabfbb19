#include "claimsmeasures/claimdates.h"

namespace aco::claimdates {

int dayNumber(int yyyymmdd)
{
    // The proleptic Gregorian calendar counted in 400-year eras from March 1, so that the leap day
    // ends a year.
    int y = yyyymmdd / 10000;
    const int m = yyyymmdd / 100 % 100;
    const int d = yyyymmdd % 100;
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int dateOfDay(int days)
{
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp + (mp < 10 ? 3 : -9);
    const int y = yoe + era * 400 + (m <= 2);
    return y * 10000 + m * 100 + d;
}

int addDays(int yyyymmdd, int days)
{
    return dateOfDay(dayNumber(yyyymmdd) + days);
}

int addMonths(int yyyymm, int months)
{
    const int index = yyyymm / 100 * 12 + (yyyymm % 100 - 1) + months;
    return (index / 12) * 100 + index % 12 + 1;
}

int monthsBetween(int from, int to)
{
    return (to / 100 * 12 + to % 100) - (from / 100 * 12 + from % 100);
}

int lastDay(int yyyymm)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int year = yyyymm / 100;
    const int month = yyyymm % 100;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return yyyymm * 100 + (month == 2 && leap ? 29 : days[month - 1]);
}

int ageOn(int birth, int yyyymmdd)
{
    int age = yyyymmdd / 10000 - birth / 10000;
    if (yyyymmdd % 10000 < birth % 10000)
        --age;
    return age;
}

} // namespace aco::claimdates
