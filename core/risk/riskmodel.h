#pragma once

#include "risk/riskscore.h"
#include "risk/risktables.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace aco {

// A CMS-HCC risk model (V28 for payment year 2026 is built in), driven by CMS's own tables: the
// ICD-10 mapping with its age, sex and MCE edits, the hierarchies, the diagnosis groups and
// interactions, and the relative factors of the continuing-enrollee segments and of new
// enrollees. Another year's tables, or another version's, are another folder (RiskTables), not
// code. Immutable once loaded: score() may be called from any number of threads at once, and
// allocates nothing.
class RiskModel
{
  public:
    explicit RiskModel(RiskTables tables);

    // The model in `folder` (see RiskTables::read).
    static RiskModel load(const QString& folder);
    // The built-in model of a payment year, read from the program's resources on first use and
    // kept; an aco::Error of kind Usage when there is none for that year.
    static const RiskModel& builtIn(int paymentYear);
    // The payment years with a built-in model, ascending.
    static QList<int> builtInYears();

    const QString& name() const { return m_tables.name; }
    int paymentYear() const { return m_tables.paymentYear; }
    // The day ages are taken on: February 1 of the payment year.
    QDate ageDate() const { return m_tables.ageDate; }
    // Whole years from `birthDate` to the age date.
    int ageOn(const QDate& birthDate) const;
    // CMS's normalization factor for the payment year, and a raw score divided by it, rounded
    // to three decimals as CMS rounds payment scores.
    double normalizationFactor() const { return m_tables.normalizationFactor; }
    double normalized(double raw) const;

    // Payment HCCs, by index in ascending order of their number.
    int hccCount() const { return static_cast<int>(m_tables.hccNumbers.size()); }
    int hccNumber(int index) const { return m_tables.hccNumbers[size_t(index)]; }
    QString hccName(int index) const;  // "HCC37"
    QString hccLabel(int index) const; // "Diabetes with Chronic Complications"
    std::optional<int> hccIndex(int number) const;
    // The HCCs of `hccs` as CMS's software lists them: "HCC37 HCC226", ascending.
    QString hccList(const HccSet& hccs) const;

    const QStringList& continuingSegments() const { return m_tables.continuingSegments; }
    const QStringList& newEnrolleeSegments() const { return m_tables.newEnrolleeSegments; }
    const QStringList& interactionNames() const { return m_tables.interactionNames; }
    const QStringList& countNames() const { return m_tables.countNames; }

    // Scores a beneficiary with the diagnosis codes of the data year ("E1122" or "E11.22";
    // repeats are harmless). A code that is malformed or not in the model gives nothing, as in
    // CMS's software; check input with Icd10Code::parse where a malformed code is an error.
    RiskScore score(const RiskBeneficiary& beneficiary,
                    std::span<const std::string_view> codes) const;
    // The same with codes already parsed by Icd10Code::parse.
    RiskScore scoreParsed(const RiskBeneficiary& beneficiary,
                          std::span<const std::uint64_t> codes) const;

    // The two halves of scoreParsed, for callers that gather a beneficiary's diagnoses as they
    // come (a year of claims read once for everyone): the HCCs that parsed codes give the
    // beneficiary under the model's age, sex and MCE edits, added to `conditions` (before the
    // hierarchies); and the score of the conditions so gathered.
    void addConditions(const RiskBeneficiary& beneficiary, std::span<const std::uint64_t> codes,
                       HccSet& conditions) const;
    RiskScore scoreConditions(const RiskBeneficiary& beneficiary, const HccSet& conditions) const;
    // The HCCs that those of `hccs` drop by the hierarchies: a condition in it is documented in
    // a more severe form.
    HccSet droppedBy(const HccSet& hccs) const;

  private:
    using Variable = RiskTables::Variable;

    struct Demographics
    {
        int age = 0;
        std::uint8_t sex = 0;
        bool disabled = false;
        bool originallyDisabled = false;
        bool ltiMedicaid = false;
    };

    void addCode(std::uint64_t code, const Demographics& person, HccSet& conditions) const;
    void finish(const RiskBeneficiary& beneficiary, const Demographics& person, HccSet conditions,
                RiskScore& score) const;
    bool holds(const Variable& variable, const Demographics& person, const RiskScore& score) const;
    void addNewEnrollee(const RiskBeneficiary& beneficiary, const Demographics& person,
                        RiskScore& score) const;
    Demographics demographics(const RiskBeneficiary& beneficiary) const;
    void addFactors(size_t variable, RiskScore& score) const;

    // The codes' rows found by hashing: most codes of a claim are not in the model, and a miss
    // costs one probe or two instead of a binary search's dozen.
    struct CodeSlot
    {
        std::uint64_t code = 0; // 0: empty
        std::uint32_t firstRow = 0;
        std::uint32_t endRow = 0;
    };

    RiskTables m_tables;
    std::vector<CodeSlot> m_slots;
    int m_slotShift = 60; // the slot is the top 64 - shift bits of the hash
    // Continuing-enrollee factors: the variable of each HCC (or -1), and all the others, which
    // are tested one by one.
    std::vector<int> m_hccVariable;
    std::vector<size_t> m_otherVariables;
};

} // namespace aco
