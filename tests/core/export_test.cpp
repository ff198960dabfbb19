#include "error.h"
#include "export/exportkinds.h"
#include "export/exportlog.h"
#include "export/tablewriter.h"
#include "smalldemotest.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <sys/stat.h>

using namespace aco;

namespace {

// Every part of a workbook (sheets, shared strings, styles) as one text, as unzip prints it.
QString xlsxText(const QString& path, const QString& part = QString())
{
    QProcess unzip;
    QStringList arguments{QStringLiteral("-p"), path};
    if (!part.isEmpty())
        arguments.append(part);
    unzip.start(QStringLiteral("unzip"), arguments);
    unzip.waitForFinished(60000);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

Table everyType()
{
    return {QStringLiteral("Types"),
            {{QStringLiteral("Name")},
             {QStringLiteral("Count"), ColumnType::Integer},
             {QStringLiteral("Paid"), ColumnType::Cents},
             {QStringLiteral("Rate"), ColumnType::Percent},
             {QStringLiteral("Value"), ColumnType::Decimal},
             {QStringLiteral("Due"), ColumnType::Date}},
            {{QStringLiteral("Smith, Jane"), qint64(1200), qint64(123456), 0.724, 72.43,
              QDate(2026, 9, 30)},
             {QStringLiteral("Loss"), qint64(-3), qint64(-5), 0.05, 0.0, QVariant()}}};
}

} // namespace

TEST(TableExport, CsvWritesEachTypeAsPlainNumbers)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("types.csv"));
    writeTable(everyType(), path, false);
    EXPECT_EQ(test::readText(path),
              QStringLiteral("Name,Count,Paid,Rate,Value,Due\r\n"
                             "\"Smith, Jane\",1200,1234.56,72.4%,72.43,2026-09-30\r\n"
                             "Loss,-3,-0.05,5.0%,0.00,\r\n"));
    EXPECT_EQ(QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("types.csv")}); // no temporary file left
}

TEST(TableExport, XlsxKeepsNumbersWithTheirFormatsUnderAFrozenBoldHeader)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("types.xlsx"));
    writeTable(everyType(), path, false);
    const QString sheet = xlsxText(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString styles = xlsxText(path, QStringLiteral("xl/styles.xml"));
    ASSERT_FALSE(sheet.isEmpty()) << "unzip could not read the workbook";
    EXPECT_TRUE(sheet.contains(QStringLiteral("ySplit=\"1\""))) << "header row not frozen";
    EXPECT_TRUE(sheet.contains(QStringLiteral("<autoFilter ref=\"A1:F3\"/>")));
    // Money as dollars, rates as fractions, dates as Excel serial numbers (days since
    // 1899-12-30: 2026-09-30 is 46,023 for 2026-01-01 plus 272 days).
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>1234.56</v>"))) << sheet.toStdString();
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>-0.05</v>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>0.724</v>")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("<v>46295</v>")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"&quot;$&quot;#,##0.00\"")) ||
                styles.contains(QStringLiteral("formatCode=\"\\$#,##0.00\"")) ||
                styles.contains(QStringLiteral("formatCode=\"$#,##0.00\"")))
        << styles.toStdString();
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<b/>")));
}

TEST(TableExport, AnUnknownExtensionIsAUsageErrorAndWritesNothing)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("types.txt"));
    try {
        writeTable(everyType(), path, false);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Usage);
        EXPECT_NE(std::string(error.what()).find("must end in .csv or .xlsx"), std::string::npos);
    }
    EXPECT_TRUE(QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

using ExportKinds = test::SmallDemoTest;

TEST_F(ExportKinds, PursuitListsNamePatientsUnlessMasked)
{
    ExportOptions options;
    const Table full = buildExport(m_store->db(), QStringLiteral("pursuit"), options);
    ASSERT_GT(full.rows.size(), 20u);
    EXPECT_TRUE(full.hasPatientColumns());
    options.maskPhi = true;
    const Table masked = buildExport(m_store->db(), QStringLiteral("pursuit"), options);
    ASSERT_EQ(masked.rows.size(), full.rows.size());

    const QString csv = m_folder.path(QStringLiteral("pursuit.csv"));
    const QString xlsx = m_folder.path(QStringLiteral("pursuit.xlsx"));
    const QString fullCsv = m_folder.path(QStringLiteral("full.csv"));
    exportTable(*m_store, masked, QStringLiteral("pursuit"), csv, PatientData::Masked);
    exportTable(*m_store, masked, QStringLiteral("pursuit"), xlsx, PatientData::Masked);
    exportTable(*m_store, full, QStringLiteral("pursuit"), fullCsv, PatientData::Included);
    const QString maskedCsv = test::readText(csv);
    const QString maskedXlsx = xlsxText(xlsx);
    const QString unmasked = test::readText(fullCsv);
    ASSERT_FALSE(maskedXlsx.isEmpty());

    // The unmasked export names every patient; the masked ones name none, in any form.
    EXPECT_TRUE(unmasked.contains(test::mbiPattern()));
    EXPECT_FALSE(maskedCsv.contains(test::mbiPattern()))
        << test::mbiPattern().match(maskedCsv).captured().toStdString();
    EXPECT_FALSE(maskedXlsx.contains(test::mbiPattern()));
    for (const auto& row : full.rows) {
        const QString mbi = row[3].toString();
        const QString name = row[4].toString(); // "Last, First"
        EXPECT_TRUE(unmasked.contains(mbi));
        EXPECT_FALSE(maskedCsv.contains(mbi)) << mbi.toStdString();
        EXPECT_FALSE(maskedXlsx.contains(mbi)) << mbi.toStdString();
        EXPECT_FALSE(maskedCsv.contains(name)) << name.toStdString();
        EXPECT_FALSE(maskedXlsx.contains(name)) << name.toStdString();
        EXPECT_TRUE(maskedCsv.contains(QStringLiteral("*******") + mbi.right(4)));
    }
    // Birth dates are left out when masking.
    const QString firstBirth = full.rows.front()[5].toDate().toString(Qt::ISODate);
    EXPECT_TRUE(unmasked.contains(firstBirth));
    EXPECT_FALSE(maskedCsv.contains(firstBirth));
}

// With a month, the care gaps are those open at its end, overdue against it; without, on the
// data date. Counted here from the file's own rows.
TEST_F(ExportKinds, CareGapsOfAPastMonthAreThoseOpenAtItsEnd)
{
    ExportOptions options;
    const Table now = buildExport(m_store->db(), QStringLiteral("care-gaps"), options);
    options.period = Period(2025, 12);
    const Table then = buildExport(m_store->db(), QStringLiteral("care-gaps"), options);
    const Database& db = m_store->db();
    const auto pcpGaps = [&](const char* condition) {
        return static_cast<size_t>(db.queryInt64(
            std::string("SELECT count(*) FROM care_gap g JOIN beneficiary b ON b.id = "
                        "g.beneficiary_id WHERE b.provider_id IS NOT NULL AND ") +
            condition));
    };
    EXPECT_EQ(now.rows.size(), pcpGaps("g.closed_date IS NULL"));
    EXPECT_EQ(then.rows.size(), pcpGaps("(g.closed_date IS NULL OR g.closed_date > '2025-12-31')"));
    ASSERT_GT(then.rows.size(), now.rows.size()); // the gaps closed since were open then
    const auto overdue = [](const Table& t) {
        return std::count_if(t.rows.begin(), t.rows.end(),
                             [](const auto& row) { return row.back() == QStringLiteral("yes"); });
    };
    // Overdue against the month's end, not against the data date.
    EXPECT_EQ(overdue(then), static_cast<long>(pcpGaps("(g.closed_date IS NULL OR g.closed_date > '2025-12-31') "
                                                       "AND g.due_date < '2025-12-31'")));
    ASSERT_LT(overdue(then), overdue(now));
    EXPECT_EQ(overdue(now), static_cast<long>(pcpGaps("g.closed_date IS NULL AND g.due_date < "
                                                      "'2026-09-30'")));
}

TEST_F(ExportKinds, EachExportIsLoggedAndUnmaskedPatientsAreOwnerOnly)
{
    const mode_t old = umask(022);
    ExportOptions options;
    const Table providers = buildExport(m_store->db(), QStringLiteral("providers"), options);
    const Table full = buildExport(m_store->db(), QStringLiteral("care-gaps"), options);
    options.maskPhi = true;
    const Table masked = buildExport(m_store->db(), QStringLiteral("care-gaps"), options);
    const QString a = m_folder.path(QStringLiteral("providers.xlsx"));
    const QString b = m_folder.path(QStringLiteral("gaps.csv"));
    const QString c = m_folder.path(QStringLiteral("gaps-masked.xlsx"));
    EXPECT_TRUE(
        exportTable(*m_store, providers, QStringLiteral("providers"), a, PatientData::None));
    EXPECT_TRUE(exportTable(*m_store, full, QStringLiteral("care-gaps"), b, PatientData::Included));
    EXPECT_TRUE(exportTable(*m_store, masked, QStringLiteral("care-gaps"), c, PatientData::Masked));
    umask(old);
    EXPECT_EQ(test::fileMode(a), 0644u);
    EXPECT_EQ(test::fileMode(b), 0600u);
    EXPECT_EQ(test::fileMode(c), 0644u);

    const auto log = loadExportLog(m_store->db());
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].kind, QStringLiteral("providers"));
    EXPECT_EQ(log[0].rows, 25);
    EXPECT_EQ(log[0].patientData, PatientData::None);
    EXPECT_EQ(log[1].path, QFileInfo(b).absoluteFilePath());
    EXPECT_EQ(log[1].rows, static_cast<int>(full.rows.size()));
    EXPECT_EQ(log[1].patientData, PatientData::Included);
    EXPECT_EQ(log[2].patientData, PatientData::Masked);
    EXPECT_EQ(log[2].userName, currentUserName());
    EXPECT_FALSE(log[2].userName.isEmpty());
    const QDateTime at = QDateTime::fromString(log[2].exportedAt, Qt::ISODate);
    EXPECT_EQ(at.timeSpec(), Qt::UTC) << log[2].exportedAt.toStdString();
    EXPECT_LE(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())), 60);
}

TEST_F(ExportKinds, AReadOnlyFileRefusesUnmaskedPatientsAndLogsNothing)
{
    ExportOptions options;
    const Table full = buildExport(m_store->db(), QStringLiteral("pursuit"), options);
    m_store.reset();
    Store store = Store::openReadOnly(m_path);
    const QString refused = m_folder.path(QStringLiteral("refused.csv"));
    try {
        exportTable(store, full, QStringLiteral("pursuit"), refused, PatientData::Included);
        FAIL() << "exported unmasked patients without a record";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("is read-only"), std::string::npos)
            << error.what();
    }
    EXPECT_FALSE(QFileInfo::exists(refused));
    options.maskPhi = true;
    const Table masked = buildExport(store.db(), QStringLiteral("pursuit"), options);
    const QString allowed = m_folder.path(QStringLiteral("allowed.csv"));
    EXPECT_FALSE(
        exportTable(store, masked, QStringLiteral("pursuit"), allowed, PatientData::Masked));
    EXPECT_TRUE(QFileInfo::exists(allowed));
    EXPECT_TRUE(loadExportLog(store.db()).empty());
}

TEST_F(ExportKinds, ResultsAndExpenditureRowsAddUpToTheFile)
{
    ExportOptions options;
    options.period = Period(2026, 9);
    options.window = Window::Quarter;
    const Table results = buildExport(m_store->db(), QStringLiteral("results"), options);
    // One row per measure and month with results, July to September.
    ASSERT_EQ(results.rows.size(),
              static_cast<size_t>(m_store->db().queryInt64(
                  "SELECT count(*) FROM (SELECT DISTINCT measure_id, period FROM measure_result "
                  "WHERE period BETWEEN 202607 AND 202609)")));
    std::int64_t numerators = 0;
    for (const auto& row : results.rows)
        numerators += row[3].toLongLong();
    EXPECT_EQ(numerators, m_store->db().queryInt64("SELECT sum(numerator) FROM measure_result "
                                                   "WHERE period BETWEEN 202607 AND 202609"));

    const Table money = buildExport(m_store->db(), QStringLiteral("expenditures"), options);
    ASSERT_FALSE(money.rows.empty());
    for (const auto& row : money.rows)
        EXPECT_EQ(row[4].toLongLong(), row[3].toLongLong() - row[2].toLongLong()); // savings

    const Table card = buildExport(m_store->db(), QStringLiteral("scorecard"), options);
    // A line per provider and measure with results in the window.
    EXPECT_EQ(card.rows.size(),
              static_cast<size_t>(m_store->db().queryInt64(
                  "SELECT count(*) FROM (SELECT DISTINCT provider_id, measure_id FROM "
                  "measure_result WHERE period BETWEEN 202607 AND 202609)")));
    EXPECT_EQ(card.title, QStringLiteral("Scorecard 2026-09"));
    EXPECT_THROW(buildExport(m_store->db(), QStringLiteral("patients"), options), Error);
}
