#pragma once

#include <QString>

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
    // A hash of every built-in code list's name and bytes: what facts classified by them depend on.
    static std::uint64_t listsFingerprint();

    enum class Exclusion : std::uint8_t {
        None,
        BilateralMastectomy,
        RightMastectomy,
        LeftMastectomy,
        ColorectalCancer, // or a total colectomy
        Palliative,
    };

    // What a HCPCS or CPT code is to the measures, from every list at once.
    struct Hcpcs
    {
        // A primary care service for attribution (42 CFR 425.400(c)) in years firstYear..lastYear
        // (0: still), except at `excludedPlace` (nursing facility visits in a SNF, POS 31; advance
        // care planning in an inpatient hospital, POS 21).
        bool primaryCare = false;
        std::uint16_t firstYear = 0;
        std::uint16_t lastYear = 0;
        char excludedPlace[2] = {0, 0};
        bool ed = false;
        bool followUp = false;
        bool wellness = false;
        bool flu = false;
        bool mammogram = false;
        std::uint8_t colorectalMonths = 0; // how long a colorectal screening test lasts
        Exclusion exclusion = Exclusion::None; // a total colectomy

        bool primaryCareIn(int year, std::string_view placeOfService) const;
    };
    // The code's classes, or nullptr when it is in no list (most codes).
    const Hcpcs* hcpcs(std::string_view code) const;
    bool isEdRevenueCenter(std::string_view revenueCenter) const;
    bool isEdPlaceOfService(std::string_view placeOfService) const { return placeOfService == "23"; }
    bool isFollowUpRevenueCenter(std::string_view revenueCenter) const;
    // What a diagnosis (ICD-10-CM) or a procedure (ICD-10-PCS) excludes from screening.
    Exclusion diagnosisExclusion(std::string_view code) const;

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

    // Codes as integers: up to eight characters, without dots, in upper case; 0 for longer ones.
    static std::uint64_t key(std::string_view code);

    std::unordered_map<std::uint64_t, Hcpcs> m_hcpcs;
    std::unordered_map<std::uint64_t, Exclusion> m_diagnoses;
    std::unordered_set<std::uint64_t> m_edRevenue, m_followUpRevenue;
    std::vector<std::regex> m_alwaysDiagnosis, m_alwaysProcedure, m_potentialProcedure;
    std::vector<std::pair<int, int>> m_acuteRanges;
    std::string m_nonAcuteThird;
    std::unordered_map<std::string, Discharge> m_discharge;
    std::unordered_map<std::string, char> m_dual; // 'N' not dual, 'D' dual
};

} // namespace aco
