#include "demo/demoaco.h"

#include "demo/democontext.h"
#include "demo/demodeliveries.h"
#include "error.h"
#include "store/database.h"
#include "store/newfile.h"
#include "store/store.h"

#include <memory>

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
    const int overall = progressFrom + percent * (progressTo - progressFrom) / 100;
    if (progress && !progress(overall, QString::fromUtf8(step)))
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
    // The claims go into a folder of their own; they are put in place with the file.
    std::unique_ptr<demo::DemoDeliveries> deliveries;
    if (!options.cclfFolder.isEmpty())
        deliveries = std::make_unique<demo::DemoDeliveries>(options.cclfFolder, replace);
    const bool written = buildNewFile(path, replace, "the demo ACO", [&](Store& store) {
        Database& db = store.db();
        // The partial file is discarded on any failure, so it needs no journal; every reference it
        // writes is to a row written before, so foreign keys need no checking row by row (the
        // tests check them all).
        db.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; "
                "PRAGMA cache_size = -262144; PRAGMA mmap_size = 0; PRAGMA threads = 2; "
                "PRAGMA locking_mode = EXCLUSIVE");
        demo::DemoContext context{db, options, demo::specFor(options.size), progress, {}, {}, {}};
        // Writing the claims as CCLF deliveries takes far longer than the rest.
        if (deliveries)
            context.progressTo = 20;
        Transaction transaction(db);
        demo::writeOrganisation(context);
        demo::writeBeneficiaries(context);
        demo::drawPlans(context);
        demo::writeEhrResults(context);
        demo::writeClaimsResults(context);
        demo::writeTierSchemes(context);
        demo::writeDriverDiagrams(context);
        if (deliveries) {
            context.progressFrom = 20;
            context.progressTo = 97;
            demo::writeClaims(context, *deliveries);
            context.progressFrom = 0;
            context.progressTo = 100;
        }
        transaction.commit();
        context.report(98, "Finishing the file");
        db.exec("PRAGMA optimize; PRAGMA locking_mode = NORMAL; PRAGMA journal_mode = WAL; "
                "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
        return true;
    });
    if (deliveries && written)
        deliveries->commit();
    if (progress)
        progress(100, QStringLiteral("Done"));
}

} // namespace aco
