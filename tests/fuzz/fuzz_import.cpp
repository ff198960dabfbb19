// libFuzzer target for the CSV importer: the first byte picks the kind of file (its low seven
// bits, an index into importKinds(), as the seeds in corpus/ are numbered) and whether the rows
// are written (its high bit); the rest is the CSV. Every input must end in a report or an
// aco::Error; anything else (a crash, another exception, a sanitizer report) is a bug.
#include "demo/demoaco.h"
#include "error.h"
#include "import/importer.h"
#include "store/store.h"

#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

// The small demo ACO, written once per fuzzing process: imports refer to its providers,
// measures and beneficiaries.
struct Fixture
{
    QTemporaryDir folder;
    std::unique_ptr<aco::Store> store;

    Fixture()
    {
        const QString path = folder.filePath(QStringLiteral("fuzz.aco"));
        aco::writeDemo(path, {aco::DemoSize::Small, 1}, false);
        store = std::make_unique<aco::Store>(aco::Store::open(path));
        // Commits that wait for the disk would slow fuzzing to a crawl.
        store->db().exec("PRAGMA synchronous = OFF");
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    static Fixture fixture;
    if (size == 0)
        return 0;
    const auto kinds = aco::importKinds();
    const aco::ImportKind kind = kinds[(data[0] & 0x7f) % kinds.size()];
    const bool dryRun = (data[0] & 0x80) == 0;
    const std::string_view csv(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        const aco::ImportReport report =
            aco::importCsv(fixture.store->db(), kind, csv, QStringLiteral("fuzz.csv"), dryRun);
        // A report either lists problems or wrote everything (a dry run writes nothing).
        if (report.written == (dryRun || !report.ok()))
            std::abort();
        for (const aco::ImportProblem& problem : report.problems)
            if (problem.line < 1 || problem.column < 1 || problem.reason.isEmpty())
                std::abort();
    } catch (const aco::Error&) {
        // A refused write (a constraint the checks do not cover) is reported, not a crash.
    }
    return 0;
}
