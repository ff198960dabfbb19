#include "error.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <thread>

using namespace aco;
using aco::test::fileSha256;

namespace {

// Runs `sql` on `path` through a plain SQLite connection, as another program would.
void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

// Expects opening `path` to fail with an error of `kind` whose message contains `fragment` and
// names the file, and the file's bytes to be unchanged.
void expectRefused(const QString& path, Error::Kind kind, const std::string& fragment)
{
    const QByteArray before = fileSha256(path);
    try {
        Store::open(path);
        FAIL() << "opened " << path.toStdString();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), kind) << error.what();
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find(path.toStdString()), std::string::npos) << error.what();
    }
    EXPECT_EQ(fileSha256(path), before);
}

} // namespace

TEST(Store, CreateMakesCurrentSchemaOwnerOnlyFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.aco"));
    {
        Store store = Store::create(path);
        EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
        EXPECT_EQ(store.db().queryInt64("PRAGMA application_id"), Store::applicationId);
        EXPECT_EQ(store.db().queryInt64("PRAGMA foreign_keys"), 1);
        EXPECT_EQ(store.db().queryText("PRAGMA journal_mode"), QStringLiteral("wal"));
    }
    struct stat status {};
    ASSERT_EQ(stat(path.toUtf8().constData(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u); // patient data: owner only
    Store reopened = Store::open(path);
    EXPECT_FALSE(reopened.isReadOnly());
}

TEST(Store, CreateRefusesAnExistingFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("exists.aco"));
    test::writeFile(path, "keep me");
    EXPECT_THROW(Store::create(path), Error);
    EXPECT_EQ(fileSha256(path), QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
}

TEST(Store, MissingFileIsAFailureNamingIt)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("missing.aco"));
    try {
        Store::open(path);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Failure);
        EXPECT_NE(std::string(error.what()).find("does not exist"), std::string::npos);
    }
    EXPECT_FALSE(QFileInfo::exists(path)); // opening never creates
}

TEST(Store, RefusesTextFileUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("notes.aco"));
    test::writeFile(path, QByteArray("provider,npi\nSmith,1234567893\n").repeated(200));
    expectRefused(path, Error::Kind::InvalidData, "not an SQLite database");
}

TEST(Store, RefusesEmptyFileUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("empty.aco"));
    test::writeFile(path, {});
    expectRefused(path, Error::Kind::InvalidData, "is empty");
}

TEST(Store, RefusesAnotherApplicationsDatabaseUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("other.db"));
    rawExec(path, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
    expectRefused(path, Error::Kind::InvalidData, "not an ACO Workbench file");
}

TEST(Store, RefusesNewerSchemaUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("future.aco"));
    Store::create(path);
    rawExec(path, "PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;");
    expectRefused(path, Error::Kind::InvalidData, "newer version of ACO Workbench (schema 99");
}

TEST(Store, RefusesDamagedHeaderUntouched)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("damaged.aco"));
    test::writeSmallDemo(path);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.replace(0, 16, "garbage garbage!"); // the SQLite magic string
    file.seek(0);
    file.write(bytes);
    file.close();
    expectRefused(path, Error::Kind::InvalidData, "not an SQLite database");
}

TEST(Store, LockedFileIsReportedAsLocked)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("locked.aco"));
    Store::create(path);
    // Another program holds an exclusive lock until it closes.
    sqlite3* other = nullptr;
    ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                                  "INSERT INTO department (code, name) VALUES ('X', 'X');",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    try {
        Store::open(path);
        FAIL() << "opened a locked file";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("locked by another program"), std::string::npos)
            << error.what();
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_NO_THROW(Store::open(path));
}

TEST(Store, TransactionRollsBackUnlessCommitted)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("t.aco")));
    try {
        Transaction transaction(store.db());
        store.db().exec("INSERT INTO department (code, name) VALUES ('A', 'Alpha')");
        throw Error("stop half-way");
    } catch (const Error&) {
    }
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM department"), 0);
    {
        Transaction transaction(store.db());
        store.db().exec("INSERT INTO department (code, name) VALUES ('A', 'Alpha')");
        transaction.commit();
    }
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM department"), 1);
}

TEST(Store, ForeignKeysAreEnforced)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("fk.aco")));
    try {
        store.db().exec("INSERT INTO provider (npi, last_name, first_name, specialty, kind, "
                        "employment, practice_id, active_from) VALUES ('1234567893', 'A', 'B', "
                        "'Family Medicine', 'primary_care', 'employed', 42, '2020-01-01')");
        FAIL() << "a provider in a practice that does not exist was accepted";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("FOREIGN KEY"), std::string::npos) << error.what();
    }
}

// A long read is stopped from another thread at once, and the connection works again after.
TEST(Store, AReadIsInterruptedFromAnotherThread)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("long.aco"));
    Store::create(path);
    Store store = Store::openReadOnly(path);
    Database& db = store.db();
    // Counting to a billion takes SQLite minutes.
    auto longRead = db.prepare("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                               "WHERE x < 1000000000) SELECT count(*) FROM c");
    std::thread stopper([&db] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        db.interrupt();
    });
    const auto started = std::chrono::steady_clock::now();
    try {
        longRead.step();
        ADD_FAILURE() << "the read ran to its end";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("was interrupted"), std::string::npos)
            << error.what();
    }
    stopper.join();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
    // Statements started meanwhile stop too, until the connection is given back.
    EXPECT_THROW(db.queryInt64("SELECT 1"), Error);
    db.resume();
    EXPECT_EQ(db.queryInt64("SELECT 1"), 1);
}
