// CMS's model software's input files read and scored as `aco-workbench hcc` does: the output's
// columns and values, and every kind of bad row reported with its file, line and column while
// the other beneficiaries are scored.
#include "error.h"
#include "risk/hccbatch.h"
#include "risk/riskmodel.h"

#include <gtest/gtest.h>

using namespace aco;

namespace {

const QByteArray header = "ID,HCCS,COMMUNITY_NA,COMMUNITY_PBA,COMMUNITY_FBA,COMMUNITY_ND,"
                          "COMMUNITY_PBD,COMMUNITY_FBD,INSTITUTIONAL,NE\r\n";

// CMS's two published results, every segment worked out by hand from
// resources/risk/v28-2026/V28_CE_Relative_Factors.csv and V28_NE_Relative_Factors.csv.
// 1: female 76, OREC 0; HCC37 HCC226 HCC280 HCC326, DIABETES_HF, HF_CHR_LUNG, HF_KIDNEY, D4 (0).
//   NA: F75_79 0.465 + 0.166 + 0.360 + 0.319 + 0.815 + 0.112 + 0.078 + 0.176 = 2.491 (CMS)
//   PBA: 0.485 + 0.166 + 0.311 + 0.321 + 0.965 + 0.164 + 0.140 + 0.140 = 2.692
//   FBA: 0.596 + 0.186 + 0.406 + 0.390 + 0.985 + 0.183 + 0.109 + 0.194 = 3.049
//   ND (no cell at 76): 0.191 + 0.442 + 0.209 + 0.927 + 0.023 + 0.062 + 0.314 = 2.168
//   PBD: 0.210 + 0.411 + 0.234 + 1.050 + 0.053 + 0.108 + 0.328 = 2.394
//   FBD: 0.235 + 0.537 + 0.281 + 0.946 + 0.041 + 0.097 + 0.420 = 2.557
//   INSTITUTIONAL: F75_79 0.965 + 0.280 + 0.217 + 0.312 + 0.958 + 0.209 + 0.145 + 0 = 3.086
//   NE: NMCAID_NORIGDIS_NEF75_79 0.901
// 2: male 51, OREC 1 (disabled); HCC20.
//   NA 1.136 (CMS), PBA 1.214, FBA 1.166 (no cell under 65); ND M45_54 0.215 + 0.978 = 1.193;
//   PBD 0.300 + 1.067 = 1.367; FBD 0.293 + 1.173 = 1.466; INSTITUTIONAL M45_54 0.991 + 0.672 +
//   DISABLED_CANCER 0.367 = 2.030; NE NMCAID_NORIGDIS_NEM45_54 0.906 (CMS).
const QByteArray cmsRows = "1,HCC37 HCC226 HCC280 HCC326,2.491,2.692,3.049,2.168,2.394,2.557,"
                           "3.086,0.901\r\n"
                           "2,HCC20,1.136,1.214,1.166,1.193,1.367,1.466,2.030,0.906\r\n";

HccBatch run(const QByteArray& beneficiaries, const QByteArray& diagnoses)
{
    return HccBatch::score(RiskModel::builtIn(2026), beneficiaries,
                           QStringLiteral("beneficiaries.csv"), diagnoses,
                           QStringLiteral("diagnoses.csv"));
}

QStringList problems(const HccBatch& batch)
{
    QStringList texts;
    for (const HccInputProblem& problem : batch.problems())
        texts << HccBatch::problemText(problem);
    return texts;
}

} // namespace

TEST(HccBatch, WritesCmsColumnsForEveryBeneficiary)
{
    const HccBatch batch = run("ID,DOB,SEX,OREC,LTIMCAID,NEMCAID\n"
                               "1,1950-01-01,2,0,0,0\n"
                               "2,1975-01-01,1,1,0,0\n",
                               "ID,ICD10\n1,E1122\n1,I509\n1,N185\n1,J449\n2,C3490\n");
    EXPECT_EQ(problems(batch), QStringList());
    EXPECT_EQ(batch.outputCsv(), header + cmsRows);
    EXPECT_EQ(batch.scoredCount(), 2);
}

// Columns by name in any order, dates in CMS's other formats, codes with dots, a beneficiary
// without diagnoses (NA: F70_74 0.395 + OriginallyDisabled_Female 0.228 = 0.623; PBA 0.423 +
// 0.103 = 0.526; FBA 0.506 + 0.160 = 0.666; INSTITUTIONAL F70_74 1.119; NE
// NMCAID_ORIGDIS_NEF70_74 1.276), and diagnoses of an ID that is not a beneficiary, which are
// counted and left out. Output in the order of the beneficiaries file, on any number of threads.
TEST(HccBatch, ReadsColumnsInAnyOrderAndCmsDateFormats)
{
    const QByteArray beneficiaries = "NEMCAID,LTIMCAID,OREC,SEX,DOB,ID\r\n"
                                     "0,0,1,2,19550615,3\r\n"
                                     "0,0,0,2,1/1/1950,1\r\n"
                                     "0,,1,1,01/01/1975,2\r\n";
    const QByteArray diagnoses = "ICD10,ID\r\nE11.22,1\r\nI50.9,1\r\nN18.5,1\r\nJ44.9,1\r\n"
                                 "C34.90,2\r\nE1122,99\r\n";
    for (int threads : {1, 2, 5}) {
        const HccBatch batch =
            HccBatch::score(RiskModel::builtIn(2026), beneficiaries, QStringLiteral("b.csv"),
                            diagnoses, QStringLiteral("d.csv"), threads);
        EXPECT_EQ(problems(batch), QStringList());
        EXPECT_EQ(batch.outputCsv(),
                  header + "3,,0.623,0.526,0.666,0.000,0.000,0.000,1.119,1.276\r\n" + cmsRows);
        EXPECT_EQ(batch.unmatchedDiagnoses(), 1);
    }
}

// Each bad row is named by file, line and column; its beneficiary is not scored, the others
// are. A well-formed code that is not in the model (A000) is no problem.
TEST(HccBatch, ReportsBadRowsAndScoresTheOthers)
{
    const HccBatch batch = run("ID,DOB,SEX,OREC,LTIMCAID,NEMCAID\n" // 1
                               "1,1950-01-01,2,0,0,0\n"             // 2
                               "2,1975-01-01,1,1,0,0\n"             // 3
                               "3,,2,0,0,0\n"                       // 4 no date of birth
                               "4,1940-01-01,3,0,0,0\n"             // 5 sex 3
                               "5,1940-01-01,1,7,0,0\n"             // 6 OREC 7
                               "6,1940-01-01,1,0,0,0\n"             // 7 a bad diagnosis
                               "2,1960-01-01,1,0,0,0\n"             // 8 ID 2 again
                               "7,1940-13-01,M,0,2,0\n"             // 9 date, sex, LTIMCAID
                               "8,2026-02-02,1,0,0,0\n"             // 10 born after Feb 1
                               "9,1940-01-01,1,0\n",                // 11 two fields short
                               "ID,ICD10\n1,E1122\n1,I509\n1,N185\n1,J449\n1,A000\n2,C3490\n"
                               "6,E11.2.2\n,E1122\n");
    EXPECT_EQ(
        problems(batch),
        QStringList({
            QStringLiteral("beneficiaries.csv:4:2: the date of birth is missing; write it as "
                           "YYYY-MM-DD"),
            QStringLiteral("beneficiaries.csv:5:3: '3' is not a sex code; use 1 (male) or 2 "
                           "(female)"),
            QStringLiteral("beneficiaries.csv:6:4: '7' is not an OREC code; use 0 (old age), 1 "
                           "(disability), 2 (ESRD) or 3 (disability and ESRD)"),
            QStringLiteral("beneficiaries.csv:8:1: the ID '2' is already on line 3; each "
                           "beneficiary must have one row"),
            QStringLiteral("beneficiaries.csv:9:2: '1940-13-01' is not a date of birth; write it "
                           "as YYYY-MM-DD, YYYYMMDD or MM/DD/YYYY"),
            QStringLiteral("beneficiaries.csv:9:3: 'M' is not a sex code; use 1 (male) or 2 "
                           "(female)"),
            QStringLiteral("beneficiaries.csv:9:5: '2' is not 0 or 1 (Medicaid, institutional)"),
            QStringLiteral("beneficiaries.csv:10:2: the date of birth 2026-02-02 is after "
                           "2026-02-01, the day the payment year's ages are taken on"),
            QStringLiteral("beneficiaries.csv:11:4: the row has 4 fields and the header 6; quote "
                           "a field that holds a comma"),
            QStringLiteral("diagnoses.csv:8:2: 'E11.2.2' is not an ICD-10-CM code (a letter, a "
                           "digit, a letter or digit, then up to four letters or digits; the dot "
                           "after the third is optional); beneficiary '6' is not scored"),
            QStringLiteral("diagnoses.csv:9:1: the ID is empty; each diagnosis needs the ID of "
                           "its beneficiary"),
        }));
    EXPECT_EQ(batch.outputCsv(), header + cmsRows);
    EXPECT_EQ(batch.beneficiaryRows(), 9);
    EXPECT_EQ(batch.scoredCount(), 2);
}

TEST(HccBatch, AFileWithoutCmsColumnsIsRefusedWhole)
{
    try {
        run("ID,DOB,SEX,LTIMCAID,NEMCAID\n1,1950-01-01,2,0,0\n", "ID,ICD10\n");
        FAIL() << "a beneficiaries file without OREC was read";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        EXPECT_STREQ(error.what(), "beneficiaries.csv:1: the header has no column OREC; CMS's "
                                   "input needs the columns ID,DOB,SEX,OREC,LTIMCAID,NEMCAID.");
    }
    EXPECT_THROW(run("ID,DOB,SEX,OREC,LTIMCAID,NEMCAID\n", ""), Error);
}
