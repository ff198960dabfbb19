#include "demo/demoaco.h"

#include "demo/democontext.h"
#include "error.h"
#include "store/database.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace aco {

namespace demo {

DemoSpec specFor(DemoSize size)
{
    switch (size) {
    case DemoSize::Small:
        return {4, 15, 10, 3'000};
    case DemoSize::Medium:
        return {36, 240, 160, 60'000};
    case DemoSize::Large:
        return {400, 3'000, 2'000, 500'000};
    }
    return {4, 15, 10, 3'000};
}

void DemoContext::report(int percent, const char* step) const
{
    if (progress && !progress(percent, QString::fromUtf8(step)))
        throw Error("Writing the demo ACO was cancelled; nothing was written.");
}

} // namespace demo

std::optional<DemoSize> parseDemoSize(const QString& name)
{
    if (name == QLatin1String("small"))
        return DemoSize::Small;
    if (name == QLatin1String("medium"))
        return DemoSize::Medium;
    if (name == QLatin1String("large"))
        return DemoSize::Large;
    return std::nullopt;
}

QString demoSizeName(DemoSize size)
{
    switch (size) {
    case DemoSize::Small:
        return QStringLiteral("small");
    case DemoSize::Medium:
        return QStringLiteral("medium");
    case DemoSize::Large:
        return QStringLiteral("large");
    }
    return {};
}

void writeDemo(const QString& path, const DemoOptions& options, bool replace,
               const DemoProgress& progress)
{
    const std::string quoted = "'" + path.toStdString() + "'";
    const QFileInfo target(path);
    if (target.exists() && !replace)
        throw Error(quoted + " already exists and was left unchanged.");
    if (target.isDir())
        throw Error(quoted + " is a folder; give a file name for the demo ACO.", Error::Kind::Usage);
    // A write-ahead log beside the target belongs to the old file: a program has it open, or one
    // stopped with it open. Left beside the new file it would be applied to it and damage it, so
    // it is folded into the old file first; if that cannot empty it, the file is in use.
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal)) {
        try {
            Database old(path, Database::Access::ReadWrite);
            old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (const Error&) {
        }
        if (QFileInfo::exists(wal))
            throw Error(quoted + " is in use by another program; close it there first.");
    }

    // Built beside the target and renamed over it at the end: readers of `path` never see a
    // half-written file, and a failure leaves it as it was.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    try {
        {
            Store store = Store::create(partial);
            Database& db = store.db();
            // The partial file is discarded on any failure, so it needs no journal.
            db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                    "PRAGMA cache_size = -262144; PRAGMA locking_mode = EXCLUSIVE");
            demo::DemoContext context{db, options, demo::specFor(options.size), progress, {}, {}, {}};
            Transaction transaction(db);
            demo::writeOrganisation(context);
            demo::writeBeneficiaries(context);
            demo::writeMeasureResults(context);
            demo::writeFinances(context);
            demo::writeDriverDiagrams(context);
            transaction.commit();
            context.report(98, "Finishing the file");
            db.exec("PRAGMA optimize; PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL; "
                    "PRAGMA synchronous = FULL");
        }
        if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0)
            throw Error("The demo ACO could not be moved into place at " + quoted + ".");
        if (progress)
            progress(100, QStringLiteral("Done"));
    } catch (...) {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-wal"));
        QFile::remove(partial + QStringLiteral("-shm"));
        throw;
    }
}

} // namespace aco
