// `aco-workbench hcc`, run as an analyst would beside CMS's own software: the exact output file,
// the report of bad rows with exit code 3, and nothing half-written.
#include "testsupport.h"
#include "workbench.h"

#include <gtest/gtest.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

class HccCli : public ::testing::Test
{
  protected:
    QString file(const char* name, const QByteArray& bytes)
    {
        const QString path = m_folder.path(QString::fromLatin1(name));
        test::writeFile(path, bytes);
        return path;
    }
    Outcome hcc(const QString& beneficiaries, const QString& diagnoses,
                const QStringList& extra = {})
    {
        return workbench(QStringList{QStringLiteral("hcc"), QStringLiteral("--beneficiaries"),
                                     beneficiaries, QStringLiteral("--diagnoses"), diagnoses,
                                     QStringLiteral("--out"), m_out} +
                         extra);
    }

    test::TempFolder m_folder;
    QString m_out = m_folder.path(QStringLiteral("scores.csv"));
};

// CMS's published fixture: 1 is a woman born 1950-01-01 (OREC 0) with E1122, I509, N185 and
// J449; 2 a man born 1975-01-01 (OREC 1) with C3490. CMS's software gives COMMUNITY_NA 2.491
// and 1.136, and NE 0.906 for 2; the other segments are worked out by hand from CMS's factors
// in tests/core/hccbatch_test.cpp.
const QByteArray cmsBeneficiaries = "ID,DOB,SEX,OREC,LTIMCAID,NEMCAID\n"
                                    "1,1950-01-01,2,0,0,0\n"
                                    "2,1975-01-01,1,1,0,0\n";
const QByteArray cmsDiagnoses = "ID,ICD10\n1,E1122\n1,I50.9\n1,N185\n1,J449\n2,C3490\n";
const QByteArray cmsScores =
    "ID,HCCS,COMMUNITY_NA,COMMUNITY_PBA,COMMUNITY_FBA,COMMUNITY_ND,COMMUNITY_PBD,"
    "COMMUNITY_FBD,INSTITUTIONAL,NE\r\n"
    "1,HCC37 HCC226 HCC280 HCC326,2.491,2.692,3.049,2.168,2.394,2.557,3.086,0.901\r\n"
    "2,HCC20,1.136,1.214,1.166,1.193,1.367,1.466,2.030,0.906\r\n";

} // namespace

TEST_F(HccCli, WritesCmsColumnsForCmsInput)
{
    const Outcome run =
        hcc(file("beneficiaries.csv", cmsBeneficiaries), file("diagnoses.csv", cmsDiagnoses),
            {QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.err, QString());
    EXPECT_EQ(run.out, QStringLiteral("Scored 2 of 2 beneficiaries with CMS-HCC V28 for payment "
                                      "year 2026 into '%1'.\n")
                           .arg(m_out));
    EXPECT_EQ(test::readText(m_out).toUtf8(), cmsScores);
}

TEST_F(HccCli, ReportsBadRowsScoresTheOthersAndExitsWithThree)
{
    const QString beneficiaries =
        file("beneficiaries.csv", cmsBeneficiaries + "3,1940-01-01,9,0,0,0\n"
                                                     "4,,2,0,0,0\n"
                                                     "5,1940-01-01,1,X,0,0\n");
    const QString diagnoses = file("diagnoses.csv", cmsDiagnoses + "2,C34\xC2\xB7"
                                                                   "90\n"
                                                                   "77,E1122\n");
    const Outcome run = hcc(beneficiaries, diagnoses);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.out, QString());
    EXPECT_EQ(run.err,
              QStringLiteral(
                  "%1:4:3: '9' is not a sex code; use 1 (male) or 2 (female)\n"
                  "%1:5:2: the date of birth is missing; write it as YYYY-MM-DD\n"
                  "%1:6:4: 'X' is not an OREC code; use 0 (old age), 1 (disability), 2 (ESRD) "
                  "or 3 (disability and ESRD)\n"
                  "%2:7:2: 'C34\u00B790' is not an ICD-10-CM code (a letter, a digit, a letter or "
                  "digit, then up to four letters or digits; the dot after the third is "
                  "optional); beneficiary '2' is not scored\n"
                  "aco-workbench: 1 diagnosis in '%2' is for an ID not in '%1'; not used.\n"
                  "aco-workbench: 4 problems in the input; a beneficiary with one is not scored. "
                  "Wrote 1 of 5 beneficiaries to '%3'.\n")
                  .arg(beneficiaries, diagnoses, m_out));
    // Beneficiary 1 alone: the line of CMS's fixture.
    EXPECT_EQ(test::readText(m_out).toUtf8(), cmsScores.left(cmsScores.indexOf("\r\n2,") + 2));
}

TEST_F(HccCli, LeavesTheOutputAsItWasWhenAFileCannotBeRead)
{
    test::writeFile(m_out, "earlier scores\n");
    const Outcome noColumn =
        hcc(file("beneficiaries.csv", "ID,DOB,SEX,LTIMCAID,NEMCAID\n1,1950-01-01,2,0,0\n"),
            file("diagnoses.csv", cmsDiagnoses));
    EXPECT_EQ(noColumn.exitCode, 3);
    EXPECT_TRUE(noColumn.err.contains(QStringLiteral("the header has no column OREC")))
        << noColumn.err.toStdString();
    const Outcome missing =
        hcc(m_folder.path(QStringLiteral("absent.csv")), file("diagnoses.csv", cmsDiagnoses));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(test::readText(m_out), QStringLiteral("earlier scores\n"));
}

TEST_F(HccCli, HelpAndUsageErrors)
{
    const Outcome help = workbench({QStringLiteral("hcc"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* option : {"--beneficiaries", "--diagnoses", "--out", "--year"})
        EXPECT_TRUE(help.out.contains(QLatin1String(option))) << option;
    EXPECT_TRUE(help.out.contains(QStringLiteral("built in: 2026")));

    const Outcome noOut = workbench({QStringLiteral("hcc"), QStringLiteral("--beneficiaries"),
                                     QStringLiteral("b.csv"), QStringLiteral("--diagnoses"),
                                     QStringLiteral("d.csv")});
    EXPECT_EQ(noOut.exitCode, 2);
    const Outcome year =
        hcc(file("beneficiaries.csv", cmsBeneficiaries), file("diagnoses.csv", cmsDiagnoses),
            {QStringLiteral("--year"), QStringLiteral("2019")});
    EXPECT_EQ(year.exitCode, 2);
    EXPECT_EQ(year.err, QStringLiteral("aco-workbench: there is no risk model for payment year "
                                       "2019; the program has one for 2026.\n"));
}
