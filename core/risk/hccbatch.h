#pragma once

#include "risk/riskscore.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace aco {

class RiskModel;

// A problem with one row of an input file: where (1-based line and column) and why, as a
// sentence that says how to fix it.
struct HccInputProblem
{
    QString file;
    int line = 0;
    int column = 0;
    QString reason;
};

// Scores the beneficiaries of CMS's model software's two input files, as `aco-workbench hcc`
// does, so that an analyst can compare with CMS's own software on the same files:
// beneficiaries (ID,DOB,SEX,OREC,LTIMCAID,NEMCAID) and diagnoses (ID,ICD10), columns found by
// name in any order. A bad row (an unknown sex or OREC code, a missing or malformed date of
// birth, a diagnosis code not written as ICD-10) is reported and its beneficiary is left out;
// the others are scored. A well-formed code the model does not know gives nothing, as in CMS's
// software; diagnoses of IDs that are not in the beneficiaries file are counted and not used.
class HccBatch
{
  public:
    // Reads and scores, over `threads` threads. A file that cannot be read as these columns at
    // all (malformed header, a column missing) is an aco::Error of kind InvalidData naming it.
    static HccBatch score(const RiskModel& model, const QByteArray& beneficiaries,
                          const QString& beneficiariesName, const QByteArray& diagnoses,
                          const QString& diagnosesName, int threads = 2);

    const std::vector<HccInputProblem>& problems() const { return m_problems; }
    std::int64_t beneficiaryRows() const { return m_beneficiaryRows; }
    std::int64_t scoredCount() const { return m_scored; }
    // Diagnoses whose ID is not in the beneficiaries file.
    std::int64_t unmatchedDiagnoses() const { return m_unmatched; }
    // One row per scored beneficiary, in the order of the beneficiaries file: ID, HCCS (the
    // payment HCCs after hierarchies, "HCC37 HCC226"), the raw score of each continuing-enrollee
    // segment and the new-enrollee score (NE), three decimals. CSV with CRLF line ends.
    const QByteArray& outputCsv() const { return m_output; }

    // "FILE:LINE:COLUMN: reason"
    static QString problemText(const HccInputProblem& problem);

  private:
    std::vector<HccInputProblem> m_problems;
    std::int64_t m_beneficiaryRows = 0;
    std::int64_t m_scored = 0;
    std::int64_t m_unmatched = 0;
    QByteArray m_output;
};

} // namespace aco
