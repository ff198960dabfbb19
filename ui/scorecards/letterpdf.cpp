#include "letterpdf.h"

#include "error.h"
#include "savefile.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace aco::ui {

namespace {

// A PDF writer on Letter portrait whose device units are points.
std::unique_ptr<QPdfWriter> letterWriter(QIODevice* device, const QString& title)
{
    auto writer = std::make_unique<QPdfWriter>(device);
    writer->setResolution(72);
    writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("ACO Workbench"));
    return writer;
}

} // namespace

LetterPdf::LetterPdf(QString what, int total, Progress progress)
    : m_what(std::move(what)), m_total(total), m_progress(std::move(progress))
{
}

void LetterPdf::cancelled() const
{
    throw Error("Writing the " + m_what.toStdString() + " was cancelled.");
}

void LetterPdf::writeCombined(const QString& path, const QString& title,
                              const PaintPage& paint) const
{
    QSaveFile file(path);
    openSaveFile(file, m_ownerOnly);
    {
        auto writer = letterWriter(&file, title);
        QPainter painter(writer.get());
        for (int i = 0; i < m_total; ++i) {
            if (i > 0)
                writer->newPage();
            paint(painter, i);
            if (m_progress && !m_progress(i + 1, m_total)) {
                painter.end();
                file.cancelWriting();
                cancelled();
            }
        }
    }
    commitSaveFile(file);
}

void LetterPdf::writeFolder(const QString& folder, const std::function<QString(int)>& fileName,
                            const std::function<QString(int)>& title,
                            const std::function<PaintPage()>& makePainter) const
{
    if (!QDir().mkpath(folder))
        throw Error("The folder " + quoted(folder) + " cannot be created.");
    const QDir dir(folder);

    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> stop{false};
    std::mutex mutex; // guards `failure` and the calls of the progress function
    std::exception_ptr failure;
    const auto work = [&] {
        try {
            const PaintPage paint = makePainter();
            for (int i = next++; i < m_total && !stop; i = next++) {
                QSaveFile file(dir.filePath(fileName(i)));
                openSaveFile(file, m_ownerOnly);
                {
                    auto writer = letterWriter(&file, title(i));
                    QPainter painter(writer.get());
                    paint(painter, i);
                }
                commitSaveFile(file);
                const int finished = ++done;
                const std::lock_guard lock(mutex);
                if (m_progress && !m_progress(finished, m_total))
                    stop = true;
            }
        } catch (...) {
            const std::lock_guard lock(mutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    const int threads = std::clamp(QThread::idealThreadCount(), 1, std::max(1, m_total / 4));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& thread : pool)
        thread.join();
    if (failure)
        std::rethrow_exception(failure);
    if (done < m_total)
        cancelled();
}

} // namespace aco::ui
