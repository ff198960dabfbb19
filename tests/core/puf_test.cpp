// Reconciles every ACO in CMS's published results (PUF extracts for PY2018, PY2021, PY2022, in
// ACO_SHARED_DIR/data/mssp-puf) through the same code as `aco-workbench mssp --batch`, and
// compares the amount earned or owed with what CMS paid or billed.
#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "mssp/msspbatch.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <gtest/gtest.h>

#include <cmath>
#include <iostream>

using namespace aco;

namespace {

// What the PUF says besides the inputs, to judge the result by.
struct Published
{
    QString acoId;
    double earned = 0;       // EarnSaveLoss: + savings earned, - losses owed
    QString revLossLimit;    // RevLossLimit: 1 revenue-based, 0 benchmark-based, blank unknown
    bool msrFromTable = false;
    double printedMsr = 0; // MinSavPerc
};

struct YearFile
{
    QByteArray batchCsv; // the PUF rows as a batch file
    std::vector<Published> published; // in the same order
};

// ACO_SHARED_DIR, or when it is unset the folder tests/CMakeLists.txt means it to name,
// <repo>/../shared: gtest_discover_tests splits a multi-variable ENVIRONMENT property, which
// loses the variable, and a validation that silently skips would prove nothing.
QString sharedFolder()
{
    const QString shared = qEnvironmentVariable("ACO_SHARED_DIR");
    if (!shared.isEmpty())
        return shared;
    return QFileInfo(QStringLiteral(__FILE__)).dir().filePath(QStringLiteral("../../../shared"));
}

QString pufFolder()
{
    const QString folder = QDir(sharedFolder()).filePath(QStringLiteral("data/mssp-puf"));
    return QFileInfo(folder).isDir() ? QDir::cleanPath(folder) : QString();
}

bool isElection(const QString& rate)
{
    if (rate.isEmpty())
        return false;
    const double value = rate.toDouble();
    for (const double election : {0.0, 0.005, 0.01, 0.015, 0.02}) {
        if (std::abs(value - election) < 1e-9)
            return true;
    }
    return false;
}

QString flag(const QString& value)
{
    return value.isEmpty() ? QString()
           : value.toDouble() == 1.0 ? QStringLiteral("1")
                                     : QStringLiteral("0");
}

// Maps one PUF extract to batch rows (the column meanings are in the extract's README):
// - msr/mlr: CMS's MinSavPerc/MLR_assumed where the size table cannot give it (below 5,000
//   beneficiaries) or the ACO elected a fixed rate; otherwise blank, so that the table's
//   unrounded MSR is used (PY2021-22 print MinSavPerc to 4 decimals).
// - disaster_fraction: PY2021-22 forgave all losses (COVID-19) for every ACO with DisAffQual;
//   PY2018 publishes the amount forgiven (DisAdj, negative), so the fraction is that amount
//   over the losses before it, EarnSaveLoss + DisAdj.
// - agreement_start_year: the year of Current_Start_Date; the agreement year follows from it.
// - participant_revenue: not published, left blank.
YearFile readPuf(const QString& path, int year)
{
    CsvReader reader = CsvReader::fromFile(path);
    const std::optional<CsvRecord> header = reader.next();
    if (!header)
        throw std::runtime_error("empty PUF extract " + path.toStdString());
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < header->fields.size(); ++i)
        column.insert(header->fields[i], i);

    CsvWriter writer;
    writer.addRecord(MsspBatch::inputColumns());
    YearFile file;
    while (const std::optional<CsvRecord> record = reader.next()) {
        const auto cell = [&](const char* name) {
            const qsizetype index = column.value(QString::fromLatin1(name), -1);
            if (index < 0)
                throw std::runtime_error(std::string("the PUF extract has no column ") + name);
            return record->fields.value(index).trimmed();
        };
        Published published;
        published.acoId = cell("ACO_ID");
        published.earned = cell("EarnSaveLoss").toDouble();
        published.revLossLimit = cell("RevLossLimit");
        published.printedMsr = cell("MinSavPerc").toDouble();

        const double beneficiaries = cell("N_AB").toDouble();
        const QString mlr = cell("MLR_assumed");
        QString msrCell;
        QString mlrCell;
        if (beneficiaries < 5000 || isElection(mlr)) {
            msrCell = cell("MinSavPerc");
            mlrCell = mlr;
        } else {
            published.msrFromTable = true;
        }

        QString disaster = QStringLiteral("0");
        if (year >= 2021 && year <= 2022) {
            disaster = flag(cell("DisAffQual")) == QLatin1String("1") ? QStringLiteral("1")
                                                                      : QStringLiteral("0");
        } else if (const double forgiven = cell("DisAdj").toDouble(); forgiven != 0) {
            disaster = QString::number(forgiven / (published.earned + forgiven), 'g', 17);
        }

        writer.addRecord({
            published.acoId,
            cell("PY"),
            cell("Track"),
            cell("N_AB"),
            cell("ABtotBnchmk"),
            cell("ABtotExp"),
            msrCell,
            mlrCell,
            cell("QualScore"),
            flag(cell("Met_QPS")),
            flag(cell("Met_AltQPS")),
            cell("Rev_Exp_Cat") == QLatin1String("Low Revenue") ? QStringLiteral("1")
                                                                : QStringLiteral("0"),
            cell("Current_Start_Date").section(QLatin1Char('/'), 2).left(4),
            QString(), // agreement_year: from the start year
            QString(), // participant_revenue: unpublished
            disaster,
        });
        file.published.push_back(published);
    }
    file.batchCsv = writer.data();
    return file;
}

bool hasRevenueLimit(MsspTrack track)
{
    return track == MsspTrack::Track1Plus || track == MsspTrack::BasicC ||
           track == MsspTrack::BasicD || track == MsspTrack::BasicE;
}

// Why a computed amount may differ from the published one.
QString whyMissed(const MsspBatchResult& row, double expected)
{
    const MsspResult& r = row.result;
    if (r.metMlr && hasRevenueLimit(row.input.track))
        return QStringLiteral("loss limit may be revenue-based (revenue unpublished)");
    if (std::abs(r.savingsRate - r.msr) < 1e-4)
        return QStringLiteral("savings rate within rounding of the MSR");
    if (row.input.msr)
        return QStringLiteral("MSR taken from the PUF's printed (rounded) value");
    if (expected > 0 && r.earnedCents > 0)
        return QStringLiteral("printed quality score or sharing rate rounded");
    return QStringLiteral("not explained");
}

} // namespace

TEST(MsspPuf, ReproducesCmsPublishedResults)
{
    const QString folder = pufFolder();
    if (folder.isEmpty())
        GTEST_SKIP() << "no folder data/mssp-puf in the shared folder '"
                     << sharedFolder().toStdString()
                     << "' (set ACO_SHARED_DIR): the PUF validation needs CMS's published "
                        "extracts, which are not part of the repository.";
    std::cout << "Reading CMS's results from " << folder.toStdString() << '\n';

    int totalRows = 0;
    int totalEligible = 0;
    int totalMatched = 0;
    for (const int year : {2018, 2021, 2022}) {
        const QString path = QDir(folder).filePath(QStringLiteral("py%1.csv").arg(year));
        ASSERT_TRUE(QFileInfo::exists(path)) << path.toStdString();
        const YearFile puf = readPuf(path, year);
        const MsspBatch batch =
            MsspBatch::reconcile(puf.batchCsv, QStringLiteral("py%1.csv as a batch").arg(year));
        for (const MsspBatchProblem& problem : batch.problems())
            ADD_FAILURE() << batch.problemText(problem).toStdString();
        ASSERT_EQ(batch.results().size(), puf.published.size());

        int eligible = 0;
        int matched = 0;
        int withinDollar = 0;
        int tableChecked = 0;
        QStringList misses;
        QStringList revenueRows;
        for (size_t i = 0; i < batch.results().size(); ++i) {
            const MsspBatchResult& row = batch.results()[i];
            const Published& expected = puf.published[i];
            ASSERT_EQ(row.acoId, expected.acoId);
            const double computed = static_cast<double>(row.result.earnedCents) / 100.0;
            const double difference = std::abs(computed - expected.earned);
            // Printed rates carry 4 significant decimals: 0.02% of the amount for savings;
            // losses go through a loss rate derived from a rounded score: 0.2%.
            const double rounding =
                std::abs(expected.earned) * (expected.earned >= 0 ? 0.0002 : 0.002);
            const bool ok = difference <= std::max(1.0, rounding);

            // The size table must reproduce the MSR CMS printed (to its printed precision).
            if (expected.msrFromTable) {
                ++tableChecked;
                EXPECT_NEAR(row.result.msr, expected.printedMsr, 5e-5 + 1e-12)
                    << "PY" << year << ' ' << row.acoId.toStdString();
            }

            const bool dependsOnRevenue = hasRevenueLimit(row.input.track) &&
                                          row.result.metMlr &&
                                          row.input.disasterFraction < 1.0 &&
                                          expected.revLossLimit != QLatin1String("0.0");
            const QString line = QStringLiteral("%1 expected %2 computed %3")
                                     .arg(row.acoId)
                                     .arg(expected.earned, 0, 'f', 2)
                                     .arg(computed, 0, 'f', 2);
            if (dependsOnRevenue) {
                revenueRows << line + (ok ? QStringLiteral(" (matched with the benchmark-based "
                                                           "limit)")
                                          : QStringLiteral(" (differs)"));
                continue;
            }
            ++eligible;
            if (difference <= 1.0)
                ++withinDollar;
            if (ok)
                ++matched;
            else
                misses << line + QStringLiteral(": ") + whyMissed(row, expected.earned);
        }

        const double rate = 100.0 * matched / eligible;
        std::cout << "PY" << year << ": " << matched << " of " << eligible
                  << " rows reproduced within $1 or the printed rates' rounding (" << rate
                  << "%); " << withinDollar << " within $1; " << revenueRows.size()
                  << " rows depend on unpublished participant revenue (not counted); MSR table "
                  << "checked on " << tableChecked << " rows.\n";
        for (const QString& row : revenueRows)
            std::cout << "  revenue-dependent: " << row.toStdString() << '\n';
        for (const QString& miss : misses)
            std::cout << "  miss: " << miss.toStdString() << '\n';
        EXPECT_GE(rate, 99.0) << "PY" << year;

        totalRows += batch.rowCount();
        totalEligible += eligible;
        totalMatched += matched;
    }
    const double overall = 100.0 * totalMatched / totalEligible;
    std::cout << "Overall: " << totalMatched << " of " << totalEligible << " rows (" << overall
              << "%), of " << totalRows << " ACO-years.\n";
    EXPECT_GE(overall, 99.0);
    EXPECT_EQ(totalRows, 548 + 475 + 482); // the extracts' sizes, from their README
}
