#pragma once

#include "demo/democontext.h"

#include <array>
#include <cstdint>
#include <string_view>

namespace aco::demo {

// Which providers report a measure.
enum class Reporters { PrimaryCare, Everyone, PrimaryCareAndSpecialties };

// A measure of the demo and how its values are drawn. Rates move on the logit scale (percent
// measures) or the log scale (per 1,000 and cost); `effect` terms are in those units.
struct MeasureDef
{
    const char* code;
    const char* name;
    const char* domain;
    const char* direction; // "higher" or "lower" is better
    const char* unit;      // percent, per_1000 (per 1,000 beneficiaries per year), pmpm (dollars)
    const char* acoNumber; // the CMS ACO measure number, or nullptr
    const char* description;
    double base;        // ACO value at the start: a proportion, events per 1,000 a year, or dollars
    double spread;      // standard deviation of the provider effect
    double trendPerYear; // signed drift per year
    double seasonal;     // amplitude of the yearly cycle (cost and events; the claims give the rest theirs)
    int peakMonth;       // month the cycle peaks
    Cohort cohort;       // denominator group (percent measures) or exposure (others)
    Reporters reporters;
    const char* specialties; // for PrimaryCareAndSpecialties: specialists who also report it
    double benchmark;        // an illustrative external benchmark in display units; 0: none
};

// The Table 1 measures of the CMS Provider Engagement Toolkit, plus meeting attendance. For the
// measures computed from claims (fromClaims), the values are what the demo's claims are planned
// to give; the others' are drawn directly.
const std::array<MeasureDef, catalogSize>& measureCatalog();
// Whether the demo's results of a measure are computed from its claims (ClaimsAggregator's
// codes) rather than drawn as an EHR extract would bring them.
bool fromClaims(const MeasureDef& measure);
// Whether a measure's monthly denominator is the beneficiaries eligible that month (screening
// and other status measures) rather than events (discharges, meetings, member-months).
bool isMonthlyStatus(const MeasureDef& measure);

// The database id of a catalogue measure (its 1-based position).
std::int64_t measureId(std::string_view code);

} // namespace aco::demo
