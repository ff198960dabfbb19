#pragma once

#include "risk/agerange.h"
#include "risk/riskscore.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace aco {

// One risk model's tables, read from a folder of CMS's CSV files and turned into what scoring
// needs: sorted codes, HCC bit sets, and every factor's variable resolved to what it tests. The
// folder's model.json names the files and holds what is not in CMS's tables (the payment year,
// the normalization factor, V28's condition on HCC 223); see resources/risk/README.md.
struct RiskTables
{
    // One row of the ICD-10 mapping: the HCC the code gives, when the beneficiary's age is
    // within `valid` (CMS's MCE age edit: otherwise the code is invalid) and `applies` (the
    // model's age edit: otherwise this row does not apply) and the sex matches (0: either).
    struct DiagnosisRow
    {
        std::uint16_t hcc = 0;
        std::uint8_t sex = 0;
        AgeRange valid;
        AgeRange applies;
    };

    // What a factor or an interaction's term tests.
    struct Variable
    {
        enum class Kind : std::uint8_t
        {
            AgeSex,             // a continuing enrollee's sex and age band (F65_69)
            NewEnrollee,        // a new enrollee's Medicaid, originally disabled, sex and age
            OriginallyDisabled, // ORIGDIS, or OriginallyDisabled_Female/_Male with a sex
            Disabled,           // DISABL
            LtiMedicaid,        // LTIMCAID
            Hcc,                // a payment HCC (index)
            Category,           // any HCC of a diagnosis group (index)
            Count,              // the number of payment HCCs within `ages` (D5; D10P)
            Interaction,        // an interaction (index)
        };
        Kind kind = Kind::Hcc;
        int index = 0;
        std::uint8_t sex = 0; // 0: either
        bool medicaid = false;
        bool originallyDisabled = false;
        AgeRange ages; // of the beneficiary, or for Count the number of HCCs
    };

    struct Interaction
    {
        Variable first;
        Variable second;
    };

    QString name; // "CMS-HCC V28"
    int paymentYear = 0;
    QDate ageDate; // ages are taken on this day (February 1 of the payment year)
    double normalizationFactor = 1.0;

    // ICD-10 codes (Icd10Code), sorted; code i's rows are rows[firstRow[i] .. firstRow[i + 1]).
    std::vector<std::uint64_t> codes;
    std::vector<std::uint32_t> firstRow;
    std::vector<DiagnosisRow> rows;

    // Payment HCCs by index, in order of their number.
    std::vector<int> hccNumbers;
    QStringList hccLabels;
    std::vector<HccSet> drops; // per HCC: what it drops when present (the hierarchies)
    // An HCC kept only when one of `anyOf` is present too (V28: HCC 223 needs heart failure).
    struct Requirement
    {
        int hcc = 0;
        HccSet anyOf;
    };
    std::vector<Requirement> requirements;

    QStringList categoryNames;
    std::vector<HccSet> categories;
    QStringList interactionNames;
    std::vector<Interaction> interactions;
    QStringList countNames; // D1 .. D10P, in the order of the factors file

    // Relative factors: variable i's factor for segment s is factors[i * segments.size() + s]
    // (0 where CMS's table leaves it blank).
    QStringList continuingSegments;
    std::vector<Variable> continuingVariables;
    std::vector<double> continuingFactors;
    QStringList newEnrolleeSegments;
    std::vector<Variable> newEnrolleeVariables;
    std::vector<double> newEnrolleeFactors;

    // Reads the tables in `folder` (on disk, or a Qt resource path such as ":/risk/v28-2026").
    // A missing file, a malformed row or a name the tables do not define is an aco::Error of
    // kind InvalidData naming the file and line.
    static RiskTables read(const QString& folder);
};

} // namespace aco
