// `aco-workbench cclf` and the claims-spending export, run as a user would.
#include "cclftestdelivery.h"
#include "check.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>

using namespace aco;
using aco::test::CclfTestDelivery;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

constexpr const char* mbi = "6U50TE7GG18";

class CclfCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_folder.path(QStringLiteral("aco.aco"));
        ASSERT_EQ(workbench({QStringLiteral("create"), QStringLiteral("--db"), m_db, QStringLiteral("--aco-id"),
                             QStringLiteral("A1234"), QStringLiteral("--name"), QStringLiteral("Test ACO")})
                      .exitCode,
                  0);
    }
    QString write(const CclfTestDelivery& delivery, bool zip = true)
    {
        const QString folder = m_folder.path(QStringLiteral("in%1").arg(++m_deliveries));
        QDir().mkpath(folder);
        return delivery.write(folder, zip);
    }
    Outcome cclf(const QStringList& arguments)
    {
        return workbench(QStringList{QStringLiteral("cclf"), QStringLiteral("--db"), m_db} + arguments);
    }
    QString hash() const
    {
        const Store store = Store::openReadOnly(m_db);
        return contentHash(store.db());
    }
    // The packet's example beneficiary (CCLF IP 5.3.2), with a DME line of $45.50 in September.
    static CclfTestDelivery packetExample()
    {
        CclfTestDelivery d;
        d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
        const struct { std::int64_t id; int adjustment; int effective; std::int64_t dollars; } partA[] = {
            {1, 0, 20120720, 200}, {2, 2, 20120920, 0}, {3, 1, 20120807, 200},
            {4, 2, 20120920, 210}, {5, 2, 20120807, 0}, {6, 1, 20121007, 0}};
        for (const auto& c : partA)
            d.addPartA({.id = c.id, .mbi = mbi, .paidCents = c.dollars * 100, .adjustment = c.adjustment,
                        .effective = c.effective});
        d.addPartA({.id = 7, .mbi = mbi, .from = 20120820, .thru = 20120829, .paidCents = 5000,
                    .effective = 20120920});
        const struct { std::int64_t claim; int line; std::int64_t dollars; int adjustment; } partB[] = {
            {1, 3, 0, 1}, {1, 1, 380, 1}, {1, 2, 227, 1}, {2, 1, 380, 0}, {2, 2, 227, 0},
            {2, 3, 100, 0}, {3, 3, 0, 0}, {3, 1, 380, 0}, {3, 2, 227, 0}};
        for (const auto& l : partB)
            d.addPartB({.claimId = 100 + l.claim, .line = l.line, .mbi = mbi, .paidCents = l.dollars * 100,
                        .adjustment = l.adjustment, .from = 20120801, .thru = 20120801});
        d.addDme({.claimId = 900, .mbi = mbi, .control = "D1", .paidCents = 4550, .from = 20120905, .thru = 20120905});
        return d;
    }

    test::TempFolder m_folder;
    QString m_db;
    int m_deliveries = 0;
};

} // namespace

TEST_F(CclfCli, LoadsADeliveryAndSumsItUp)
{
    const Outcome outcome = cclf({QStringLiteral("--in"), write(packetExample())});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Delivery of 2025-12-15 (monthly, performance year 2025)")))
        << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Part B Physicians File")));
    // $260 + $707 + $45.50, and 3 + 3 + 1 final-action claims.
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Part A $260.00")));
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Part B physician $707.00, DME $45.50; total $1,012.50")))
        << outcome.out.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("(7 final action)"))) << outcome.out.toStdString();

    // The export: one row per beneficiary and month, signed dollars with two decimals.
    const QString csv = m_folder.path(QStringLiteral("spending.csv"));
    const Outcome exported = workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                                        QStringLiteral("claims-spending"), QStringLiteral("--out"), csv});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(test::readText(csv), QStringLiteral("mbi,month,part_a,part_b_physician,part_b_dme,total\r\n"
                                                  "6U50TE7GG18,2012-07,210.00,0.00,0.00,210.00\r\n"
                                                  "6U50TE7GG18,2012-08,50.00,707.00,0.00,757.00\r\n"
                                                  "6U50TE7GG18,2012-09,0.00,0.00,45.50,45.50\r\n"));
    const Outcome masked = workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                                      QStringLiteral("claims-spending"), QStringLiteral("--out"), csv,
                                      QStringLiteral("--mask-phi")});
    ASSERT_EQ(masked.exitCode, 0);
    EXPECT_FALSE(test::readText(csv).contains(QLatin1String(mbi)));
    EXPECT_TRUE(test::readText(csv).contains(QStringLiteral(",2012-08,50.00,707.00,0.00,757.00")));
}

TEST_F(CclfCli, ADeliveryLoadedAgainIsSaidSoAndChangesNothing)
{
    const QString zip = write(packetExample());
    ASSERT_EQ(cclf({QStringLiteral("--in"), zip}).exitCode, 0);
    const QString before = hash();
    const Outcome again = cclf({QStringLiteral("--in"), zip});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("already loaded on"))) << again.out.toStdString();
    EXPECT_TRUE(again.out.contains(QStringLiteral("nothing changed")));
    EXPECT_EQ(hash(), before);
}

TEST_F(CclfCli, BadInputIsListedByFileLineAndColumnAndNothingIsLoaded)
{
    CclfTestDelivery d = packetExample();
    d.addPartB({.claimId = 990, .mbi = mbi, .paidCents = 100, .from = 20120931, .thru = 20120931});
    const QString zip = write(d);
    const QString problems = m_folder.path(QStringLiteral("problems.csv"));
    const QByteArray before = test::fileSha256(m_db);
    const Outcome outcome = cclf({QStringLiteral("--in"), zip, QStringLiteral("--problems"), problems});
    EXPECT_EQ(outcome.exitCode, 3);
    EXPECT_TRUE(outcome.err.contains(zip + QStringLiteral(":P.A1234.ACO.ZC5Y25.D251215.T0112000:10:48: "
                                                          "CLM_FROM_DT '2012-09-31' is not a date (YYYY-MM-DD)")))
        << outcome.err.toStdString();
    EXPECT_TRUE(outcome.err.contains(QStringLiteral("nothing was loaded into")));
    EXPECT_EQ(test::fileSha256(m_db), before);
    const QString listed = test::readText(problems);
    EXPECT_TRUE(listed.startsWith(QStringLiteral("file,line,column,reason\r\n"))) << listed.toStdString();
    EXPECT_TRUE(listed.contains(QStringLiteral(",10,78,CLM_LINE_FROM_DT '2012-09-31' is not a date")));
}

TEST_F(CclfCli, ADryRunReadsEverythingAndWritesNothing)
{
    const QByteArray before = test::fileSha256(m_db);
    const Outcome outcome = cclf({QStringLiteral("--in"), write(packetExample(), false), QStringLiteral("--dry-run")});
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("Nothing was written (--dry-run)")));
    EXPECT_TRUE(outcome.out.contains(QStringLiteral("total $1,012.50")));
    EXPECT_EQ(test::fileSha256(m_db), before);
}

TEST_F(CclfCli, UsageErrors)
{
    EXPECT_EQ(workbench({QStringLiteral("cclf"), QStringLiteral("--db"), m_db}).exitCode, 2);
    const Outcome missing = cclf({QStringLiteral("--in"), m_folder.path(QStringLiteral("nowhere"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("does not exist"))) << missing.err.toStdString();
    const QString text = m_folder.path(QStringLiteral("notes.txt"));
    test::writeFile(text, "not a delivery\n");
    EXPECT_EQ(cclf({QStringLiteral("--in"), text}).exitCode, 3);
}

// A load killed outright (kill -9) half-way through writing leaves the file as it was: SQLite's
// write-ahead log undoes the unfinished transaction when the file is next opened.
TEST_F(CclfCli, ALoadKilledMidWayLeavesTheFileUnchanged)
{
    // Enough Part B lines that the transaction spills beyond SQLite's page cache into the log.
    CclfTestDelivery d;
    d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
    for (int claim = 1; claim <= 120'000; ++claim)
        for (int line = 1; line <= 5; ++line)
            d.addPartB({.claimId = claim, .line = line, .mbi = mbi, .control = std::to_string(claim),
                        .paidCents = 1000 + line});
    const QString folder = write(d, false);
    const QString before = hash();

    QProcess process;
    process.start(QStringLiteral(ACO_WORKBENCH_EXE),
                  {QStringLiteral("cclf"), QStringLiteral("--db"), m_db, QStringLiteral("--in"), folder});
    ASSERT_TRUE(process.waitForStarted());
    const QString wal = m_db + QStringLiteral("-wal");
    while (process.state() == QProcess::Running && QFile(wal).size() < 1'000'000)
        QThread::msleep(2);
    ASSERT_EQ(process.state(), QProcess::Running) << "the load finished before it was killed";
    ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
    ASSERT_TRUE(process.waitForFinished());
    EXPECT_EQ(process.exitStatus(), QProcess::CrashExit);

    EXPECT_EQ(hash(), before);
    const Store store = Store::open(m_db);
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM claim_b_line"), 0);
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM cclf_delivery"), 0);
}
