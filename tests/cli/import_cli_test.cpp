#include "check.h"
#include "identifiers.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <string>
#include <utility>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

QString hashOf(const QString& path)
{
    const Store store = Store::openReadOnly(path);
    return contentHash(store.db());
}

class ImportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_folder.path(QStringLiteral("aco.aco"));
        test::writeSmallDemo(m_db);
    }
    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = m_folder.path(QString::fromLatin1(name));
        test::writeFile(path, bytes);
        return path;
    }
    Outcome import(const char* kind, const QString& csv, const QStringList& extra = {})
    {
        return workbench(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                     QStringLiteral("--kind"), QString::fromLatin1(kind),
                                     QStringLiteral("--csv"), csv} +
                         extra);
    }

    test::TempFolder m_folder;
    QString m_db;
};

} // namespace

TEST_F(ImportCli, ImportsAGoodFileAndSaysHowManyRows)
{
    const QString csv =
        file("practices.csv", "\xEF\xBB\xBF"
                              "code,name,city\r\n"
                              "PR900,\"Smith, Jones & Partners\",Riverbend\r\n"
                              "PR901,\"The \"\"New\"\" Clinic\",\"Two\r\nLines\"\r\n");
    const Outcome outcome = import("practices", csv);
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.out,
              QStringLiteral("Imported 2 rows of practices from '%1' into '%2'.\n").arg(csv, m_db));
    const Store store = Store::openReadOnly(m_db);
    EXPECT_EQ(store.db().queryText("SELECT name FROM practice WHERE code = 'PR900'"),
              QStringLiteral("Smith, Jones & Partners"));
    EXPECT_EQ(store.db().queryText("SELECT name || '|' || city FROM practice WHERE code = 'PR901'"),
              QStringLiteral("The \"New\" Clinic|Two\r\nLines"));
}

TEST_F(ImportCli, ListsEveryProblemAsFileLineColumnAndWritesNothing)
{
    const QString csv = file("bad.csv", "code,name\nPR900,\nPR901,ok\n,x\n");
    const QString problems = m_folder.path(QStringLiteral("problems.csv"));
    const QString before = hashOf(m_db);
    const Outcome outcome = import("practices", csv, {QStringLiteral("--problems"), problems});
    EXPECT_EQ(outcome.exitCode, 3);
    EXPECT_EQ(outcome.err, QStringLiteral("%1:2:2: name is empty; it is required\n"
                                          "%1:4:1: code is empty; it is required\n"
                                          "aco-workbench: '%1' has 2 problems in 3 rows of "
                                          "practices; nothing was written to '%2'. Correct them "
                                          "and import again.\n")
                               .arg(csv, m_db));
    EXPECT_EQ(hashOf(m_db), before);
    QFile list(problems);
    ASSERT_TRUE(list.open(QIODevice::ReadOnly));
    EXPECT_EQ(list.readAll(), (QStringLiteral("file,line,column,reason\r\n"
                                              "%1,2,2,name is empty; it is required\r\n"
                                              "%1,4,1,code is empty; it is required\r\n")
                                   .arg(csv)
                                   .toUtf8()));
}

TEST_F(ImportCli, ShowsAHundredProblemsAndCountsTheRest)
{
    QByteArray bytes = "code,name\n";
    for (int i = 0; i < 250; ++i)
        bytes += "PR" + QByteArray::number(900 + i) + ",\n";
    const Outcome outcome = import("practices", file("many.csv", bytes));
    EXPECT_EQ(outcome.exitCode, 3);
    const QStringList lines = outcome.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 102);
    EXPECT_TRUE(
        lines[99].endsWith(QStringLiteral("many.csv:101:2: name is empty; it is required")));
    EXPECT_EQ(lines[100],
              QStringLiteral("... and 150 more problems; --problems FILE.csv lists them all."));
}

TEST_F(ImportCli, ADryRunChecksAndWritesNothing)
{
    const QString csv = file("practices.csv", "code,name\nPR900,New\n");
    const QByteArray before = test::fileSha256(m_db);
    const Outcome outcome = import("practices", csv, {QStringLiteral("--dry-run")});
    EXPECT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.out, QStringLiteral("Checked 1 row of practices in '%1': no problem found. "
                                          "Nothing was written (--dry-run).\n")
                               .arg(csv));
    EXPECT_EQ(test::fileSha256(m_db), before);
}

TEST_F(ImportCli, WritesASampleThatImportsBackUnchanged)
{
    const std::pair<const char*, QByteArray> kinds[] = {
        {"results", "measure_code,period,npi,numerator,denominator\r\n"},
        {"years", "year,track,agreement_start_year,agreement_year,assigned_beneficiaries,"
                  "benchmark_per_capita,msr,mlr,quality_score,low_revenue,benchmark_esrd,"
                  "benchmark_disabled,benchmark_aged_dual,benchmark_aged_non_dual\r\n"},
        {"measures", "code,name,domain,direction,unit,aco_number,description,benchmark,"
                     "benchmark_label,denominator_kind\r\n"}};
    for (const auto& [kind, header] : kinds) {
        const QString sample = m_folder.path(QString::fromLatin1(kind) + QStringLiteral(".csv"));
        const Outcome written = workbench({QStringLiteral("import"), QStringLiteral("--db"), m_db,
                                           QStringLiteral("--kind"), QString::fromLatin1(kind),
                                           QStringLiteral("--sample"), sample});
        ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
        QFile file(sample);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readLine(), header);
        const QString before = hashOf(m_db);
        const Outcome imported = import(kind, sample);
        EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
        EXPECT_EQ(hashOf(m_db), before) << kind;
    }
}

TEST_F(ImportCli, RefusesAnUnknownKindOrAMissingCsv)
{
    const Outcome unknown = import("patients", m_db);
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_EQ(unknown.err,
              QStringLiteral("aco-workbench: --kind 'patients' is not a kind of import; "
                             "use one of years, measures, practices, departments, providers, "
                             "beneficiaries, results, expenditures, care-gaps, tiers.\n"));
    const Outcome missing = import("practices", m_folder.path(QStringLiteral("none.csv")));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.csv"))) << missing.err.toStdString();
}

// An import killed outright (power cut, kill -9) half-way through writing leaves the file
// exactly as it was: SQLite's journal undoes the unfinished transaction when it is next opened.
TEST_F(ImportCli, AnImportKilledMidWayLeavesTheFileUnchanged)
{
    // A thousand more providers and 18 years of results for them: three million rows, more than
    // SQLite's page cache holds, so that the transaction spills uncommitted pages to the
    // write-ahead log while it writes, where the test sees it in the middle of writing.
    QByteArray providers =
        "npi,last_name,first_name,specialty,kind,employment,practice_code,active_from\n";
    QList<QByteArray> npis;
    for (int i = 0; i < 1000; ++i) {
        const std::string nine = std::to_string(190'000'000 + i);
        npis << QByteArray::fromStdString(nine + npiCheckDigit(nine));
        providers += npis.back() +
                     ",Test,Provider,Internal Medicine,primary_care,employed,PR001,1990-01-01\n";
    }
    ASSERT_EQ(import("providers", file("providers.csv", providers)).exitCode, 0);
    QByteArray results = "measure_code,period,npi,numerator,denominator\n";
    results.reserve(130'000'000);
    for (const char* measure : {"ADM", "AWV", "BCS", "BP", "CRC", "EDV", "ENG", "FLU", "FU7",
                                "HBA1C", "NOVISIT", "READM", "STATIN", "TCOC"})
        for (int year = 2000; year < 2018; ++year)
            for (int month = 1; month <= 12; ++month)
                for (const QByteArray& npi : npis)
                    results += QByteArray(measure) + ',' + QByteArray::number(year) + '-' +
                               QByteArray::number(month).rightJustified(2, '0') + ',' + npi +
                               ",1,2\n";
    const QString csv = file("results.csv", results);
    const QString before = hashOf(m_db);

    QProcess process;
    process.start(QStringLiteral(ACO_WORKBENCH_EXE),
                  {QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("results"), QStringLiteral("--csv"), csv});
    ASSERT_TRUE(process.waitForStarted());
    // Killed once the transaction has written a megabyte to the write-ahead log.
    const QString wal = m_db + QStringLiteral("-wal");
    while (process.state() == QProcess::Running && QFile(wal).size() < 1'000'000)
        QThread::msleep(2);
    ASSERT_EQ(process.state(), QProcess::Running) << "the import finished before it was killed";
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    ASSERT_TRUE(process.waitForFinished());
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);

    EXPECT_EQ(hashOf(m_db), before);
    const Store store = Store::open(m_db);
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM measure_result WHERE period < 201801"),
              0);
}
