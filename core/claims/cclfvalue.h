#pragma once

#include <cstdint>
#include <string_view>

namespace aco::cclf {

// What reading one fixed-width field gave.
enum class ValueStatus { Ok, Blank, Invalid };

// A field's text without the spaces that pad it on either side.
std::string_view trimmed(std::string_view field);

// 9(n): an unsigned whole number, optionally padded with spaces. Blank is ValueStatus::Blank.
ValueStatus parseDigits(std::string_view field, std::int64_t& value);

// Signed dollars and cents, as CCLF amounts are written: optional spaces, an optional sign ('-' or
// '+'), digits (zero-padded or not), and an optional decimal point with one or two decimals;
// spaces may also follow. "-0000000000200.00", " 0000000000200.00", "        200.00", "200" and
// "-5.5" are read. Blank is ValueStatus::Blank (the packet leaves unavailable fields blank).
ValueStatus parseAmountCents(std::string_view field, std::int64_t& cents);

// A signed decimal (-9(18).9999 quantities), any number of decimals.
ValueStatus parseDecimal(std::string_view field, double& value);

// YYYY-MM-DD as the number YYYYMMDD. Blank, 1000-01-01 and 9999-12-31 are missing (CCLF IP 3.6):
// ValueStatus::Blank with `date` 0. An impossible date (2025-02-30) is Invalid.
ValueStatus parseDate(std::string_view field, int& date);

// Whether `yyyymmdd` is a real calendar date.
bool isValidDate(int yyyymmdd);
// "2025-12-15" for 20251215.
void formatDate(int yyyymmdd, char out[10]);

} // namespace aco::cclf
