#pragma once

#include <QDate>

#include <cstdint>
#include <optional>
#include <string_view>

namespace aco {

// Which of the CMS-HCC model's scores applies to a beneficiary, from what CMS's claims files
// (CCLF8) say of them; and the Shared Savings Program's enrollment types. Sources in
// docs/risk.md.

// Medicaid as CCLF8's BENE_DUAL_STUS_CD (the Medicare-Medicaid dual eligibility code, as ResDAC
// documents it) gives it: 02, 04 and 08 are full-benefit duals; 01, 03, 05 and 06 partial-benefit
// duals; anything else (NA non-Medicaid, 00 not enrolled that month, 09 other duals without
// Medicaid, 99 unknown, blank) is not dual.
enum class DualStatus : std::uint8_t
{
    NonDual,
    Partial,
    Full,
};
DualStatus dualStatusOf(std::string_view code);

// The model's segments: continuing enrollees in the community by Medicaid (non-dual, partial,
// full) and aged (65 or over) or disabled (under 65); institutional; new enrollees.
enum class RiskSegment : std::uint8_t
{
    CommunityNonDualAged,
    CommunityPartialDualAged,
    CommunityFullDualAged,
    CommunityNonDualDisabled,
    CommunityPartialDualDisabled,
    CommunityFullDualDisabled,
    Institutional,
    NewEnrollee,
};
inline constexpr int riskSegmentCount = 8;

// The segment's score column, as CMS's software and RiskModel name it: "COMMUNITY_NA", ...,
// "INSTITUTIONAL", "NE".
const char* riskSegmentName(RiskSegment segment);
std::optional<RiskSegment> riskSegmentNamed(std::string_view name);

// A new enrollee has fewer than 12 months of Part B in the data year, the year before the payment
// year: Part B (CCLF8's BENE_PART_B_ENRLMT_BGN_DT) began after January 1 of that year. An unknown
// start counts as a continuing enrollee.
bool isNewEnrollee(const QDate& partBStart, int paymentYear);

// The community segment of a continuing enrollee of `age` (on February 1 of the payment year), or
// NE. The claims do not say who lives in an institution (a long-term stay in a nursing home), so
// every continuing enrollee is scored in the community.
RiskSegment riskSegmentFor(int age, DualStatus dual, bool newEnrollee);

// The Shared Savings Program's Medicare enrollment types (42 CFR 425.605(a)(1), 425.610(a)(2)):
// from CCLF8's BENE_MDCR_STUS_CD, ESRD is 11, 21 and 31; disabled 20; aged 10, dual (full or
// partial Medicaid) or not.
enum class EnrollmentType : std::uint8_t
{
    Esrd,
    Disabled,
    AgedDual,
    AgedNonDual,
};
inline constexpr int enrollmentTypeCount = 4;
// Nothing for a status that is missing or none of those.
std::optional<EnrollmentType> enrollmentTypeOf(std::string_view medicareStatus, DualStatus dual);
// As a table's row names it: "ESRD", "Disabled", "Aged/dual", "Aged/non-dual".
const char* enrollmentTypeName(EnrollmentType type);

} // namespace aco
