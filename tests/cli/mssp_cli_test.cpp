// `aco-workbench mssp`, run as a user would: exit codes, output formats, and how bad rows are
// reported while good rows are still reconciled.
#include "csv/csvreader.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <gtest/gtest.h>

using namespace aco;

namespace {

test::Outcome mssp(const QStringList& arguments)
{
    return test::workbench(QStringList{QStringLiteral("mssp")} + arguments);
}

// The records of a CSV output, keyed by header name.
std::vector<QHash<QString, QString>> readCsv(const QByteArray& bytes)
{
    CsvReader reader(bytes, QStringLiteral("output"));
    const QStringList header = reader.next().value_or(CsvRecord{}).fields;
    std::vector<QHash<QString, QString>> rows;
    while (const std::optional<CsvRecord> record = reader.next()) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], record->fields.value(i));
        rows.push_back(row);
    }
    return rows;
}

// Line 1 header; lines 2-3 a good row whose comment (an unknown column) spans two lines;
// line 4 a bad benchmark; line 5 another good row; line 6 an unknown track; line 7 negative
// beneficiaries.
const QByteArray batchWithBadRows =
    "aco_id,comment,performance_year,track,assigned_beneficiaries,benchmark_total,"
    "expenditure_total,msr,mlr,quality_score,met_quality_standard\r\n"
    "A1,\"two\r\nlines\",2022,BASIC_B,20000,100000000,95000000,,,0.9,1\r\n"
    "A2,,2022,BASIC_B,20000,lots,95000000,,,0.9,1\r\n"
    "A3,,2023,ENHANCED,20000,100000000,130000000,0.02,0.02,0.5,0\r\n"
    "A4,,2023,TRACK_9,20000,100000000,95000000,,,0.9,1\r\n"
    "A5,,2023,BASIC_A,-5,100000000,95000000,,,0.9,1\r\n";

} // namespace

TEST(MsspCli, HelpAndUsageErrors)
{
    const test::Outcome help = mssp({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.stdoutBytes.startsWith("Usage: aco-workbench mssp"));
    EXPECT_TRUE(help.stdoutBytes.contains("--batch"));

    for (const QStringList& arguments :
         {QStringList{}, QStringList{QStringLiteral("--input"), QStringLiteral("a.json"),
                                     QStringLiteral("--batch"), QStringLiteral("b.csv")},
          QStringList{QStringLiteral("--frobnicate")}}) {
        const test::Outcome run = mssp(arguments);
        EXPECT_EQ(run.exitCode, 2) << arguments.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    }
}

TEST(MsspCli, InputPrintsEveryStepAsJsonWithTheBatchColumnNames)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("aco.json"));
    // Track 1, PY2018, 20,000 beneficiaries (MSR 2.5%), 5% savings, score 0.9:
    // 5,000,000 x 50% x 0.9 x 0.98 = 2,205,000.
    test::writeFile(path, R"({"aco_id": "A1001", "performance_year": 2018, "track": "TRACK_1",
        "assigned_beneficiaries": 20000, "benchmark_total": 100000000,
        "expenditure_total": "95000000.00", "quality_score": 0.9, "met_quality_standard": true})");
    const test::Outcome run = mssp({QStringLiteral("--input"), path});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(run.stdoutBytes).object();
    for (const char* key : {"aco_id", "savings_rate", "msr", "mlr", "generated",
                            "final_sharing_rate", "final_loss_rate", "earned", "capped", "note",
                            "msr_source", "met_msr", "loss_limit_applied", "disaster_reduction",
                            "steps"})
        EXPECT_TRUE(json.contains(QString::fromLatin1(key))) << key;
    EXPECT_EQ(json.value(QStringLiteral("aco_id")).toString(), QStringLiteral("A1001"));
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("savings_rate")).toDouble(), 0.05);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("msr")).toDouble(), 0.025);
    EXPECT_EQ(json.value(QStringLiteral("msr_source")).toString(), QStringLiteral("size_table"));
    EXPECT_TRUE(json.value(QStringLiteral("mlr")).isNull()); // one-sided
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("final_sharing_rate")).toDouble(), 0.45);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("earned")).toDouble(), 2205000.0);
    EXPECT_EQ(json.value(QStringLiteral("earned_cents")).toInteger(), 220500000);
    EXPECT_FALSE(json.value(QStringLiteral("capped")).toBool());
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    ASSERT_FALSE(steps.isEmpty());
    EXPECT_EQ(steps.last().toObject().value(QStringLiteral("step")).toString(),
              QStringLiteral("earned"));
    EXPECT_EQ(steps.last().toObject().value(QStringLiteral("value")).toString(),
              QStringLiteral("$2,205,000.00"));
}

TEST(MsspCli, InputWithProblemsNamesTheKeysAndExitsWithThree)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("bad.json"));
    test::writeFile(path, R"({"performance_year": 2022, "track": "BASIC_B",
        "assigned_beneficiaries": 3000, "benchmark_total": 100000000,
        "expenditure_total": 95000000, "met_quality_standard": 1, "quality_score": [1]})");
    const test::Outcome run = mssp({QStringLiteral("--input"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.stdoutBytes.isEmpty());
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(": key quality_score: "))) << run.err.toStdString();

    test::writeFile(path, "{not json");
    const test::Outcome notJson = mssp({QStringLiteral("--input"), path});
    EXPECT_EQ(notJson.exitCode, 3);
    EXPECT_TRUE(notJson.err.contains(QStringLiteral("not valid JSON")));

    // Below 5,000 beneficiaries the MSR must be given: the message says so.
    test::writeFile(path, R"({"performance_year": 2022, "track": "BASIC_B",
        "assigned_beneficiaries": 3000, "benchmark_total": 100000000,
        "expenditure_total": 95000000, "met_quality_standard": 1})");
    const test::Outcome small = mssp({QStringLiteral("--input"), path});
    EXPECT_EQ(small.exitCode, 3);
    EXPECT_TRUE(small.err.contains(QStringLiteral("key msr: below 5,000"))) << small.err.toStdString();
}

TEST(MsspCli, BatchReportsBadRowsByLineAndColumnAndKeepsTheGoodOnes)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("acos.csv"));
    test::writeFile(path, batchWithBadRows);
    const test::Outcome run = mssp({QStringLiteral("--batch"), path});
    EXPECT_EQ(run.exitCode, 3);

    const QStringList lines = run.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << run.err.toStdString(); // three bad rows and a summary
    EXPECT_TRUE(lines[0].startsWith(path + QStringLiteral(":4: column benchmark_total: 'lots' "
                                                          "is not a number")))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(path + QStringLiteral(":6: column track: unknown track "
                                                          "'TRACK_9'")))
        << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(path + QStringLiteral(":7: column assigned_beneficiaries: ")))
        << lines[2].toStdString();
    EXPECT_TRUE(lines[3].contains(QStringLiteral("3 of 5 rows"))) << lines[3].toStdString();

    const auto rows = readCsv(run.stdoutBytes);
    ASSERT_EQ(rows.size(), 2u);
    // A1: BASIC B, PY2022, MSR 2.5%, 5% savings: 5,000,000 x 40% x 0.98 = 1,960,000.
    EXPECT_EQ(rows[0].value(QStringLiteral("aco_id")), QStringLiteral("A1"));
    EXPECT_EQ(rows[0].value(QStringLiteral("earned")), QStringLiteral("1960000.00"));
    EXPECT_EQ(rows[0].value(QStringLiteral("msr")), QStringLiteral("0.025"));
    EXPECT_EQ(rows[0].value(QStringLiteral("mlr")), QString());
    EXPECT_EQ(rows[0].value(QStringLiteral("capped")), QStringLiteral("0"));
    // A3: ENHANCED, PY2023, quality missed: 75% of 30M = 22.5M, limited to 15% of 100M = 15M.
    EXPECT_EQ(rows[1].value(QStringLiteral("aco_id")), QStringLiteral("A3"));
    EXPECT_EQ(rows[1].value(QStringLiteral("earned")), QStringLiteral("-15000000.00"));
    EXPECT_EQ(rows[1].value(QStringLiteral("final_loss_rate")), QStringLiteral("0.75"));
    EXPECT_EQ(rows[1].value(QStringLiteral("generated")), QStringLiteral("-30000000.00"));
    EXPECT_TRUE(rows[1].value(QStringLiteral("note")).contains(QStringLiteral("limited to")));
}

TEST(MsspCli, BatchWritesTheOutputFileWhole)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("acos.csv"));
    const QString out = folder.path(QStringLiteral("results.csv"));
    test::writeFile(path, batchWithBadRows);
    const test::Outcome withBadRows = mssp({QStringLiteral("--batch"), path, QStringLiteral("--out"), out});
    EXPECT_EQ(withBadRows.exitCode, 3);
    EXPECT_TRUE(withBadRows.stdoutBytes.isEmpty());
    QFile written(out);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_EQ(readCsv(written.readAll()).size(), 2u);
    written.close();

    // A good file: exit 0, and the output replaced.
    test::writeFile(path, "aco_id,performance_year,track,assigned_beneficiaries,benchmark_total,"
                          "expenditure_total,met_quality_standard\n"
                          "B1,2024,BASIC_A,60000,100000000,99000000,1\n");
    const test::Outcome good = mssp({QStringLiteral("--batch"), path, QStringLiteral("--out"), out});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.err.isEmpty());
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const auto rows = readCsv(written.readAll());
    ASSERT_EQ(rows.size(), 1u);
    // 1% savings below the 2% MSR: nothing.
    EXPECT_EQ(rows[0].value(QStringLiteral("earned")), QStringLiteral("0.00"));

    // A header without a required column is invalid as a whole: nothing is written.
    const QString fresh = folder.path(QStringLiteral("fresh.csv"));
    test::writeFile(path, "aco_id,performance_year,track\nB1,2024,BASIC_A\n");
    const test::Outcome noColumns = mssp({QStringLiteral("--batch"), path, QStringLiteral("--out"), fresh});
    EXPECT_EQ(noColumns.exitCode, 3);
    EXPECT_TRUE(noColumns.err.contains(path + QStringLiteral(":1: column assigned_beneficiaries")))
        << noColumns.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(fresh));

    // An output folder that does not exist: failure, nothing left behind.
    const QString nowhere = folder.path(QStringLiteral("missing/results.csv"));
    test::writeFile(path, "aco_id,performance_year,track,assigned_beneficiaries,benchmark_total,"
                          "expenditure_total,met_quality_standard\n"
                          "B1,2024,BASIC_A,60000,100000000,99000000,1\n");
    const test::Outcome unwritable = mssp({QStringLiteral("--batch"), path, QStringLiteral("--out"), nowhere});
    EXPECT_EQ(unwritable.exitCode, 1);
    EXPECT_TRUE(unwritable.err.contains(nowhere)) << unwritable.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(nowhere));

    // A missing input file: failure naming it.
    const QString missing = folder.path(QStringLiteral("missing.csv"));
    const test::Outcome gone = mssp({QStringLiteral("--batch"), missing});
    EXPECT_EQ(gone.exitCode, 1);
    EXPECT_TRUE(gone.err.contains(missing));
}
