#include "fundsflowwriter.h"

#include "error.h"
#include "fundsflowpainter.h"
#include "scorecardwriter.h"

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
    const auto total = static_cast<int>(recipients.size()) + 1; // the summary first
    const LetterPdf pdf(QStringLiteral("funds flow report"), total, progress);
    const FundsFlowPainter painter;
    const bool combined = ScorecardWriter::isCombined(path);
    const LetterPdf::PaintPage paint = [&](QPainter& p, int i) {
        const int number = combined ? i + 1 : 1;
        const int count = combined ? total : 1;
        if (i == 0)
            painter.paintSummary(p, m_report, number, count);
        else
            painter.paintRecipient(p, m_report, *recipients[static_cast<size_t>(i - 1)], number,
                                   count);
    };
    if (combined) {
        pdf.writeCombined(
            path, QStringLiteral("Funds flow report ") + FundsFlowPainter::asOfText(m_report),
            paint);
        return total;
    }
    pdf.writeFolder(
        path,
        [&](int i) {
            return i == 0 ? QStringLiteral("ACO-summary.pdf")
                          : fileNameFor(*recipients[static_cast<size_t>(i - 1)]);
        },
        [&](int i) {
            return QStringLiteral("Funds flow: ") +
                   (i == 0 ? m_report.aco.name : recipients[static_cast<size_t>(i - 1)]->name);
        },
        [&] { return paint; });
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
