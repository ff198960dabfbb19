// The claims-based measures on small hand-made claim sets (docs/measures.md): attribution,
// member-months, cost, admissions with transfers, ED visits, readmissions on day 30 and 31,
// planned readmissions, follow-up on day 7 and 8, cancelled claims, an MBI change, screenings.
// Every expected value is worked out by hand in the comments.
#include "cclftestdelivery.h"
#include "claims/cclfload.h"
#include "claimsmeasures/claimdates.h"
#include "error.h"
#include "identifiers.h"
#include "import/importer.h"
#include "keptfacts.h"
#include "measures/standardmeasures.h"
#include "patients/patientlists.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace aco {
namespace {

using test::CclfTestDelivery;

constexpr const char* ann = "1EG4TE5MK73";
constexpr const char* bob = "5F27TE6KM28";
constexpr const char* cyd = "6U50TE7GG18";
constexpr const char* annNew = "9AA9AA9AA99";
constexpr const char* hospital = "010033";      // a short-term acute hospital (last four 0001-0879)
constexpr const char* otherHospital = "010044";

std::string npiFrom(const std::string& nine)
{
    return nine + npiCheckDigit(nine);
}

class ClaimsMeasures : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("aco.aco"));
        Store store = Store::create(m_path);
        Database& db = store.db();
        db.exec("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, 'A1234', 'Test', '');"
                "INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Practice');");
        writeStandardMeasures(db, false);
        auto provider = db.prepare("INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, "
                                   "employment, practice_id, active_from) VALUES (?1, ?2, ?3, 'X', ?4, ?5, "
                                   "'employed', 1, '2020-01-01')");
        provider.bind(1, 1).bind(2, m_pcpA).bind(3, "Adams").bind(4, "Family Medicine").bind(5, "primary_care").run();
        provider.bind(1, 2).bind(2, m_pcpB).bind(3, "Baker").bind(4, "Internal Medicine").bind(5, "primary_care").run();
        provider.bind(1, 3).bind(2, m_cardiologist).bind(3, "Chen").bind(4, "Cardiology").bind(5, "specialist").run();
    }

    // One monthly delivery per data month first..last (each made on the 15th of the next month),
    // every beneficiary of `members` in its CCLF8; `claims` adds the claims to the last one.
    void deliver(int first, int last, const std::vector<std::string>& members,
                 const std::function<void(CclfTestDelivery&)>& claims, const std::vector<std::string>& femaleMembers = {})
    {
        std::vector<QString> paths;
        for (int month = first; month <= last; month = claimdates::addMonths(month, 1)) {
            CclfTestDelivery d(claimdates::addMonths(month, 1) * 100 + 15);
            for (const std::string& mbi : members)
                d.addBeneficiary(mbi, "Pat", "Doe", 19500101, '1');
            for (const std::string& mbi : femaleMembers)
                d.addBeneficiary(mbi, "Pam", "Doe", 19600301, '2');
            if (month == last && claims)
                claims(d);
            const QString folder = m_folder.path(QStringLiteral("d%1").arg(++m_count));
            QDir().mkpath(folder);
            paths.push_back(d.write(folder, false));
        }
        Store store = Store::open(m_path);
        m_result = loadCclf(store.db(), paths, false);
        ASSERT_TRUE(m_result.ok()) << m_result.problems.kept().front().toString().toStdString();
    }
    // A primary care visit (99213) by `npi`: allowed $125 (paid $100).
    static void visit(CclfTestDelivery& d, std::int64_t claim, const std::string& mbi, const std::string& npi,
                      int date, const std::string& hcpcs = "99213")
    {
        d.addPartB({.claimId = claim, .mbi = mbi, .control = "V" + std::to_string(claim), .paidCents = 10000,
                    .from = date, .thru = date, .hcpcs = hcpcs, .npi = npi});
    }
    static void stay(CclfTestDelivery& d, std::int64_t claim, const std::string& mbi, int from, int thru,
                     const std::string& status = "01", const std::string& ccn = hospital, std::int64_t cents = 1'000'000,
                     const std::string& principal = "I5030", const std::string& admission = "1")
    {
        d.addPartA({.id = claim, .mbi = mbi, .ccn = ccn, .from = from, .thru = thru, .paidCents = cents,
                    .dischargeStatus = status, .admissionType = admission, .principalDx = principal});
    }
    // measure_result of `code` for a month and provider: "numerator/denominator", or "-".
    std::string result(const char* code, int month, int provider = 1) const
    {
        const Store store = Store::openReadOnly(m_path);
        auto q = store.db().prepare("SELECT r.numerator, r.denominator FROM measure_result r JOIN measure m "
                                    "ON m.id = r.measure_id WHERE m.code = ?1 AND r.period = ?2 AND r.provider_id = ?3");
        q.bind(1, code).bind(2, month).bind(3, provider);
        return q.step() ? std::to_string(q.int64(0)) + "/" + std::to_string(q.int64(1)) : "-";
    }
    std::int64_t query(const std::string& sql) const
    {
        const Store store = Store::openReadOnly(m_path);
        return store.db().queryInt64(sql);
    }

    test::TempFolder m_folder;
    QString m_path;
    int m_count = 0;
    CclfLoadResult m_result;
    std::string m_pcpA = npiFrom("123456789");
    std::string m_pcpB = npiFrom("123456780");
    std::string m_cardiologist = npiFrom("223456789");
};

TEST_F(ClaimsMeasures, AttributionMemberMonthsAndCostOfCare)
{
    deliver(202501, 202503, {ann}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250110); // $100 paid in January
        // February: a stay paid $10,000, of which $1,000 is IME: $9,000 against the benchmark.
        d.addPartA({.id = 2, .mbi = ann, .ccn = hospital, .from = 20250201, .thru = 20250205,
                    .paidCents = 1'000'000, .imeCents = 100'000});
    });
    // Ann is a member January-March, attributed to Adams (his only primary care) in each.
    EXPECT_EQ(query("SELECT count(*) FROM attribution WHERE provider_id = 1"), 3);
    EXPECT_EQ(result("TCOC", 202501), "10000/1");
    EXPECT_EQ(result("TCOC", 202502), "900000/1");
    EXPECT_EQ(result("TCOC", 202503), "0/1");
    EXPECT_EQ(result("ADM", 202502), "1/1");
    EXPECT_EQ(result("ADM", 202501), "0/1");
    // The expenditures: one member-month a month, $100, $9,000, $0.
    EXPECT_EQ(query("SELECT expenditure_cents FROM expenditure WHERE period = 202502"), 900'000);
    EXPECT_EQ(query("SELECT beneficiary_months FROM expenditure WHERE period = 202503"), 1);
    EXPECT_EQ(query("SELECT count(*) FROM expenditure_by_type WHERE enrollment_type = 'aged_non_dual'"), 3);
    EXPECT_EQ(query("SELECT provider_id FROM beneficiary WHERE mbi = '1EG4TE5MK73'"), 1);
    EXPECT_EQ(m_result.measures.firstMonth, 202501);
    EXPECT_EQ(m_result.measures.lastMonth, 202503);
    EXPECT_EQ(m_result.measures.memberMonths, 3);
    // The attribution table's indexes, dropped while it is written, are there again.
    EXPECT_EQ(query("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attribution' AND "
                    "name IN ('attribution_provider', 'attribution_beneficiary')"),
              2);
}

// Each month's benchmark is its beneficiary-months of each enrollment type times the type's
// benchmark per capita (the year's per capita benchmark where the type has none), over 12; a years
// import afterwards computes the same months again with its terms.
TEST_F(ClaimsMeasures, TheMonthlyBenchmarkTakesTheBenchmarkByEnrollmentType)
{
    {
        Store store = Store::open(m_path);
        store.db().exec("INSERT INTO performance_year (year, track, agreement_start_year, "
                        "agreement_year, assigned_beneficiaries, benchmark_per_capita_cents, "
                        "benchmark_esrd_cents, benchmark_aged_non_dual_cents) VALUES (2025, "
                        "'BASIC_E', 2024, 2, 6000, 1200000, 9000000, 1080000)");
    }
    deliver(202501, 202503, {ann}, {});
    // Ann, aged and not dual, one beneficiary-month a month: $10,800 / 12 = $900.
    EXPECT_EQ(query("SELECT count(*) FROM expenditure WHERE benchmark_cents = 90000"), 3);
    const auto importYears = [&](const std::string& csv) {
        Store store = Store::open(m_path);
        const ImportReport report = importCsv(store.db(), ImportKind::Years, csv, QStringLiteral("y.csv"), false);
        ASSERT_TRUE(report.ok()) << report.problems.front().reason.toStdString();
    };
    const std::string header = "year,track,agreement_start_year,agreement_year,assigned_beneficiaries,"
                               "benchmark_per_capita,msr,mlr,benchmark_esrd,benchmark_aged_non_dual\n";
    // Without the types, the per capita $12,000: $1,000 a month.
    importYears(header + "2025,BASIC_E,2024,2,6000,12000,,,,\n");
    EXPECT_EQ(query("SELECT min(benchmark_cents) FROM expenditure"), 100000);
    EXPECT_EQ(query("SELECT max(benchmark_cents) FROM expenditure"), 100000);
    // With them again, what the load wrote.
    importYears(header + "2025,BASIC_E,2024,2,6000,12000,,,90000,10800\n");
    EXPECT_EQ(query("SELECT min(benchmark_cents) FROM expenditure"), 90000);
    EXPECT_EQ(query("SELECT max(benchmark_cents) FROM expenditure"), 90000);
}

TEST_F(ClaimsMeasures, AttributionFollowsThePluralityTiesGoToTheLatestThenTheSmallerNpi)
{
    deliver(202501, 202506, {ann, bob, cyd}, [&](CclfTestDelivery& d) {
        // Ann: Adams twice ($250 allowed) against Baker once ($125): Adams.
        visit(d, 1, ann, m_pcpA, 20250105);
        visit(d, 2, ann, m_pcpA, 20250110);
        visit(d, 3, ann, m_pcpB, 20250320);
        // Bob: $125 each; Baker's is later: Baker from March on, Adams in January and February.
        visit(d, 4, bob, m_pcpA, 20250105);
        visit(d, 5, bob, m_pcpB, 20250305);
        // Cyd: $125 each on the same day: the smaller NPI (Baker's, ...7804 < ...7893).
        visit(d, 6, cyd, m_pcpA, 20250105);
        visit(d, 7, cyd, m_pcpB, 20250105);
        // A cardiologist's office visit does not attribute.
        visit(d, 8, cyd, m_cardiologist, 20250106);
    });
    ASSERT_LT(m_pcpB, m_pcpA);
    EXPECT_EQ(query("SELECT a.provider_id FROM attribution a JOIN beneficiary b ON b.id = a.beneficiary_id "
                    "WHERE b.mbi = '1EG4TE5MK73' AND month = 202506"),
              1);
    EXPECT_EQ(query("SELECT a.provider_id FROM attribution a JOIN beneficiary b ON b.id = a.beneficiary_id "
                    "WHERE b.mbi = '5F27TE6KM28' AND month = 202502"),
              1);
    EXPECT_EQ(query("SELECT a.provider_id FROM attribution a JOIN beneficiary b ON b.id = a.beneficiary_id "
                    "WHERE b.mbi = '5F27TE6KM28' AND month = 202503"),
              2);
    EXPECT_EQ(query("SELECT a.provider_id FROM attribution a JOIN beneficiary b ON b.id = a.beneficiary_id "
                    "WHERE b.mbi = '6U50TE7GG18' AND month = 202501"),
              2);
    // The roster shows June's PCP.
    EXPECT_EQ(query("SELECT provider_id FROM beneficiary WHERE mbi = '5F27TE6KM28'"), 2);
    // Member-months of Adams: Ann six, Bob two; Baker: Bob four, Cyd six.
    EXPECT_EQ(query("SELECT sum(denominator) FROM measure_result WHERE measure_id = (SELECT id FROM measure "
                    "WHERE code = 'TCOC') AND provider_id = 1"),
              8);
    EXPECT_EQ(query("SELECT sum(denominator) FROM measure_result WHERE measure_id = (SELECT id FROM measure "
                    "WHERE code = 'TCOC') AND provider_id = 2"),
              10);
}

TEST_F(ClaimsMeasures, TransfersAreOneStayAndTheNextDayAtTheSameHospitalIsAReadmission)
{
    deliver(202503, 202504, {ann, bob, cyd}, [&](CclfTestDelivery& d) {
        for (const char* mbi : {ann, bob, cyd})
            visit(d, 100 + mbi[0], mbi, m_pcpA, 20250301);
        // Ann: 3-7 March at one hospital, transferred (02); 7-12 March at another: one stay.
        stay(d, 1, ann, 20250303, 20250307, "02");
        stay(d, 2, ann, 20250307, 20250312, "01", otherHospital);
        // Bob: 3-7 March, then the next day at another hospital: a transfer, one stay.
        stay(d, 3, bob, 20250303, 20250307, "02");
        stay(d, 4, bob, 20250308, 20250312, "01", otherHospital);
        // Cyd: home on 7 March, back at the same hospital on 8 March: two stays, a day-1 readmission.
        stay(d, 5, cyd, 20250303, 20250307, "01");
        stay(d, 6, cyd, 20250308, 20250312, "01");
    });
    // Admissions in March: Ann 1, Bob 1, Cyd 2, of three member-months.
    EXPECT_EQ(result("ADM", 202503), "4/3");
    // Index discharges in March: Ann 12th, Bob 12th, Cyd 7th and 12th; Cyd's 7th readmitted.
    EXPECT_EQ(result("READM", 202503), "1/4");
    // All home (01): every index discharge may be followed up; none was (the visit was on 1 March).
    EXPECT_EQ(result("FU7", 202503), "0/4");
}

TEST_F(ClaimsMeasures, AnEdVisitEndingInAnAdmissionIsAnAdmissionAndTwoEdClaimsOneDayAreOneVisit)
{
    deliver(202505, 202505, {ann}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250502);
        // 5 May: the emergency physician's line, and an admission the same day.
        d.addPartB({.claimId = 2, .mbi = ann, .control = "E2", .paidCents = 20000, .from = 20250505, .thru = 20250505,
                    .hcpcs = "99284", .npi = m_cardiologist, .placeOfService = "23"});
        stay(d, 3, ann, 20250505, 20250508);
        // 20 May: the hospital's outpatient ED claim (revenue center 0450) and the physician's line.
        d.addPartA({.id = 4, .mbi = ann, .ccn = hospital, .from = 20250520, .thru = 20250520, .paidCents = 80000,
                    .claimType = 40, .billType = "131"});
        d.addRevenueLine(4, 1, "0450", "99283", 80000, 20250520);
        d.addPartB({.claimId = 5, .mbi = ann, .control = "E5", .paidCents = 15000, .from = 20250520, .thru = 20250520,
                    .hcpcs = "99283", .npi = m_cardiologist, .placeOfService = "23"});
    });
    EXPECT_EQ(result("ADM", 202505), "1/1");
    EXPECT_EQ(result("EDV", 202505), "1/1");
    // The pursuit list's events: the admission and the one ED visit ($800 + $150).
    EXPECT_EQ(query("SELECT count(*) FROM utilization_event WHERE kind = 'admission' AND source = 'claims'"), 1);
    EXPECT_EQ(query("SELECT cost_cents FROM utilization_event WHERE kind = 'ed_visit'"), 95'000);
    // Adams's pursuit list: one admission, one ED visit; the cost is all of May's spending:
    // $100 + $200 + $10,000 + $800 + $150.
    const Store store = Store::openReadOnly(m_path);
    const auto list = pursuitList(store.db(), 1, QDate(2025, 5, 31), 20);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].admissions, 1);
    EXPECT_EQ(list[0].edVisits, 1);
    EXPECT_EQ(list[0].costCents, 1'125'000);
}

TEST_F(ClaimsMeasures, WhatTheClaimsCannotPlaceIsCountedAndReported)
{
    deliver(202505, 202505, {ann}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250502);
        // A beneficiary in no CCLF8 ($50), a PCP not on the roster ($100; Ann's spending, no
        // attribution), and Ann's claim of December 2024, before her first month ($70).
        visit(d, 2, bob, m_pcpA, 20250503);
        d.addPartB({.claimId = 3, .mbi = ann, .control = "X3", .paidCents = 5000, .from = 20250510, .thru = 20250510,
                    .hcpcs = "99214", .npi = npiFrom("323456789")});
        d.addPartB({.claimId = 4, .mbi = ann, .control = "X4", .paidCents = 7000, .from = 20241210, .thru = 20241210});
    });
    EXPECT_EQ(m_result.measures.beneficiariesNotInCclf8, 1);
    EXPECT_EQ(m_result.measures.spendingOutsideMembershipCents, 10000 + 7000);
    // May: the visit and the outside PCP's line.
    EXPECT_EQ(result("TCOC", 202505), "15000/1");
}

TEST_F(ClaimsMeasures, WithoutPartBNothingIsAttributedAndTheLoadSaysSo)
{
    deliver(202505, 202505, {ann}, [&](CclfTestDelivery& d) { stay(d, 1, ann, 20250505, 20250508); });
    EXPECT_EQ(query("SELECT count(*) FROM measure_result"), 0);
    ASSERT_FALSE(m_result.measures.notes.empty());
    EXPECT_NE(m_result.measures.notes.back().indexOf(QLatin1String("No Part B")), -1);
    // The expenditure is still the ACO's: one member-month, $10,000.
    EXPECT_EQ(query("SELECT expenditure_cents FROM expenditure WHERE period = 202505"), 1'000'000);
}

TEST_F(ClaimsMeasures, AReadmissionOnDay30CountsAndOnDay31DoesNot)
{
    deliver(202503, 202504, {ann, bob}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250301);
        visit(d, 2, bob, m_pcpA, 20250301);
        // Discharged home 1 March; back on 31 March (day 30) and on 1 April (day 31).
        stay(d, 3, ann, 20250226, 20250301);
        stay(d, 4, ann, 20250331, 20250403);
        stay(d, 5, bob, 20250226, 20250301);
        stay(d, 6, bob, 20250401, 20250403);
    });
    // March's index discharges: Ann's and Bob's of 1 March; Ann's readmitted.
    EXPECT_EQ(result("READM", 202503), "1/2");
    // April's: both second stays (3 April), not readmitted.
    EXPECT_EQ(result("READM", 202504), "0/2");
}

TEST_F(ClaimsMeasures, APlannedFirstReadmissionMeansNotReadmitted)
{
    deliver(202506, 202506, {ann, bob}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250601);
        visit(d, 2, bob, m_pcpA, 20250601);
        // Ann: discharged 2 June; chemotherapy admission (Z51.11) on 12 June, planned; an unplanned
        // admission on 22 June follows, but only the first readmission is judged.
        stay(d, 3, ann, 20250601, 20250602);
        stay(d, 4, ann, 20250612, 20250613, "01", hospital, 500'000, "Z5111");
        stay(d, 5, ann, 20250622, 20250625);
        // Bob: an elective knee replacement (potentially planned, admission type 3) on day 10.
        stay(d, 6, bob, 20250601, 20250602);
        stay(d, 7, bob, 20250612, 20250615, "01", hospital, 1'500'000, "M1711", "3");
        d.addProcedure(7, 1, "0SRC0J9", 20250612);
    });
    // Index discharges in June: Ann 2, 13 and 25 June; Bob 2 and 15 June. Readmitted: Ann's 13
    // June (22 June is unplanned, day 9); Ann's 2 June and Bob's 2 June are followed by planned ones.
    EXPECT_EQ(result("READM", 202506), "1/5");
}

TEST_F(ClaimsMeasures, FollowUpOnDay7CountsAndOnDay8DoesNot)
{
    deliver(202503, 202503, {ann, bob, cyd}, [&](CclfTestDelivery& d) {
        for (const char* mbi : {ann, bob, cyd})
            visit(d, 100 + mbi[0], mbi, m_pcpA, 20250201);
        // Follow-up by the cardiologist: a visit, but not primary care that would move attribution.
        stay(d, 1, ann, 20250228, 20250301);
        visit(d, 2, ann, m_cardiologist, 20250308); // day 7
        stay(d, 3, bob, 20250228, 20250301);
        visit(d, 4, bob, m_cardiologist, 20250309); // day 8
        // Cyd goes to a nursing facility (03): not eligible for follow-up, still an index discharge.
        stay(d, 5, cyd, 20250228, 20250301, "03");
        visit(d, 6, cyd, m_cardiologist, 20250302);
    });
    EXPECT_EQ(result("FU7", 202503), "1/2");
    EXPECT_EQ(result("READM", 202503), "0/3");
}

TEST_F(ClaimsMeasures, ACancelledClaimCountsForNothing)
{
    deliver(202504, 202504, {ann}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250402);
        // An admission billed and cancelled (same natural key): no admission, spending nets to 0.
        d.addPartA({.id = 2, .mbi = ann, .ccn = hospital, .from = 20250410, .thru = 20250412,
                    .paidCents = 700'000, .effective = 20250420});
        d.addPartA({.id = 3, .mbi = ann, .ccn = hospital, .from = 20250410, .thru = 20250412,
                    .paidCents = 700'000, .adjustment = 1, .effective = 20250425});
    });
    EXPECT_EQ(result("ADM", 202504), "0/1");
    // Only the visit's $100 remains.
    EXPECT_EQ(result("TCOC", 202504), "10000/1");
}

TEST_F(ClaimsMeasures, AnMbiChangeMidYearIsOneBeneficiary)
{
    // January-May under Ann's first MBI; from June under the new one, with the link.
    std::vector<QString> paths;
    for (int month = 202501; month <= 202506; month = claimdates::addMonths(month, 1)) {
        CclfTestDelivery d(claimdates::addMonths(month, 1) * 100 + 15);
        const bool changed = month >= 202506;
        d.addBeneficiary(changed ? annNew : ann, "Ann", "Doe", 19500101, '2');
        if (changed)
            d.addXref(ann, annNew, 20250601);
        if (month == 202501)
            visit(d, 1, ann, m_pcpA, 20250115);
        if (month == 202503)
            stay(d, 2, ann, 20250310, 20250314);
        if (month == 202506)
            visit(d, 3, annNew, m_pcpB, 20250605); // Baker, once: Adams still leads ($125 each, Baker later)
        const QString folder = m_folder.path(QStringLiteral("m%1").arg(month));
        QDir().mkpath(folder);
        paths.push_back(d.write(folder, false));
    }
    {
        Store store = Store::open(m_path);
        const CclfLoadResult result = loadCclf(store.db(), paths, false);
        ASSERT_TRUE(result.ok());
    }
    // One roster row, under the new MBI, a member six months.
    EXPECT_EQ(query("SELECT count(*) FROM beneficiary"), 1);
    EXPECT_EQ(query("SELECT count(*) FROM attribution"), 6);
    // June: $125 each, Baker's later: Baker. January-May: Adams.
    EXPECT_EQ(result("TCOC", 202506, 2), "10000/1");
    EXPECT_EQ(query("SELECT sum(denominator) FROM measure_result WHERE provider_id = 1 AND measure_id = "
                    "(SELECT id FROM measure WHERE code = 'TCOC')"),
              5);
    EXPECT_EQ(result("ADM", 202503), "1/1");
}

TEST_F(ClaimsMeasures, ALaterDeliveryChangesClaimsLoadedBeforeAndOnlyTheirBeneficiaryIsReadAgain)
{
    // The first load: January and February. Ann: Adams on 10 January, Baker on 5 February ($125
    // allowed each). Bob: Baker on 11 January, Adams on 12 January, a stay 20-22 January.
    deliver(202501, 202502, {ann, bob}, [&](CclfTestDelivery& d) {
        visit(d, 1, ann, m_pcpA, 20250110);
        visit(d, 2, ann, m_pcpB, 20250205);
        visit(d, 6, bob, m_pcpB, 20250111);
        visit(d, 4, bob, m_pcpA, 20250112);
        stay(d, 10, bob, 20250120, 20250122);
    });
    EXPECT_TRUE(m_result.measures.reading.everyClaimRead); // nothing kept yet
    // January: Ann has Adams alone; Bob a tie, to the latest: Adams. Both eligible for colorectal
    // screening (75 years old), neither screened.
    EXPECT_EQ(result("CRC", 202501, 1), "0/2");
    // February: Ann's tie goes to Baker, the latest.
    EXPECT_EQ(result("TCOC", 202502, 2), "10000/1");
    EXPECT_EQ(test::compareKeptFacts(Store::openReadOnly(m_path).db()).differ, 0u);

    // The second load, March: Ann's February line comes again with Adams as its NPI (the same
    // key, other content); Bob's visit to Adams is cancelled (the same control number and line,
    // adjustment 1); Bob's stay, loaded before, gets a colorectal cancer diagnosis.
    deliver(202503, 202503, {ann, bob}, [&](CclfTestDelivery& d) {
        visit(d, 2, ann, m_pcpA, 20250205);
        d.addPartB({.claimId = 5, .mbi = bob, .control = "V4", .paidCents = 10000, .adjustment = 1,
                    .from = 20250112, .thru = 20250112, .hcpcs = "99213", .npi = m_pcpA});
        d.addDiagnosis(10, 2, "C180");
    });
    // Only Ann, whose record was replaced, is read again; Bob's facts lose the cancelled visit
    // and gain the diagnosis where they are kept.
    EXPECT_FALSE(m_result.measures.reading.everyClaimRead);
    EXPECT_EQ(m_result.measures.reading.beneficiariesReadAgain, 1);
    EXPECT_EQ(query("SELECT sum(replaced) FROM cclf_delivery_file"), 1);
    EXPECT_EQ(query("SELECT count(*) FROM claim_b_line WHERE rendering_npi = '" + m_pcpA + "' AND thru_date = 20250205"), 1);
    EXPECT_EQ(test::compareKeptFacts(Store::openReadOnly(m_path).db()).differ, 0u);
    // Ann: Adams twice, every month. Bob: Baker alone now, and excluded from colorectal screening
    // from 22 January (a diagnosis on or before the month's end).
    EXPECT_EQ(result("CRC", 202501, 1), "0/1");
    EXPECT_EQ(result("CRC", 202503, 1), "0/1");
    EXPECT_EQ(result("CRC", 202501, 2), "-");
    // Ann's February: $100, now Adams's; Bob's January: $100 + $100 - $100 + $10,000, Baker's.
    EXPECT_EQ(result("TCOC", 202502, 1), "10000/1");
    EXPECT_EQ(result("TCOC", 202502, 2), "0/1");
    EXPECT_EQ(result("TCOC", 202501, 2), "1010000/1");
    EXPECT_EQ(result("ADM", 202501, 2), "1/1");
}

TEST_F(ClaimsMeasures, EveryClaimIsReadAgainWhenTheFactsKeptCannotServe)
{
    deliver(202501, 202501, {ann}, [&](CclfTestDelivery& d) { visit(d, 1, ann, m_pcpA, 20250110); });
    deliver(202502, 202502, {ann}, [&](CclfTestDelivery& d) { visit(d, 2, ann, m_pcpA, 20250205); });
    EXPECT_FALSE(m_result.measures.reading.everyClaimRead);
    EXPECT_EQ(m_result.measures.reading.beneficiariesReadAgain, 0);

    // Damaged facts: read again from the claims, and the results are as they should be. Cyd,
    // not yet a member, sees Dr. Evans on 5 March; Evans is not on the roster.
    const std::string evans = npiFrom("323456789");
    {
        Store store = Store::open(m_path);
        store.db().exec("UPDATE claims_facts SET facts = x'05'");
    }
    deliver(202503, 202503, {ann}, [&](CclfTestDelivery& d) {
        visit(d, 3, ann, m_pcpA, 20250305);
        visit(d, 5, cyd, evans, 20250305);
    });
    EXPECT_TRUE(m_result.measures.reading.everyClaimRead);
    EXPECT_EQ(result("TCOC", 202503), "10000/1");
    EXPECT_EQ(test::compareKeptFacts(Store::openReadOnly(m_path).db()).differ, 0u);

    // Evans joins the roster as a primary care provider: the services by his NPI loaded before
    // count now, so every claim is read again. Cyd, a member from April, is attributed to Evans
    // by the March visit (spending $0 in April).
    {
        Store store = Store::open(m_path);
        store.db().exec("INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, "
                        "practice_id, active_from) VALUES (4, '" + evans + "', 'Evans', 'X', 'Family Medicine', "
                        "'primary_care', 'employed', 1, '2020-01-01')");
    }
    deliver(202504, 202504, {ann, cyd}, {});
    EXPECT_TRUE(m_result.measures.reading.everyClaimRead);
    EXPECT_EQ(result("TCOC", 202504, 4), "0/1");
    deliver(202505, 202505, {ann, cyd}, {});
    EXPECT_FALSE(m_result.measures.reading.everyClaimRead);
    EXPECT_EQ(result("TCOC", 202505, 4), "0/1");
    EXPECT_EQ(test::compareKeptFacts(Store::openReadOnly(m_path).db()).differ, 0u);
}

// The roster decides whom the claims attribute members to: importing providers into a file with
// claims computes its claims-based numbers again at once, not at the next CCLF load.
TEST_F(ClaimsMeasures, ImportingProvidersComputesTheClaimsResultsAgain)
{
    // Ann, a member in January and February, sees Dr. Evans on 10 January ($100 paid). Evans is
    // not on the roster: no one to attribute her to.
    const std::string evans = npiFrom("198765432");
    deliver(202501, 202502, {ann}, [&](CclfTestDelivery& d) { visit(d, 1, ann, evans, 20250110); });
    EXPECT_EQ(query("SELECT count(*) FROM attribution"), 0);
    const auto importProviders = [&](const std::string& firstName) {
        const std::string csv = "npi,last_name,first_name,specialty,kind,employment,practice_code,active_from\n" +
                                evans + ",Evans," + firstName + ",Family Medicine,primary_care,employed,P1,2020-01-01\n";
        Store store = Store::open(m_path);
        return importCsv(store.db(), ImportKind::Providers, csv, QStringLiteral("providers.csv"), false);
    };

    // Evans joins the roster as primary care by an import: Ann is his in both months, $100 of
    // spending in January and none in February.
    ImportReport report = importProviders("Eve");
    ASSERT_TRUE(report.ok()) << report.problems.front().reason.toStdString();
    EXPECT_TRUE(report.claimsResultsComputed);
    const std::int64_t id = query("SELECT id FROM provider WHERE npi = '" + evans + "'");
    EXPECT_EQ(query("SELECT count(*) FROM attribution WHERE provider_id = " + std::to_string(id)), 2);
    EXPECT_EQ(result("TCOC", 202501, static_cast<int>(id)), "10000/1");
    EXPECT_EQ(result("TCOC", 202502, static_cast<int>(id)), "0/1");
    EXPECT_EQ(test::compareKeptFacts(Store::openReadOnly(m_path).db()).differ, 0u);

    // Another first name leaves the primary care providers as they were: the facts kept serve,
    // and the results stay.
    report = importProviders("Evelyn");
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report.claimsResultsComputed);
    EXPECT_EQ(query("SELECT count(*) FROM attribution WHERE provider_id = " + std::to_string(id)), 2);
    EXPECT_EQ(result("TCOC", 202501, static_cast<int>(id)), "10000/1");
}

// Computing the measures again says how far it has come, and a cancel while it runs leaves the
// file as it was: in an import (the rows half the bar, the claims the other half) and in a load
// (the records 70%, the measures up to 99%).
TEST_F(ClaimsMeasures, ComputingTheMeasuresAgainShowsItsProgressAndCanBeCancelled)
{
    const std::string evans = npiFrom("198765432");
    deliver(202501, 202502, {ann}, [&](CclfTestDelivery& d) { visit(d, 1, ann, evans, 20250110); });
    const std::string csv = "npi,last_name,first_name,specialty,kind,employment,practice_code,active_from\n" +
                            evans + ",Evans,Eve,Family Medicine,primary_care,employed,P1,2020-01-01\n";
    const QString measuring = QStringLiteral("Computing the claims-based measures again");
    std::vector<std::pair<int, QString>> said;
    {
        Store store = Store::open(m_path);
        EXPECT_THROW(importCsv(store.db(), ImportKind::Providers, csv, QStringLiteral("providers.csv"), false,
                               [&](int percent, const QString& step) {
                                   said.emplace_back(percent, step);
                                   return !(step == measuring && percent > 50);
                               }),
                     Error);
    }
    ASSERT_FALSE(said.empty());
    EXPECT_EQ(said.back().second, measuring);
    EXPECT_GT(said.back().first, 50);
    EXPECT_LT(said.back().first, 100);
    EXPECT_EQ(query("SELECT count(*) FROM provider WHERE npi = '" + evans + "'"), 0);
    EXPECT_EQ(query("SELECT count(*) FROM attribution"), 0);

    said.clear();
    {
        Store store = Store::open(m_path);
        const ImportReport report =
            importCsv(store.db(), ImportKind::Providers, csv, QStringLiteral("providers.csv"), false,
                      [&](int percent, const QString& step) {
                          said.emplace_back(percent, step);
                          return true;
                      });
        ASSERT_TRUE(report.claimsResultsComputed);
    }
    EXPECT_TRUE(std::is_sorted(said.begin(), said.end(),
                               [](const auto& a, const auto& b) { return a.first < b.first; }));
    EXPECT_GE(std::count_if(said.begin(), said.end(),
                            [&](const auto& s) { return s.second == measuring && s.first > 50 && s.first < 100; }),
              3); // between the steps of the reading and the outcomes
    EXPECT_EQ(said.back(), std::pair(100, measuring));
    EXPECT_EQ(query("SELECT count(*) FROM attribution"), 2);

    // A load cancelled while it computes the measures: nothing of March is kept.
    CclfTestDelivery march(20250415);
    march.addBeneficiary(ann, "Pat", "Doe", 19500101, '1');
    const QString folder = m_folder.path(QStringLiteral("march"));
    QDir().mkpath(folder);
    const QString path = march.write(folder, false);
    said.clear();
    {
        Store store = Store::open(m_path);
        EXPECT_THROW(loadCclf(store.db(), {path}, false,
                              [&](int percent, const QString& what) {
                                  said.emplace_back(percent, what);
                                  return !(what == QStringLiteral("Computing the measures from the claims") && percent > 70);
                              }),
                     Error);
    }
    ASSERT_FALSE(said.empty());
    EXPECT_GT(said.back().first, 70);
    EXPECT_LT(said.back().first, 99);
    EXPECT_EQ(query("SELECT count(*) FROM cclf_delivery"), 2);
    EXPECT_EQ(query("SELECT count(*) FROM attribution"), 2);
}

TEST_F(ClaimsMeasures, ScreeningsAndWellnessVisitsCountInTheirLookbacks)
{
    // Pam (born 1960-03-01): 64 in 2025, in the breast (52-74) and colorectal (46-75) ages.
    deliver(202501, 202512, {}, [&](CclfTestDelivery& d) {
        visit(d, 1, cyd, m_pcpA, 20250115);
        visit(d, 2, cyd, m_pcpA, 20250210, "G0439"); // a wellness visit on 10 February 2025
        visit(d, 3, cyd, m_pcpA, 20251003, "90662"); // a flu shot on 3 October 2025
        visit(d, 4, cyd, m_pcpA, 20250315, "77067"); // a mammogram
        visit(d, 5, cyd, m_pcpA, 20250401, "82270"); // a stool test: lasts 12 months
    }, {cyd});
    EXPECT_EQ(result("AWV", 202501), "0/1");
    EXPECT_EQ(result("AWV", 202502), "1/1");
    EXPECT_EQ(result("AWV", 202512), "1/1");
    // The 2024-25 season (August 2024 - March 2025) has no shot; the 2025-26 season from October.
    EXPECT_EQ(result("FLU", 202503), "0/1");
    EXPECT_EQ(result("FLU", 202509), "0/1");
    EXPECT_EQ(result("FLU", 202510), "1/1");
    EXPECT_EQ(result("BCS", 202502), "0/1");
    EXPECT_EQ(result("BCS", 202503), "1/1");
    EXPECT_EQ(result("CRC", 202503), "0/1");
    EXPECT_EQ(result("CRC", 202504), "1/1");
    // Visits in the last 12 months: none is missing.
    EXPECT_EQ(result("NOVISIT", 202506), "0/1");
    // December's open gaps: none for AWV (met), none for the screenings; FLU met.
    EXPECT_EQ(query("SELECT count(*) FROM care_gap WHERE source = 'claims'"), 0);
}

TEST_F(ClaimsMeasures, ExclusionsAndGapsWithTheirDueDates)
{
    deliver(202506, 202506, {}, [&](CclfTestDelivery& d) {
        // Pam: a bilateral mastectomy history (Z90.13) on a visit: out of BCS. No wellness visit,
        // no colorectal test: AWV and CRC gaps, due now (1 June 2025) ... AWV since her first month.
        d.addPartB({.claimId = 1, .mbi = cyd, .control = "C1", .paidCents = 10000, .from = 20250605,
                    .thru = 20250605, .hcpcs = "99213", .npi = m_pcpA, .diagnoses = {"Z9013"}});
    }, {cyd});
    EXPECT_EQ(result("BCS", 202506), "-");
    EXPECT_EQ(result("CRC", 202506), "0/1");
    EXPECT_EQ(query("SELECT count(*) FROM care_gap WHERE source = 'claims'"), 2);
    EXPECT_EQ(query("SELECT count(*) FROM care_gap g JOIN measure m ON m.id = g.measure_id WHERE m.code = 'CRC' "
                    "AND g.due_date = '2025-06-01'"),
              1);
}

} // namespace
} // namespace aco
