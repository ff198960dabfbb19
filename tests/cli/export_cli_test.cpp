#include "export/exportlog.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSysInfo>

#include <gtest/gtest.h>

#include <optional>
#include <sys/stat.h>
#include <unistd.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

class ExportCli : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_db = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(m_db);
    }
    std::vector<ExportLogEntry> log() const
    {
        return loadExportLog(Store::openReadOnly(m_db).db());
    }

    test::TempFolder m_folder;
    QString m_db;
};

} // namespace

TEST_F(ExportCli, PursuitListsAreMaskedOnRequestAndLogged)
{
    const QString masked = m_folder.path(QStringLiteral("pursuit.csv"));
    const Outcome run = workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--kind"), QStringLiteral("pursuit"),
                                   QStringLiteral("--out"), masked, QStringLiteral("--mask-phi")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString text = test::readText(masked);
    const auto rows = text.count(QStringLiteral("\r\n")) - 1;
    EXPECT_GT(rows, 20);
    EXPECT_EQ(run.out, QStringLiteral("Wrote %1 rows of pursuit to '%2' with patients masked.\n")
                           .arg(rows)
                           .arg(masked));
    EXPECT_FALSE(text.contains(test::mbiPattern()));
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral(",\\*{7}[A-Z0-9]{4},"))));

    const QString full = m_folder.path(QStringLiteral("full.xlsx"));
    ASSERT_EQ(
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("pursuit"), QStringLiteral("--out"), full})
            .exitCode,
        0);
    const auto entries = log();
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].patientData, PatientData::Masked);
    EXPECT_EQ(entries[0].rows, rows);
    EXPECT_EQ(entries[1].patientData, PatientData::Included);
    EXPECT_EQ(entries[1].path, QFileInfo(full).absoluteFilePath());
    EXPECT_EQ(test::fileMode(full), 0600u);
}

TEST_F(ExportCli, WrongRequestsAreUsageErrors)
{
    const Outcome kind =
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("patients"), QStringLiteral("--out"),
                   m_folder.path(QStringLiteral("x.csv"))});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("there is no export kind 'patients'")))
        << kind.err.toStdString();
    const Outcome extension =
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("providers"), QStringLiteral("--out"),
                   m_folder.path(QStringLiteral("x.pdf"))});
    EXPECT_EQ(extension.exitCode, 2);
    EXPECT_TRUE(extension.err.contains(QStringLiteral("must end in .csv or .xlsx")));
    EXPECT_TRUE(log().empty());
}

// A file open in the window is read as it is: exports that need no record go ahead unrecorded,
// and one of unmasked patients is refused, saying whom to ask.
TEST_F(ExportCli, AFileOpenElsewhereIsReadAndOnlyUnmaskedPatientsAreRefused)
{
    std::optional<Store> open = Store::open(m_db); // this test process is the other ACO Workbench
    const QString out = m_folder.path(QStringLiteral("providers.csv"));
    const Outcome run =
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("providers"), QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(QFileInfo::exists(out));
    EXPECT_EQ(run.err, QStringLiteral("aco-workbench: %1 is open in another ACO Workbench "
                                      "(process %2 on %3), so it was read without changing it. "
                                      "The export was not recorded in its export log.\n")
                           .arg(QFileInfo(m_db).fileName())
                           .arg(getpid())
                           .arg(QSysInfo::machineHostName()));

    const QString gaps = m_folder.path(QStringLiteral("gaps.csv"));
    const Outcome refused =
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("care-gaps"), QStringLiteral("--out"), gaps});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(
        QStringLiteral("is open in another ACO Workbench (process %1 on ").arg(getpid())))
        << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("so it cannot record an export of unmasked "
                                                    "patient names and MBIs")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(gaps));
    open.reset();
    EXPECT_TRUE(log().empty());
}

TEST_F(ExportCli, AReadOnlyFileRefusesUnmaskedPatients)
{
    ASSERT_EQ(chmod(m_db.toUtf8().constData(), 0444), 0);
    const QString out = m_folder.path(QStringLiteral("gaps.csv"));
    const Outcome refused =
        workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db, QStringLiteral("--kind"),
                   QStringLiteral("care-gaps"), QStringLiteral("--out"), out});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(
        refused.err.contains(QStringLiteral("is read-only (its permissions do not allow changes)")))
        << refused.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(out));
    const Outcome masked = workbench({QStringLiteral("export"), QStringLiteral("--db"), m_db,
                                      QStringLiteral("--kind"), QStringLiteral("care-gaps"),
                                      QStringLiteral("--out"), out, QStringLiteral("--mask-phi")});
    EXPECT_EQ(masked.exitCode, 0) << masked.err.toStdString();
    EXPECT_TRUE(masked.err.contains(QStringLiteral("not recorded in its export log")));
    EXPECT_TRUE(log().empty());
}

#ifdef ACO_HAS_UI
TEST_F(ExportCli, ScorecardPrintoutsAreLogged)
{
    const QString pdf = m_folder.path(QStringLiteral("cards.pdf"));
    const Outcome run = workbench({QStringLiteral("scorecards"), QStringLiteral("--db"), m_db,
                                   QStringLiteral("--period"), QStringLiteral("2026-09"),
                                   QStringLiteral("--all"), QStringLiteral("--out"), pdf,
                                   QStringLiteral("--mask-phi"), QStringLiteral("--quiet")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto entries = log();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].kind, QStringLiteral("scorecards"));
    EXPECT_EQ(entries[0].rows, 25);
    EXPECT_EQ(entries[0].patientData, PatientData::Masked);
}
#endif
