#include "scorecardwriter.h"

#include "error.h"
#include "scorecardpainter.h"

#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

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

void openSaveFile(QSaveFile& file)
{
    if (!file.open(QIODevice::WriteOnly))
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
    return isCombined(path) ? writeCombined(providers, path, progress) : writeFolder(providers, path, progress);
}

int ScorecardWriter::writeCombined(const std::vector<Provider>& providers, const QString& path, const Progress& progress) const
{
    QSaveFile file(path);
    openSaveFile(file);
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
    const ScorecardPainter page;
    for (int i = 0; i < total; ++i) {
        const Provider& provider = providers[static_cast<size_t>(i)];
        QSaveFile file(dir.filePath(fileNameFor(provider)));
        openSaveFile(file);
        {
            auto writer = letterWriter(&file, QStringLiteral("Scorecard: ") + provider.displayName());
            QPainter painter(writer.get());
            page.paint(painter, m_builder.build(provider), 1, 1);
        }
        commit(file);
        if (progress && !progress(i + 1, total))
            cancelled();
    }
    return total;
}

} // namespace aco::ui
