// The demo's claims as CCLF deliveries: loaded into an empty file, they give back the demo's own
// monthly expenditures, member-months, admissions and ED visits; the same seed writes the same
// zips; a cancelled run leaves nothing behind.
#include "check.h"
#include "claims/cclfload.h"
#include "claims/claimsspending.h"
#include "demo/demoaco.h"
#include "error.h"
#include "store/database.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace aco {
namespace {

using MonthTotals = std::map<int, std::int64_t>; // YYYYMM -> a sum

MonthTotals byMonth(const Database& db, const std::string& sql)
{
    MonthTotals totals;
    auto query = db.prepare(sql);
    while (query.step())
        totals[query.integer(0)] += query.int64(1);
    return totals;
}

QStringList zipsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
}

// The demo's own numbers, by month: expenditures, and the sums over primary care providers of
// the cost-of-care denominators (member-months), admissions and ED visits.
struct DemoMonths
{
    MonthTotals expenditure;
    MonthTotals memberMonths;
    MonthTotals admissions;
    MonthTotals edVisits;

    explicit DemoMonths(const Database& db)
    {
        expenditure = byMonth(db, "SELECT period, expenditure_cents FROM expenditure");
        const auto results = [&](const char* code, const char* column) {
            return byMonth(db, std::string("SELECT r.period, r.") + column +
                                   " FROM measure_result r JOIN measure m ON m.id = r.measure_id "
                                   "WHERE m.code = '" +
                                   code + "'");
        };
        memberMonths = results("TCOC", "denominator");
        admissions = results("ADM", "numerator");
        edVisits = results("EDV", "numerator");
    }
};

// The small demo with its deliveries, every delivery loaded into a new, empty file.
class RoundTrip
{
  public:
    RoundTrip()
    {
        m_demo = m_folder.path(QStringLiteral("demo.aco"));
        m_cclf = m_folder.path(QStringLiteral("cclf"));
        m_loaded = m_folder.path(QStringLiteral("loaded.aco"));
        writeDemo(m_demo, {DemoSize::Small, 1, m_cclf}, false);
        {
            Store store = Store::create(m_loaded);
            store.db().exec("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A9001', "
                            "'Riverbend from its claims', '2026-09-30')");
        }
        std::vector<QString> paths;
        for (const QString& zip : zipsIn(m_cclf))
            paths.push_back(m_cclf + QLatin1Char('/') + zip);
        Store store = Store::open(m_loaded);
        m_result = loadCclf(store.db(), paths, false);
    }

    // The deliveries' names, the spending, members and events of every month.
    void expectTheDemosMonths() const;
    // Corrections, records delivered again, volumes and MBI changes in realistic proportions.
    void expectWhatRealDeliveriesHold() const;

    test::TempFolder m_folder;
    QString m_demo;
    QString m_cclf;
    QString m_loaded;
    CclfLoadResult m_result;
};

TEST(DemoClaims, RoundTripGivesBackTheDemosMonthsToTheCent)
{
    const RoundTrip roundTrip;
    ASSERT_TRUE(roundTrip.m_result.ok())
        << roundTrip.m_result.problems.kept().front().toString().toStdString();
    ASSERT_TRUE(roundTrip.m_result.written);
    roundTrip.expectTheDemosMonths();
    roundTrip.expectWhatRealDeliveriesHold();
}

void RoundTrip::expectTheDemosMonths() const
{
    // 36 monthly deliveries (the 15th, November 2023 to October 2026) and the run-outs of 2023,
    // 2024 and 2025 (the 20th of February to April of the year after), under CMS's names, and
    // nothing else left in the folder.
    QStringList expected;
    for (int i = 0; i < 36; ++i) {
        const int year = 2023 + (10 + i) / 12;
        const int month = (10 + i) % 12 + 1;
        expected << QStringLiteral("P.A9001.ACO.ZCY%1.D%1%2%3.T")
                        .arg(year % 100)
                        .arg(month, 2, 10, QLatin1Char('0'))
                        .arg(15);
        if (month >= 2 && month <= 4 && year >= 2024)
            expected << QStringLiteral("P.A9001.ACO.ZCR%1.D%2%3%4.T")
                            .arg(year % 100 - 1)
                            .arg(year % 100)
                            .arg(month, 2, 10, QLatin1Char('0'))
                            .arg(20);
    }
    const QStringList zips = zipsIn(m_cclf);
    ASSERT_EQ(zips.size(), 45);
    EXPECT_EQ(QDir(m_cclf)
                  .entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)
                  .size(),
              45);
    static const QRegularExpression time(QStringLiteral("^[0-9]{7}\\.zip$"));
    for (const QString& prefix : expected) {
        const auto it = std::find_if(zips.begin(), zips.end(),
                                     [&](const QString& z) { return z.startsWith(prefix); });
        ASSERT_NE(it, zips.end()) << prefix.toStdString();
        EXPECT_TRUE(time.match(it->mid(prefix.size())).hasMatch()) << it->toStdString();
    }
    EXPECT_EQ(m_result.deliveries.size(), 45u);

    const Store demo = Store::openReadOnly(m_demo);
    const DemoMonths months(demo.db());
    ASSERT_EQ(months.expenditure.size(), 36u);
    const Store loaded = Store::openReadOnly(m_loaded);
    const Database& db = loaded.db();

    // Spending the benchmark compares with, by the month of the through date (CCLF IP 5.3):
    // Part A payments less IME, DSH and uncompensated care; Part B and DME lines; cancellations
    // negative. Every month equals the demo's expenditure, and there is none outside them.
    MonthTotals spending = byMonth(
        db, "SELECT thru_date / 100, sum(paid_cents - excluded_cents) FROM claim_a GROUP BY 1");
    MonthTotals excluded =
        byMonth(db, "SELECT thru_date / 100, sum(excluded_cents) FROM claim_a GROUP BY 1");
    for (const char* table : {"claim_b_line", "claim_dme_line"})
        for (const auto& [month, cents] :
             byMonth(db, std::string("SELECT thru_date / 100, sum(paid_cents) FROM ") + table +
                             " GROUP BY 1"))
            spending[month] += cents;
    EXPECT_EQ(spending, months.expenditure);
    const ClaimsTotals totals = claimsTotals(db);
    std::int64_t expenditure = 0;
    for (const auto& [month, cents] : months.expenditure)
        expenditure += cents;
    EXPECT_EQ(totals.partABenchmarkCents + totals.partBCents + totals.dmeCents, expenditure);

    // The claims-spending export: Part A as paid (with IME, DSH and uncompensated care), so each
    // month's rows add up to the expenditure plus what the benchmark leaves out.
    MonthTotals exported;
    forEachClaimsSpending(
        db, [&](const ClaimsSpendingRow& row) { exported[row.month] += row.totalCents(); });
    MonthTotals expectedExport = months.expenditure;
    for (const auto& [month, cents] : excluded)
        expectedExport[month] += cents;
    EXPECT_EQ(exported, expectedExport);
    EXPECT_GT(totals.partACents - totals.partABenchmarkCents,
              0); // teaching hospitals were paid more

    // Each delivery's CCLF8 lists the beneficiaries of its month once each: a monthly delivery
    // the month before its file date, a run-out the performance year's December.
    auto members = db.prepare(
        "SELECT d.kind, d.performance_year, d.file_date, "
        "(SELECT count(*) FROM cclf_member m WHERE m.delivery_id = d.id) FROM cclf_delivery d");
    int deliveries = 0;
    while (members.step()) {
        ++deliveries;
        const int fileMonth = members.text(2).left(7).remove(QLatin1Char('-')).toInt();
        const int dataMonth = members.text(0) == QStringLiteral("run-out")
                                  ? members.integer(1) * 100 + 12
                                  : (fileMonth % 100 == 1 ? fileMonth - 89 : fileMonth - 1);
        EXPECT_EQ(members.int64(3), months.memberMonths.at(dataMonth))
            << members.text(2).toStdString();
    }
    EXPECT_EQ(deliveries, 45);

    // Every inpatient stay and ED visit the results count is a final-action claim of its month.
    EXPECT_EQ(byMonth(db, "SELECT thru_date / 100, count(*) FROM claim_a WHERE claim_type = 60 AND "
                          "action = 1 GROUP BY 1"),
              months.admissions);
    EXPECT_EQ(byMonth(db, "SELECT thru_date / 100, count(*) FROM claim_a a WHERE claim_type = 40 "
                          "AND action = 1 AND "
                          "EXISTS (SELECT 1 FROM claim_a_line l WHERE l.id BETWEEN a.id * 100000 "
                          "AND a.id * 100000 + 99999 AND "
                          "l.revenue_center = '0450') GROUP BY 1"),
              months.edVisits);
}

void RoundTrip::expectWhatRealDeliveriesHold() const
{
    const Store loaded = Store::openReadOnly(m_loaded);
    const Database& db = loaded.db();
    const auto count = [&](const std::string& sql) { return db.queryInt64(sql); };

    // Corrections: Part A cancelled and adjusted (about 4% of claims), Part B and DME lines
    // cancelled and billed again (about 3%); every cancellation finds its claim.
    const std::int64_t partA = count("SELECT count(*) FROM claim_a WHERE action = 1");
    const std::int64_t adjusted = count("SELECT count(*) FROM claim_a WHERE adjustment = 2");
    EXPECT_EQ(count("SELECT count(*) FROM claim_a WHERE adjustment = 1"), adjusted);
    EXPECT_GT(adjusted, partA * 2 / 100);
    EXPECT_LT(adjusted, partA * 6 / 100);
    const std::int64_t lines = count("SELECT count(*) FROM claim_b_line WHERE action = 1");
    const std::int64_t cancelled = count("SELECT count(*) FROM claim_b_line WHERE adjustment = 1");
    EXPECT_GT(cancelled, lines * 2 / 100);
    EXPECT_LT(cancelled, lines * 4 / 100);
    EXPECT_EQ(count("SELECT count(*) FROM claim_b_line WHERE adjustment = 2"), 0);
    EXPECT_GT(count("SELECT count(*) FROM claim_dme_line WHERE adjustment = 1"), 0);
    for (const char* table : {"claim_a", "claim_b_line", "claim_dme_line"})
        EXPECT_EQ(count(std::string("SELECT count(*) FROM ") + table + " WHERE action = 2"), 0)
            << table;

    // Records delivered again were counted once (about 3% of Part B lines), none replaced.
    const auto duplicates = [&](const char* file) {
        return count(std::string("SELECT sum(duplicates) FROM cclf_delivery_file WHERE file = '") +
                     file + "'");
    };
    EXPECT_GT(duplicates("CCLF1"), 0);
    EXPECT_GT(duplicates("CCLF5"), lines * 2 / 100);
    EXPECT_LT(duplicates("CCLF5"), lines * 4 / 100);
    EXPECT_EQ(count("SELECT sum(replaced) FROM cclf_delivery_file"), 0);

    // A year of care per beneficiary: 15-25 Part B lines, 2-3 Part A claims, about half a DME
    // line, 8-12 prescription fills.
    const Store demo = Store::openReadOnly(m_demo);
    const double years = static_cast<double>(demo.db().queryInt64(
                             "SELECT sum(beneficiary_months) FROM expenditure")) /
                         12.0;
    EXPECT_GT(lines / years, 15.0);
    EXPECT_LT(lines / years, 25.0);
    EXPECT_GT(partA / years, 2.0);
    EXPECT_LT(partA / years, 3.0);
    const double dme =
        static_cast<double>(count("SELECT count(*) FROM claim_dme_line WHERE action = 1")) / years;
    EXPECT_GT(dme, 0.3);
    EXPECT_LT(dme, 0.8);
    const double fills =
        static_cast<double>(count("SELECT count(*) FROM claim_d WHERE action = 1")) / years;
    EXPECT_GT(fills, 8.0);
    EXPECT_LT(fills, 12.0);

    // MBI changes (3 in 1,000 beneficiaries, one of them twice): every demo beneficiary with
    // claims ends up under one current MBI, the roster holds no replaced MBI, and the renamed
    // keep their names and birth dates.
    std::map<std::string, std::string> demoMbis; // original -> "first last birth"
    auto roster = demo.db().prepare(
        "SELECT mbi, first_name || ' ' || last_name || ' ' || birth_date FROM beneficiary");
    while (roster.step())
        demoMbis[std::string(roster.utf8(0))] = roster.utf8(1);
    auto current =
        db.prepare("SELECT c.mbi, b.first_name || ' ' || b.last_name || ' ' || b.birth_date "
                   "FROM cclf_mbi m JOIN cclf_mbi c ON c.id = m.current_id "
                   "LEFT JOIN beneficiary b ON b.mbi = c.mbi WHERE m.mbi = ?1");
    std::set<std::string> currents;
    int changed = 0;
    int withClaims = 0;
    for (const auto& [mbi, person] : demoMbis) {
        current.bind(1, std::string_view(mbi));
        if (current.step()) {
            ++withClaims;
            currents.insert(std::string(current.utf8(0)));
            EXPECT_EQ(current.utf8(1), person) << mbi;
            changed += current.utf8(0) != mbi ? 1 : 0;
        }
        current.reset();
    }
    EXPECT_EQ(currents.size(), static_cast<size_t>(withClaims));
    EXPECT_GT(withClaims, 2900);
    EXPECT_EQ(changed, 9);
    EXPECT_EQ(count("SELECT count(*) FROM beneficiary"), withClaims);
    EXPECT_EQ(count("SELECT count(*) FROM beneficiary b JOIN cclf_mbi m ON m.mbi = b.mbi WHERE "
                    "m.current_id <> m.id"),
              0);
    // A chain: an MBI replaced by one that was itself replaced later, its links in two deliveries.
    EXPECT_GE(count("SELECT count(*) FROM cclf_mbi_link a JOIN cclf_mbi_link b ON b.previous_mbi = "
                    "a.current_mbi "
                    "WHERE a.delivery_id < b.delivery_id"),
              1);
}

TEST(DemoClaims, SameSeedWritesTheSameZipsAndTheFileIsTheSameWithoutThem)
{
    test::TempFolder folder;
    const QString a = folder.path(QStringLiteral("a"));
    const QString b = folder.path(QStringLiteral("b"));
    writeDemo(folder.path(QStringLiteral("a.aco")), {DemoSize::Small, 1, a}, false);
    writeDemo(folder.path(QStringLiteral("b.aco")), {DemoSize::Small, 1, b}, false);
    writeDemo(folder.path(QStringLiteral("plain.aco")), {DemoSize::Small, 1}, false);
    const QStringList zips = zipsIn(a);
    ASSERT_EQ(zips.size(), 45);
    EXPECT_EQ(zipsIn(b), zips);
    for (const QString& zip : zips)
        EXPECT_EQ(test::fileSha256(a + QLatin1Char('/') + zip),
                  test::fileSha256(b + QLatin1Char('/') + zip))
            << zip.toStdString();
    EXPECT_EQ(contentHash(Store::openReadOnly(folder.path(QStringLiteral("a.aco"))).db()),
              contentHash(Store::openReadOnly(folder.path(QStringLiteral("plain.aco"))).db()));
}

TEST(DemoClaims, CancelledWhileWritingClaimsLeavesNothingBehind)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    const QString cclf = folder.path(QStringLiteral("cclf"));
    bool claimsStarted = false;
    const auto progress = [&](int percent, const QString& step) {
        claimsStarted = claimsStarted || step.contains(QStringLiteral("CCLF"));
        return !(claimsStarted && percent >= 50);
    };
    EXPECT_THROW(writeDemo(path, {DemoSize::Small, 1, cclf}, false, progress), Error);
    EXPECT_TRUE(claimsStarted);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_FALSE(QFileInfo::exists(cclf)); // made for the run, removed with it
}

TEST(DemoClaims, RefusesToReplaceDeliveriesUnlessAsked)
{
    test::TempFolder folder;
    const QString cclf = folder.path(QStringLiteral("cclf"));
    QDir().mkpath(cclf);
    const QString existing = cclf + QStringLiteral("/P.A9001.ACO.ZCY24.D240615.T0356440.zip");
    test::writeFile(existing, "precious");
    const QString path = folder.path(QStringLiteral("demo.aco"));
    try {
        writeDemo(path, {DemoSize::Small, 1, cclf}, false);
        FAIL() << "an existing delivery was replaced";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("P.A9001.ACO.ZCY24.D240615.T0356440.zip"),
                  std::string::npos);
    }
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_EQ(test::readText(existing), QStringLiteral("precious"));
}

} // namespace
} // namespace aco
