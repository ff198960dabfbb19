#include "error.h"
#include "store/filelock.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/temporaryfiles.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace aco;

namespace {

// Every row of every table, in a stable order: to compare two files' contents.
QString contents(const Database& db)
{
    QString text;
    auto tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    while (tables.step()) {
        const std::string name(tables.utf8(0));
        auto rows = db.prepare("SELECT * FROM \"" + name + "\" ORDER BY 1, 2");
        text += QString::fromStdString(name) + QLatin1Char('\n');
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                text += rows.text(c) + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

// A file as version 2 of the application wrote it, with a measure in it.
void writeVersionTwoFile(const QString& path)
{
    Database db(path, Database::Access::Create);
    db.exec("PRAGMA application_id = " + std::to_string(Store::applicationId));
    const auto& steps = schemaMigrations();
    migrate(db, {steps[0], steps[1]});
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("INSERT INTO measure (id, code, name, domain, direction, unit, benchmark) "
            "VALUES (1, 'BCS', 'Breast cancer screening', 'quality', 'higher', 'percent', 74.5)");
}

// A child process that holds `path` open for writing until told to stop: another ACO Workbench.
class OtherProcess
{
  public:
    explicit OtherProcess(const QString& path)
    {
        int ready[2];
        int stop[2];
        if (pipe(ready) != 0 || pipe(stop) != 0)
            return;
        m_pid = fork();
        if (m_pid == 0) {
            close(ready[0]);
            close(stop[1]);
            char byte = 'n';
            try {
                Store store = Store::open(path);
                byte = 'y';
                (void)!write(ready[1], &byte, 1);
                (void)!read(stop[0], &byte, 1); // until the parent closes its end
            } catch (...) {
                (void)!write(ready[1], &byte, 1);
            }
            _exit(0);
        }
        close(ready[1]);
        close(stop[0]);
        m_stop = stop[1];
        char byte = 'n';
        m_holding = read(ready[0], &byte, 1) == 1 && byte == 'y';
        close(ready[0]);
    }
    ~OtherProcess() { finish(); }
    pid_t pid() const { return m_pid; }
    bool holding() const { return m_holding; }
    // Closes the file normally, as quitting does.
    void finish()
    {
        if (m_pid <= 0)
            return;
        close(m_stop);
        waitpid(m_pid, nullptr, 0);
        m_pid = -1;
    }
    // Dies without closing anything, as kill -9 does.
    void kill()
    {
        ::kill(m_pid, SIGKILL);
        waitpid(m_pid, nullptr, 0);
        close(m_stop);
        m_pid = -1;
    }

  private:
    pid_t m_pid = -1;
    int m_stop = -1;
    bool m_holding = false;
};

void expectInUse(const QString& path, pid_t holder)
{
    try {
        Store::open(path);
        FAIL() << "opened a file another process has open";
    } catch (const Error& error) {
        const std::string expected = "'" + path.toStdString() +
                                     "' is open in another ACO Workbench (process " +
                                     std::to_string(holder) + " on ";
        EXPECT_EQ(std::string(error.what()).rfind(expected, 0), 0u) << error.what();
        EXPECT_NE(std::string(error.what()).find("close it there or open it read-only."),
                  std::string::npos)
            << error.what();
    }
}

} // namespace

TEST(StoreSafety, NewFileItsLogAndItsLockAreOwnerOnly)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("new.aco"));
    const mode_t old = umask(022); // a usual umask would make new files world-readable
    Store store = Store::create(path);
    store.db().exec("INSERT INTO department (code, name) VALUES ('C', 'Cardiology')");
    umask(old);
    EXPECT_EQ(test::fileMode(path), 0600u);
    EXPECT_EQ(test::fileMode(path + QStringLiteral("-wal")), 0600u);
    EXPECT_EQ(test::fileMode(path + QStringLiteral("-shm")), 0600u);
}

TEST(StoreSafety, AnOlderFileIsBackedUpBeforeItIsUpgraded)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.aco"));
    writeVersionTwoFile(path);
    QString before;
    {
        const Database raw(path, Database::Access::ReadOnly);
        ASSERT_EQ(raw.queryInt64("PRAGMA user_version"), 2);
        before = contents(raw);
    }
    ASSERT_TRUE(before.contains(QStringLiteral("Breast cancer screening|")));

    {
        const Store store = Store::open(path);
        EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
        EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM export_log"), 0);
    }
    const QString backup = path + QStringLiteral(".bak-v2");
    ASSERT_TRUE(QFileInfo::exists(backup));
    EXPECT_EQ(test::fileMode(backup), 0600u);
    // Opening the upgraded file again makes no further copy.
    Store::open(path);
    EXPECT_EQ(QDir(folder.path(QString())).entryList({QStringLiteral("*.bak*")}),
              QStringList{QStringLiteral("old.aco.bak-v2")});

    const Database copy(backup, Database::Access::ReadOnly); // a Store would not read version 2
    EXPECT_EQ(copy.queryInt64("PRAGMA user_version"), 2);
    EXPECT_EQ(copy.queryInt64("PRAGMA application_id"), Store::applicationId);
    EXPECT_EQ(copy.queryText("PRAGMA integrity_check"), QStringLiteral("ok"));
    EXPECT_EQ(contents(copy), before);
}

TEST(StoreSafety, AnEarlierBackupIsNeverReplaced)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.aco"));
    test::writeFile(path + QStringLiteral(".bak-v2"), "an earlier backup");
    writeVersionTwoFile(path);
    Store::open(path);
    EXPECT_EQ(test::fileSha256(path + QStringLiteral(".bak-v2")),
              QCryptographicHash::hash("an earlier backup", QCryptographicHash::Sha256).toHex());
    const Database second(path + QStringLiteral(".bak-v2-2"), Database::Access::ReadOnly);
    EXPECT_EQ(second.queryInt64("PRAGMA user_version"), 2);
}

TEST(StoreSafety, AFreshFileIsNotBackedUp)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("fresh.aco"));
    Store::create(path);
    Store::open(path);
    EXPECT_EQ(QDir(folder.path(QString())).entryList({QStringLiteral("*.bak*")}), QStringList());
}

TEST(StoreSafety, AReadOnlyFileOpensReadOnlyAndSaysWhy)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("archive.aco"));
    Store::create(path);
    ASSERT_EQ(chmod(path.toUtf8().constData(), 0400), 0);
    Store store = Store::open(path);
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.readOnlyReason(), Store::ReadOnlyReason::FileNotWritable);
    EXPECT_TRUE(store.readOnlyNotice().startsWith(
        QStringLiteral("archive.aco is read-only because its permissions do not allow changes")));
    EXPECT_FALSE(QFileInfo::exists(FileLock::lockPath(path))); // reading takes no lock
    try {
        store.requireWritable(QStringLiteral("save the scenario"));
        FAIL() << "a read-only file accepted a change";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()),
                  "'" + path.toStdString() +
                      "' is read-only (its permissions do not allow changes), so it cannot save "
                      "the scenario; make it writable and try again.");
    }
    EXPECT_THROW(store.db().exec("INSERT INTO department (code, name) VALUES ('A', 'A')"), Error);
}

TEST(StoreSafety, AFileInAReadOnlyFolderOpensReadOnly)
{
    test::TempFolder folder;
    const QString dir = folder.path(QStringLiteral("shared"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString path = dir + QStringLiteral("/aco.aco");
    Store::create(path).db().exec("INSERT INTO department (code, name) VALUES ('C', 'Cardiology')");
    ASSERT_EQ(chmod(dir.toUtf8().constData(), 0555), 0);
    {
        const Store store = Store::open(path);
        EXPECT_EQ(store.readOnlyReason(), Store::ReadOnlyReason::FolderNotWritable);
        EXPECT_TRUE(store.readOnlyNotice().contains(QStringLiteral("its folder is not writable")));
        EXPECT_EQ(store.db().queryText("SELECT name FROM department"),
                  QStringLiteral("Cardiology"));
        // Read as it is: no write-ahead log files, which the folder could not hold.
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-shm")));
        EXPECT_EQ(QDir(dir).entryList(QDir::Files), QStringList{QStringLiteral("aco.aco")});
    }
    chmod(dir.toUtf8().constData(), 0755);
    const Store writable = Store::open(path);
    EXPECT_EQ(writable.readOnlyReason(), Store::ReadOnlyReason::None);
    EXPECT_EQ(Store::openReadOnly(path).readOnlyReason(), Store::ReadOnlyReason::Requested);
}

TEST(StoreSafety, ASecondProcessIsToldTheFileIsInUse)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("busy.aco"));
    Store::create(path);
    OtherProcess other(path);
    ASSERT_TRUE(other.holding());
    expectInUse(path, other.pid());
    // Reading alongside it is fine.
    EXPECT_NO_THROW(Store::openReadOnly(path));
    other.finish();
    EXPECT_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
    EXPECT_NO_THROW(Store::open(path));
}

// What reads and only records what it did (exports) goes on beside a window that has the file
// open, read-only, and says whom to ask for what it cannot do.
TEST(StoreSafety, AFileOpenElsewhereIsSharedReadOnlyNamingTheHolder)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("busy.aco"));
    Store::create(path);
    OtherProcess other(path);
    ASSERT_TRUE(other.holding());
    const Store shared = Store::openShared(path);
    EXPECT_TRUE(shared.isReadOnly());
    EXPECT_EQ(shared.readOnlyReason(), Store::ReadOnlyReason::OpenElsewhere);
    const QString holder = QStringLiteral("process %1 on %2")
                               .arg(other.pid())
                               .arg(QSysInfo::machineHostName());
    EXPECT_EQ(shared.readOnlyNotice(),
              QStringLiteral("busy.aco is open in another ACO Workbench (%1), so it was read "
                             "without changing it.")
                  .arg(holder));
    try {
        shared.requireWritable(QStringLiteral("record the export"));
        FAIL() << "a file open elsewhere was written";
    } catch (const Error& error) {
        EXPECT_EQ(error.what(), "'" + path.toStdString() + "' is open in another ACO Workbench (" +
                                    holder.toStdString() +
                                    "), so it cannot record the export; close it there and try "
                                    "again.");
    }
    other.finish();
    EXPECT_FALSE(Store::openShared(path).isReadOnly()); // once it is closed there
}

// Commands that only read take no lock, yet read a file from an older version: it is brought up
// to date first, with its backup, as opening it in the window would.
TEST(StoreSafety, ReadingAnOlderFileUpgradesItThenReadsWithoutALock)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.aco"));
    writeVersionTwoFile(path);
    const Store store = Store::openToRead(path);
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.schemaVersion(), latestSchemaVersion());
    EXPECT_EQ(store.db().queryText("SELECT name FROM measure"),
              QStringLiteral("Breast cancer screening"));
    EXPECT_TRUE(QFileInfo::exists(path + QStringLiteral(".bak-v2")));
    EXPECT_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
    EXPECT_NO_THROW(Store::open(path)); // nothing holds it
}

TEST(StoreSafety, TheLockOfAKilledProcessIsTakenOver)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("crashed.aco"));
    Store::create(path);
    OtherProcess other(path);
    ASSERT_TRUE(other.holding());
    other.kill();
    ASSERT_TRUE(QFileInfo::exists(FileLock::lockPath(path))); // left behind by the crash
    const Store store = Store::open(path);
    EXPECT_FALSE(store.isReadOnly());
}

TEST(StoreSafety, OneProcessMayOpenItsFileTwice)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("twice.aco"));
    Store::create(path);
    {
        Store first = Store::open(path);
        Store second = Store::open(path);
        EXPECT_FALSE(second.isReadOnly());
        OtherProcess other(path);
        EXPECT_FALSE(other.holding()); // still locked against others while either is open
    }
    EXPECT_FALSE(QFileInfo::exists(FileLock::lockPath(path)));
}

TEST(StoreSafety, ANestedTransactionRollsBackWithItsOuterOne)
{
    test::TempFolder folder;
    Store store = Store::create(folder.path(QStringLiteral("nested.aco")));
    {
        Transaction outer(store.db());
        store.db().exec("INSERT INTO department (code, name) VALUES ('A', 'Alpha')");
        {
            Transaction inner(store.db());
            store.db().exec("INSERT INTO department (code, name) VALUES ('B', 'Beta')");
        } // not committed: only B is undone
        EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM department"), 1);
        Transaction inner(store.db());
        store.db().exec("INSERT INTO department (code, name) VALUES ('C', 'Gamma')");
        inner.commit();
    } // the outer one is not committed: nothing stays
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM department"), 0);
}

// What a writer killed outright (kill -9, a crash) left beside a file is swept up the next time
// that file is written or opened; what a running process is writing stays.
TEST(StoreSafety, TemporariesOfDeadProcessesAreSweptUp)
{
    test::TempFolder folder;
    const pid_t dead = fork();
    if (dead == 0)
        _exit(0);
    ASSERT_GT(dead, 0);
    waitpid(dead, nullptr, 0);
    const auto touch = [&](const QString& name) {
        QFile file(folder.path(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    };
    const QString gone = QString::number(dead);
    const QString alive = QString::number(getpid());
    for (const QString& name :
         {QStringLiteral("x.aco.partial-") + gone, QStringLiteral("x.aco.partial-") + gone + QStringLiteral("-wal"),
          QStringLiteral(".x.csv.partial-") + gone + QStringLiteral("-3"),
          QStringLiteral("x.aco.partial-") + alive, QStringLiteral("x.aco.bak-v2"),
          QStringLiteral("y.aco.partial-") + gone})
        touch(name);
    EXPECT_EQ(TemporaryFiles::removeStale(folder.path(QStringLiteral("x.aco"))), 2);
    EXPECT_EQ(TemporaryFiles::removeStale(folder.path(QStringLiteral("x.csv"))), 1);
    QStringList left = QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    EXPECT_EQ(left, (QStringList{QStringLiteral("x.aco.bak-v2"),
                                 QStringLiteral("x.aco.partial-") + alive,
                                 QStringLiteral("y.aco.partial-") + gone}));
}
