#pragma once

#include <QString>

#include <functional>

class QPainter;

namespace aco::ui {

// Batches of US Letter portrait pages to PDF, in points (the painter's device units), for the
// printed reports: one combined file, or a folder with one file per page written on every core.
// Files appear complete or not at all (QSaveFile), and a cancelled combined file leaves nothing.
class LetterPdf
{
  public:
    // Called after each page with the number done and the total; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;
    // Paints page `index` (0-based) of the batch.
    using PaintPage = std::function<void(QPainter& painter, int index)>;

    // `what` names the batch in errors: "Writing the <what> was cancelled."
    LetterPdf(QString what, int total, Progress progress);

    // Files readable by their owner only, from the first byte: for pages with patient data.
    void setOwnerOnly(bool ownerOnly) { m_ownerOnly = ownerOnly; }

    // One file of `total` pages. Throws aco::Error when the file cannot be written or the run is
    // cancelled.
    void writeCombined(const QString& path, const QString& title, const PaintPage& paint) const;
    // One file per page, named and titled per index. Each worker thread calls `makePainter` once,
    // so that a painter can hold what threads must not share (a database connection).
    void writeFolder(const QString& folder, const std::function<QString(int)>& fileName,
                     const std::function<QString(int)>& title,
                     const std::function<PaintPage()>& makePainter) const;

  private:
    [[noreturn]] void cancelled() const;

    QString m_what;
    int m_total = 0;
    Progress m_progress;
    bool m_ownerOnly = false;
};

} // namespace aco::ui
