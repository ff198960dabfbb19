// CMS-HCC scores from the claims: which claims supply diagnoses, the segment from CCLF8, MBI
// changes, and the scores stored per beneficiary and payment year. Expected scores are worked
// by hand from CMS's V28 tables (resources/risk/v28-2026/V28_CE_Relative_Factors.csv, community
// columns; V28_NE_Relative_Factors.csv), normalized by 1.067 and rounded to three decimals.
#include "error.h"
#include "export/exportkinds.h"
#include "export/tablewriter.h"
#include "risk/riskclaims.h"
#include "risk/riskscoring.h"
#include "riskfixture.h"

namespace aco {
namespace {

using test::addPartA;
using test::CclfTestDelivery;

constexpr const char* janeMbi = "1AC2DE3FG01";
constexpr const char* bobMbi = "1AC2DE3FG02";
constexpr const char* annMbi = "1AC2DE3FG03";
constexpr const char* newMbi = "1AC2DE3FG04";

using RiskFromClaims = test::RiskFileTest;

// A Part B physician line of 2025 with one diagnosis.
CclfTestDelivery::Line line(std::int64_t claim, const char* mbi, const char* hcpcs,
                            const char* diagnosis, int date = 20250715)
{
    return test::visit(claim, mbi, hcpcs, diagnosis, date);
}

TEST_F(RiskFromClaims, OnlyTheClaimsCmsAcceptsSupplyDiagnoses)
{
    CclfTestDelivery d(20260115);
    d.addBeneficiary({.mbi = janeMbi, .birthDate = 19500101, .partBStart = 20150101});
    // Outpatient, a revenue line with an office visit (99213, listed): E11.22 gives HCC37.
    addPartA(d, 1001, janeMbi, 40, "131", "E1122", 20250310);
    d.addRevenueLine(1001, 1, "0510", "99213", 5000);
    // Outpatient with a venipuncture only (36415, not listed): I50.9 (HCC226) does not count.
    addPartA(d, 1002, janeMbi, 40, "131", "I509", 20250412);
    d.addRevenueLine(1002, 1, "0300", "36415", 1000);
    // Inpatient (type 60, bill 111) counts whole, without a listed code: J44.9 gives HCC280.
    addPartA(d, 1003, janeMbi, 60, "111", "J449", 20250520);
    // A skilled nursing facility claim (type 20) never counts: N18.5 (HCC326).
    addPartA(d, 1004, janeMbi, 20, "211", "N185", 20250601);
    // A physician line cancelled by a later claim: I48.0 (HCC238) does not count.
    d.addPartB(line(2001, janeMbi, "99214", "I480"));
    auto cancellation = line(2002, janeMbi, "99214", "I480");
    cancellation.control = "C2001";
    cancellation.adjustment = 1;
    cancellation.effective = 20250901;
    d.addPartB(cancellation);
    // A DMEPOS line on CCLF5 (claim type 72) never counts, even with a listed code: E66.01 (HCC48).
    auto dme = line(2003, janeMbi, "99213", "E6601");
    dme.claimType = 72;
    d.addPartB(dme);
    // A laboratory panel (80053) is not on CMS's list: N18.5 does not count.
    d.addPartB(line(2004, janeMbi, "80053", "N185"));
    // A visit of December 2024 counts for payment year 2025, not 2026: C34.90 (HCC20).
    d.addPartB(line(2005, janeMbi, "99213", "C3490", 20241231));
    const CclfLoadResult result = load(d);

    // The load scored the payment years after the claims' years, 2025 and 2026.
    const auto score2026 = score(janeMbi, 2026);
    ASSERT_TRUE(score2026.has_value());
    EXPECT_EQ(hccListText(score2026->hccs), QStringLiteral("HCC37 HCC280"));
    EXPECT_EQ(score2026->segment, RiskSegment::CommunityNonDualAged);
    // Female, 76 on 2026-02-01: F75_79 0.465 + HCC37 0.166 + HCC280 0.319 = 0.950 (D2 is 0, no
    // interaction); 0.950 / 1.067 = 0.8903 -> 0.890.
    EXPECT_NEAR(score2026->raw, 0.950, 1e-9);
    EXPECT_DOUBLE_EQ(score2026->normalized, 0.890);
    EXPECT_EQ(score2026->modelYear, 2026);

    // 2025 from the December 2024 visit, with the 2026 tables: 75 on 2025-02-01, F75_79 0.465 +
    // HCC20 1.136 = 1.601; / 1.067 = 1.50047 -> 1.500.
    const auto score2025 = score(janeMbi, 2025);
    ASSERT_TRUE(score2025.has_value());
    EXPECT_EQ(hccListText(score2025->hccs), QStringLiteral("HCC20"));
    EXPECT_NEAR(score2025->raw, 1.601, 1e-9);
    EXPECT_DOUBLE_EQ(score2025->normalized, 1.500);
    EXPECT_EQ(score2025->modelYear, 2026);
    bool said = false;
    for (const QString& note : result.notes)
        said = said || note.contains(QStringLiteral("payment years 2025, 2026"));
    EXPECT_TRUE(said) << result.notes.size();
}

// Three beneficiaries, one per dual status.
void addDualStatuses(CclfTestDelivery& d)
{
    // Full-benefit dual (02), disabled (Medicare status 20, OREC 1), 55 on 2026-02-01, heart
    // failure from a visit: COMMUNITY_FBD, M55_59 0.410 + HCC226 0.537 = 0.947; / 1.067 = 0.8875
    // -> 0.888.
    d.addBeneficiary({.mbi = bobMbi,
                      .first = "Bob",
                      .birthDate = 19700601,
                      .sex = '1',
                      .medicareStatus = "20",
                      .dualStatus = "02",
                      .partBStart = 20100101});
    d.addPartB(line(3001, bobMbi, "99214", "I509"));
    // Partial-benefit dual (03, SLMB only), 70 on 2026-02-01, no diagnosis: COMMUNITY_PBA,
    // F70_74 0.423; / 1.067 = 0.3964 -> 0.396.
    d.addBeneficiary({.mbi = annMbi,
                      .first = "Ann",
                      .birthDate = 19550701,
                      .dualStatus = "03",
                      .partBStart = 20200701});
    // Non-dual (NA), no diagnosis: COMMUNITY_NA, F75_79 0.465; / 1.067 = 0.4358 -> 0.436.
    d.addBeneficiary(
        {.mbi = janeMbi, .birthDate = 19500101, .dualStatus = "NA", .partBStart = 20150101});
}

TEST_F(RiskFromClaims, TheSegmentFollowsAgeAndDualStatus)
{
    CclfTestDelivery d(20260115);
    addDualStatuses(d);
    load(d);

    const auto bob = score(bobMbi, 2026);
    ASSERT_TRUE(bob.has_value());
    EXPECT_EQ(bob->segment, RiskSegment::CommunityFullDualDisabled);
    EXPECT_NEAR(bob->raw, 0.947, 1e-9);
    EXPECT_DOUBLE_EQ(bob->normalized, 0.888);
    const auto ann = score(annMbi, 2026);
    ASSERT_TRUE(ann.has_value());
    EXPECT_EQ(ann->segment, RiskSegment::CommunityPartialDualAged);
    EXPECT_NEAR(ann->raw, 0.423, 1e-9);
    EXPECT_DOUBLE_EQ(ann->normalized, 0.396);
    const auto jane = score(janeMbi, 2026);
    ASSERT_TRUE(jane.has_value());
    EXPECT_EQ(jane->segment, RiskSegment::CommunityNonDualAged);
    EXPECT_DOUBLE_EQ(jane->normalized, 0.436);
}

TEST_F(RiskFromClaims, TheExportHasOneRowPerBeneficiaryAndYear)
{
    CclfTestDelivery d(20260115);
    addDualStatuses(d);
    load(d);

    // The scores of the test above; the columns are fixed for other programs to read.
    const Store store = Store::openReadOnly(m_path);
    ExportOptions options;
    const QString path = m_folder.path(QStringLiteral("risk.csv"));
    writeTable(buildExport(store.db(), QStringLiteral("risk-scores"), options), path, true);
    EXPECT_EQ(test::readText(path),
              QStringLiteral("mbi,payment_year,segment,raw_score,normalized_score,hccs\r\n"
                             "1AC2DE3FG01,2026,COMMUNITY_NA,0.465,0.436,\r\n"
                             "1AC2DE3FG02,2026,COMMUNITY_FBD,0.947,0.888,HCC226\r\n"
                             "1AC2DE3FG03,2026,COMMUNITY_PBA,0.423,0.396,\r\n"));
    options.maskPhi = true;
    const Table masked = buildExport(store.db(), QStringLiteral("risk-scores"), options);
    ASSERT_EQ(masked.rows.size(), 3u);
    EXPECT_EQ(masked.rows[1][0].toString(), QStringLiteral("*******FG02"));
    EXPECT_TRUE(masked.hasPatientColumns());
}

TEST_F(RiskFromClaims, ANewEnrolleeIsScoredOnDemographicsAlone)
{
    CclfTestDelivery d(20260115);
    // Part B from 2025-03-01: ten months of 2025, fewer than twelve. Female, 75 on 2026-02-01,
    // non-dual, OREC 0: NMCAID_NORIGDIS_NEF75_79, NE 0.901; / 1.067 = 0.8444 -> 0.844. Her heart
    // failure does not count in the new-enrollee model.
    d.addBeneficiary({.mbi = janeMbi, .birthDate = 19510110, .partBStart = 20250301});
    d.addPartB(line(4001, janeMbi, "99214", "I509"));
    // Part B from January 1, 2025: twelve months, a continuing enrollee (F75_79 0.465 + 0.360).
    d.addBeneficiary({.mbi = annMbi, .birthDate = 19510110, .partBStart = 20250101});
    d.addPartB(line(4002, annMbi, "99214", "I509"));
    load(d);

    const auto jane = score(janeMbi, 2026);
    ASSERT_TRUE(jane.has_value());
    EXPECT_EQ(jane->segment, RiskSegment::NewEnrollee);
    EXPECT_NEAR(jane->raw, 0.901, 1e-9);
    EXPECT_DOUBLE_EQ(jane->normalized, 0.844);
    EXPECT_TRUE(jane->hccs.empty());
    const auto ann = score(annMbi, 2026);
    ASSERT_TRUE(ann.has_value());
    EXPECT_EQ(ann->segment, RiskSegment::CommunityNonDualAged);
    EXPECT_NEAR(ann->raw, 0.825, 1e-9);
}

TEST_F(RiskFromClaims, ABeneficiaryWhoseMbiChangedKeepsOneScore)
{
    // The first delivery knows her under her old MBI: a visit for diabetes with complications.
    CclfTestDelivery first(20251015);
    first.addBeneficiary({.mbi = janeMbi, .birthDate = 19500101, .partBStart = 20150101});
    first.addPartB(line(5001, janeMbi, "99213", "E1122", 20250610));
    load(first);
    ASSERT_TRUE(score(janeMbi, 2026).has_value());

    // The next brings her new MBI, and COPD under it.
    CclfTestDelivery second(20251115);
    second.addXref(janeMbi, newMbi, 20251101);
    second.addBeneficiary({.mbi = newMbi, .birthDate = 19500101, .partBStart = 20150101});
    second.addPartB(line(5002, newMbi, "99214", "J449", 20251105));
    load(second);

    EXPECT_EQ(count("SELECT count(*) FROM risk_score WHERE payment_year = 2026"), 1);
    EXPECT_FALSE(score(janeMbi, 2026).has_value());
    const auto jane = score(newMbi, 2026);
    ASSERT_TRUE(jane.has_value());
    // Both MBIs' diagnoses: 0.465 + 0.166 + 0.319 = 0.950, as above.
    EXPECT_EQ(hccListText(jane->hccs), QStringLiteral("HCC37 HCC280"));
    EXPECT_NEAR(jane->raw, 0.950, 1e-9);
}

// A delivery that brings a few claims of an earlier year (a new member's history) scores that
// year again for their beneficiaries alone, not for the whole roster, once the year has scores.
TEST_F(RiskFromClaims, AFewOldClaimsScoreTheirYearAgainForTheirBeneficiariesAlone)
{
    std::vector<std::string> mbis;
    for (int i = 0; i < 11; ++i)
        mbis.push_back("1AC2DE3FH" + std::string(i < 10 ? "0" : "") + std::to_string(i));
    CclfTestDelivery first(20251015);
    for (int i = 0; i < 11; ++i) {
        first.addBeneficiary({.mbi = mbis[size_t(i)], .birthDate = 19500101, .partBStart = 20150101});
        first.addPartB(line(8000 + i, mbis[size_t(i)].c_str(), "99213", "E1122", 20230610));
    }
    load(first);
    EXPECT_EQ(count("SELECT count(*) FROM risk_score WHERE payment_year = 2024"), 11);

    // One beneficiary's COPD of 2023 (J44.9, HCC280) arrives later.
    CclfTestDelivery second(20251115);
    for (int i = 0; i < 11; ++i)
        second.addBeneficiary({.mbi = mbis[size_t(i)], .birthDate = 19500101, .partBStart = 20150101});
    second.addPartB(line(8100, mbis[0].c_str(), "99214", "J449", 20230801));
    // And a visit of 2021: payment year 2022 has no scores yet, so it is scored for everyone.
    second.addPartB(line(8101, mbis[0].c_str(), "99214", "J449", 20210801));
    const CclfLoadResult result = load(second);
    EXPECT_EQ(count("SELECT count(*) FROM risk_score WHERE payment_year = 2022"), 11);
    EXPECT_TRUE(std::any_of(result.notes.begin(), result.notes.end(), [](const QString& note) {
        return note == QStringLiteral("CMS-HCC risk scores computed again for payment year 2022 (11 "
                                      "beneficiaries) and for payment year 2024, only of the "
                                      "beneficiaries whose claims changed (at most 1), from the claims of "
                                      "the year before.");
    })) << QStringList(result.notes.begin(), result.notes.end()).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(count("SELECT count(*) FROM risk_score WHERE payment_year = 2024"), 11);
    const auto changed = score(mbis[0].c_str(), 2024);
    const auto unchanged = score(mbis[1].c_str(), 2024);
    ASSERT_TRUE(changed && unchanged);
    EXPECT_EQ(hccListText(changed->hccs), QStringLiteral("HCC37 HCC280"));
    EXPECT_EQ(hccListText(unchanged->hccs), QStringLiteral("HCC37"));
    // HCC280 adds its 0.319; a second payment HCC (D2) adds 0, as above.
    EXPECT_NEAR(changed->raw - unchanged->raw, 0.319, 1e-9);
}

TEST_F(RiskFromClaims, WithoutABirthDateOrSexOrAfterDeathThereIsNoScore)
{
    CclfTestDelivery d(20260115);
    d.addBeneficiary({.mbi = janeMbi, .birthDate = 19500101, .sex = '0'}); // sex unknown
    d.addBeneficiary({.mbi = annMbi, .birthDate = 19500101, .deathDate = 20251201});
    d.addBeneficiary({.mbi = bobMbi, .birthDate = 19500101, .deathDate = 20260115});
    d.addPartB(line(6001, annMbi, "99213", "E1122"));
    load(d);
    {
        Store store = Store::open(m_path);
        const RiskScoringResult result = scoreRiskYears(store.db(), {2026});
        ASSERT_EQ(result.years.size(), 1u);
        EXPECT_EQ(result.years[0].scored, 1);              // Bob, who died in 2026
        EXPECT_EQ(result.years[0].withoutDemographics, 1); // Jane
        EXPECT_EQ(result.years[0].deceased, 1);            // Ann, who died in 2025
    }
    EXPECT_FALSE(score(janeMbi, 2026).has_value());
    EXPECT_FALSE(score(annMbi, 2026).has_value());
    EXPECT_TRUE(score(bobMbi, 2026).has_value());
}

TEST_F(RiskFromClaims, CancellingWhileScoringLeavesTheFileAsItWas)
{
    CclfTestDelivery d(20260115);
    d.addBeneficiary({.mbi = janeMbi, .birthDate = 19500101, .partBStart = 20150101});
    d.addPartB(line(7001, janeMbi, "99213", "E1122"));
    const QString folder = m_folder.path(QStringLiteral("cancel"));
    QDir().mkpath(folder);
    const QString path = d.write(folder, true);
    QString said;
    {
        Store store = Store::open(m_path);
        EXPECT_THROW(loadCclf(store.db(), {path}, false,
                              [&](int, const QString& what) {
                                  said = what;
                                  return !what.startsWith(QStringLiteral("Computing the CMS-HCC"));
                              }),
                     Error);
    }
    EXPECT_EQ(said, QStringLiteral("Computing the CMS-HCC risk scores")); // before the years are found
    EXPECT_EQ(count("SELECT count(*) FROM claim_b_line"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM risk_score"), 0);
}

TEST(RiskClaimRules, BillTypes)
{
    EXPECT_TRUE(aco::RiskClaims::isInpatientSource(60, "111"));
    EXPECT_TRUE(aco::RiskClaims::isInpatientSource(60, "417"));
    EXPECT_FALSE(aco::RiskClaims::isInpatientSource(60, "181")); // swing bed
    EXPECT_FALSE(aco::RiskClaims::isInpatientSource(20, "111"));
    for (const char* bill : {"121", "131", "137", "431", "711", "731", "761", "771", "851"})
        EXPECT_TRUE(aco::RiskClaims::isOutpatientSource(40, bill)) << bill;
    for (const char* bill : {"141", "831", "221", "341"})
        EXPECT_FALSE(aco::RiskClaims::isOutpatientSource(40, bill)) << bill;
    EXPECT_FALSE(aco::RiskClaims::isOutpatientSource(60, "131"));
}

} // namespace
} // namespace aco
