#include "scorecardwriter.h"

#include "error.h"
#include "export/exportlog.h"
#include "scorecardpainter.h"
#include "store/store.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

namespace aco::ui {

namespace {

std::string quoted(const QString& path)
{
    return "'" + path.toStdString() + "'";
}

// A PDF writer on Letter portrait whose device units are points.
std::unique_ptr<QPdfWriter> letterWriter(QIODevice* device, const QString& title)
{
    auto writer = std::make_unique<QPdfWriter>(device);
    writer->setResolution(72);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("ACO Workbench"));
    return writer;
}

// What the scorecards show of patients: their pursuit lists and care gaps, masked or not.
PatientData patientDataOf(const ScorecardOptions& options)
{
    if (options.pursuitLimit == 0 && options.careGapLimit == 0)
        return PatientData::None;
    return options.maskPhi ? PatientData::Masked : PatientData::Included;
}

// Scorecards with unmasked patients are readable by their owner only, from the first byte.
void openSaveFile(QSaveFile& file, PatientData patients)
{
    if (!file.open(QIODevice::WriteOnly) ||
        (patients == PatientData::Included &&
         !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)))
        throw Error(quoted(file.fileName()) + " cannot be written (" + file.errorString().toStdString() + ").");
}

void commit(QSaveFile& file)
{
    if (!file.commit())
        throw Error(quoted(file.fileName()) + " could not be saved (" + file.errorString().toStdString() + ").");
}

[[noreturn]] void cancelled()
{
    throw Error("Writing the scorecards was cancelled.");
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
    Store log = Store::open(m_builder.database().path());
    checkExportAllowed(log, patients);
    const int written = isCombined(path) ? writeCombined(providers, path, progress)
                                         : writeFolder(providers, path, progress);
    Transaction transaction(log.db());
    recordExport(log, QStringLiteral("scorecards"), path, written, patients);
    transaction.commit();
    return written;
}

int ScorecardWriter::writeCombined(const std::vector<Provider>& providers, const QString& path, const Progress& progress) const
{
    QSaveFile file(path);
    openSaveFile(file, patientDataOf(m_builder.options()));
    const auto total = static_cast<int>(providers.size());
    {
        auto writer = letterWriter(&file, QStringLiteral("Provider scorecards"));
        QPainter painter(writer.get());
        const ScorecardPainter page;
        for (int i = 0; i < total; ++i) {
            if (i > 0)
                writer->newPage();
            page.paint(painter, m_builder.build(providers[static_cast<size_t>(i)]), i + 1, total);
            if (progress && !progress(i + 1, total)) {
                painter.end();
                file.cancelWriting();
                cancelled();
            }
        }
    }
    commit(file);
    return total;
}

int ScorecardWriter::writeFolder(const std::vector<Provider>& providers, const QString& folder, const Progress& progress) const
{
    if (!QDir().mkpath(folder))
        throw Error("The folder " + quoted(folder) + " cannot be created.");
    const QDir dir(folder);
    const auto total = static_cast<int>(providers.size());

    // Every core writes files; each thread reads patients through a connection of its own.
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex; // guards `failure` and the calls of `progress`
    std::exception_ptr failure;
    const auto work = [&] {
        try {
            const Store store = Store::openReadOnly(m_builder.database().path());
            const ScorecardPainter page;
            for (int i = next++; i < total && !stop; i = next++) {
                const Provider& provider = providers[static_cast<size_t>(i)];
                QSaveFile file(dir.filePath(fileNameFor(provider)));
                openSaveFile(file, patientDataOf(m_builder.options()));
                {
                    auto writer = letterWriter(&file, QStringLiteral("Scorecard: ") + provider.displayName());
                    QPainter painter(writer.get());
                    page.paint(painter, m_builder.build(provider, &store.db()), 1, 1);
                }
                commit(file);
                const int finished = ++done;
                const std::lock_guard lock(mutex);
                if (progress && !progress(finished, total))
                    stop = true;
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, std::max(1, total / 4));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    if (done < total)
        cancelled();
    return total;
}

} // namespace aco::ui
