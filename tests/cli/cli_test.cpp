#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QThread>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

QStringList args(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

// Errors are one sentence on one line.
void expectOneLineError(const Outcome& run)
{
    EXPECT_TRUE(run.err.startsWith(QStringLiteral("aco-workbench"))) << run.err.toStdString();
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const Outcome version = workbench(args({"--version"}));
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out, QStringLiteral("aco-workbench " ACO_VERSION "\n"));

    const Outcome help = workbench(args({"--help"}));
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("demo")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("check")));

    for (const char* command : {"demo", "check"}) {
        const Outcome commandHelp = workbench(args({command, "--help"}));
        EXPECT_EQ(commandHelp.exitCode, 0) << command;
        EXPECT_TRUE(commandHelp.out.startsWith(QStringLiteral("Usage: aco-workbench ") +
                                               QString::fromUtf8(command)));
    }
}

TEST(Cli, UsageErrorsExitWithTwo)
{
    for (const auto& arguments : {args({"frobnicate"}), args({"--frobnicate"}),
                                  args({"demo"}), args({"demo", "--out", "x.aco", "--size", "huge"}),
                                  args({"demo", "--out", "x.aco", "--seed", "minus"}),
                                  args({"check"})}) {
        const Outcome run = workbench(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        expectOneLineError(run);
    }
}

TEST(Cli, DemoWritesChecksAndRefusesToOverwrite)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    const Outcome demo = workbench({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                                QStringLiteral("--out"), path});
    ASSERT_EQ(demo.exitCode, 0) << demo.err.toStdString();
    EXPECT_TRUE(demo.out.contains(QStringLiteral("small demo ACO")));

    const Outcome check = workbench({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("no problems found")));

    const QByteArray before = test::fileSha256(path);
    const Outcome again = workbench({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                                 QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--out"), path});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("--force")));
    expectOneLineError(again);
    EXPECT_EQ(test::fileSha256(path), before);

    const Outcome forced = workbench({QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("small"),
                                  QStringLiteral("--seed"), QStringLiteral("2"), QStringLiteral("--force"),
                                  QStringLiteral("--out"), path});
    EXPECT_EQ(forced.exitCode, 0);
    EXPECT_NE(test::fileSha256(path), before);
}

TEST(Cli, CheckJsonIsMachineReadable)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const Outcome check = workbench({QStringLiteral("check"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    ASSERT_EQ(check.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(check.out.toUtf8()).object();
    EXPECT_TRUE(json.value(QStringLiteral("ok")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("schema_version")).toInt(), latestSchemaVersion());
    EXPECT_EQ(json.value(QStringLiteral("rows")).toObject().value(QStringLiteral("beneficiary")).toInt(), 3000);
    EXPECT_EQ(json.value(QStringLiteral("content_sha256")).toString().size(), 64);
}

TEST(Cli, BadFilesGiveClearErrorsAndExitCodes)
{
    test::TempFolder folder;
    const QString missing = folder.path(QStringLiteral("missing.aco"));
    const Outcome gone = workbench({QStringLiteral("check"), QStringLiteral("--db"), missing});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(missing));
    expectOneLineError(gone);

    const QString text = folder.path(QStringLiteral("text.aco"));
    test::writeFile(text, QByteArray("just some text, not a database\n").repeated(100));
    const QByteArray before = test::fileSha256(text);
    const Outcome notSqlite = workbench({QStringLiteral("check"), QStringLiteral("--db"), text});
    EXPECT_EQ(notSqlite.exitCode, 3);
    EXPECT_TRUE(notSqlite.err.contains(text));
    EXPECT_TRUE(notSqlite.err.contains(QStringLiteral("not an SQLite database")));
    expectOneLineError(notSqlite);
    EXPECT_EQ(test::fileSha256(text), before);
}

TEST(Cli, CheckOfADamagedFileExitsWithThree)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("orphans.aco"));
    test::writeSmallDemo(path);
    {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA foreign_keys = OFF; DELETE FROM practice WHERE id = 2;")});
        if (!sqlite.waitForFinished() || sqlite.exitCode() != 0)
            GTEST_SKIP() << "the sqlite3 shell is not installed";
    }
    const Outcome check = workbench({QStringLiteral("check"), QStringLiteral("--db"), path});
    EXPECT_EQ(check.exitCode, 3);
    EXPECT_TRUE(check.out.contains(QStringLiteral("refers to a practice that does not exist")));
}

#ifdef ACO_HAS_UI
TEST(Cli, ScorecardsWriteOnlyForValidRequests)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const QString out = folder.path(QStringLiteral("cards.pdf"));
    const QStringList base = {QStringLiteral("scorecards"), QStringLiteral("--db"), path, QStringLiteral("--out"), out};

    const Outcome unknown = workbench(base + QStringList{QStringLiteral("--period"), QStringLiteral("2026-09"),
                                                         QStringLiteral("--npi"), QStringLiteral("1234567893")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no provider with NPI 1234567893")));
    expectOneLineError(unknown);

    const Outcome noData = workbench(base + QStringList{QStringLiteral("--period"), QStringLiteral("2030-01"), QStringLiteral("--all")});
    EXPECT_EQ(noData.exitCode, 2);
    // Year to date, as in the window: January 2030 alone.
    EXPECT_TRUE(noData.err.contains(QStringLiteral("no results for 2030-01 in")))
        << noData.err.toStdString();

    const Outcome both = workbench(base + QStringList{QStringLiteral("--period"), QStringLiteral("2026-09"), QStringLiteral("--all"),
                                                      QStringLiteral("--practice"), QStringLiteral("PR001")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_FALSE(QFile::exists(out)); // nothing written for an invalid request

    const Outcome practice = workbench(base + QStringList{QStringLiteral("--period"), QStringLiteral("2026-09"),
                                                          QStringLiteral("--practice"), QStringLiteral("PR001")});
    EXPECT_EQ(practice.exitCode, 0) << practice.err.toStdString();
    EXPECT_TRUE(QFile::exists(out));
    EXPECT_TRUE(practice.out.startsWith(QStringLiteral("Wrote ")));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    if (text.waitForFinished(60000) && text.exitCode() == 0) { // poppler-utils may be missing
        EXPECT_TRUE(
            text.readAllStandardOutput().contains("Window: Year to date (2026-01 to 2026-09)"));
    }
}

// While the window has a file open, the commands that only read it run on it as it is; those
// that change it say what to do instead.
TEST(Cli, AFileOpenInTheWindowIsReadByCommandsAndWritersSayWhatToDo)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const Store window = Store::open(path); // this test process is the window
    const QString holder =
        QStringLiteral("process %1 on %2").arg(getpid()).arg(QSysInfo::machineHostName());
    const QString png = folder.path(QStringLiteral("ranked.png"));
    const Outcome chart = workbench(args({"chart", "--measure", "AWV", "--period", "2026-09",
                                          "--kind", "ranked"}) +
                                    QStringList{QStringLiteral("--db"), path,
                                                QStringLiteral("--out"), png});
    EXPECT_EQ(chart.exitCode, 0) << chart.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
    const Outcome diagram = workbench(args({"diagram", "--year", "2026"}) +
                                      QStringList{QStringLiteral("--db"), path, QStringLiteral("--out"),
                                                  folder.path(QStringLiteral("d.svg"))});
    EXPECT_EQ(diagram.exitCode, 0) << diagram.err.toStdString();

    // Scorecards show patients: masked, they print unrecorded; unmasked, they need the record.
    const QString cards = folder.path(QStringLiteral("cards.pdf"));
    const QStringList scorecards = {QStringLiteral("scorecards"), QStringLiteral("--db"), path,
                                    QStringLiteral("--period"), QStringLiteral("2026-09"),
                                    QStringLiteral("--all"), QStringLiteral("--out"), cards,
                                    QStringLiteral("--quiet")};
    const Outcome masked = workbench(scorecards + QStringList{QStringLiteral("--mask-phi")});
    EXPECT_EQ(masked.exitCode, 0) << masked.err.toStdString();
    EXPECT_TRUE(QFile::exists(cards));
    EXPECT_EQ(masked.err, QStringLiteral("aco-workbench: demo.aco is open in another ACO Workbench "
                                         "(%1), so it was read without changing it. The printout "
                                         "was not recorded in its export log.\n")
                              .arg(holder));
    QFile::remove(cards);
    const Outcome unmasked = workbench(scorecards);
    EXPECT_EQ(unmasked.exitCode, 1);
    EXPECT_TRUE(unmasked.err.contains(QStringLiteral("is open in another ACO Workbench (%1), so it "
                                                     "cannot record an export of unmasked patient "
                                                     "names and MBIs")
                                          .arg(holder)))
        << unmasked.err.toStdString();
    expectOneLineError(unmasked);
    EXPECT_FALSE(QFile::exists(cards));

    test::writeFile(folder.path(QStringLiteral("practices.csv")), "code,name\nPR9,Ninth Street\n");
    const Outcome import = workbench(
        {QStringLiteral("import"), QStringLiteral("--db"), path, QStringLiteral("--kind"),
         QStringLiteral("practices"), QStringLiteral("--csv"),
         folder.path(QStringLiteral("practices.csv"))});
    EXPECT_EQ(import.exitCode, 1);
    EXPECT_EQ(import.err,
              QStringLiteral("aco-workbench: '%1' is open in another ACO Workbench (%2) and "
                             "'import' would change it; close the file there and run the command "
                             "again, or use File > Import CSV in that window.\n")
                  .arg(path, holder));
}

// One default window everywhere: the window's toolbar starts on year to date, and so does every
// command that sums measures over months, saying so in its help.
TEST(Cli, EveryCommandWithAWindowDefaultsToYearToDateAndSaysSo)
{
    for (const char* command : {"scorecards", "chart", "diagram", "packet", "export"}) {
        const Outcome help = workbench(args({command, "--help"}));
        ASSERT_EQ(help.exitCode, 0) << command;
        EXPECT_TRUE(help.out.contains(QStringLiteral("--window W (=ytd)"))) << command;
        EXPECT_TRUE(help.out.simplified().contains(QStringLiteral("default ytd, as in the window")))
            << command << help.out.toStdString();
    }
}

TEST(Cli, ChartWritesTheImageAndTheNumbersBehindIt)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const QString png = folder.path(QStringLiteral("funnel.png"));
    const QString json = folder.path(QStringLiteral("funnel.json"));
    const QStringList base = {QStringLiteral("chart"), QStringLiteral("--db"), path, QStringLiteral("--period"), QStringLiteral("2026-09")};

    const Outcome funnel = workbench(base + QStringList{QStringLiteral("--measure"), QStringLiteral("ADM"), QStringLiteral("--kind"),
                                                        QStringLiteral("funnel"), QStringLiteral("--out"), png, QStringLiteral("--json"), json});
    ASSERT_EQ(funnel.exitCode, 0) << funnel.err.toStdString();
    EXPECT_TRUE(QFile::exists(png));
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject numbers = QJsonDocument::fromJson(file.readAll()).object();
    // The mean is the primary care providers' pooled admissions per 1,000 a year, from the file.
    double expected = 0;
    {
        const Store store = Store::openReadOnly(path);
        auto q = store.db().prepare("SELECT 12000.0 * sum(r.numerator) / sum(r.denominator) FROM measure_result r "
                                    "JOIN measure m ON m.id = r.measure_id JOIN provider p ON p.id = r.provider_id "
                                    "WHERE m.code = 'ADM' AND p.kind = 'primary_care' AND r.period BETWEEN 202601 AND 202609");
        ASSERT_TRUE(q.step());
        expected = q.real(0);
    }
    EXPECT_NEAR(numbers.value(QStringLiteral("mean")).toDouble(), expected, 1e-9);
    EXPECT_EQ(numbers.value(QStringLiteral("points")).toArray().size(), 15);
    EXPECT_EQ(numbers.value(QStringLiteral("limits_method")).toString(), QStringLiteral("exact Poisson"));

    const Outcome cost = workbench(base + QStringList{QStringLiteral("--measure"), QStringLiteral("TCOC"), QStringLiteral("--kind"),
                                                      QStringLiteral("funnel"), QStringLiteral("--out"), png});
    EXPECT_EQ(cost.exitCode, 2);
    expectOneLineError(cost);
    const Outcome unknown = workbench(base + QStringList{QStringLiteral("--measure"), QStringLiteral("NOPE"), QStringLiteral("--kind"),
                                                         QStringLiteral("ranked"), QStringLiteral("--out"), png});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no measure 'NOPE'")));
    const Outcome trend = workbench(base + QStringList{QStringLiteral("--measure"), QStringLiteral("BCS"), QStringLiteral("--kind"),
                                                       QStringLiteral("trend"), QStringLiteral("--out"), png});
    EXPECT_EQ(trend.exitCode, 2);
    EXPECT_TRUE(trend.err.contains(QStringLiteral("--npi")));
}
#endif

#ifndef ACO_HAS_UI
TEST(Cli, HeadlessBuildSaysItHasNoWindow)
{
    const Outcome run = workbench({});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QStringLiteral("no window")));
}
#endif

// Stopped by SIGTERM (the session ending) while it writes a new file, the command leaves
// nothing behind: neither the file nor its temporary.
TEST(Cli, ACommandStoppedBySigtermLeavesNoTemporaryFile)
{
    test::TempFolder folder;
    const QString out = folder.path(QStringLiteral("medium.aco"));
    QProcess demo;
    demo.start(QStringLiteral(ACO_WORKBENCH_EXE),
               {QStringLiteral("demo"), QStringLiteral("--size"), QStringLiteral("medium"),
                QStringLiteral("--out"), out, QStringLiteral("--quiet")});
    ASSERT_TRUE(demo.waitForStarted());
    const QDir dir(folder.path(QString()));
    const QStringList partials = {QStringLiteral("medium.aco.partial-*")};
    for (int wait = 0; wait < 2000 && dir.entryList(partials, QDir::Files).isEmpty(); ++wait)
        QThread::msleep(10);
    ASSERT_FALSE(dir.entryList(partials, QDir::Files).isEmpty());
    demo.terminate(); // SIGTERM
    ASSERT_TRUE(demo.waitForFinished(20000));
    EXPECT_EQ(demo.exitStatus(), QProcess::CrashExit); // ended by the signal, as it asks
    EXPECT_EQ(dir.entryList(QDir::Files | QDir::Hidden), QStringList()) // its lock too
        << dir.entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
}
