// The rules of each kind of import file, what importing replaces, and all-or-nothing writing.
#include "importtest.h"

#include "error.h"
#include "import/importsample.h"

using namespace aco;
using Problems = std::vector<std::string>;

namespace {

// CMS's worked example of the NPI check digit: 123456789 takes 3.
constexpr const char* cmsNpi = "1234567893";
// CMS's example MBI.
constexpr const char* cmsMbi = "1EG4TE5MK73";

class ImportKinds : public test::ImportTest
{
protected:
    QByteArray anNpi() { return text("SELECT npi FROM provider ORDER BY id LIMIT 1"); }
    QByteArray anMbi() { return text("SELECT mbi FROM beneficiary ORDER BY id LIMIT 1"); }
};

const QByteArray providerHeader = "npi,last_name,first_name,credential,specialty,kind,employment,"
                                  "practice_code,department_code,active_from,active_to\n";
const QByteArray beneficiaryHeader = "mbi,last_name,first_name,birth_date,sex,pcp_npi,risk_score\n";
const QByteArray resultHeader = "measure_code,period,npi,numerator,denominator\n";

} // namespace

TEST_F(ImportKinds, ProviderRules)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Providers,
                   providerHeader +
                       "123456789,Lee,Ann,MD,Cardiology,pcp,employed,PR001,FM,2023-02-30,\n"
                       "1234567890,Lee,Ann,,Cardiology,specialist,contract,PR999,XX,"
                       "2024-01-01,2023-12-31\n"),
        (Problems{
            "2:1: npi \"123456789\" is not an NPI; it must be ten digits starting with 1 or 2",
            "2:6: kind \"pcp\" must be one of primary_care, specialist",
            "2:10: active_from \"2023-02-30\" is not a date from 1900 to 2100; write it as "
            "YYYY-MM-DD",
            "3:1: npi \"1234567890\" has a wrong check digit (it would end in 3); check it for a "
            "mistyped digit",
            "3:7: employment \"contract\" must be one of employed, independent",
            "3:8: practice_code \"PR999\" is not a practice of this ACO; import the practices "
            "first",
            "3:9: department_code \"XX\" is not a department of this ACO; leave it empty or use "
            "one that is",
            "3:11: active_to 2023-12-31 is before active_from 2024-01-01"}));
}

TEST_F(ImportKinds, ProvidersAreAddedOrUpdatedByNpi)
{
    const QByteArray existing = anNpi();
    const std::int64_t before = count("SELECT count(*) FROM provider");
    const ImportReport report = import(
        ImportKind::Providers,
        providerHeader + existing +
            ",Renamed,Ann,DO,Cardiology,specialist,independent,PR002,,2020-01-01,\n" + cmsNpi +
            ",New,Bo,NP,Family Medicine,primary_care,employed,PR001,FM,2026-01-01,\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.rows, 2);
    EXPECT_EQ(count("SELECT count(*) FROM provider"), before + 1);
    EXPECT_EQ(text("SELECT last_name || '|' || kind || '|' || employment || '|' || "
                   "coalesce(department_id, 'none') FROM provider WHERE npi = '" +
                   existing + "'"),
              "Renamed|specialist|independent|none");
    EXPECT_EQ(text("SELECT p.code FROM provider v JOIN practice p ON p.id = v.practice_id "
                   "WHERE npi = '1234567893'"),
              "PR001");
}

TEST_F(ImportKinds, BeneficiaryRules)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Beneficiaries, beneficiaryHeader +
                                                  "1EG4-TE5-MK73,Roe,Jo,2099-01-01,X," + cmsNpi +
                                                  ",0\n" + cmsMbi + ",Roe,Jo,1950-01-01,F,,abc\n"),
        (Problems{
            "2:1: mbi \"1EG4-TE5-MK73\" is not an MBI; it must be 11 characters in "
            "CMS's format, such as 1EG4TE5MK73, without dashes",
            "2:4: birth_date 2099-01-01 is in the future", "2:5: sex \"X\" must be one of F, M",
            "2:6: pcp_npi 1234567893 is not a provider of this ACO; import the providers first",
            "2:7: risk_score 0 must be above 0",
            "3:7: risk_score \"abc\" is not a number; write it with a dot for decimals, as in "
            "1.25"}));
}

TEST_F(ImportKinds, ResultRules)
{
    const QByteArray npi = anNpi();
    EXPECT_EQ(
        problemsOf(ImportKind::Results, resultHeader + "XYZ,2026-01," + npi + ",1,2\n" +
                                            "AWV,2026-01," + cmsNpi + ",1,2\n" + "AWV,2026-01," +
                                            npi + ",5,4\n" + "AWV,2026-01," + npi + ",x,-4\n"),
        (Problems{"2:1: measure_code \"XYZ\" is not a measure of this ACO; use one of ADM, "
                  "AWV, BCS, BP, CRC, EDV, ENG, FLU, FU7, HBA1C, NOVISIT, READM, STATIN, TCOC",
                  "3:3: NPI 1234567893 is not a provider of this ACO; import the providers first",
                  "4:4: numerator 5 is greater than denominator 4; AWV is a percentage, so "
                  "it counts part of its denominator",
                  "5:4: numerator \"x\" is not a whole number",
                  "5:5: denominator \"-4\" is out of range; it must be from 0 to 1000000000000"}));
}

TEST_F(ImportKinds, RatesOtherThanPercentagesMayExceedTheirDenominator)
{
    // Admissions per 1,000 count events over member-months; cost counts cents.
    const QByteArray npi = anNpi();
    const ImportReport report =
        import(ImportKind::Results,
               resultHeader + "ADM,2030-01," + npi + ",5,4\nTCOC,2030-01," + npi + ",123456,4\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(count("SELECT sum(numerator) FROM measure_result WHERE period = 203001"), 123461);
}

TEST_F(ImportKinds, DuplicatesNameTheFirstLine)
{
    const QByteArray npi = anNpi();
    EXPECT_EQ(problemsOf(ImportKind::Results, resultHeader + "AWV,2026-01," + npi + ",1,2\n" +
                                                  "AWV,2026-02," + npi + ",1,2\n" + "AWV,2026-01," +
                                                  npi + ",1,3\n"),
              Problems{"4:1: measure AWV, month 2026-01 and NPI " + npi.toStdString() +
                       " are already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Practices, "code,name\nPR1,a\nPR1,b\n"),
              Problems{"3:1: practice PR1 is already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Departments, "code,name\nCARD,a\nNEW,b\nCARD,c\n"),
              Problems{"4:1: department CARD is already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Providers,
                         providerHeader + cmsNpi +
                             ",A,B,,S,specialist,employed,PR001,,2020-01-01,\n" + cmsNpi +
                             ",A,B,,S,specialist,employed,PR001,,2020-01-01,\n"),
              Problems{"3:1: NPI 1234567893 is already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Beneficiaries, beneficiaryHeader + cmsMbi +
                                                        ",A,B,1950-01-01,F,,1\n" + cmsMbi +
                                                        ",A,B,1950-01-01,F,,1\n"),
              Problems{"3:1: MBI 1EG4TE5MK73 is already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Expenditures,
                         "period,beneficiary_months,expenditure,benchmark\n"
                         "2030-01,1,1,1\n2030-01,2,2,2\n"),
              Problems{"3:1: month 2030-01 is already on line 2; keep one of the two rows"});
    const QByteArray mbi = anMbi();
    EXPECT_EQ(problemsOf(ImportKind::CareGaps, "mbi,measure_code,description,due_date\n" + mbi +
                                                   ",AWV,Visit,2026-01-01\n" + mbi +
                                                   ",AWV,Visit,2026-01-01\n"),
              Problems{"3:3: the same care gap (MBI, measure, description and due date) is "
                       "already on line 2; keep one of the two rows"});
    EXPECT_EQ(problemsOf(ImportKind::Tiers, "measure_code,year,baseline,better,best,extra_credit\n"
                                            "AWV,2030,50,60,70,80\nAWV,2030,50,60,70,80\n"),
              Problems{"3:1: the tiers of measure AWV for 2030 are already on line 2; keep one "
                       "of the two rows"});
}

TEST_F(ImportKinds, CareGapRules)
{
    EXPECT_EQ(
        problemsOf(ImportKind::CareGaps,
                   QByteArray("mbi,measure_code,description,due_date,closed_date\n") + cmsMbi +
                       ",NOPE,Visit,2026-01-01,2026-13-01\n"),
        (Problems{"2:1: MBI 1EG4TE5MK73 is not a beneficiary of this ACO; import the "
                  "beneficiaries first",
                  "2:2: measure_code \"NOPE\" is not a measure of this ACO; leave it empty or "
                  "use one that is",
                  "2:5: closed_date \"2026-13-01\" is not a date from 1900 to 2100; write it "
                  "as YYYY-MM-DD"}));
}

TEST_F(ImportKinds, CareGapsOfTheBeneficiariesInTheFileAreReplaced)
{
    const QByteArray mbi = anMbi();
    const std::int64_t others =
        count("SELECT count(*) FROM care_gap g JOIN beneficiary b ON b.id = g.beneficiary_id "
              "WHERE b.mbi <> (SELECT mbi FROM beneficiary ORDER BY id LIMIT 1)");
    const QByteArray csv = "mbi,measure_code,description,due_date,closed_date\n" + mbi +
                           ",,Call back,2026-10-15,\n" + mbi +
                           ",FLU,Flu shot,2026-11-01,2026-11-02\n";
    for (int time = 0; time < 2; ++time) {
        const ImportReport report = import(ImportKind::CareGaps, csv);
        ASSERT_TRUE(report.ok()) << problems(report).front();
        EXPECT_EQ(
            text("SELECT group_concat(coalesce(m.code, '-') || '|' || g.description || '|' || "
                 "g.due_date || '|' || coalesce(g.closed_date, 'open'), ';') FROM care_gap g "
                 "JOIN beneficiary b ON b.id = g.beneficiary_id LEFT JOIN measure m ON "
                 "m.id = g.measure_id WHERE b.mbi = '" +
                 mbi + "' ORDER BY g.due_date"),
            "-|Call back|2026-10-15|open;FLU|Flu shot|2026-11-01|2026-11-02");
        EXPECT_EQ(count("SELECT count(*) FROM care_gap"), others + 2);
    }
}

TEST_F(ImportKinds, TierRules)
{
    // AWV: higher is better, so the cut-points must rise. HBA1C: lower is better.
    EXPECT_EQ(
        problemsOf(ImportKind::Tiers,
                   "measure_code,year,baseline,better,best,extra_credit,payout_baseline\n"
                   "AWV,2030,50,40,70,80,\n"
                   "HBA1C,2030,20,15,10,5,1.5\n"
                   "NOPE,2011,1,2,3,x,\n"),
        (Problems{"2:3: The 2030 tier scheme of AWV has cut-points out of order: Better must "
                  "be above Baseline.",
                  "3:3: The 2030 tier scheme of HBA1C has payouts that are not increasing "
                  "shares between 0% and 100%.",
                  "4:1: measure_code \"NOPE\" is not a measure of this ACO",
                  "4:2: year \"2011\" is out of range; it must be from 2012 to 2100",
                  "4:6: extra_credit \"x\" is not a number; write it with a dot for decimals, "
                  "as in 1.25"}));
    const ImportReport report =
        import(ImportKind::Tiers, "measure_code,year,baseline,better,best,extra_credit\n"
                                  "HBA1C,2030,20,15,10,5\n");
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(
        text("SELECT baseline || '|' || extra_credit || '|' || payout_better FROM tier_scheme "
             "WHERE year = 2030"),
        "20.0|5.0|0.5");
}

TEST_F(ImportKinds, ResultsReplaceTheMeasureAndMonthsInTheFile)
{
    // The file holds AWV for September 2026 for one provider: every other provider's AWV result
    // for that month goes, and nothing else changes.
    const QByteArray npi = anNpi();
    const std::int64_t total = count("SELECT count(*) FROM measure_result");
    const std::int64_t awvSeptember =
        count("SELECT count(*) FROM measure_result r JOIN measure m ON m.id = r.measure_id "
              "WHERE m.code = 'AWV' AND period = 202609");
    ASSERT_GT(awvSeptember, 1);
    const QByteArray csv = resultHeader + "AWV,2026-09," + npi + ",7,9\n";
    for (int time = 0; time < 2; ++time) {
        const ImportReport report = import(ImportKind::Results, csv);
        ASSERT_TRUE(report.ok()) << problems(report).front();
        EXPECT_EQ(count("SELECT count(*) FROM measure_result"), total - awvSeptember + 1);
        EXPECT_EQ(text("SELECT numerator || '/' || denominator FROM measure_result r JOIN measure "
                       "m ON m.id = r.measure_id WHERE m.code = 'AWV' AND period = 202609"),
                  "7/9");
    }
}

TEST_F(ImportKinds, ImportingTheSampleOfEveryKindChangesNothing)
{
    const QString before = contentHash(m_store->db());
    // Care gaps are left out: importing them replaces a beneficiary's gaps with new rows.
    for (ImportKind kind : {ImportKind::Years, ImportKind::Measures, ImportKind::Practices,
                            ImportKind::Departments, ImportKind::Providers,
                            ImportKind::Beneficiaries, ImportKind::Results,
                            ImportKind::Expenditures, ImportKind::Tiers}) {
        const QByteArray sample = importSample(m_store->db(), kind);
        const ImportReport report = import(kind, sample);
        ASSERT_TRUE(report.ok()) << importKindName(kind).toStdString() << ": "
                                 << problems(report).front();
        EXPECT_TRUE(report.written);
        EXPECT_FALSE(report.claimsResultsComputed); // the demo file holds no CCLF claims
        EXPECT_GT(report.rows, 0);
        EXPECT_EQ(contentHash(m_store->db()), before) << importKindName(kind).toStdString();
    }
}

TEST_F(ImportKinds, TheDocumentedSamplesImport)
{
    for (ImportKind kind : importKinds()) {
        const QString path = QStringLiteral(ACO_SOURCE_DIR "/docs/import/%1.csv").arg(importKindName(kind));
        const ImportReport report = importCsvFile(m_store->db(), kind, path, /*dryRun=*/true);
        EXPECT_TRUE(report.ok()) << path.toStdString() << ": " << problems(report).front();
        EXPECT_GT(report.rows, 0) << path.toStdString();
    }
}

TEST_F(ImportKinds, OneBadRowAmongThousandsWritesNothingAndIsListed)
{
    QByteArray csv = importSample(m_store->db(), ImportKind::Results);
    const QList<QByteArray> lines = csv.split('\n');
    ASSERT_GT(lines.size(), 5000);
    // Line 4321 (the header is line 1) gets a month that does not exist.
    QList<QByteArray> edited = lines;
    QList<QByteArray> fields = edited[4320].split(',');
    fields[1] = "2026-00";
    edited[4320] = fields.join(',');
    const QByteArray bad = edited.join('\n');
    const QString before = contentHash(m_store->db());
    const ImportReport report = import(ImportKind::Results, bad);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(report.rows, lines.size() - 2); // the header and the empty end
    EXPECT_EQ(problems(report), Problems{"4321:2: period \"2026-00\" is not a month from 1900 to "
                                         "2100; write it as YYYY-MM"});
    EXPECT_EQ(contentHash(m_store->db()), before);
}

TEST_F(ImportKinds, ADryRunChecksButWritesNothing)
{
    const QString before = contentHash(m_store->db());
    const ImportReport report =
        import(ImportKind::Practices, "code,name,city\nPR900,New,Town\n", /*dryRun=*/true);
    EXPECT_TRUE(report.ok());
    EXPECT_EQ(report.rows, 1);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(contentHash(m_store->db()), before);
}

TEST_F(ImportKinds, CancellingWritesNothing)
{
    const QByteArray csv = importSample(m_store->db(), ImportKind::Results);
    m_store->db().exec("DELETE FROM measure_result WHERE period = 202609");
    const QString before = contentHash(m_store->db());
    int calls = 0;
    try {
        importCsv(m_store->db(), ImportKind::Results,
                  std::string_view(csv.constData(), size_t(csv.size())), QStringLiteral("in.csv"),
                  false, [&](int percent, const QString&) { return ++calls < 3 || percent < 40; });
        FAIL() << "the import was not cancelled";
    } catch (const Error& error) {
        EXPECT_STREQ(error.what(), "The import of 'in.csv' was cancelled; nothing was written.");
    }
    EXPECT_GE(calls, 3);
    EXPECT_EQ(contentHash(m_store->db()), before);
}

TEST_F(ImportKinds, ADepartmentIsUpdatedByItsCodeAndAProviderCanThenNameIt)
{
    const char* departments = "SELECT count(*) FROM department";
    const std::int64_t before = count(departments);
    const ImportReport report =
        import(ImportKind::Departments, "name,code\nHeart Center,CARD\nWound Care,WOUND\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(count(departments), before + 1); // CARD updated, WOUND added
    EXPECT_EQ(text("SELECT name FROM department WHERE code = 'CARD'"), "Heart Center");
    EXPECT_EQ(text("SELECT name FROM department WHERE code = 'WOUND'"), "Wound Care");
    const ImportReport provider =
        import(ImportKind::Providers, providerHeader + cmsNpi +
                                          ",Reyes,Ana,NP,Wound Care,specialist,employed,PR001,"
                                          "WOUND,2026-01-01,\n");
    ASSERT_TRUE(provider.ok()) << problems(provider).front();
    EXPECT_EQ(text("SELECT d.code FROM provider p JOIN department d ON d.id = p.department_id "
                   "WHERE p.npi = '1234567893'"),
              "WOUND");
}

// New months of results or expenditures move the file's data-as-of date on to their last day;
// older ones leave it.
TEST_F(ImportKinds, NewMonthsMoveTheDataAsOfDateOn)
{
    const char* asOf = "SELECT data_as_of FROM aco";
    ASSERT_EQ(text(asOf), "2026-09-30");
    const QByteArray npi = anNpi();
    ASSERT_TRUE(import(ImportKind::Results, resultHeader + "AWV,2024-02," + npi + ",1,2\n").ok());
    EXPECT_EQ(text(asOf), "2026-09-30");
    ASSERT_TRUE(import(ImportKind::Expenditures, "period,beneficiary_months,expenditure,benchmark\n"
                                                 "2026-10,10,100.00,120.00\n")
                    .ok());
    EXPECT_EQ(text(asOf), "2026-10-31");
    ASSERT_TRUE(import(ImportKind::Results, resultHeader + "AWV,2027-02," + npi + ",1,2\n").ok());
    EXPECT_EQ(text(asOf), "2027-02-28");
}

// A file created today and filled with older months is as of its data, not of the day it was
// created.
TEST_F(ImportKinds, AFileCreatedAfterItsDataIsAsOfItsLatestMonth)
{
    m_store->db().exec("DELETE FROM measure_result; DELETE FROM expenditure; "
                       "UPDATE aco SET data_as_of = '2026-12-05'");
    ASSERT_TRUE(import(ImportKind::Results, resultHeader + "AWV,2026-08," + anNpi() + ",1,2\n").ok());
    EXPECT_EQ(text("SELECT data_as_of FROM aco"), "2026-08-31");
}
