#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace aco {

// The Shared Savings Program's tracks, as CMS's public use files name them (TRACK_1 ...).
enum class MsspTrack {
    Track1,
    Track1Plus,
    Track2,
    Track3,
    BasicA,
    BasicB,
    BasicC,
    BasicD,
    BasicE,
    Enhanced,
};

inline constexpr std::array<MsspTrack, 10> allMsspTracks{
    MsspTrack::Track1, MsspTrack::Track1Plus, MsspTrack::Track2,   MsspTrack::Track3,
    MsspTrack::BasicA, MsspTrack::BasicB,     MsspTrack::BasicC,   MsspTrack::BasicD,
    MsspTrack::BasicE, MsspTrack::Enhanced,
};

QString msspTrackCode(MsspTrack track); // "TRACK_1_PLUS", "BASIC_C", as in the batch file
QString msspTrackName(MsspTrack track); // "Track 1+", "BASIC level C", for people
std::optional<MsspTrack> parseMsspTrack(const QString& code); // case-insensitive code
bool isBasicTrack(MsspTrack track);

// What one ACO's reconciliation needs for one performance year. Money is in dollars (cents
// allowed); rates and shares are fractions (0.02 for 2%). The comment after each field names
// the batch column (and JSON key) it comes from.
struct MsspInput
{
    int performanceYear = 2024;             // performance_year
    MsspTrack track = MsspTrack::BasicA;    // track
    std::int64_t assignedBeneficiaries = 0; // assigned_beneficiaries
    double benchmarkTotal = 0;              // benchmark_total: total benchmark expenditures
    double expenditureTotal = 0;            // expenditure_total: assigned beneficiaries' total
    // msr, mlr: nullopt means the size-based table (with MLR = MSR for two-sided tracks).
    // Below 5,000 beneficiaries the table does not apply and the MSR must be given.
    std::optional<double> msr;
    std::optional<double> mlr;
    std::optional<double> qualityScore;        // quality_score, 0-1
    bool metQualityStandard = true;            // met_quality_standard
    bool metAlternativeQualityStandard = false; // met_alternative_quality_standard
    bool lowRevenue = false;                   // low_revenue
    std::optional<int> agreementStartYear;     // agreement_start_year
    // agreement_year: Track 2's loss limit grows with it; nullopt means performance year minus
    // agreement start year plus one.
    std::optional<int> agreementYear;
    std::optional<double> participantRevenue; // participant_revenue: nullopt = unknown
    double disasterFraction = 0;              // disaster_fraction: share of losses forgiven

    bool operator==(const MsspInput&) const = default;
};

// Something wrong with an input, named by its batch column so that the batch can report
// "FILE:LINE: column NAME: reason" and the window can point at the field.
struct MsspInputProblem
{
    QString column;
    QString reason;
};

} // namespace aco
