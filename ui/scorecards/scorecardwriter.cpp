#include "scorecardwriter.h"

#include "error.h"
#include "letterpdf.h"
#include "scorecardpainter.h"
#include "store/store.h"

#include <QRegularExpression>

#include <memory>

namespace aco::ui {

bool ScorecardWriter::isCombined(const QString& path)
{
    return path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

QString ScorecardWriter::fileNameFor(const Provider& provider)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    QString name = provider.npi + QLatin1Char('-') + provider.lastName + QLatin1Char('-') + provider.firstName;
    name.replace(unsafe, QStringLiteral("-"));
    return name + QStringLiteral(".pdf");
}

int ScorecardWriter::write(const std::vector<Provider>& providers, const QString& path, const Progress& progress) const
{
    if (providers.empty())
        throw Error("There are no providers to print.", Error::Kind::Usage);
    const auto total = static_cast<int>(providers.size());
    const LetterPdf pdf(QStringLiteral("scorecards"), total, progress);
    const ScorecardPainter page;
    if (isCombined(path)) {
        pdf.writeCombined(
            path, QStringLiteral("Provider scorecards"), [&](QPainter& painter, int i) {
                page.paint(painter, m_builder.build(providers[static_cast<size_t>(i)]), i + 1,
                           total);
            });
        return total;
    }
    // Every core writes files; each thread reads patients through a connection of its own.
    pdf.writeFolder(
        path, [&](int i) { return fileNameFor(providers[static_cast<size_t>(i)]); },
        [&](int i) {
            return QStringLiteral("Scorecard: ") + providers[static_cast<size_t>(i)].displayName();
        },
        [&]() -> LetterPdf::PaintPage {
            auto store =
                std::make_shared<const Store>(Store::openReadOnly(m_builder.database().path()));
            return [this, &page, &providers, store](QPainter& painter, int i) {
                page.paint(painter,
                           m_builder.build(providers[static_cast<size_t>(i)], &store->db()), 1, 1);
            };
        });
    return total;
}

} // namespace aco::ui
