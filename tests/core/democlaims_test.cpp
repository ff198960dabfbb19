// The demo's claims as CCLF deliveries: loaded into a new file made from the demo's roster and
// measure catalogue, they give back exactly what the demo computed from them (the claims-based
// results, expenditures, attribution, care gaps and events); the same seed writes the same zips;
// a cancelled run leaves nothing behind.
#include "check.h"
#include "claims/cclfload.h"
#include "demo/demoaco.h"
#include "error.h"
#include "import/importsample.h"
#include "import/newaco.h"
#include "keptfacts.h"
#include "store/database.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
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

// Every row of a query, its columns joined by '|', sorted: a table's content to compare between
// files whose row ids differ (rows name providers by NPI, beneficiaries by MBI, measures by code).
std::vector<std::string> rows(const Database& db, const std::string& sql)
{
    std::vector<std::string> all;
    auto query = db.prepare(sql);
    while (query.step()) {
        std::string row;
        for (int c = 0; c < query.columnCount(); ++c)
            row += (c ? "|" : "") + std::string(query.isNull(c) ? "NULL" : query.utf8(c));
        all.push_back(std::move(row));
    }
    std::sort(all.begin(), all.end());
    return all;
}

QStringList zipsIn(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
}

// What the claims give a file, as rows to compare.
const char* const claimsResults =
    "SELECT m.code, r.period, p.npi, r.numerator, r.denominator FROM measure_result r "
    "JOIN measure m ON m.id = r.measure_id JOIN provider p ON p.id = r.provider_id "
    "WHERE m.code IN ('TCOC', 'ADM', 'EDV', 'READM', 'FU7', 'NOVISIT', 'AWV', 'FLU', 'BCS', 'CRC')";
const char* const expenditures =
    "SELECT period, beneficiary_months, expenditure_cents, benchmark_cents FROM expenditure";
const char* const expendituresByType =
    "SELECT period, enrollment_type, beneficiary_months, expenditure_cents FROM expenditure_by_type";
const char* const attribution =
    "SELECT a.month, b.mbi, p.npi, a.spending_cents FROM attribution a "
    "JOIN beneficiary b ON b.id = a.beneficiary_id JOIN provider p ON p.id = a.provider_id";
const char* const claimsGaps =
    "SELECT b.mbi, m.code, g.description, g.due_date, g.closed_date FROM care_gap g "
    "JOIN beneficiary b ON b.id = g.beneficiary_id JOIN measure m ON m.id = g.measure_id "
    "WHERE g.source = 'claims'";
const char* const claimsEvents =
    "SELECT b.mbi, e.event_date, e.kind, e.cost_cents FROM utilization_event e "
    "JOIN beneficiary b ON b.id = e.beneficiary_id WHERE e.source = 'claims'";
const char* const rosterPcp =
    "SELECT b.mbi, p.npi FROM beneficiary b LEFT JOIN provider p ON p.id = b.provider_id";

// The small demo with its deliveries, and a new file made from the demo's roster and measure
// catalogue (what `create` makes of the extracts `import --sample` writes) into which every
// delivery is loaded.
class RoundTrip
{
  public:
    RoundTrip()
    {
        m_demo = m_folder.path(QStringLiteral("demo.aco"));
        m_cclf = m_folder.path(QStringLiteral("cclf"));
        m_loaded = m_folder.path(QStringLiteral("loaded.aco"));
        writeDemo(m_demo, {DemoSize::Small, 1, m_cclf}, false);
        NewAco aco;
        aco.acoId = QStringLiteral("A9001");
        aco.name = QStringLiteral("Riverbend from its claims");
        aco.standardMeasures = false;
        {
            const Store demo = Store::openReadOnly(m_demo);
            for (ImportKind kind : {ImportKind::Years, ImportKind::Measures, ImportKind::Practices,
                                    ImportKind::Departments, ImportKind::Providers}) {
                const QString csv = m_folder.path(importKindName(kind) + QStringLiteral(".csv"));
                test::writeFile(csv, importSample(demo.db(), kind));
                aco.files.push_back({kind, csv});
            }
        }
        m_aco = aco;
        m_created = createAcoFile(m_loaded, aco, false).created;
        std::vector<QString> paths;
        for (const QString& zip : zipsIn(m_cclf))
            paths.push_back(m_cclf + QLatin1Char('/') + zip);
        Store store = Store::open(m_loaded);
        m_result = loadCclf(store.db(), paths, false);
    }

    // Another file made alike, the deliveries loaded in two calls: all but the last `last`,
    // then those, as months come (the second load finds most months' attribution unchanged).
    QString loadedInTwoParts(size_t last) const
    {
        const std::vector<QString> paths = byFileDate();
        return loadedInCalls(QStringLiteral("two-parts.aco"), {paths.size() - last, last});
    }

    // Another file made alike, the deliveries loaded oldest first, in calls of `counts` deliveries
    // each; `afterEach` sees the file after each call.
    QString loadedInCalls(const QString& name, const std::vector<size_t>& counts,
                          const std::function<void(Database&)>& afterEach = {}) const
    {
        const QString path = m_folder.path(name);
        EXPECT_TRUE(createAcoFile(path, m_aco, false).created);
        const std::vector<QString> paths = byFileDate();
        Store store = Store::open(path);
        auto next = paths.begin();
        for (size_t count : counts) {
            const std::vector<QString> part(next, next + static_cast<long>(count));
            next += static_cast<long>(count);
            EXPECT_TRUE(loadCclf(store.db(), part, false).ok());
            if (afterEach)
                afterEach(store.db());
        }
        return path;
    }

    std::vector<QString> byFileDate() const
    {
        std::vector<QString> paths;
        for (const QString& zip : zipsIn(m_cclf))
            paths.push_back(m_cclf + QLatin1Char('/') + zip);
        std::sort(paths.begin(), paths.end(), [](const QString& a, const QString& b) {
            return a.section(QLatin1Char('.'), 4) < b.section(QLatin1Char('.'), 4);
        });
        return paths;
    }

    // The deliveries' names, and each one's beneficiaries.
    void expectTheDeliveries() const;
    // Corrections, records delivered again, volumes and MBI changes in realistic proportions.
    void expectWhatRealDeliveriesHold() const;

    test::TempFolder m_folder;
    QString m_demo;
    QString m_cclf;
    QString m_loaded;
    NewAco m_aco;
    bool m_created = false;
    CclfLoadResult m_result;
};

TEST(DemoClaims, LoadedIntoANewFileTheDeliveriesGiveTheDemosClaimsBasedNumbersExactly)
{
    const RoundTrip roundTrip;
    ASSERT_TRUE(roundTrip.m_created);
    ASSERT_TRUE(roundTrip.m_result.ok())
        << roundTrip.m_result.problems.kept().front().toString().toStdString();
    ASSERT_TRUE(roundTrip.m_result.written);
    const Store demo = Store::openReadOnly(roundTrip.m_demo);
    const Store loaded = Store::openReadOnly(roundTrip.m_loaded);

    // Every claims-based measure of every month and provider, the expenditures (those compared
    // with the benchmark, and by enrollment type), each member-month's PCP and spending, the care
    // gaps and events the claims show, and the roster's PCPs: to the row and to the cent.
    for (const char* sql : {claimsResults, expenditures, expendituresByType, attribution, claimsGaps,
                            claimsEvents, rosterPcp}) {
        const std::vector<std::string> expected = rows(demo.db(), sql);
        EXPECT_FALSE(expected.empty()) << sql;
        const std::vector<std::string> actual = rows(loaded.db(), sql);
        EXPECT_EQ(actual.size(), expected.size()) << sql;
        EXPECT_TRUE(actual == expected) << sql;
    }
    // Each of the ten claims-based measures, each of the 36 months.
    EXPECT_EQ(demo.db().queryInt64("SELECT count(DISTINCT m.code) FROM measure_result r "
                                   "JOIN measure m ON m.id = r.measure_id WHERE m.code IN ('TCOC', 'ADM', "
                                   "'EDV', 'READM', 'FU7', 'NOVISIT', 'AWV', 'FLU', 'BCS', 'CRC')"),
              10);
    EXPECT_EQ(demo.db().queryInt64("SELECT count(DISTINCT month) FROM attribution"), 36);
    EXPECT_EQ(demo.db().queryInt64("SELECT count(*) FROM expenditure"), 36);
    // The load computed the same months and had nothing to say about the claims' fit.
    EXPECT_EQ(roundTrip.m_result.measures.firstMonth, 202310);
    EXPECT_EQ(roundTrip.m_result.measures.lastMonth, 202609);
    EXPECT_EQ(roundTrip.m_result.measures.beneficiariesNotInCclf8, 0);
    EXPECT_TRUE(roundTrip.m_result.measures.notes.empty());
    roundTrip.expectTheDeliveries();
    roundTrip.expectWhatRealDeliveriesHold();

    // Loaded as months come, the last two deliveries after the others: the same numbers.
    const Store twoParts = Store::openReadOnly(roundTrip.loadedInTwoParts(2));
    for (const char* sql : {claimsResults, expenditures, expendituresByType, attribution, claimsGaps,
                            claimsEvents, rosterPcp})
        EXPECT_TRUE(rows(twoParts.db(), sql) == rows(demo.db(), sql)) << sql;
}

void RoundTrip::expectTheDeliveries() const
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

    // Each delivery's CCLF8 lists the members of its month once each (the demo's expenditure
    // counts them): a monthly delivery the month before its file date, a run-out the performance
    // year's December.
    const Store demo = Store::openReadOnly(m_demo);
    const MonthTotals members = byMonth(demo.db(), "SELECT period, beneficiary_months FROM expenditure");
    const Store loaded = Store::openReadOnly(m_loaded);
    auto listed = loaded.db().prepare(
        "SELECT d.kind, d.performance_year, d.file_date, "
        "(SELECT count(*) FROM cclf_member m WHERE m.delivery_id = d.id) FROM cclf_delivery d");
    int deliveries = 0;
    while (listed.step()) {
        ++deliveries;
        const int fileMonth = listed.text(2).left(7).remove(QLatin1Char('-')).toInt();
        const int dataMonth = listed.text(0) == QStringLiteral("run-out")
                                  ? listed.integer(1) * 100 + 12
                                  : (fileMonth % 100 == 1 ? fileMonth - 89 : fileMonth - 1);
        EXPECT_EQ(listed.int64(3), members.at(dataMonth)) << listed.text(2).toStdString();
    }
    EXPECT_EQ(deliveries, 45);
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

    // A year of care per beneficiary: 18-30 Part B lines (with the first delivery's history of
    // the year before), 2-3 Part A claims, about half a DME line, 8-12 prescription fills.
    const Store demo = Store::openReadOnly(m_demo);
    const double years = static_cast<double>(demo.db().queryInt64(
                             "SELECT sum(beneficiary_months) FROM expenditure")) /
                         12.0;
    EXPECT_GT(lines / years, 18.0);
    EXPECT_LT(lines / years, 30.0);
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

    // The roster holds what the deliveries' CCLF8 hold, under the MBI current at the end: 9
    // beneficiaries (3 in 1,000) got a new MBI, one of them twice, so 10 MBIs were replaced.
    EXPECT_EQ(rows(demo.db(), "SELECT mbi, last_name, first_name, birth_date, sex, medicare_status, "
                              "dual_status, orec, death_date, zip FROM beneficiary"),
              rows(db, "SELECT mbi, last_name, first_name, birth_date, sex, medicare_status, dual_status, "
                       "orec, death_date, zip FROM beneficiary"));
    EXPECT_EQ(count("SELECT count(*) FROM cclf_mbi WHERE current_id <> id"), 10);
    EXPECT_EQ(count("SELECT count(DISTINCT current_id) FROM cclf_mbi WHERE current_id <> id"), 9);
    EXPECT_EQ(count("SELECT count(*) FROM beneficiary b JOIN cclf_mbi m ON m.mbi = b.mbi WHERE "
                    "m.current_id <> m.id"),
              0);
    // A chain: an MBI replaced by one that was itself replaced later, its links in two deliveries.
    EXPECT_GE(count("SELECT count(*) FROM cclf_mbi_link a JOIN cclf_mbi_link b ON b.previous_mbi = "
                    "a.current_mbi "
                    "WHERE a.delivery_id < b.delivery_id"),
              1);
}

TEST(DemoClaims, LoadedOneDeliveryAtATimeTheFactsKeptAreThoseEveryClaimGives)
{
    // Each load reads only what it brought into the facts kept from the loads before: its new
    // claims, its members, and again every claim of a beneficiary whose older claims were
    // cancelled, adjusted or moved to a new MBI. After every one of the 45 loads, the facts kept
    // are those a reading of every claim gives, beneficiary by beneficiary.
    const RoundTrip roundTrip;
    int loads = 0;
    const auto compare = [&](Database& db) {
        ++loads;
        const test::KeptFacts kept = test::compareKeptFacts(db);
        EXPECT_EQ(kept.differ, 0u) << "after load " << loads;
        EXPECT_GT(kept.withFacts, 0u);
    };
    roundTrip.loadedInCalls(QStringLiteral("one-at-a-time.aco"), std::vector<size_t>(45, 1), compare);
    EXPECT_EQ(loads, 45);
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
