#include "import/importer.h"

#include "claims/claimschanges.h"
#include "claimsmeasures/claimsresults.h"
#include "error.h"
#include "import/importrowreader.h"
#include "import/kindimport.h"
#include "organisation.h"
#include "store/database.h"

#include <QFile>

#include <algorithm>
#include <optional>
#include <tuple>

namespace aco {

namespace {

// Rows between two progress reports: often enough for a responsive Cancel, rarely enough to
// cost nothing.
constexpr std::int64_t progressEvery = 1024;

// Turns SQLite's foreign-key checks off for the life of the object (they cannot change inside a
// transaction). An import resolves every reference it writes (practice code, NPI, measure code,
// MBI) to a row found inside its own write transaction and deletes no row that others refer
// to, so the checks could never fail; skipping them makes a large import a third faster.
class ForeignKeysOff
{
  public:
    explicit ForeignKeysOff(Database& db)
        : m_db(db), m_wereOn(db.queryInt64("PRAGMA foreign_keys") != 0)
    {
        m_db.exec("PRAGMA foreign_keys = OFF");
    }
    ~ForeignKeysOff()
    {
        if (!m_wereOn)
            return;
        try {
            m_db.exec("PRAGMA foreign_keys = ON");
        } catch (const Error&) {
            // Only fails on a connection that is going away anyway.
        }
    }
    ForeignKeysOff(const ForeignKeysOff&) = delete;
    ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

  private:
    Database& m_db;
    bool m_wereOn;
};

} // namespace

ImportReport importCsv(Database& db, ImportKind kind, std::string_view data,
                       const QString& fileName, bool dryRun, const ImportProgress& progress)
{
    ImportReport report;
    report.fileName = fileName;
    // One pass: each row is checked and, while the file has shown no problem, written. The
    // transaction is taken first, so that nothing changes what the rows are checked against.
    std::optional<ForeignKeysOff> foreignKeysOff; // outlives the transaction
    std::optional<Transaction> transaction;
    if (!dryRun) {
        foreignKeysOff.emplace(db);
        transaction.emplace(db);
    }
    // Providers, beneficiaries and measures decide what a file's claims give: written into a file
    // with claims, they are followed by its claims-based measures computed again, half the work.
    const bool claimsFollow = !dryRun &&
                              (kind == ImportKind::Providers || kind == ImportKind::Beneficiaries ||
                               kind == ImportKind::Measures) &&
                              db.queryInt64("SELECT EXISTS (SELECT 1 FROM cclf_member)") != 0;
    const int rowsShare = claimsFollow ? 50 : 100;
    const auto said = [&](int percent, const QString& step) {
        if (progress && !progress(percent, step))
            throw Error("The import of '" + fileName.toStdString() +
                        "' was cancelled; nothing was written.");
        return true;
    };
    const std::unique_ptr<KindImport> rules = KindImport::create(kind, db);
    if (!dryRun)
        rules->beginWrite(db);
    ImportRowReader reader(data, kind, report.problems);
    if (reader.readHeader()) {
        while (reader.next()) {
            rules->importRow(reader, !dryRun && report.problems.empty());
            if (reader.rowCount() % progressEvery == 0) {
                const double done =
                    double(reader.position()) / double(std::max<size_t>(reader.size(), 1));
                said(static_cast<int>(done * rowsShare),
                     dryRun ? QStringLiteral("Checking rows") : QStringLiteral("Checking and writing rows"));
            }
        }
        rules->finishChecks(reader);
    }
    report.rows = reader.rowCount();
    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const ImportProblem& a, const ImportProblem& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
    if (dryRun || !report.ok())
        return report; // the transaction, if any, rolls back what was written
    rules->finishWrite(db);
    if (kind == ImportKind::Results || kind == ImportKind::Expenditures)
        updateDataAsOf(db);
    if (claimsFollow) {
        recomputeClaimsMeasures(db, ClaimsChanges(), [&](int percent) {
            return said(rowsShare + (100 - rowsShare) * percent / 100,
                        QStringLiteral("Computing the claims-based measures again"));
        });
        report.claimsResultsComputed = true;
    }
    transaction->commit();
    report.written = true;
    return report;
}

ImportReport importCsvFile(Database& db, ImportKind kind, const QString& path, bool dryRun,
                           const ImportProgress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() +
                    "': " + file.errorString().toStdString() + '.');
    const qint64 size = file.size();
    const uchar* bytes = size > 0 ? file.map(0, size) : nullptr;
    if (size > 0 && !bytes)
        throw Error("cannot read '" + path.toStdString() +
                    "': " + file.errorString().toStdString() + '.');
    const std::string_view data(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size));
    return importCsv(db, kind, data, path, dryRun, progress);
}

} // namespace aco
