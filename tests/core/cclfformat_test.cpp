// The CCLF files' formats: layouts, values, names and the summary file.
#include "cclftestdelivery.h"
#include "claims/cclffilename.h"
#include "claims/cclflayout.h"
#include "claims/cclfrecordbuilder.h"
#include "claims/cclfvalue.h"
#include "claims/finalaction.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <algorithm>

namespace aco {
namespace {

using cclf::ValueStatus;

TEST(CclfLayouts, RecordLengthsAreThePacketsOwn)
{
    // CCLF IP v38 Tables 14-24; CCLF7 also in its later 230-byte form.
    const std::pair<CclfFile, std::vector<int>> expected[] = {
        {CclfFile::PartAHeader, {437}}, {CclfFile::PartARevenue, {199}}, {CclfFile::PartAProcedure, {114}},
        {CclfFile::PartADiagnosis, {112}}, {CclfFile::PartBPhysician, {388}}, {CclfFile::PartBDme, {247}},
        {CclfFile::PartD, {195, 230}},    {CclfFile::Beneficiary, {549}},    {CclfFile::MbiXref, {55}},
        {CclfFile::PartABenefit, {324}},  {CclfFile::PartBBenefit, {128}},
    };
    for (const auto& [file, lengths] : expected)
        EXPECT_EQ(cclfRecordLengths(file), lengths) << cclfFileLabel(file);
}

TEST(CclfLayouts, FieldsSitWhereThePacketPutsThem)
{
    const CclfLayout& header = *cclfLayout(CclfFile::PartAHeader, 437);
    const CclfField& paid = header.field(header.index("CLM_PMT_AMT"));
    EXPECT_EQ(paid.start, 81); // positions 82-98
    EXPECT_EQ(paid.length, 17);
    EXPECT_EQ(paid.format, CclfFormat::Amount);
    const CclfLayout& physician = *cclfLayout(CclfFile::PartBPhysician, 388);
    // X(15) in the layout, yet a signed amount.
    EXPECT_EQ(physician.field(physician.index("CLM_LINE_CVRD_PD_AMT")).format, CclfFormat::Amount);
    EXPECT_EQ(physician.field(physician.index("CLM_CNTL_NUM")).start, 171);
    const CclfLayout& partD = *cclfLayout(CclfFile::PartD, 230);
    EXPECT_EQ(partD.field(partD.index("CLM_PRSBNG_PRVDR_GNRC_ID_NUM")).start, 195);
    EXPECT_EQ(cclfLayout(CclfFile::PartD, 195)->field(cclfLayout(CclfFile::PartD, 195)->index(
                                                          "CLM_PRSBNG_PRVDR_GNRC_ID_NUM")).start,
              117);
    EXPECT_EQ(cclfLayout(CclfFile::PartAHeader, 436), nullptr);
}

TEST(CclfValues, AmountsWithOrWithoutSignAndPadding)
{
    std::int64_t cents = 0;
    EXPECT_EQ(cclf::parseAmountCents("-0000000000200.00", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, -20000);
    EXPECT_EQ(cclf::parseAmountCents(" 0000000000200.00", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, 20000);
    EXPECT_EQ(cclf::parseAmountCents("         380.00", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, 38000);
    EXPECT_EQ(cclf::parseAmountCents("        -227.10", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, -22710);
    EXPECT_EQ(cclf::parseAmountCents("- 12.5", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, -1250);
    EXPECT_EQ(cclf::parseAmountCents("+7", cents), ValueStatus::Ok);
    EXPECT_EQ(cents, 700);
    EXPECT_EQ(cclf::parseAmountCents("               ", cents), ValueStatus::Blank);
    EXPECT_EQ(cents, 0);
    for (const char* bad : {"12.345", "1O0.00", "-", ".", "12-", "1 000.00", "$5.00"})
        EXPECT_EQ(cclf::parseAmountCents(bad, cents), ValueStatus::Invalid) << bad;
}

TEST(CclfValues, MissingAndImpossibleDates)
{
    int date = -1;
    EXPECT_EQ(cclf::parseDate("2024-02-29", date), ValueStatus::Ok);
    EXPECT_EQ(date, 20240229);
    for (const char* missing : {"1000-01-01", "9999-12-31", "          "}) {
        EXPECT_EQ(cclf::parseDate(missing, date), ValueStatus::Blank) << missing;
        EXPECT_EQ(date, 0);
    }
    for (const char* bad : {"2025-02-29", "2025-13-01", "2025-04-31", "20250101  ", "2025/01/01", "2025-1-01 "})
        EXPECT_EQ(cclf::parseDate(bad, date), ValueStatus::Invalid) << bad;
}

TEST(CclfValues, Digits)
{
    std::int64_t value = 0;
    EXPECT_EQ(cclf::parseDigits("0003589734591235", value), ValueStatus::Ok);
    EXPECT_EQ(value, 3589734591235);
    EXPECT_EQ(cclf::parseDigits("  12 ", value), ValueStatus::Ok);
    EXPECT_EQ(value, 12);
    EXPECT_EQ(cclf::parseDigits("   ", value), ValueStatus::Blank);
    EXPECT_EQ(cclf::parseDigits("12A", value), ValueStatus::Invalid);
    EXPECT_EQ(cclf::parseDigits("-1", value), ValueStatus::Invalid);
}

TEST(CclfFileNames, CmsNamesAreRead)
{
    const auto name = CclfFileName::parse(QStringLiteral("P.A1234.ACO.ZC1Y25.D251215.T0112000"));
    ASSERT_TRUE(name);
    EXPECT_EQ(name->acoId, QStringLiteral("A1234"));
    EXPECT_EQ(name->file, CclfFile::PartAHeader);
    EXPECT_EQ(name->kind, CclfFileName::Kind::Monthly);
    EXPECT_EQ(name->performanceYear, 2025);
    EXPECT_EQ(name->fileDate, 20251215);
    EXPECT_EQ(name->fileTime, QStringLiteral("0112000"));
    EXPECT_EQ(name->toString(), QStringLiteral("P.A1234.ACO.ZC1Y25.D251215.T0112000"));

    const auto runOut = CclfFileName::parse(QStringLiteral("P.A1234.ACO.ZCAR24.D250310.T2359590"));
    ASSERT_TRUE(runOut);
    EXPECT_EQ(runOut->file, CclfFile::PartABenefit);
    EXPECT_EQ(runOut->kind, CclfFileName::Kind::RunOut);
    EXPECT_EQ(runOut->performanceYear, 2024);
    const auto weekly = CclfFileName::parse(QStringLiteral("P.A1234.ACO.ZCBW26.D260107.T0000000.txt"));
    ASSERT_TRUE(weekly);
    EXPECT_EQ(weekly->file, CclfFile::PartBBenefit);
    EXPECT_EQ(weekly->kind, CclfFileName::Kind::Weekly);
    // The packet writes CCLF0's name without the dot before ACO.
    const auto summary = CclfFileName::parse(QStringLiteral("P.A1234ACO.ZC0Y25.D251215.T0112000"));
    ASSERT_TRUE(summary);
    EXPECT_EQ(summary->file, CclfFile::Summary);

    for (const char* other : {"P.A1234.ACO.ZCY25.D251215.T0112000", "P.A1234.ACO.ZC1X25.D251215.T0112000",
                              "P.A1234.ACO.ZC1Y25.D251232.T0112000", "claims.csv", "P.A1234.ACO.ZCC1Y25"})
        EXPECT_FALSE(CclfFileName::parse(QString::fromLatin1(other))) << other;
}

TEST(CclfRecords, BuiltAsCmsWritesThem)
{
    CclfRecordBuilder b(*cclfLayout(CclfFile::PartAHeader, 437));
    b.digits("CUR_CLM_UNIQ_ID", 42).amount("CLM_PMT_AMT", -20000).date("CLM_FROM_DT", 20120701)
        .date("CLM_THRU_DT", 0);
    const std::string& r = b.record();
    ASSERT_EQ(r.size(), 437u);
    EXPECT_EQ(r.substr(0, 13), "0000000000042");
    EXPECT_EQ(r.substr(81, 17), "-0000000000200.00");
    EXPECT_EQ(r.substr(43, 10), "2012-07-01");
    EXPECT_EQ(r.substr(53, 10), "1000-01-01");
    CclfRecordBuilder line(*cclfLayout(CclfFile::PartBPhysician, 388));
    line.amount("CLM_LINE_CVRD_PD_AMT", 38000);
    EXPECT_EQ(line.record().substr(102, 15), "         380.00");
}

// Every entry of a delivery's zip carries the delivery's own date and time (D251215, T0112000:
// 2025-12-15 01:12:00), not the time its temporary file was written, so that a delivery packs to
// the same bytes whenever and wherever it is written.
TEST(CclfDeliveryWriter, ZipEntriesCarryTheDeliverysDateAndTime)
{
    test::TempFolder folder;
    test::CclfTestDelivery delivery(20251215);
    delivery.addBeneficiary("1EG4TE5MK73", "John", "Doe", 19450101, '1');
    QDir().mkpath(folder.path(QStringLiteral("zip")));
    QFile zip(delivery.write(folder.path(QStringLiteral("zip")), true));
    ASSERT_TRUE(zip.open(QIODevice::ReadOnly));
    const QByteArray bytes = zip.readAll();

    // MS-DOS time and date: hour << 11 | minute << 5 | second / 2, (year - 1980) << 9 | month << 5 | day.
    const int time = 1 << 11 | 12 << 5;
    const int date = (2025 - 1980) << 9 | 12 << 5 | 15;
    const auto word = [&](qsizetype at) {
        return static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1]) << 8;
    };
    int entries = 0;
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        ++entries;
        EXPECT_EQ(word(at + 12), time) << "central directory entry " << entries;
        EXPECT_EQ(word(at + 14), date) << "central directory entry " << entries;
    }
    EXPECT_EQ(entries, 12); // CCLF1-9, A, B and CCLF0
    ASSERT_EQ(bytes.left(4), QByteArray("PK\x03\x04"));
    EXPECT_EQ(word(10), time);
    EXPECT_EQ(word(12), date);
}

// Final action (CCLF IP 5.2) on the packet's own examples.
RelatedClaim claim(std::int64_t id, int adjustment, int effective, std::int64_t dollars)
{
    RelatedClaim c;
    c.rowId = id;
    c.claimId = id;
    c.adjustment = adjustment;
    c.effectiveDate = effective;
    c.cents = (adjustment == 1 ? -dollars : dollars) * 100;
    return c;
}

std::vector<std::int64_t> finals(std::vector<RelatedClaim> related, bool partD = false)
{
    partD ? markPartDFinalAction(related) : markFinalActions(related);
    std::vector<std::int64_t> ids;
    for (const RelatedClaim& c : related)
        if (c.action == RelatedClaim::Final)
            ids.push_back(c.rowId);
    std::sort(ids.begin(), ids.end());
    return ids;
}

TEST(FinalAction, ThePacketsPartAExample)
{
    // IP 5.3.2, Table 4: claims #1-#6 share a natural key; #3 cancels #1, #6 cancels #2 or #5.
    const std::vector<RelatedClaim> related = {
        claim(1, 0, 20120720, 200), claim(2, 2, 20120920, 0), claim(3, 1, 20120807, 200),
        claim(4, 2, 20120920, 210), claim(5, 2, 20120807, 0), claim(6, 1, 20121007, 0)};
    const auto kept = finals(related);
    ASSERT_EQ(kept.size(), 2u);
    EXPECT_EQ(kept[1], 4);
    EXPECT_TRUE(kept[0] == 2 || kept[0] == 5);
}

TEST(FinalAction, ThePacketsLinkingExample)
{
    // IP 5.1.3, Table 3: row 2 cancels row 1, row 4 cancels row 3; row 5 is final. The packet
    // gives no amounts: with equal ones, the order of effective dates decides.
    EXPECT_EQ(finals({claim(2222222222222, 0, 20120730, 100), claim(3589734591235, 1, 20120801, 100),
                      claim(1313274894021, 2, 20120801, 100), claim(1111111111111, 1, 20120807, 100),
                      claim(3333333333333, 2, 20120807, 100)}),
              std::vector<std::int64_t>{3333333333333});
}

TEST(FinalAction, EveryPatternOfTheRelatedClaimsSections)
{
    // 5.2.1 (Part A) 1-5.
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80)}), std::vector<std::int64_t>{1});
    EXPECT_EQ(finals({claim(1, 2, 20250110, 80)}), std::vector<std::int64_t>{1});
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80), claim(2, 1, 20250201, 80)}), std::vector<std::int64_t>{});
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80), claim(2, 0, 20250111, 90)}), (std::vector<std::int64_t>{1, 2}));
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80), claim(2, 1, 20250201, 80), claim(3, 2, 20250201, 95)}),
              std::vector<std::int64_t>{3});
    // The cancellation processed weeks after the adjustment, and weeks before it (5.2.1).
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80), claim(3, 2, 20250201, 95), claim(2, 1, 20250320, 80)}),
              std::vector<std::int64_t>{3});
    EXPECT_EQ(finals({claim(1, 0, 20250110, 80), claim(2, 1, 20250115, 80), claim(3, 2, 20250320, 95)}),
              std::vector<std::int64_t>{3});
    // 5.2.2 and 5.2.3 (Part B and DME lines): two originals and one cancellation; three originals
    // and two cancellations.
    EXPECT_EQ(finals({claim(1, 0, 20250110, 50), claim(2, 1, 20250120, 50), claim(3, 0, 20250120, 55)}),
              std::vector<std::int64_t>{3});
    EXPECT_EQ(finals({claim(1, 0, 20250110, 50), claim(2, 1, 20250120, 50), claim(3, 0, 20250120, 55),
                      claim(4, 1, 20250215, 55), claim(5, 0, 20250215, 60)}),
              std::vector<std::int64_t>{5});
    // A cancellation whose claim came before the file's data cancels nothing it cannot have.
    std::vector<RelatedClaim> lone = {claim(9, 1, 20250110, 40), claim(10, 0, 20250301, 40)};
    markFinalActions(lone);
    EXPECT_EQ(lone[0].action, RelatedClaim::UnmatchedCancellation);
    EXPECT_EQ(lone[1].action, RelatedClaim::Final);
}

TEST(FinalAction, PartDKeepsTheMostRecentUnlessDeleted)
{
    EXPECT_EQ(finals({claim(1, 0, 20250110, 5), claim(2, 2, 20250120, 6)}, true), std::vector<std::int64_t>{2});
    EXPECT_EQ(finals({claim(1, 0, 20250110, 5), claim(2, 1, 20250120, 0)}, true), std::vector<std::int64_t>{});
}

} // namespace
} // namespace aco
