// Loading CCLF deliveries: the packet's worked examples, MBI changes, records delivered again,
// deliveries loaded twice, and the bad input that refuses a delivery.
#include "cclftestdelivery.h"
#include "claims/cclfload.h"
#include "claims/claimsspending.h"
#include "error.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <algorithm>

#include <gtest/gtest.h>

namespace aco {
namespace {

using test::CclfTestDelivery;

constexpr const char* mbi = "6U50TE7GG18"; // the packet's beneficiary
constexpr const char* oldMbi = "5F27TE6KM28";
constexpr const char* olderMbi = "1EG4TE5MK73";

class CclfLoad : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("aco.aco"));
        Store store = Store::create(m_path);
        store.db().exec("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A1234', 'Test ACO', "
                        "'2025-12-31')");
    }

    CclfLoadResult load(const std::vector<QString>& paths, bool dryRun = false)
    {
        Store store = dryRun ? Store::openReadOnly(m_path) : Store::open(m_path);
        return loadCclf(store.db(), paths, dryRun);
    }
    std::int64_t count(const std::string& sql)
    {
        const Store store = Store::openReadOnly(m_path);
        return store.db().queryInt64(sql);
    }
    QString text(const std::string& sql)
    {
        const Store store = Store::openReadOnly(m_path);
        return store.db().queryText(sql);
    }
    QString write(const CclfTestDelivery& delivery, bool zip = true)
    {
        const QString folder = m_folder.path(QStringLiteral("in%1").arg(++m_deliveries));
        QDir().mkpath(folder);
        return delivery.write(folder, zip);
    }
    static std::string problems(const CclfLoadResult& result)
    {
        std::string text;
        for (const CclfProblem& p : result.problems.kept())
            text += p.toString().toStdString() + "\n";
        return text;
    }

    // The packet's example beneficiary (IP 5.3.2): Tables 4 and 6.
    static void addPacketExample(CclfTestDelivery& d)
    {
        d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
        const struct { std::int64_t id; int adjustment; int effective; std::int64_t dollars; } partA[] = {
            {1, 0, 20120720, 200}, {2, 2, 20120920, 0}, {3, 1, 20120807, 200},
            {4, 2, 20120920, 210}, {5, 2, 20120807, 0}, {6, 1, 20121007, 0}};
        for (const auto& c : partA)
            d.addPartA({.id = c.id, .mbi = mbi, .paidCents = c.dollars * 100, .adjustment = c.adjustment,
                        .effective = c.effective});
        d.addPartA({.id = 7, .mbi = mbi, .from = 20120820, .thru = 20120829, .paidCents = 5000,
                    .effective = 20120920});
        const struct { std::int64_t claim; int line; std::int64_t dollars; int adjustment; int effective; } partB[] = {
            {1, 3, 0, 1, 20120902},   {1, 1, 380, 1, 20120902}, {1, 2, 227, 1, 20120902},
            {2, 1, 380, 0, 20120902}, {2, 2, 227, 0, 20120902}, {2, 3, 100, 0, 20120902},
            {3, 3, 0, 0, 20120815},   {3, 1, 380, 0, 20120815}, {3, 2, 227, 0, 20120815}};
        for (const auto& l : partB)
            d.addPartB({.claimId = 100 + l.claim, .line = l.line, .mbi = mbi, .control = "7",
                        .paidCents = l.dollars * 100, .adjustment = l.adjustment, .effective = l.effective,
                        .from = 20120801, .thru = 20120801});
    }

    test::TempFolder m_folder;
    QString m_path;
    int m_deliveries = 0;
};

TEST_F(CclfLoad, ThePacketsExampleSpends967Dollars)
{
    CclfTestDelivery d;
    addPacketExample(d);
    const CclfLoadResult result = load({write(d)});
    ASSERT_TRUE(result.ok()) << problems(result);
    EXPECT_TRUE(result.written);
    EXPECT_EQ(result.delivered.partACents, 26000);
    EXPECT_EQ(result.delivered.partBCents, 70700);

    const Store store = Store::openReadOnly(m_path);
    const ClaimsTotals totals = claimsTotals(store.db());
    EXPECT_EQ(totals.partACents, 26000);
    EXPECT_EQ(totals.partBCents, 70700);
    EXPECT_EQ(totals.dmeCents, 0);
    EXPECT_EQ(totals.partACents + totals.partBCents + totals.dmeCents, 96700);
    // Final action: #4, #7 and one of #2 and #5; Part B the three lines of claim 2.
    const QString partA = store.db().queryText(
        "SELECT group_concat(id, ',') FROM (SELECT id FROM claim_a WHERE action = 1 ORDER BY id)");
    EXPECT_TRUE(partA == QStringLiteral("2,4,7") || partA == QStringLiteral("4,5,7")) << partA.toStdString();
    EXPECT_EQ(store.db().queryText("SELECT group_concat(id / 100000, ',') FROM (SELECT id FROM claim_b_line "
                                   "WHERE action = 1 ORDER BY id)"),
              QStringLiteral("102,102,102"));
    EXPECT_EQ(totals.finalActionClaims, 3 + 3);

    // Spending by month of the through date: July $210 of Part A; August $50 and $707.
    const std::vector<ClaimsSpendingRow> rows = claimsSpending(store.db());
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].mbi, QString::fromLatin1(mbi));
    EXPECT_EQ(rows[0].month, 201207);
    EXPECT_EQ(rows[0].partACents, 21000);
    EXPECT_EQ(rows[0].partBCents, 0);
    EXPECT_EQ(rows[1].month, 201208);
    EXPECT_EQ(rows[1].partACents, 5000);
    EXPECT_EQ(rows[1].partBCents, 70700);
    // The beneficiary roster has CCLF8's demographics.
    EXPECT_EQ(store.db().queryText("SELECT first_name || ' ' || last_name || ' ' || birth_date || ' ' || sex || "
                                   "' ' || medicare_status FROM beneficiary"),
              QStringLiteral("Jane Doe 1940-01-01 F 10"));
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM cclf_delivery"), 1);
    EXPECT_EQ(store.db().queryInt64("SELECT records FROM cclf_delivery_file WHERE file = 'CCLF5'"), 9);
    EXPECT_EQ(store.db().queryText("SELECT sha256 FROM cclf_delivery_file WHERE file = 'CCLF1'").size(), 64);
}

TEST_F(CclfLoad, TheRosterKeepsCclf8sEntitlementFields)
{
    // What the risk model needs: original reason for entitlement, dual status and the start of
    // Part B (BENE_PART_B_ENRLMT_BGN_DT), which decides who is a new enrollee.
    CclfTestDelivery d(20250415);
    d.addBeneficiary({.mbi = mbi, .birthDate = 19600315, .medicareStatus = "20", .dualStatus = "02",
                      .orec = "1", .partBStart = 20250301});
    d.addBeneficiary({.mbi = oldMbi, .birthDate = 19500101, .partBStart = 0}); // no date: 1000-01-01
    ASSERT_TRUE(load({write(d)}).ok());
    EXPECT_EQ(text("SELECT orec || ' ' || dual_status || ' ' || part_b_start FROM beneficiary WHERE mbi = '" +
                   std::string(mbi) + "'"),
              QStringLiteral("1 02 2025-03-01"));
    EXPECT_EQ(count("SELECT count(*) FROM beneficiary WHERE part_b_start IS NULL"), 1);

    // A later delivery with another date changes it.
    CclfTestDelivery later(20250515);
    later.addBeneficiary({.mbi = mbi, .birthDate = 19600315, .medicareStatus = "20", .dualStatus = "02",
                          .orec = "1", .partBStart = 20250201});
    ASSERT_TRUE(load({write(later)}).ok());
    EXPECT_EQ(text("SELECT part_b_start FROM beneficiary WHERE mbi = '" + std::string(mbi) + "'"),
              QStringLiteral("2025-02-01"));
}

TEST_F(CclfLoad, BenchmarkSpendingLeavesOutImeDshAndUncompensatedCare)
{
    CclfTestDelivery d;
    d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
    d.addPartA({.id = 11, .mbi = mbi, .paidCents = 1'250'000, .imeCents = 90'000, .dshCents = 40'000,
                .uncompensatedCents = 10'000});
    // A cancelled copy with the same key: its exclusions cancel too.
    d.addPartA({.id = 12, .mbi = mbi, .paidCents = 1'250'000, .adjustment = 1, .effective = 20120801,
                .imeCents = 90'000, .dshCents = 40'000, .uncompensatedCents = 10'000});
    d.addPartA({.id = 13, .mbi = mbi, .paidCents = 1'300'000, .adjustment = 2, .effective = 20120801,
                .imeCents = 90'000, .dshCents = 40'000, .uncompensatedCents = 10'000});
    ASSERT_TRUE(load({write(d)}).ok());
    const Store store = Store::openReadOnly(m_path);
    const ClaimsTotals totals = claimsTotals(store.db());
    EXPECT_EQ(totals.partACents, 1'300'000);
    EXPECT_EQ(totals.partABenchmarkCents, 1'300'000 - 140'000);
}

TEST_F(CclfLoad, ClaimsFollowAnMbiChainWhoseLinksArriveInLaterDeliveries)
{
    // The packet's linking example (IP 5.1.3) spread over three deliveries: claims under the
    // oldest MBI, then a link to the next and claims under it, then a link to the current one.
    CclfTestDelivery first(20121015);
    first.addBeneficiary(olderMbi, "John", "Doe", 19450301, '1');
    first.addPartA({.id = 2222222222222, .mbi = olderMbi, .thru = 20120704, .paidCents = 10000, .effective = 20120730});
    first.addPartA({.id = 3589734591235, .mbi = olderMbi, .thru = 20120704, .paidCents = 10000, .adjustment = 1,
                    .effective = 20120801});
    first.addPartA({.id = 1313274894021, .mbi = olderMbi, .thru = 20120704, .paidCents = 12000, .adjustment = 2,
                    .effective = 20120801});
    CclfTestDelivery second(20121115);
    second.addBeneficiary(oldMbi, "John", "Doe", 19450301, '1');
    second.addXref(olderMbi, oldMbi, 20121101);
    second.addPartA({.id = 1111111111111, .mbi = oldMbi, .thru = 20120704, .paidCents = 12000, .adjustment = 1,
                     .effective = 20120807});
    CclfTestDelivery third(20121215);
    third.addBeneficiary(mbi, "John", "Doe", 19450301, '1');
    third.addXref(oldMbi, mbi, 20121201);
    third.addPartA({.id = 3333333333333, .mbi = mbi, .thru = 20120704, .paidCents = 13000, .adjustment = 2,
                    .effective = 20120807});
    for (const CclfTestDelivery* d : {&first, &second, &third}) {
        const CclfLoadResult result = load({write(*d)});
        ASSERT_TRUE(result.ok()) << problems(result);
    }
    EXPECT_EQ(count("SELECT count(DISTINCT bene_id) FROM claim_a"), 1);
    EXPECT_EQ(text("SELECT m.mbi FROM claim_a c JOIN cclf_mbi m ON m.id = c.bene_id LIMIT 1"),
              QString::fromLatin1(mbi));
    EXPECT_EQ(count("SELECT id FROM claim_a WHERE action = 1"), 3333333333333);
    EXPECT_EQ(count("SELECT count(*) FROM claim_a WHERE action = 1"), 1);
    EXPECT_EQ(count("SELECT sum(paid_cents) FROM claim_a"), 10000 - 10000 + 12000 - 12000 + 13000);
    // One beneficiary in the roster, under the current MBI.
    EXPECT_EQ(text("SELECT group_concat(mbi) FROM beneficiary"), QString::fromLatin1(mbi));
    EXPECT_EQ(count("SELECT count(*) FROM cclf_mbi WHERE current_id = (SELECT id FROM cclf_mbi WHERE mbi = '" +
                    std::string(mbi) + "')"),
              3);
}

TEST_F(CclfLoad, TheSameChainInOneDeliveryAndACycleIsReported)
{
    CclfTestDelivery d;
    d.addXref(olderMbi, oldMbi);
    d.addXref(oldMbi, mbi, 20250201);
    d.addXref(mbi, olderMbi, 20240101); // a cycle; the latest link (to mbi) decides
    d.addPartB({.claimId = 1, .mbi = olderMbi, .paidCents = 1000});
    d.addPartB({.claimId = 2, .mbi = oldMbi, .paidCents = 2000});
    const CclfLoadResult result = load({write(d)});
    ASSERT_TRUE(result.ok()) << problems(result);
    // One note of the cycle (the others say which years' risk scores were computed).
    EXPECT_EQ(std::count_if(result.notes.begin(), result.notes.end(),
                            [](const QString& note) { return note.contains(QLatin1String("cycle")); }),
              1);
    EXPECT_EQ(count("SELECT count(DISTINCT bene_id) FROM claim_b_line"), 1);
    EXPECT_EQ(text("SELECT m.mbi FROM claim_b_line c JOIN cclf_mbi m ON m.id = c.bene_id LIMIT 1"),
              QString::fromLatin1(mbi));
}

TEST_F(CclfLoad, ARecordDeliveredAgainCountsOnce)
{
    CclfTestDelivery first(20251115);
    first.addPartB({.claimId = 501, .line = 1, .mbi = mbi, .paidCents = 12345});
    first.addPartB({.claimId = 501, .line = 2, .mbi = mbi, .paidCents = 2000});
    CclfTestDelivery second(20251215);
    // Line 1 again (the same record); line 2 again under the beneficiary's new MBI (CMS writes
    // the current MBI), after a link; and a new line.
    second.addXref(mbi, "9AA9AA9AA99", 20251201);
    second.addPartB({.claimId = 501, .line = 1, .mbi = mbi, .paidCents = 12345});
    second.addPartB({.claimId = 501, .line = 2, .mbi = "9AA9AA9AA99", .paidCents = 2000});
    second.addPartB({.claimId = 502, .line = 1, .mbi = "9AA9AA9AA99", .paidCents = 700});
    ASSERT_TRUE(load({write(first)}).ok());
    const CclfLoadResult result = load({write(second)});
    ASSERT_TRUE(result.ok()) << problems(result);
    EXPECT_EQ(count("SELECT count(*) FROM claim_b_line"), 3);
    EXPECT_EQ(count("SELECT sum(paid_cents) FROM claim_b_line"), 12345 + 2000 + 700);
    EXPECT_EQ(count("SELECT duplicates FROM cclf_delivery_file f JOIN cclf_delivery d ON d.id = f.delivery_id "
                    "WHERE f.file = 'CCLF5' AND d.file_date = '2025-12-15'"),
              2);
    EXPECT_EQ(count("SELECT new_records FROM cclf_delivery_file f JOIN cclf_delivery d ON d.id = f.delivery_id "
                    "WHERE f.file = 'CCLF5' AND d.file_date = '2025-12-15'"),
              1);
}

TEST_F(CclfLoad, LoadingADeliveryTwiceChangesNothingAndSaysSo)
{
    CclfTestDelivery d;
    addPacketExample(d);
    const QString zip = write(d);
    ASSERT_TRUE(load({zip}).ok());
    const QByteArray before = test::fileSha256(m_path);
    const CclfLoadResult again = load({zip});
    ASSERT_TRUE(again.ok()) << problems(again);
    ASSERT_EQ(again.deliveries.size(), 1u);
    EXPECT_TRUE(again.deliveries[0].alreadyLoaded);
    EXPECT_FALSE(again.deliveries[0].loadedBefore.isEmpty());
    EXPECT_EQ(test::fileSha256(m_path), before);
    // The same files unzipped into a folder are the same delivery.
    const QString folder = write(d, false);
    EXPECT_TRUE(load({folder}).deliveries.at(0).alreadyLoaded);
    EXPECT_EQ(count("SELECT count(*) FROM cclf_delivery"), 1);
}

TEST_F(CclfLoad, SeveralDeliveriesLoadOldestFirst)
{
    // Given newest first: the cancellation (December) must meet its original (November).
    CclfTestDelivery november(20251115);
    november.addPartB({.claimId = 7, .mbi = mbi, .control = "C1", .paidCents = 5000, .effective = 20251101});
    CclfTestDelivery december(20251215);
    december.addPartB({.claimId = 8, .mbi = mbi, .control = "C1", .paidCents = 5000, .adjustment = 1,
                       .effective = 20251201});
    const CclfLoadResult result = load({write(december), write(november)});
    ASSERT_TRUE(result.ok()) << problems(result);
    ASSERT_EQ(result.deliveries.size(), 2u);
    EXPECT_EQ(result.deliveries[0].id.fileDate, 20251115);
    EXPECT_EQ(count("SELECT count(*) FROM claim_b_line WHERE action = 1"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM claim_b_line WHERE action = 2"), 0);
    EXPECT_EQ(count("SELECT sum(paid_cents) FROM claim_b_line"), 0);
}

TEST_F(CclfLoad, ReadsLfLineEndsAndTheLater230BytePartDRecord)
{
    CclfTestDelivery d;
    d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
    d.addPartB({.claimId = 31, .mbi = mbi, .paidCents = 4200});
    for (int i = 0; i < 2; ++i) {
        auto b = d.builder(CclfFile::PartD, 230);
        b.digits("CUR_CLM_UNIQ_ID", 700 + i).text("BENE_MBI_ID", mbi).date("CLM_LINE_FROM_DT", 20250301 + i)
            .text("PRVDR_SRVC_ID_QLFYR_CD", "01").text("CLM_SRVC_PRVDR_GNRC_ID_NUM", "1234567893")
            .text("CLM_DSPNSNG_STUS_CD", "P").amount("CLM_LINE_BENE_PMT_AMT", 250).text("CLM_ADJSMT_TYPE_CD", "0")
            .text("PRVDR_PRSBNG_ID_QLFYR_CD", "01").text("CLM_PRSBNG_PRVDR_GNRC_ID_NUM", "1629071478");
        d.addRecord(CclfFile::PartD, b.record());
    }
    const QString folder = write(d, false);
    // Line ends as a Unix tool would leave them, in every file.
    for (const QString& name : QDir(folder).entryList(QDir::Files)) {
        QFile file(folder + QLatin1Char('/') + name);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes.replace("\r\n", "\n");
        file.resize(0);
        file.write(bytes);
    }
    // CCLF0 counts records and lengths, not bytes: it still agrees.
    const CclfLoadResult result = load({folder});
    ASSERT_TRUE(result.ok()) << problems(result);
    EXPECT_EQ(count("SELECT count(*) FROM claim_d"), 2);
    EXPECT_EQ(text("SELECT prescriber FROM claim_d WHERE id = 700"), QStringLiteral("01:1629071478"));
    EXPECT_EQ(count("SELECT record_length FROM cclf_delivery_file WHERE file = 'CCLF7'"), 230);
    EXPECT_EQ(count("SELECT sum(paid_cents) FROM claim_b_line"), 4200);
}

// Bad input: every problem names file, line and column, and the file is left byte for byte.
class CclfBadInput : public CclfLoad
{
protected:
    // Loads `delivery` expecting it refused with a problem that contains `expected`; returns the
    // problems.
    std::string refuse(const QString& path, const std::string& expected)
    {
        const QByteArray before = test::fileSha256(m_path);
        const CclfLoadResult result = load({path});
        EXPECT_FALSE(result.ok());
        EXPECT_FALSE(result.written);
        const std::string text = problems(result);
        EXPECT_NE(text.find(expected), std::string::npos) << text;
        EXPECT_EQ(test::fileSha256(m_path), before);
        EXPECT_EQ(count("SELECT count(*) FROM claim_a") + count("SELECT count(*) FROM claim_b_line") +
                      count("SELECT count(*) FROM cclf_delivery") + count("SELECT count(*) FROM beneficiary"),
                  0);
        return text;
    }
};

TEST_F(CclfBadInput, ARecordOfTheWrongLength)
{
    CclfTestDelivery d;
    addPacketExample(d);
    std::string shortRecord = d.builder(CclfFile::PartBPhysician).record();
    shortRecord.resize(380);
    d.addRecord(CclfFile::PartBPhysician, shortRecord);
    const QString zip = write(d);
    const std::string text = refuse(zip, ".ZC5Y25.D251215.T0112000:10:381: the record is 380 bytes long; CCLF5 "
                                         "records are 388 bytes");
    EXPECT_NE(text.find(zip.toStdString() + ":P.A1234.ACO.ZC5Y25"), std::string::npos) << text;
}

TEST_F(CclfBadInput, PartDRecordsOfBothLengthsInOneFile)
{
    CclfTestDelivery d;
    addPacketExample(d);
    d.addPartD(800, mbi, 20250301);                                  // 195 bytes
    d.addRecord(CclfFile::PartD, d.builder(CclfFile::PartD, 230).record()); // then 230
    refuse(write(d), ".ZC7Y25.D251215.T0112000:2:231: the record is 230 bytes long; CCLF7 records are 195 bytes");
}

TEST_F(CclfBadInput, ANonNumericAmount)
{
    CclfTestDelivery d;
    addPacketExample(d);
    auto b = d.builder(CclfFile::PartAHeader);
    b.digits("CUR_CLM_UNIQ_ID", 99).text("BENE_MBI_ID", mbi).date("CLM_FROM_DT", 20120701)
        .date("CLM_THRU_DT", 20120702).raw("CLM_PMT_AMT", " 00000000002O0.00");
    d.addRecord(CclfFile::PartAHeader, b.record());
    refuse(write(d), ".ZC1Y25.D251215.T0112000:8:82: CLM_PMT_AMT '00000000002O0.00' is not an amount");
}

TEST_F(CclfBadInput, AnImpossibleDate)
{
    CclfTestDelivery d;
    addPacketExample(d);
    d.addPartB({.claimId = 900, .mbi = mbi, .paidCents = 100, .from = 20250230, .thru = 20250230});
    refuse(write(d), ".ZC5Y25.D251215.T0112000:10:48: CLM_FROM_DT '2025-02-30' is not a date (YYYY-MM-DD)");
}

TEST_F(CclfBadInput, AClaimLineWithoutItsHeader)
{
    CclfTestDelivery d;
    addPacketExample(d);
    d.addRevenueLine(4, 1, "0450", "99284", 1000);      // claim 4 is in CCLF1
    d.addRevenueLine(8888, 1, "0450", "99284", 1000);   // no claim 8888
    refuse(write(d, false), ".ZC2Y25.D251215.T0112000:2:1: CUR_CLM_UNIQ_ID 8888 has no Part A header");
}

TEST_F(CclfBadInput, AFileOfAnotherAco)
{
    CclfTestDelivery d(20251215, QStringLiteral("A9999"));
    addPacketExample(d);
    refuse(write(d), "is ACO A9999's file, not this ACO's (A1234)");
}

TEST_F(CclfBadInput, AZipThatLacksAFile)
{
    CclfTestDelivery d;
    addPacketExample(d);
    d.omit(CclfFile::PartBDme);
    refuse(write(d), "lacks CCLF6");
}

TEST_F(CclfBadInput, AFileCutShortAgainstItsSummary)
{
    CclfTestDelivery d;
    addPacketExample(d);
    const QString folder = write(d, false);
    // Drop CCLF5's last record, as a transfer cut short would.
    CclfFileName name = d.id();
    name.file = CclfFile::PartBPhysician;
    QFile file(folder + QLatin1Char('/') + name.toString());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.resize(file.size() - 390));
    file.close();
    refuse(folder, "holds 8 records of 388 bytes, but the summary file (CCLF0) says 9 of 388");
}

TEST_F(CclfBadInput, ADamagedZip)
{
    CclfTestDelivery d;
    addPacketExample(d);
    const QString zip = write(d);
    QFile file(zip);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes.truncate(bytes.size() / 2);
    file.resize(0);
    file.write(bytes);
    file.close();
    const QByteArray before = test::fileSha256(m_path);
    try {
        load({zip});
        FAIL() << "a damaged zip was read";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_NE(std::string(error.what()).find("is not a readable zip file"), std::string::npos) << error.what();
    }
    EXPECT_EQ(test::fileSha256(m_path), before);
}

TEST_F(CclfBadInput, ADryRunWritesNothingAndFindsTheSameProblems)
{
    CclfTestDelivery d;
    addPacketExample(d);
    const QString zip = write(d);
    const QByteArray before = test::fileSha256(m_path);
    const CclfLoadResult result = load({zip}, true);
    EXPECT_TRUE(result.ok()) << problems(result);
    EXPECT_FALSE(result.written);
    EXPECT_EQ(result.delivered.partACents + result.delivered.partBCents, 96700);
    EXPECT_EQ(test::fileSha256(m_path), before);
}

} // namespace
} // namespace aco
