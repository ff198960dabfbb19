// The CMS-HCC V28 model for payment year 2026, built into the program: CMS's two published
// results, and one beneficiary per rule with the expected scores worked out by hand from the
// factors in CMS's tables (resources/risk/v28-2026/V28_CE_Relative_Factors.csv and
// V28_NE_Relative_Factors.csv), each term named in the comment. Ages are on 2026-02-01.
#include "error.h"
#include "risk/riskmodel.h"

#include <QStringList>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>
#include <vector>

using namespace aco;

namespace {

const RiskModel& v28()
{
    return RiskModel::builtIn(2026);
}

RiskBeneficiary person(const char* birthDate, RiskSex sex, int orec, bool ltiMedicaid = false,
                       bool newEnrolleeMedicaid = false)
{
    RiskBeneficiary beneficiary;
    beneficiary.birthDate = QDate::fromString(QLatin1String(birthDate), Qt::ISODate);
    beneficiary.sex = sex;
    beneficiary.orec = orec;
    beneficiary.ltiMedicaid = ltiMedicaid;
    beneficiary.newEnrolleeMedicaid = newEnrolleeMedicaid;
    return beneficiary;
}

RiskScore score(const RiskBeneficiary& beneficiary, std::initializer_list<std::string_view> codes)
{
    const std::vector<std::string_view> list(codes);
    return v28().score(beneficiary, list);
}

// A raw score to three decimals, as CMS's software prints it.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

double segment(const RiskScore& result, const char* name)
{
    const qsizetype index = v28().continuingSegments().indexOf(QLatin1String(name));
    EXPECT_GE(index, 0) << name;
    return rounded(result.continuing[size_t(std::max<qsizetype>(index, 0))]);
}

double newEnrollee(const RiskScore& result)
{
    EXPECT_EQ(v28().newEnrolleeSegments().value(0), QStringLiteral("NE"));
    return rounded(result.newEnrollee[0]);
}

QString hccs(const RiskScore& result)
{
    return v28().hccList(result.hccs);
}

QString interactions(const RiskScore& result)
{
    QStringList names;
    for (qsizetype i = 0; i < v28().interactionNames().size(); ++i) {
        if (result.interactions.test(size_t(i)))
            names << v28().interactionNames()[i];
    }
    return names.join(QLatin1Char(' '));
}

QString count(const RiskScore& result)
{
    return result.countVariable < 0 ? QString() : v28().countNames()[result.countVariable];
}

} // namespace

TEST(RiskModel, BuiltInModelDescribesItself)
{
    EXPECT_EQ(RiskModel::builtInYears(), QList<int>{2026});
    EXPECT_EQ(v28().name(), QStringLiteral("CMS-HCC V28"));
    EXPECT_EQ(v28().ageDate(), QDate(2026, 2, 1));
    EXPECT_EQ(v28().hccCount(), 115);
    EXPECT_EQ(v28().hccName(0), QStringLiteral("HCC1"));
    EXPECT_EQ(v28().hccName(114), QStringLiteral("HCC463"));
    EXPECT_EQ(v28().hccLabel(*v28().hccIndex(37)),
              QStringLiteral("Diabetes with Chronic Complications"));
    EXPECT_FALSE(v28().hccIndex(3).has_value());
    EXPECT_EQ(v28().continuingSegments(),
              QStringList({QStringLiteral("COMMUNITY_NA"), QStringLiteral("COMMUNITY_PBA"),
                           QStringLiteral("COMMUNITY_FBA"), QStringLiteral("COMMUNITY_ND"),
                           QStringLiteral("COMMUNITY_PBD"), QStringLiteral("COMMUNITY_FBD"),
                           QStringLiteral("INSTITUTIONAL")}));
    EXPECT_EQ(v28().newEnrolleeSegments(),
              QStringList({QStringLiteral("NE"), QStringLiteral("NE_SNP")}));
    EXPECT_EQ(v28().interactionNames().size(), 11);
    EXPECT_EQ(v28().countNames().size(), 10);
    // CMS's normalization factor for V28 in 2026: 2.491 / 1.067 = 2.33458... -> 2.335.
    EXPECT_DOUBLE_EQ(v28().normalizationFactor(), 1.067);
    EXPECT_DOUBLE_EQ(v28().normalized(2.491), 2.335);
    EXPECT_THROW(RiskModel::builtIn(2019), Error);
}

TEST(RiskModel, AgeIsTakenOnFebruaryFirstOfThePaymentYear)
{
    EXPECT_EQ(v28().ageOn(QDate(1950, 1, 1)), 76);
    EXPECT_EQ(v28().ageOn(QDate(1961, 2, 1)), 65); // the birthday on the day counts
    EXPECT_EQ(v28().ageOn(QDate(1961, 2, 2)), 64);
    EXPECT_EQ(v28().ageOn(QDate(1960, 2, 29)), 65);
}

// CMS's own software, on the published fixture (the folder's README): female, born 1950-01-01,
// OREC 0, with E1122, I509, N185 and J449.
TEST(RiskModel, MatchesCmsSoftwareOnAnAgedBeneficiaryWithFourConditions)
{
    const RiskScore result =
        score(person("1950-01-01", RiskSex::Female, 0), {"E1122", "I509", "N185", "J449"});
    EXPECT_EQ(result.age, 76);
    EXPECT_EQ(hccs(result), QStringLiteral("HCC37 HCC226 HCC280 HCC326"));
    EXPECT_EQ(interactions(result),
              QStringLiteral("DIABETES_HF_V28 HF_CHR_LUNG_V28 HF_KIDNEY_V28"));
    EXPECT_EQ(result.hccCount, 4);
    EXPECT_EQ(count(result), QStringLiteral("D4"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 2.491);
}

// CMS's own software: male, born 1975-01-01 (51), OREC 1, with C3490.
TEST(RiskModel, MatchesCmsSoftwareOnADisabledBeneficiaryAndItsNewEnrolleeScore)
{
    const RiskScore result = score(person("1975-01-01", RiskSex::Male, 1), {"C3490"});
    EXPECT_EQ(result.age, 51);
    EXPECT_TRUE(result.disabled);
    EXPECT_EQ(hccs(result), QStringLiteral("HCC20"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 1.136);
    EXPECT_DOUBLE_EQ(newEnrollee(result), 0.906);
}

// Female 70 (born 1955-06-15), OREC 0: E1122 gives HCC37, which drops E119's HCC38; N185 gives
// HCC326, which drops N184's HCC327.
// COMMUNITY_NA: F70_74 0.395 + HCC37 0.166 + HCC326 0.815 = 1.376 (D2 is 0).
// INSTITUTIONAL: F70_74 1.119 + HCC37 0.280 + HCC326 0.958 = 2.357.
TEST(RiskModel, HierarchiesDropTheLesserConditions)
{
    const RiskScore result =
        score(person("1955-06-15", RiskSex::Female, 0), {"E119", "E1122", "N184", "N185"});
    EXPECT_EQ(result.age, 70);
    EXPECT_EQ(hccs(result), QStringLiteral("HCC37 HCC326"));
    EXPECT_EQ(count(result), QStringLiteral("D2"));
    EXPECT_EQ(interactions(result), QString());
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 1.376);
    EXPECT_DOUBLE_EQ(segment(result, "INSTITUTIONAL"), 2.357);
}

// Male 75 (born 1950-06-15), OREC 0.
TEST(RiskModel, LungAndRespiratoryFailureInteract)
{
    // J449 HCC280, J9601 HCC213. COMMUNITY_NA: M75_79 0.502 + HCC280 0.319 + HCC213 0.370 +
    // CHR_LUNG_CARD_RESP_FAIL 0.254 = 1.445.
    const RiskScore result = score(person("1950-06-15", RiskSex::Male, 0), {"J449", "J9601"});
    EXPECT_EQ(hccs(result), QStringLiteral("HCC213 HCC280"));
    EXPECT_EQ(interactions(result), QStringLiteral("CHR_LUNG_CARD_RESP_FAIL_V28"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 1.445);
}

TEST(RiskModel, HeartFailureAndArrhythmiaInteract)
{
    // I509 HCC226, I4891 HCC238. COMMUNITY_NA: M75_79 0.502 + HCC226 0.360 + HCC238 0.299 +
    // HF_HCC238 0.077 = 1.238.
    const RiskScore result = score(person("1950-06-15", RiskSex::Male, 0), {"I509", "I4891"});
    EXPECT_EQ(interactions(result), QStringLiteral("HF_HCC238_V28"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 1.238);
}

// Male 45 (born 1980-03-10: his birthday is after February 1), OREC 1: disabled.
// F1020 HCC139 and F200 HCC151: substance use with a psychiatric condition, an interaction of
// the disabled segments only.
// COMMUNITY_ND: M45_54 0.215 + HCC139 0.207 + HCC151 0.380 + gSubUseDisorder_gPsych 0.087 =
// 0.889. COMMUNITY_NA has no cell for 45 nor the interaction: HCC139 0.242 + HCC151 0.511 =
// 0.753.
TEST(RiskModel, SubstanceUseAndPsychiatricConditionsInteractForTheDisabled)
{
    const RiskScore result = score(person("1980-03-10", RiskSex::Male, 1), {"F1020", "F200"});
    EXPECT_EQ(result.age, 45);
    EXPECT_TRUE(result.disabled);
    EXPECT_FALSE(result.originallyDisabled);
    EXPECT_EQ(interactions(result), QStringLiteral("gSubUseDisorder_gPsych_V28"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_ND"), 0.889);
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 0.753);
}

// The same man with five conditions: F1020 HCC139, F200 HCC151, G35 HCC198 (neurological),
// L89154 HCC379 (skin ulcer), C3490 HCC20 (cancer): D5, and in the institutional segment the
// disabled interactions with cancer, neurological conditions and ulcers.
// COMMUNITY_ND: M45_54 0.215 + HCC139 0.207 + HCC151 0.380 + HCC198 0.908 + HCC379 2.140 +
// HCC20 0.978 + D5 0.088 + gSubUseDisorder_gPsych 0.087 = 5.003.
// INSTITUTIONAL: M45_54 0.991 + HCC139 0 + HCC151 0.449 + HCC198 0.226 + HCC379 1.420 + HCC20
// 0.672 + D5 0 + DISABLED_CANCER 0.367 + DISABLED_NEURO 0.154 + DISABLED_ULCER 0.537 = 4.816;
// with LTIMCAID 0.130 more, 4.946.
TEST(RiskModel, FivePaymentHccsAndTheDisabledInstitutionalInteractions)
{
    const auto codes = {"F1020", "F200", "G35", "L89154", "C3490"};
    std::vector<std::string_view> list(codes.begin(), codes.end());
    const RiskScore result = v28().score(person("1980-03-10", RiskSex::Male, 1), list);
    EXPECT_EQ(hccs(result), QStringLiteral("HCC20 HCC139 HCC151 HCC198 HCC379"));
    EXPECT_EQ(count(result), QStringLiteral("D5"));
    EXPECT_EQ(interactions(result), QStringLiteral("gSubUseDisorder_gPsych_V28 DISABLED_CANCER_V28 "
                                                   "DISABLED_NEURO_V28 DISABLED_ULCER_V28"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_ND"), 5.003);
    EXPECT_DOUBLE_EQ(segment(result, "INSTITUTIONAL"), 4.816);
    const RiskScore medicaid = v28().score(person("1980-03-10", RiskSex::Male, 1, true), list);
    EXPECT_DOUBLE_EQ(segment(medicaid, "INSTITUTIONAL"), 4.946);
    EXPECT_DOUBLE_EQ(segment(medicaid, "COMMUNITY_ND"), 5.003); // LTIMCAID is institutional
}

// Female 40 (born 1985-07-04), OREC 1: I509 HCC226 and J449 HCC280.
// INSTITUTIONAL: F35_44 0.810 + HCC226 0.217 + HCC280 0.312 + HF_CHR_LUNG 0.145 + DISABLED_HF
// 0.488 + DISABLED_CHR_LUNG 0.278 = 2.250.
// COMMUNITY_FBD: F35_44 0.332 + HCC226 0.537 + HCC280 0.281 + HF_CHR_LUNG 0.097 = 1.247.
TEST(RiskModel, DisabledHeartFailureAndLungInteractionsAreInstitutional)
{
    const RiskScore result = score(person("1985-07-04", RiskSex::Female, 1), {"I509", "J449"});
    EXPECT_EQ(interactions(result), QStringLiteral("HF_CHR_LUNG_V28 DISABLED_HF_V28 "
                                                   "DISABLED_CHR_LUNG_V28"));
    EXPECT_DOUBLE_EQ(segment(result, "INSTITUTIONAL"), 2.25);
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_FBD"), 1.247);
}

// Female 80 (born 1945-12-31), OREC 0, with 13 payment HCCs: D10P.
// COMMUNITY_NA: F80_84 0.524 + HCC1 0.301 + HCC2 0.500 + HCC20 1.136 + HCC37 0.166 + HCC48
// 0.186 + HCC64 0.447 + HCC93 0.617 + HCC151 0.511 + HCC198 0.647 + HCC226 0.360 + HCC238
// 0.299 + HCC280 0.319 + HCC326 0.815 + D10P 0.728 + DIABETES_HF 0.112 + HF_CHR_LUNG 0.078 +
// HF_KIDNEY 0.176 + HF_HCC238 0.077 = 7.999.
TEST(RiskModel, TenOrMorePaymentHccsCountAsD10P)
{
    const RiskScore result = score(person("1945-12-31", RiskSex::Female, 0),
                                   {"B20", "A419", "C3490", "E1122", "E6601", "K7031", "M0579",
                                    "F200", "G35", "I509", "I4891", "J449", "N185"});
    EXPECT_EQ(result.age, 80);
    EXPECT_EQ(result.hccCount, 13);
    EXPECT_EQ(count(result), QStringLiteral("D10P"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 7.999);
}

// C50911 (breast cancer) is HCC22 under 50 and HCC23 from 50, by the age on February 1:
// born 1976-02-01 is 50 that day, born 1976-02-02 still 49. Both female, OREC 1 (disabled).
// COMMUNITY_ND: F45_54 0.340 + HCC22 0.366 = 0.706; F45_54 0.340 + HCC23 0.233 = 0.573.
TEST(RiskModel, AgeEditsChooseTheConditionByAge)
{
    const RiskScore fortyNine = score(person("1976-02-02", RiskSex::Female, 1), {"C50911"});
    EXPECT_EQ(fortyNine.age, 49);
    EXPECT_EQ(hccs(fortyNine), QStringLiteral("HCC22"));
    EXPECT_DOUBLE_EQ(segment(fortyNine, "COMMUNITY_ND"), 0.706);
    const RiskScore fifty = score(person("1976-02-01", RiskSex::Female, 1), {"C50911"});
    EXPECT_EQ(fifty.age, 50);
    EXPECT_EQ(hccs(fifty), QStringLiteral("HCC23"));
    EXPECT_DOUBLE_EQ(segment(fifty, "COMMUNITY_ND"), 0.573);
    // J449 (COPD) counts from 18 only: at 17 it gives nothing.
    EXPECT_EQ(hccs(score(person("2008-06-01", RiskSex::Female, 1), {"J449"})), QString());
    EXPECT_EQ(hccs(score(person("2007-06-01", RiskSex::Female, 1), {"J449"})),
              QStringLiteral("HCC280"));
}

// D66 (hereditary factor VIII deficiency) is HCC111 "Hemophilia, Male" for a man and HCC112 for
// a woman. Both 70 (born 1955-06-15), OREC 0.
// COMMUNITY_NA: M70_74 0.396 + HCC111 4.639 = 5.035; F70_74 0.395 + HCC112 0.450 = 0.845.
TEST(RiskModel, SexEditsChooseTheConditionBySex)
{
    const RiskScore man = score(person("1955-06-15", RiskSex::Male, 0), {"D66"});
    EXPECT_EQ(hccs(man), QStringLiteral("HCC111"));
    EXPECT_DOUBLE_EQ(segment(man, "COMMUNITY_NA"), 5.035);
    const RiskScore woman = score(person("1955-06-15", RiskSex::Female, 0), {"D66"});
    EXPECT_EQ(hccs(woman), QStringLiteral("HCC112"));
    EXPECT_DOUBLE_EQ(segment(woman, "COMMUNITY_NA"), 0.845);
}

// CMS's Medicare Code Editor: F0390 (dementia) is valid from 15, C9330 (juvenile
// myelomonocytic leukemia) up to 17. Boys entitled by disability (OREC 1).
// COMMUNITY_ND at 14: M0_34 0.106 alone; at 15: + HCC127 0.296 = 0.402.
// At 17: M0_34 0.106 + HCC20 0.978 = 1.084; at 18: 0.106.
TEST(RiskModel, CodeEditorAgeEditsDropInvalidCodes)
{
    const RiskScore fourteen = score(person("2011-06-01", RiskSex::Male, 1), {"F0390"});
    EXPECT_EQ(fourteen.age, 14);
    EXPECT_EQ(hccs(fourteen), QString());
    EXPECT_DOUBLE_EQ(segment(fourteen, "COMMUNITY_ND"), 0.106);
    const RiskScore fifteen = score(person("2010-06-01", RiskSex::Male, 1), {"F0390"});
    EXPECT_EQ(hccs(fifteen), QStringLiteral("HCC127"));
    EXPECT_DOUBLE_EQ(segment(fifteen, "COMMUNITY_ND"), 0.402);
    const RiskScore seventeen = score(person("2008-06-01", RiskSex::Male, 1), {"C9330"});
    EXPECT_EQ(hccs(seventeen), QStringLiteral("HCC20"));
    EXPECT_DOUBLE_EQ(segment(seventeen, "COMMUNITY_ND"), 1.084);
    const RiskScore eighteen = score(person("2007-06-01", RiskSex::Male, 1), {"C9330"});
    EXPECT_EQ(hccs(eighteen), QString());
    EXPECT_DOUBLE_EQ(segment(eighteen, "COMMUNITY_ND"), 0.106);
}

// 70 (born 1955-06-15) and first entitled by disability (OREC 1): originally disabled, as CMS's
// AGESEXV2 has it; entitled by disability and ESRD (OREC 3) is not.
// COMMUNITY_NA: F70_74 0.395 + OriginallyDisabled_Female 0.228 = 0.623; M70_74 0.396 +
// OriginallyDisabled_Male 0.135 = 0.531. COMMUNITY_PBA: F70_74 0.423 + 0.103 = 0.526.
// INSTITUTIONAL: F70_74 1.119 + ORIGDIS 0 = 1.119. NE: NMCAID_ORIGDIS_NEF70_74 1.276.
// OREC 3: F70_74 0.395 and NMCAID_NORIGDIS_NEF70_74 0.694.
TEST(RiskModel, OriginallyDisabledIsOrecOneFromSixtyFive)
{
    const RiskScore woman = score(person("1955-06-15", RiskSex::Female, 1), {});
    EXPECT_TRUE(woman.originallyDisabled);
    EXPECT_FALSE(woman.disabled);
    EXPECT_DOUBLE_EQ(segment(woman, "COMMUNITY_NA"), 0.623);
    EXPECT_DOUBLE_EQ(segment(woman, "COMMUNITY_PBA"), 0.526);
    EXPECT_DOUBLE_EQ(segment(woman, "INSTITUTIONAL"), 1.119);
    EXPECT_DOUBLE_EQ(newEnrollee(woman), 1.276);
    const RiskScore man = score(person("1955-06-15", RiskSex::Male, 1), {});
    EXPECT_DOUBLE_EQ(segment(man, "COMMUNITY_NA"), 0.531);
    const RiskScore esrd = score(person("1955-06-15", RiskSex::Female, 3), {});
    EXPECT_FALSE(esrd.originallyDisabled);
    EXPECT_DOUBLE_EQ(segment(esrd, "COMMUNITY_NA"), 0.395);
    EXPECT_DOUBLE_EQ(newEnrollee(esrd), 0.694);
}

// Entitled by ESRD (OREC 2): disabled under 65, neither disabled nor originally disabled after.
TEST(RiskModel, EsrdEntitlementIsDisabledUnderSixtyFiveOnly)
{
    const RiskScore young = score(person("1976-01-01", RiskSex::Female, 2), {});
    EXPECT_TRUE(young.disabled);
    const RiskScore old = score(person("1955-06-15", RiskSex::Female, 2), {});
    EXPECT_FALSE(old.disabled);
    EXPECT_FALSE(old.originallyDisabled);
}

// New enrollees: a man of 64 (born 1961-06-01) entitled by age turns 65 in the payment year and
// takes the 65 cell, NMCAID_NORIGDIS_NEM65 0.567 (with Medicaid, MCAID_NORIGDIS_NEM65 1.182);
// entitled by disability he stays in NMCAID_NORIGDIS_NEM60_64 1.057. A woman of 66 (born
// 1959-06-01), OREC 1, with Medicaid: MCAID_ORIGDIS_NEF66 1.599.
TEST(RiskModel, NewEnrolleeCellsByMedicaidOriginalDisabilitySexAndAge)
{
    EXPECT_DOUBLE_EQ(newEnrollee(score(person("1961-06-01", RiskSex::Male, 0), {})), 0.567);
    EXPECT_DOUBLE_EQ(newEnrollee(score(person("1961-06-01", RiskSex::Male, 0, false, true), {})),
                     1.182);
    EXPECT_DOUBLE_EQ(newEnrollee(score(person("1961-06-01", RiskSex::Male, 1), {})), 1.057);
    EXPECT_DOUBLE_EQ(newEnrollee(score(person("1959-06-01", RiskSex::Female, 1, false, true), {})),
                     1.599);
    // New-enrollee scores are demographic: diagnoses change nothing.
    EXPECT_DOUBLE_EQ(newEnrollee(score(person("1959-06-01", RiskSex::Female, 1, false, true),
                                       {"C3490", "I509"})),
                     1.599);
}

// Z95811 (heart assist device) gives HCC223 only beside heart failure, as CMS's V28 software
// has it; then HCC223 drops HCC226. Male 75 (born 1950-06-15), OREC 0.
// COMMUNITY_NA alone: M75_79 0.502; with I509: 0.502 + HCC223 2.505 = 3.007.
TEST(RiskModel, HeartAssistDeviceCountsOnlyWithHeartFailure)
{
    const RiskScore alone = score(person("1950-06-15", RiskSex::Male, 0), {"Z95811"});
    EXPECT_EQ(hccs(alone), QString());
    EXPECT_DOUBLE_EQ(segment(alone, "COMMUNITY_NA"), 0.502);
    const RiskScore withFailure = score(person("1950-06-15", RiskSex::Male, 0), {"Z95811", "I509"});
    EXPECT_EQ(hccs(withFailure), QStringLiteral("HCC223"));
    EXPECT_DOUBLE_EQ(segment(withFailure, "COMMUNITY_NA"), 3.007);
}

TEST(RiskModel, CodesWithOrWithoutTheDotAndInAnyCaseAreTheSame)
{
    const RiskScore result = score(person("1950-01-01", RiskSex::Female, 0),
                                   {"E11.22", "i50.9", " N185 ", "J44.9", "E11.22"});
    EXPECT_EQ(hccs(result), QStringLiteral("HCC37 HCC226 HCC280 HCC326"));
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 2.491);
}

// A code the model does not know (A000, cholera) or that is not a code gives nothing.
// COMMUNITY_NA: F75_79 0.465 alone.
TEST(RiskModel, CodesOutsideTheModelGiveNothing)
{
    const RiskScore result =
        score(person("1950-01-01", RiskSex::Female, 0), {"A000", "E11.2.2", "", "11E22"});
    EXPECT_EQ(result.hccCount, 0);
    EXPECT_EQ(result.countVariable, -1);
    EXPECT_DOUBLE_EQ(segment(result, "COMMUNITY_NA"), 0.465);
}
