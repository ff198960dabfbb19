#include "scorecardwriter.h"

#include "error.h"
#include "export/exportlog.h"
#include "letterpdf.h"
#include "scorecardpainter.h"
#include "store/store.h"

#include <QRegularExpression>

#include <memory>

namespace aco::ui {

namespace {

// What the scorecards show of patients: their pursuit lists, care gaps and risk lists, masked or
// not.
PatientData patientDataOf(const ScorecardOptions& options)
{
    if (options.pursuitLimit == 0 && options.careGapLimit == 0 && options.riskChangeLimit == 0)
        return PatientData::None;
    return options.maskPhi ? PatientData::Masked : PatientData::Included;
}

} // namespace

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
    // Recorded in the file's export log, through a connection of its own (the builder's may be
    // read-only); unmasked patients from a file that cannot record them are refused up front.
    const PatientData patients = patientDataOf(m_builder.options());
    Store log = Store::openShared(m_builder.database().path());
    checkExportAllowed(log, patients);
    const int written = writePages(providers, path, progress, patients == PatientData::Included);
    if (log.isReadOnly()) {
        m_unrecorded = log.readOnlyNotice();
        return written;
    }
    Transaction transaction(log.db());
    recordExport(log, QStringLiteral("scorecards"), path, written, patients);
    transaction.commit();
    m_unrecorded.clear();
    return written;
}

int ScorecardWriter::writePages(const std::vector<Provider>& providers, const QString& path,
                                const Progress& progress, bool ownerOnly) const
{
    const auto total = static_cast<int>(providers.size());
    LetterPdf pdf(QStringLiteral("scorecards"), total, progress);
    pdf.setOwnerOnly(ownerOnly);
    const ScorecardPainter page;
    if (isCombined(path)) {
        pdf.writeCombined(
            path, QStringLiteral("Provider scorecards"), [&](QPainter& painter, int i) {
                page.paintAll(painter, m_builder.build(providers[static_cast<size_t>(i)]), i + 1,
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
                page.paintAll(painter,
                              m_builder.build(providers[static_cast<size_t>(i)], &store->db()), 1, 1);
            };
        });
    return total;
}

} // namespace aco::ui
