#include "risksegment.h"

#include "claims/cclfvalue.h"

#include <array>

namespace aco {

namespace {

constexpr std::array<const char*, riskSegmentCount> segmentNames = {
    "COMMUNITY_NA",  "COMMUNITY_PBA", "COMMUNITY_FBA", "COMMUNITY_ND",
    "COMMUNITY_PBD", "COMMUNITY_FBD", "INSTITUTIONAL", "NE",
};

} // namespace

DualStatus dualStatusOf(std::string_view code)
{
    code = cclf::trimmed(code);
    if (code == "02" || code == "04" || code == "08")
        return DualStatus::Full;
    if (code == "01" || code == "03" || code == "05" || code == "06")
        return DualStatus::Partial;
    return DualStatus::NonDual;
}

const char* riskSegmentName(RiskSegment segment)
{
    return segmentNames[static_cast<size_t>(segment)];
}

std::optional<RiskSegment> riskSegmentNamed(std::string_view name)
{
    for (size_t i = 0; i < segmentNames.size(); ++i) {
        if (name == segmentNames[i])
            return static_cast<RiskSegment>(i);
    }
    return std::nullopt;
}

bool isNewEnrollee(const QDate& partBStart, int paymentYear)
{
    return partBStart.isValid() && partBStart > QDate(paymentYear - 1, 1, 1);
}

RiskSegment riskSegmentFor(int age, DualStatus dual, bool newEnrollee)
{
    if (newEnrollee)
        return RiskSegment::NewEnrollee;
    const bool disabled = age < 65;
    switch (dual) {
    case DualStatus::NonDual:
        return disabled ? RiskSegment::CommunityNonDualDisabled : RiskSegment::CommunityNonDualAged;
    case DualStatus::Partial:
        return disabled ? RiskSegment::CommunityPartialDualDisabled
                        : RiskSegment::CommunityPartialDualAged;
    case DualStatus::Full:
        return disabled ? RiskSegment::CommunityFullDualDisabled
                        : RiskSegment::CommunityFullDualAged;
    }
    return RiskSegment::CommunityNonDualAged;
}

std::optional<EnrollmentType> enrollmentTypeOf(std::string_view medicareStatus, DualStatus dual)
{
    medicareStatus = cclf::trimmed(medicareStatus);
    if (medicareStatus == "11" || medicareStatus == "21" || medicareStatus == "31")
        return EnrollmentType::Esrd;
    if (medicareStatus == "20")
        return EnrollmentType::Disabled;
    if (medicareStatus == "10")
        return dual == DualStatus::NonDual ? EnrollmentType::AgedNonDual : EnrollmentType::AgedDual;
    return std::nullopt;
}

const char* enrollmentTypeName(EnrollmentType type)
{
    switch (type) {
    case EnrollmentType::Esrd:
        return "ESRD";
    case EnrollmentType::Disabled:
        return "Disabled";
    case EnrollmentType::AgedDual:
        return "Aged/dual";
    case EnrollmentType::AgedNonDual:
        return "Aged/non-dual";
    }
    return "";
}

} // namespace aco
