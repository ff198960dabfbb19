#include "fundsflowwriter.h"

#include "error.h"
#include "fundsflowpainter.h"
#include "scorecardwriter.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

namespace aco::ui {

std::vector<const FundsFlowRecipient*> FundsFlowWriter::select(const QString& npi) const
{
    std::vector<const FundsFlowRecipient*> chosen;
    for (const FundsFlowRecipient& r : m_report.recipients) {
        const bool pays = std::any_of(r.providers.begin(), r.providers.end(),
                                      [&](const Provider& p) { return p.npi == npi; });
        if (npi.isEmpty() || pays)
            chosen.push_back(&r);
    }
    if (!npi.isEmpty() && chosen.empty())
        throw Error("No recipient of scenario '" + m_report.scenario.name.toStdString() +
                        "' pays the provider with NPI " + npi.toStdString() +
                        "; check the NPI and the scenario's eligibility.",
                    Error::Kind::Usage);
    return chosen;
}

QString FundsFlowWriter::fileNameFor(const FundsFlowRecipient& recipient) const
{
    if (m_report.scenario.level == Level::Provider && recipient.providers.size() == 1)
        return ScorecardWriter::fileNameFor(recipient.providers.front());
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    return QString(recipient.name).replace(unsafe, QStringLiteral("-")) + QStringLiteral(".pdf");
}

int FundsFlowWriter::write(const std::vector<const FundsFlowRecipient*>& recipients,
                           const QString& path, const LetterPdf::Progress& progress) const
{
    const FundsFlowPainter painter;
    const FundsFlowPages pages = painter.pages(m_report, recipients);
    const int total = pages.total();
    const QString title = QStringLiteral("Funds flow report ") + FundsFlowPainter::asOfText(m_report);
    if (ScorecardWriter::isCombined(path)) {
        LetterPdf(QStringLiteral("funds flow report"), total, progress)
            .writeCombined(path, title, [&](QPainter& p, int i) {
                painter.paintPage(p, m_report, pages, i, i + 1, total);
            });
        return total;
    }
    // A folder: the summary's pages in one file, then a file per recipient.
    if (!QDir().mkpath(path))
        throw Error("The folder " + quoted(path) + " cannot be created.");
    const int summary = pages.summaryPages();
    const auto offset = [&](int done, int) { return !progress || progress(done + summary, total); };
    LetterPdf(QStringLiteral("funds flow report"), summary,
              progress ? LetterPdf::Progress([&](int done, int) { return progress(done, total); })
                       : LetterPdf::Progress())
        .writeCombined(QDir(path).filePath(QStringLiteral("ACO-summary.pdf")),
                       QStringLiteral("Funds flow: ") + m_report.aco.name,
                       [&](QPainter& p, int i) {
                           painter.paintPage(p, m_report, pages, i, i + 1, summary);
                       });
    LetterPdf(QStringLiteral("funds flow report"), static_cast<int>(pages.recipients.size()),
              offset)
        .writeFolder(
            path,
            [&](int i) { return fileNameFor(*pages.recipients[static_cast<size_t>(i)]); },
            [&](int i) {
                return QStringLiteral("Funds flow: ") + pages.recipients[static_cast<size_t>(i)]->name;
            },
            [&] {
                return [&](QPainter& p, int i) {
                    painter.paintPage(p, m_report, pages, summary + i, 1, 1);
                };
            });
    return total;
}

void FundsFlowWriter::writeCsv(const std::vector<const FundsFlowRecipient*>& recipients,
                               const QString& path) const
{
    const QByteArray bytes = fundsFlowCsv(m_report, recipients);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error("'" + path.toStdString() + "' cannot be written (" +
                    file.errorString().toStdString() + ").");
}

} // namespace aco::ui
