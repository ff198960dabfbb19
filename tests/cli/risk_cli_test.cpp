// `aco-workbench risk` and `export --kind risk-scores`, run as a user would: the summary, the
// provider's lists, masking and the exit codes.
#include "cclftestdelivery.h"
#include "claims/cclfload.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace aco;
using aco::test::CclfTestDelivery;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

constexpr const char* janeMbi = "1AC2DE3FG01";
constexpr const char* bobMbi = "1AC2DE3FG02";
constexpr const char* annMbi = "1AC2DE3FG03";

CclfTestDelivery::Line visit(std::int64_t claim, const char* mbi, const char* hcpcs,
                             const char* diagnosis, int date)
{
    return {.claimId = claim,
            .mbi = mbi,
            .control = "C" + std::to_string(claim),
            .paidCents = 9000,
            .effective = date + 5,
            .from = date,
            .thru = date,
            .hcpcs = hcpcs,
            .diagnoses = {diagnosis}};
}

class RiskCli : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_db = m_folder.path(QStringLiteral("aco.aco"));
        {
            Store store = Store::create(m_db);
            store.db().exec(R"sql(
                INSERT INTO aco (id, aco_id, name, data_as_of)
                    VALUES (1, 'A1234', 'Test ACO', '2026-09-30');
                INSERT INTO practice (id, code, name) VALUES (1, 'P1', 'Practice');
                INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment,
                                      practice_id, active_from)
                    VALUES (1, '1234567893', 'Grey', 'Ada', 'Family Medicine', 'primary_care',
                            'employed', 1, '2020-01-01');
                INSERT INTO performance_year (year, track, agreement_start_year, agreement_year,
                                              assigned_beneficiaries, benchmark_per_capita_cents)
                    VALUES (2026, 'BASIC_E', 2022, 5, 4, 1200000))sql");
        }
        // Jane (F75_79, non-dual): 2024 diabetes with complications, 2025 the same and COPD.
        // Bob (disabled, full dual): 2025 heart failure. Ann: no sex (code 0), not scored.
        CclfTestDelivery d(20260115);
        d.addBeneficiary({.mbi = janeMbi,
                          .first = "Jane",
                          .last = "Doe",
                          .birthDate = 19500101,
                          .partBStart = 20150101});
        d.addBeneficiary({.mbi = bobMbi,
                          .first = "Bob",
                          .last = "Roe",
                          .birthDate = 19700601,
                          .sex = '1',
                          .medicareStatus = "20",
                          .dualStatus = "02",
                          .partBStart = 20100101});
        d.addBeneficiary(
            {.mbi = annMbi, .first = "Ann", .last = "Lee", .birthDate = 19550701, .sex = '0'});
        d.addPartB(visit(1, janeMbi, "99213", "E1122", 20240310));
        d.addPartB(visit(2, janeMbi, "99213", "E1122", 20250310));
        d.addPartB(visit(3, janeMbi, "99214", "J449", 20250612));
        d.addPartB(visit(4, bobMbi, "99214", "I509", 20250715));
        const QString folder = m_folder.path(QStringLiteral("in"));
        QDir().mkpath(folder);
        Store store = Store::open(m_db);
        ASSERT_TRUE(loadCclf(store.db(), {d.write(folder, true)}, false).ok());
        store.db().exec("UPDATE beneficiary SET provider_id = 1");
        // The claims end in December 2025; the file is as of September 2026, as an import of
        // the EHR's results through then would make it.
        store.db().exec("UPDATE aco SET data_as_of = '2026-09-30'");
    }
    Outcome risk(const QStringList& arguments)
    {
        return workbench(QStringList{QStringLiteral("risk"), QStringLiteral("--db"), m_db} +
                         arguments);
    }

    test::TempFolder m_folder;
    QString m_db;
};

} // namespace

TEST_F(RiskCli, ScoresTheYearAndSaysWhatItDid)
{
    const Outcome run = risk({QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
    const QString out = run.out;
    EXPECT_TRUE(out.startsWith(QStringLiteral(
        "Scored 2 of 3 beneficiaries for payment year 2026 from the claims of 2025, with "
        "CMS-HCC V28 (the tables of 2026, normalization factor 1.067).\n"
        "  Segments: COMMUNITY_NA 1, COMMUNITY_FBD 1 (community: the claims do not say who "
        "lives in an institution).\n"
        "  2 with at least one payment HCC, from 3 diagnoses that count for risk adjustment.\n"
        // Jane 0.465 + 0.166 + 0.319 = 0.950 -> 0.890; Bob 0.410 + 0.537 = 0.947 -> 0.888.
        "  Average score: raw 0.949, normalized 0.889.\n"
        "  Not scored: 1 without a birth date or sex in the roster (CCLF8 gives them), 0 who "
        "died before 2026.\n")))
        << out.toStdString();
    // The ACO by enrollment type, against benchmark year 3 (2021), which has no scores.
    EXPECT_TRUE(out.contains(
        QStringLiteral("against benchmark year 3 (2021) of the agreement period from 2022")))
        << out.toStdString();
    EXPECT_TRUE(
        out.contains(QStringLiteral("Rule: Agreement periods that began from July 2019 to 2023")));
    EXPECT_TRUE(out.contains(QStringLiteral("Note: No risk scores for benchmark year 2021")));

    // Another year is scored with the 2026 tables, and says so.
    const Outcome other = risk({QStringLiteral("--year"), QStringLiteral("2025")});
    ASSERT_EQ(other.exitCode, 0);
    EXPECT_TRUE(
        other.out.contains(QStringLiteral("Note: Payment year 2025 was scored with the CMS-HCC V28 "
                                          "tables of payment year 2026: the program has "
                                          "no tables for 2025 yet.")))
        << other.out.toStdString();
}

TEST_F(RiskCli, AProvidersListsAreMaskedOnRequest)
{
    ASSERT_EQ(risk({QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 0);
    const Outcome plain = risk({QStringLiteral("--year"), QStringLiteral("2026"),
                                QStringLiteral("--provider"), QStringLiteral("1234567893")});
    ASSERT_EQ(plain.exitCode, 0) << plain.err.toStdString();
    // Attributed from the claims (December 2025, the delivery's month): Jane and Bob, whose
    // 2025 primary care visits were Grey's; Ann had none and is unattributed.
    // Jane: 2025 F75_79 0.465 + HCC37 0.166 = 0.631 -> 0.591; 2026 0.890: +0.299, COPD gained.
    EXPECT_TRUE(plain.out.contains(
        QStringLiteral("Provider Grey, Ada (NPI 1234567893): 2 attributed patients.")))
        << plain.out.toStdString();
    EXPECT_TRUE(
        plain.out.contains(QStringLiteral("Doe, Jane") + QString(15, QLatin1Char(' ')) +
                           QStringLiteral("1AC2DE3FG01  0.591 -> 0.890  +0.299  gained HCC280")))
        << plain.out.toStdString();
    // Recapture for 2026 as of 2026-09-30: all of 2025's conditions are missing.
    EXPECT_TRUE(plain.out.contains(
        QStringLiteral("To document again in 2026 (conditions of 2025 not yet seen by "
                       "2026-09-30): 3")))
        << plain.out.toStdString();

    const Outcome masked =
        risk({QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--provider"),
              QStringLiteral("1234567893"), QStringLiteral("--mask-phi")});
    ASSERT_EQ(masked.exitCode, 0);
    EXPECT_FALSE(masked.out.contains(QStringLiteral("Jane")));
    EXPECT_FALSE(masked.out.contains(QLatin1String(janeMbi)));
    EXPECT_TRUE(masked.out.contains(QStringLiteral("J. D.") + QString(19, QLatin1Char(' ')) +
                                    QStringLiteral("*******FG01  0.591 -> 0.890")))
        << masked.out.toStdString();
}

TEST_F(RiskCli, ExitCodes)
{
    // 2: the command line is wrong.
    EXPECT_EQ(risk({}).exitCode, 2);
    EXPECT_EQ(risk({QStringLiteral("--year"), QStringLiteral("1990")}).exitCode, 2);
    const Outcome unknown = risk({QStringLiteral("--year"), QStringLiteral("2026"),
                                  QStringLiteral("--provider"), QStringLiteral("1111111111")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("no provider with NPI 1111111111")))
        << unknown.err.toStdString();
    // 1: the file cannot take the scores.
    QFile::setPermissions(m_db, QFile::ReadOwner);
    const Outcome readOnly = risk({QStringLiteral("--year"), QStringLiteral("2026")});
    QFile::setPermissions(m_db, QFile::ReadOwner | QFile::WriteOwner);
    EXPECT_EQ(readOnly.exitCode, 1);
    EXPECT_TRUE(readOnly.err.contains(QStringLiteral("read-only"))) << readOnly.err.toStdString();
    // 3: not an ACO Workbench file.
    const QString text = m_folder.path(QStringLiteral("notes.aco"));
    test::writeFile(text, "not a database");
    EXPECT_EQ(workbench({QStringLiteral("risk"), QStringLiteral("--db"), text,
                         QStringLiteral("--year"), QStringLiteral("2026")})
                  .exitCode,
              3);
}

TEST_F(RiskCli, ExportsTheScores)
{
    ASSERT_EQ(risk({QStringLiteral("--year"), QStringLiteral("2026")}).exitCode, 0);
    const QString out = m_folder.path(QStringLiteral("risk.csv"));
    const Outcome run = workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--kind"), QStringLiteral("risk-scores"),
                                   QStringLiteral("--out"), out, QStringLiteral("--mask-phi")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // The load scored 2025 (from Jane's 2024 visit: 75 on 2025-02-01, 0.465 + 0.166 = 0.631 ->
    // 0.591) and 2026; Bob's 2025 is demographic (54, M45_54 FBD 0.293 -> 0.275).
    EXPECT_EQ(test::readText(out),
              QStringLiteral("mbi,payment_year,segment,raw_score,normalized_score,hccs\r\n"
                             "*******FG01,2025,COMMUNITY_NA,0.631,0.591,HCC37\r\n"
                             "*******FG01,2026,COMMUNITY_NA,0.950,0.890,HCC37 HCC280\r\n"
                             "*******FG02,2025,COMMUNITY_FBD,0.293,0.275,\r\n"
                             "*******FG02,2026,COMMUNITY_FBD,0.947,0.888,HCC226\r\n"));
}
