#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace aco {

// The code lists of the claims-based measures (resources/measures/, each with its source),
// built into the program and read once: which HCPCS, revenue centers, places of service and
// ICD-10 codes count for attribution and each measure. docs/measures.md gives the rules that use
// them. Codes are compared without dots and in upper case.
class ClaimsCodes
{
public:
    static const ClaimsCodes& builtIn();

    // A primary care service for attribution in `year` (42 CFR 425.400(c)), on a Part B line with
    // this place of service (nursing facility visits do not count in a SNF, POS 31; advance care
    // planning not in an inpatient hospital, POS 21).
    bool isPrimaryCareService(std::string_view hcpcs, int year, std::string_view placeOfService) const;
    bool isEdRevenueCenter(std::string_view revenueCenter) const;
    bool isEdHcpcs(std::string_view hcpcs) const;
    bool isEdPlaceOfService(std::string_view placeOfService) const;
    bool isFollowUpVisit(std::string_view hcpcs) const;
    bool isFollowUpRevenueCenter(std::string_view revenueCenter) const;
    bool isWellnessVisit(std::string_view hcpcs) const;
    bool isFluImmunization(std::string_view hcpcs) const;
    bool isMammogram(std::string_view hcpcs) const;
    // The months a colorectal cancer screening test's result lasts (12 for a stool test, 120 for a
    // colonoscopy), or 0 when the code is not such a test.
    int colorectalLookbackMonths(std::string_view hcpcs) const;

    enum class Exclusion : std::uint8_t {
        None,
        BilateralMastectomy,
        RightMastectomy,
        LeftMastectomy,
        ColorectalCancer, // or a total colectomy
        Palliative,
    };
    // What a diagnosis (ICD-10-CM), procedure (ICD-10-PCS) or HCPCS code excludes from screening.
    Exclusion exclusion(std::string_view code) const;

    bool isAlwaysPlannedDiagnosis(std::string_view icd10) const;
    bool isAlwaysPlannedProcedure(std::string_view pcs) const;
    bool isPotentiallyPlannedProcedure(std::string_view pcs) const;

    // An acute care hospital by its CCN (short-term and critical access hospitals, not their
    // psychiatric or rehabilitation units or swing beds).
    bool isAcuteHospital(std::string_view ccn) const;

    enum class Discharge : std::uint8_t {
        Community,     // home, home health
        TransferAcute, // to another acute care hospital
        PostAcute,     // SNF, rehabilitation, long-term care, ...
        Died,
        AgainstAdvice,
        StillPatient,
        Other, // hospice, law enforcement, unknown
    };
    Discharge discharge(std::string_view status) const;

    enum class Enrollment : std::uint8_t { Esrd, Disabled, AgedDual, AgedNonDual };
    static constexpr int enrollmentCount = 4;
    // From CCLF8's Medicare status and dual status codes; a beneficiary without a status counts
    // as aged and non-dual.
    Enrollment enrollment(std::string_view medicareStatus, std::string_view dualStatus) const;
    static const char* enrollmentName(Enrollment type); // "esrd", "disabled", "aged_dual", "aged_non_dual"

private:
    ClaimsCodes();

    struct PrimaryCare
    {
        int firstYear = 0;
        int lastYear = 0; // 0: still in use
        std::string excludedPlace; // a place of service where it does not count
    };
    // Every claim line is looked up in several lists: by the code's text as it is, without
    // making a string of it.
    struct CodeHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view code) const noexcept { return std::hash<std::string_view>{}(code); }
    };
    using CodeSet = std::unordered_set<std::string, CodeHash, std::equal_to<>>;
    template <typename Value> using CodeMap = std::unordered_map<std::string, Value, CodeHash, std::equal_to<>>;

    CodeMap<PrimaryCare> m_primaryCare;
    CodeSet m_edRevenue, m_edHcpcs, m_edPlace;
    CodeSet m_followUp, m_followUpRevenue;
    CodeSet m_wellness, m_flu, m_mammogram;
    CodeMap<int> m_colorectal;
    CodeMap<Exclusion> m_exclusions;
    std::array<bool, 256> m_exclusionFirst{}; // the first characters of the exclusions' codes
    std::vector<std::regex> m_alwaysDiagnosis, m_alwaysProcedure, m_potentialProcedure;
    std::vector<std::pair<int, int>> m_acuteRanges;
    std::string m_nonAcuteThird;
    CodeMap<Discharge> m_discharge;
    CodeMap<char> m_dual; // 'N' not dual, 'D' dual
};

// The code as the lists compare it: without dots or spaces, in upper case.
std::string normalizedCode(std::string_view code);

} // namespace aco
