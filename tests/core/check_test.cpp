#include "check.h"
#include "error.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace aco;

namespace {

void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

bool mentions(const CheckReport& report, const std::string& fragment)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const std::string& p) { return p.find(fragment) != std::string::npos; });
}

} // namespace

TEST(Check, GoodFileHasNoProblemsAndCountsEveryTable)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("good.aco"));
    test::writeSmallDemo(path);
    const CheckReport report = checkDatabase(Store::openReadOnly(path).db());
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.schemaVersion, latestSchemaVersion());
    // The 16 of version 1, the export log, the 12 of the CCLF claims, the 2 of what they give, the
    // risk scores and the 2 of the claims' facts kept between loads.
    EXPECT_EQ(report.rowCounts.size(), 34u);
    const auto provider = std::find_if(report.rowCounts.begin(), report.rowCounts.end(),
                                       [](const auto& row) { return row.first == "provider"; });
    ASSERT_NE(provider, report.rowCounts.end());
    EXPECT_EQ(provider->second, 25);
}

TEST(Check, FindsRowsThatReferToMissingRows)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("orphans.aco"));
    test::writeSmallDemo(path);
    // Another program, without foreign keys on, deletes a practice its providers belong to.
    rawExec(path, "PRAGMA foreign_keys = OFF; DELETE FROM practice WHERE id = 1;");
    const CheckReport report = checkDatabase(Store::openReadOnly(path).db());
    EXPECT_FALSE(report.ok());
    EXPECT_TRUE(mentions(report, "refers to a practice that does not exist"));
}

TEST(Check, FindsInvalidIdentifiers)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("ids.aco"));
    test::writeSmallDemo(path);
    rawExec(path, "UPDATE provider SET npi = '1234567890' WHERE id = 3; "
                  "UPDATE beneficiary SET mbi = '1SG4TE5MK73' WHERE id = 10;");
    const CheckReport report = checkDatabase(Store::openReadOnly(path).db());
    EXPECT_TRUE(mentions(report, "NPI 1234567890 (row 3) is not valid"));
    EXPECT_TRUE(mentions(report, "MBI 1SG4TE5MK73 (row 10) is not valid"));
}

TEST(Check, FindsDamagedPages)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("damaged.aco"));
    test::writeSmallDemo(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    const qint64 pageSize = 4096;
    ASSERT_GT(file.size(), 40 * pageSize);
    // Overwrite some pages in the middle of the file: their b-tree headers become nonsense.
    for (qint64 page = 20; page < 30; ++page) {
        file.seek(page * pageSize);
        file.write(QByteArray(static_cast<int>(pageSize), '\xA5'));
    }
    file.close();
    try {
        const CheckReport report = checkDatabase(Store::openReadOnly(path).db());
        EXPECT_FALSE(report.ok());
    } catch (const Error& error) {
        // Damage that SQLite meets while reading is an invalid-data error too.
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData) << error.what();
        EXPECT_NE(std::string(error.what()).find("damaged"), std::string::npos) << error.what();
    }
}

TEST(Check, ContentHashIgnoresPageLayout)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("vacuum.aco"));
    test::writeSmallDemo(path);
    const QString before = contentHash(Store::openReadOnly(path).db());
    const QByteArray bytesBefore = test::fileSha256(path);
    rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 8192; VACUUM;");
    EXPECT_NE(test::fileSha256(path), bytesBefore);
    EXPECT_EQ(contentHash(Store::openReadOnly(path).db()), before);
}
