#pragma once

#include "letterpdf.h"
#include "scenarios/fundsflow.h"

#include <QString>

#include <vector>

namespace aco::ui {

// Writes a funds flow report to PDF (FundsFlowPages): the ACO summary with the chosen recipients'
// payments, the recipients who cannot be paid on one page, then a page per chosen recipient with
// something at stake; in one combined file (a path ending in .pdf) or a folder (the summary's
// pages in ACO-summary.pdf, then a file per recipient).
class FundsFlowWriter
{
  public:
    explicit FundsFlowWriter(const FundsFlowReport& report) : m_report(report) {}

    // The recipients a request names: the one paying the provider with this NPI, or all when
    // `npi` is empty. Throws aco::Error (Usage) naming the NPI when no recipient pays it.
    std::vector<const FundsFlowRecipient*> select(const QString& npi) const;
    // The file name of a recipient's page in a folder: "1234567893-Smith-Jane.pdf" for a provider.
    QString fileNameFor(const FundsFlowRecipient& recipient) const;

    // Returns the number of pages written; throws aco::Error when a file cannot be written or the
    // run is cancelled.
    int write(const std::vector<const FundsFlowRecipient*>& recipients, const QString& path,
              const LetterPdf::Progress& progress = {}) const;

    // The CSV of fundsFlowCsv, written whole or not at all. Throws aco::Error naming the file.
    void writeCsv(const std::vector<const FundsFlowRecipient*>& recipients,
                  const QString& path) const;

  private:
    const FundsFlowReport& m_report;
};

} // namespace aco::ui
