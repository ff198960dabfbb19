#include "demo/demoaco.h"

#include "demo/democontext.h"
#include "error.h"
#include "store/database.h"
#include "store/newfile.h"
#include "store/store.h"

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
    buildNewFile(path, replace, "the demo ACO", [&](Store& store) {
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
        return true;
    });
    if (progress)
        progress(100, QStringLiteral("Done"));
}

} // namespace aco
