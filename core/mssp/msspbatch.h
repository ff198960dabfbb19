#pragma once

#include "mssp/msspcalculator.h"
#include "mssp/msspinput.h"
#include "mssp/msspresult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace aco {

// A problem with one row (line 0: a single input that is not a CSV row).
struct MsspBatchProblem
{
    int line = 0;
    QString column;
    QString reason;
};

// One reconciled row.
struct MsspBatchResult
{
    int line = 0;
    QString acoId;
    MsspInput input;
    MsspResult result;
};

// Reconciles many ACOs from a CSV file, as `aco-workbench mssp --batch` does: columns are found
// by header name in any order (unknown ones are ignored), each row is checked and reconciled on
// its own, and a bad row is reported (line, column, reason) without stopping the others. The
// same cell parsing serves the single-ACO JSON input.
class MsspBatch
{
public:
    // Reads and reconciles `csv`. Problems with the file as a whole (malformed CSV, a required
    // column missing from the header) are an aco::Error of kind InvalidData naming the file.
    static MsspBatch reconcile(const QByteArray& csv, const QString& fileName,
                               const MsspCalculator& calculator = MsspCalculator());

    // Builds an input from text cells looked up by column name (an empty string for a blank or
    // absent cell), appending every problem found; nullopt when there was one. `acoId` receives
    // the aco_id cell.
    static std::optional<MsspInput> parseInput(const std::function<QString(const QString&)>& cell,
                                               const MsspCalculator& calculator,
                                               std::vector<MsspInputProblem>& problems,
                                               QString* acoId = nullptr);

    static const QStringList& inputColumns();
    static const QStringList& requiredColumns();
    static const QStringList& outputColumns();
    // The output columns of one result, in the order of outputColumns().
    static QStringList outputFields(const QString& acoId, const MsspResult& result);

    const QString& fileName() const { return m_fileName; }
    int rowCount() const { return m_rowCount; }
    const std::vector<MsspBatchResult>& results() const { return m_results; }
    const std::vector<MsspBatchProblem>& problems() const { return m_problems; }
    // "FILE:LINE: column NAME: reason"
    QString problemText(const MsspBatchProblem& problem) const;
    // The results as CSV, with a header, in input order.
    QByteArray outputCsv() const;

private:
    QString m_fileName;
    int m_rowCount = 0;
    std::vector<MsspBatchResult> m_results;
    std::vector<MsspBatchProblem> m_problems;
};

} // namespace aco
