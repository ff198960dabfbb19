// The kinds that set an ACO's file up: its performance years and its measure catalogue, with
// each rule's exact message, what importing replaces, and a file filled from them alone.
#include "importtest.h"

#include "import/importsample.h"
#include "mssp/msspcalculator.h"
#include "mssp/msspyear.h"

using namespace aco;
using Problems = std::vector<std::string>;

namespace {

using ImportSetup = test::ImportTest;

const QByteArray yearHeader = "year,track,agreement_start_year,agreement_year,"
                              "assigned_beneficiaries,benchmark_per_capita,msr,mlr,quality_score,"
                              "low_revenue\n";
const QByteArray measureHeader = "code,name,domain,direction,unit,aco_number,description,"
                                 "benchmark,benchmark_label,denominator_kind\n";

} // namespace

TEST_F(ImportSetup, YearRules)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Years, yearHeader +
                                          "2011,basic_e,2011,0,-1,12000.001,1.5,2%,1.01,yes\n"
                                          "2016,BASIC_E,2017,1,4000,0,1,,,\n"
                                          "2026,BASIC_E,2022,6,4000,12000.5,,,,\n"
                                          "2026,ENHANCED,2024,3,6000,12000,0.02,0.02,,0\n"
                                          // Track 2 agreements of 2012-2015 have a fixed 2% MSR.
                                          "2015,TRACK_2,2014,2,3000,10000,,,0.9,\n"
                                          // An ACO that began in April or July 2012 had a first
                                          // performance year ending in December 2013: its year 1.
                                          "2013,TRACK_1,2012,1,6000,9000,,,0.8,1\n"),
        (Problems{
            "2:1: year \"2011\" is out of range; it must be from 2012 to 2100",
            "2:2: track \"basic_e\" must be one of TRACK_1, TRACK_1_PLUS, TRACK_2, TRACK_3, "
            "BASIC_A, BASIC_B, BASIC_C, BASIC_D, BASIC_E, ENHANCED",
            "2:3: agreement_start_year \"2011\" is out of range; it must be from 2012 to 2100",
            "2:4: agreement_year \"0\" is out of range; it must be from 1 to 89",
            "2:5: assigned_beneficiaries \"-1\" is out of range; it must be from 0 to 100000000",
            "2:6: benchmark_per_capita \"12000.001\" is not an amount in dollars; write it as "
            "1234.56, without a $ sign or thousands separators",
            "2:7: msr 1.5 is not a share from 0 to under 1; write 0.02 for 2%",
            "2:8: mlr \"2%\" is not a number; write it with a dot for decimals, as in 1.25",
            "2:9: quality_score 1.01 is not a share from 0 to 1; write 0.02 for 2%",
            "2:10: low_revenue \"yes\" must be one of 0, 1",
            "3:2: BASIC level E ran in PY2019-today, not in PY2016; give the track the ACO was "
            "in that year",
            "3:3: agreement_start_year 2017 is after the year 2016; give the year the agreement "
            "period began",
            "3:6: benchmark_per_capita 0 must be above 0; give the year's benchmark per assigned "
            "beneficiary",
            "3:7: msr 1 is not a share from 0 to under 1; write 0.02 for 2%",
            "4:4: agreement_year 6 is more than year - agreement_start_year + 1 = 5; the "
            "agreement's first performance year is its year 1",
            "4:5: assigned_beneficiaries 4000 is below the 5,000 where CMS's MSR table starts "
            "and msr is empty; give the MSR CMS set for the year",
            "5:1: year 2026 is already on line 4; keep one of the two rows"}));
}

// A year written with a leading zero is the same year.
TEST_F(ImportSetup, AYearIsTheSameYearWrittenAnyWay)
{
    EXPECT_EQ(problemsOf(ImportKind::Years, yearHeader +
                                                "2024,BASIC_E,2022,3,6000,12000,0.02,0.02,,\n"
                                                "02024,BASIC_E,2022,3,6000,12000,0.02,0.02,,\n"),
              Problems{"3:1: year 02024 is already on line 2; keep one of the two rows"});
}

TEST_F(ImportSetup, YearsAreAddedOrReplacedByYear)
{
    const QByteArray csv = yearHeader + "2026,ENHANCED,2026,1,6000,12345.6,,,,\n"
                                        "2027,BASIC_A,2027,1,2500,13000,0.039,,0.91,0\n";
    for (int time = 0; time < 2; ++time) {
        const ImportReport report = import(ImportKind::Years, csv);
        ASSERT_TRUE(report.ok()) << problems(report).front();
        EXPECT_EQ(count("SELECT count(*) FROM performance_year"), 5); // 2023-2026 and 2027
        EXPECT_EQ(text("SELECT group_concat(year || '|' || track || '|' || agreement_start_year "
                       "|| '|' || agreement_year || '|' || assigned_beneficiaries || '|' || "
                       "benchmark_per_capita_cents || '|' || coalesce(msr, '-') || '|' || "
                       "coalesce(mlr, '-') || '|' || coalesce(quality_score, '-') || '|' || "
                       "low_revenue, ';') FROM (SELECT * FROM performance_year WHERE year >= "
                       "2026 ORDER BY year)"),
                  "2026|ENHANCED|2026|1|6000|1234560|-|-|-|1;"
                  "2027|BASIC_A|2027|1|2500|1300000|0.039|-|0.91|0");
    }
}

// The benchmark by enrollment type is optional: given, each type's per capita is kept in cents;
// left out (or the columns absent), a year imported again has none, and every type takes the
// per capita benchmark.
TEST_F(ImportSetup, YearsMayGiveTheBenchmarkByEnrollmentType)
{
    const QByteArray header = yearHeader.trimmed() + ",benchmark_esrd,benchmark_disabled,"
                                                     "benchmark_aged_dual,benchmark_aged_non_dual\n";
    const char* byType = "SELECT coalesce(benchmark_esrd_cents, '-') || '|' || "
                         "coalesce(benchmark_disabled_cents, '-') || '|' || "
                         "coalesce(benchmark_aged_dual_cents, '-') || '|' || "
                         "coalesce(benchmark_aged_non_dual_cents, '-') FROM performance_year "
                         "WHERE year = 2026";
    ImportReport report = import(ImportKind::Years, header + "2026,BASIC_E,2022,5,6000,14000,,,0.88,"
                                                            ",95210,14890.4,24105.75,12640.10\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(text(byType), "9521000|1489040|2410575|1264010");
    // A sample writes them back as they are read.
    EXPECT_TRUE(importSample(m_store->db(), ImportKind::Years)
                    .contains("\n2026,BASIC_E,2022,5,6000,14000.00,,,0.88,1,95210.00,14890.40,"
                              "24105.75,12640.10"));
    EXPECT_TRUE(importSample(m_store->db(), ImportKind::Years).startsWith(header.trimmed()));
    // One type given, the others empty.
    report = import(ImportKind::Years, header + "2026,BASIC_E,2022,5,6000,14000,,,0.88,,88000.5,,,\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(text(byType), "8800050|-|-|-");
    // Without the columns, the year is replaced by one without them.
    report = import(ImportKind::Years, yearHeader + "2026,BASIC_E,2022,5,6000,14000,,,0.88,\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(text(byType), "-|-|-|-");
    EXPECT_EQ(count("SELECT benchmark_per_capita_cents FROM performance_year WHERE year = 2026"),
              1400000);

    EXPECT_EQ(problemsOf(ImportKind::Years,
                         header + "2026,BASIC_E,2022,5,6000,14000,,,0.88,,0,-5,12.345,$12\n"),
              (Problems{"2:11: benchmark_esrd 0 must be above 0; give the year's benchmark per "
                        "assigned beneficiary",
                        "2:12: benchmark_disabled \"-5\" is not an amount in dollars; write it as "
                        "1234.56, without a $ sign or thousands separators",
                        "2:13: benchmark_aged_dual \"12.345\" is not an amount in dollars; write it "
                        "as 1234.56, without a $ sign or thousands separators",
                        "2:14: benchmark_aged_non_dual \"$12\" is not an amount in dollars; write "
                        "it as 1234.56, without a $ sign or thousands separators"}));
}

// Spending computed from the claims keeps the benchmark the year's terms give: importing the year
// with benchmarks by type recomputes the months loaded (those with spending by type), and leaves
// the months of an expenditures extract alone.
TEST_F(ImportSetup, ImportingAYearRecomputesTheBenchmarkOfTheClaimsMonths)
{
    // March 2026 as a load would leave it: 1,000 beneficiary-months, 10 ESRD, 100 disabled, 50
    // aged/dual and 840 aged/non-dual; April from an expenditures extract.
    m_store->db().exec(
        "DELETE FROM expenditure WHERE period IN (202603, 202604);"
        "DELETE FROM expenditure_by_type WHERE period IN (202603, 202604);"
        "INSERT INTO expenditure (period, beneficiary_months, expenditure_cents, benchmark_cents) "
        "VALUES (202603, 1000, 100000000, 1), (202604, 1000, 100000000, 2);"
        "INSERT INTO expenditure_by_type (period, enrollment_type, beneficiary_months, "
        "expenditure_cents) VALUES (202603, 'esrd', 10, 8000000), (202603, 'disabled', 100, "
        "12000000), (202603, 'aged_dual', 50, 9000000), (202603, 'aged_non_dual', 840, 71000000)");
    const QByteArray header = yearHeader.trimmed() + ",benchmark_esrd,benchmark_disabled,"
                                                     "benchmark_aged_dual,benchmark_aged_non_dual\n";
    ASSERT_TRUE(import(ImportKind::Years, header + "2026,BASIC_E,2022,5,6000,14000,,,0.88,,"
                                                   "95210,14890.40,24105.75,12640.10\n")
                    .ok());
    // (10 x 9,521,000 + 100 x 1,489,040 + 50 x 2,410,575 + 840 x 1,264,010) / 12
    // = (95,210,000 + 148,904,000 + 120,528,750 + 1,061,768,400) / 12 = 1,426,411,150 / 12
    // = 118,867,595.83, to the cent 118,867,596.
    EXPECT_EQ(count("SELECT benchmark_cents FROM expenditure WHERE period = 202603"), 118867596);
    EXPECT_EQ(count("SELECT benchmark_cents FROM expenditure WHERE period = 202604"), 2);
    // Only ESRD given: the others take the per capita $14,000.
    // (10 x 9,521,000 + 990 x 1,400,000) / 12 = (95,210,000 + 1,386,000,000) / 12 = 123,434,166.67.
    ASSERT_TRUE(
        import(ImportKind::Years, header + "2026,BASIC_E,2022,5,6000,14000,,,0.88,,95210,,,\n")
            .ok());
    EXPECT_EQ(count("SELECT benchmark_cents FROM expenditure WHERE period = 202603"), 123434167);
}

TEST_F(ImportSetup, AnEmptyMsrIsCmsSizeTable)
{
    // 6,000 beneficiaries start the 6,000-6,999 band of 42 CFR 425.604(b) at 3.6%; an empty MLR
    // mirrors the MSR on a two-sided track.
    ASSERT_TRUE(
        import(ImportKind::Years, yearHeader + "2026,BASIC_E,2022,5,6000,14000,,,0.88,\n").ok());
    const auto year = loadMsspYear(m_store->db(), 2026);
    ASSERT_TRUE(year.has_value());
    EXPECT_FALSE(year->input.msr.has_value());
    EXPECT_FALSE(year->input.mlr.has_value());
    EXPECT_EQ(year->input.benchmarkTotal, 6000 * 14000.0);
    const MsspResult result = MsspCalculator().calculate(year->input);
    EXPECT_EQ(result.msrSource, MsspRateSource::SizeTable);
    EXPECT_NEAR(result.msr, 0.036, 1e-12);
    ASSERT_TRUE(result.mlr.has_value());
    EXPECT_NEAR(*result.mlr, 0.036, 1e-12);
}

TEST_F(ImportSetup, MeasureRules)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Measures,
                   measureHeader + ",,quality_,up,percents,,,x,,\n"
                                   "NEW1,New,quality,higher,percent,,,100.5,,status\n"
                                   "NEW2,New,cost,lower,pmpm,,,-5,,\n"
                                   "NEW1,Again,quality,higher,percent,,,,,\n"
                                   "NEW3,\"Name, with comma\",engagement,higher,per_1000,ACO-99,"
                                   "\"Counts, things\",1200,National 2025,events\n"),
        (Problems{"2:1: code is empty; it is required", "2:2: name is empty; it is required",
                  "2:3: domain \"quality_\" must be one of quality, utilization, cost, engagement",
                  "2:4: direction \"up\" must be one of higher, lower",
                  "2:5: unit \"percents\" must be one of percent, per_1000, pmpm",
                  "2:8: benchmark \"x\" is not a number; write it with a dot for decimals, as in "
                  "1.25",
                  "3:8: benchmark 100.5 is not a percentage from 0 to 100; write 72.5 for 72.5%",
                  "3:10: denominator_kind \"status\" must be one of events, monthly_status",
                  "4:8: benchmark -5 is below 0; write it in the unit the measure is shown in",
                  "5:1: measure NEW1 is already on line 3; keep one of the two rows"}));
}

TEST_F(ImportSetup, MeasuresAreUpdatedByCodeAndKeepTheirId)
{
    const std::int64_t awv = count("SELECT id FROM measure WHERE code = 'AWV'");
    const std::int64_t results =
        count("SELECT count(*) FROM measure_result WHERE measure_id = (SELECT id FROM measure "
              "WHERE code = 'AWV')");
    const std::int64_t tiers =
        count("SELECT count(*) FROM tier_scheme WHERE measure_id = (SELECT id FROM measure "
              "WHERE code = 'AWV')");
    ASSERT_GT(results, 0);
    ASSERT_GT(tiers, 0);
    const QByteArray csv = measureHeader + "AWV,Wellness visits,quality,higher,percent,,Yearly "
                                           "visit,60,CMS 2025,monthly_status\n"
                                           "NEW,New measure,engagement,higher,percent,,,,,\n";
    for (int time = 0; time < 2; ++time) {
        const ImportReport report = import(ImportKind::Measures, csv);
        ASSERT_TRUE(report.ok()) << problems(report).front();
        EXPECT_EQ(count("SELECT count(*) FROM measure"), 15);
        EXPECT_EQ(count("SELECT id FROM measure WHERE code = 'AWV'"), awv);
        EXPECT_EQ(count("SELECT count(*) FROM measure_result WHERE measure_id = " +
                        QByteArray::number(awv)),
                  results);
        EXPECT_EQ(
            count("SELECT count(*) FROM tier_scheme WHERE measure_id = " + QByteArray::number(awv)),
            tiers);
        EXPECT_EQ(text("SELECT name || '|' || coalesce(aco_number, 'null') || '|' || description "
                       "|| '|' || benchmark || '|' || benchmark_label || '|' || "
                       "denominator_kind FROM measure WHERE code = 'AWV'"),
                  "Wellness visits|null|Yearly visit|60.0|CMS 2025|monthly_status");
        // Empty optional columns take the table's defaults.
        EXPECT_EQ(text("SELECT coalesce(aco_number, 'null') || '|' || description || '|' || "
                       "coalesce(benchmark, 'null') || '|' || benchmark_label || '|' || "
                       "denominator_kind FROM measure WHERE code = 'NEW'"),
                  "null||null||events");
    }
}

TEST_F(ImportSetup, DirectionAndUnitAreFixedOnceSomethingDependsOnThem)
{
    // In the demo AWV has results, tier schemes and driver diagram targets; FLU results and tier
    // schemes; ENG results and a driver diagram target.
    EXPECT_EQ(
        problemsOf(ImportKind::Measures,
                   measureHeader + "AWV,Annual wellness visits,quality,lower,percent,,,,,\n"
                                   "FLU,Influenza immunization,quality,higher,per_1000,,,,,\n"
                                   "ENG,Provider meeting attendance,engagement,higher,pmpm,,,,,\n"
                                   "TCOC,Total cost of care,cost,lower,percent,,,,,\n"),
        (Problems{"2:4: the direction of AWV cannot change from higher to lower while it has "
                  "tier schemes, whose cut-points run in its direction; keep higher",
                  "3:5: the unit of FLU cannot change from percent to per_1000 while it has "
                  "results and tier schemes in that unit; keep percent",
                  "4:5: the unit of ENG cannot change from percent to pmpm while it has results "
                  "and driver diagram targets in that unit; keep percent",
                  "5:5: the unit of TCOC cannot change from pmpm to percent while it has "
                  "results, tier schemes and driver diagram targets in that unit; keep pmpm"}));
    // ENG has no tier scheme, so its direction may change; a measure nothing refers to yet may
    // change its unit.
    ASSERT_TRUE(
        import(ImportKind::Measures, measureHeader + "NEW,New,quality,higher,percent,,,,,\n").ok());
    const ImportReport report = import(
        ImportKind::Measures, measureHeader + "ENG,Provider meeting attendance,engagement,lower,"
                                              "percent,,,,,\n"
                                              "NEW,New,quality,lower,per_1000,,,,,\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(text("SELECT group_concat(code || '|' || direction || '|' || unit, ';') FROM "
                   "(SELECT * FROM measure WHERE code IN ('ENG', 'NEW') ORDER BY code)"),
              "ENG|lower|percent;NEW|lower|per_1000");
}

// The years and measures of the demo, exported as samples and imported into a new, empty file,
// are the demo's rows exactly, measure ids included.
TEST_F(ImportSetup, AnEmptyFileFilledFromSamplesHoldsTheSameYearsAndMeasures)
{
    const QString path = m_folder.path(QStringLiteral("empty.aco"));
    {
        Store fresh = Store::create(path);
        for (ImportKind kind : {ImportKind::Years, ImportKind::Measures}) {
            const QByteArray sample = importSample(m_store->db(), kind);
            const ImportReport report = importCsv(
                fresh.db(), kind, std::string_view(sample.constData(), size_t(sample.size())),
                QStringLiteral("sample.csv"), false);
            ASSERT_TRUE(report.ok()) << problems(report).front();
            EXPECT_TRUE(report.written);
        }
    }
    Database& db = m_store->db();
    db.exec("ATTACH DATABASE '" + path.toStdString() + "' AS fresh");
    for (const char* table : {"performance_year", "measure"}) {
        const std::string t = table;
        EXPECT_EQ(db.queryInt64("SELECT count(*) FROM fresh." + t),
                  db.queryInt64("SELECT count(*) FROM main." + t));
        EXPECT_EQ(db.queryInt64("SELECT count(*) FROM (SELECT * FROM main." + t +
                                " EXCEPT SELECT * FROM fresh." + t + ")"),
                  0)
            << table;
    }
    // As the demo writes them (core/demo/demofinances.cpp and demomeasures.cpp).
    EXPECT_EQ(text("SELECT track || '|' || agreement_start_year || '|' || agreement_year || '|' "
                   "|| msr || '|' || quality_score || '|' || low_revenue FROM "
                   "fresh.performance_year WHERE year = 2026"),
              "BASIC_E|2022|5|0.02|0.88|1");
    EXPECT_EQ(text("SELECT group_concat(code, ',') FROM (SELECT code FROM fresh.measure ORDER "
                   "BY id)"),
              "TCOC,ADM,EDV,READM,FU7,NOVISIT,AWV,FLU,CRC,BCS,HBA1C,BP,STATIN,ENG");
    EXPECT_EQ(text("SELECT aco_number || '|' || denominator_kind FROM fresh.measure WHERE code = "
                   "'FLU'"),
              "ACO-14|monthly_status");
    db.exec("DETACH DATABASE fresh");
}
