#pragma once

#include "scorecards/scorecard.h"

#include <QString>

#include <functional>
#include <vector>

namespace aco::ui {

// Writes scorecards to PDF: one combined file, or a folder with one file per provider named by
// NPI and name. Files appear complete or not at all (QSaveFile), and a cancelled run of a combined
// file leaves nothing.
class ScorecardWriter
{
public:
    // Called after each scorecard with the number done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    explicit ScorecardWriter(const ScorecardBuilder& builder) : m_builder(builder) {}

    // True when `path` names one combined PDF (ends in .pdf) rather than a folder.
    static bool isCombined(const QString& path);
    // The file name of a provider's scorecard in a folder: "1234567893-Smith-Jane.pdf".
    static QString fileNameFor(const Provider& provider);

    // Returns the number of scorecards written, and records them in the file's export log when
    // it can; throws aco::Error when a file cannot be written, the run is cancelled, or the
    // scorecards show unmasked patients and the file cannot record them (checkExportAllowed).
    int write(const std::vector<Provider>& providers, const QString& path, const Progress& progress = {}) const;
    // Why the last write() was not recorded in the export log (the file is read-only or open
    // in another ACO Workbench); empty when it was.
    const QString& unrecordedNotice() const { return m_unrecorded; }

  private:
    int writePages(const std::vector<Provider>& providers, const QString& path,
                   const Progress& progress, bool ownerOnly) const;

    const ScorecardBuilder& m_builder;
    mutable QString m_unrecorded;
};

} // namespace aco::ui
