#ifdef ACO_HAS_UI // the fundsflow command paints, so it exists only where the window is built

#include "fundsflowfixture.h"
#include "scenarios/scenariojson.h"
#include "workbench.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

class FundsFlowCli : public test::FundsFlowFile
{
  protected:
    void SetUp() override
    {
        FundsFlowFile::SetUp();
        m_scenario = m_folder.path(QStringLiteral("plan.json"));
        test::writeFile(m_scenario, QJsonDocument(scenarioToJson(plan())).toJson());
        m_store.reset(); // the command opens the file itself
    }
    QStringList arguments(int quarter, const QString& out) const
    {
        return {QStringLiteral("fundsflow"),
                QStringLiteral("--db"),
                m_path,
                QStringLiteral("--scenario"),
                m_scenario,
                QStringLiteral("--year"),
                QStringLiteral("2026"),
                QStringLiteral("--quarter"),
                QString::number(quarter),
                QStringLiteral("--out"),
                out};
    }

    QString m_scenario;
};

} // namespace

TEST_F(FundsFlowCli, CsvHasOneRowPerRecipientInCents)
{
    const QString csv = m_folder.path(QStringLiteral("q2.csv"));
    const Outcome run = workbench(arguments(2, csv));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Through June (see the core tests): 250,000 + 250,000 + 0 + 350,000 cents of 1,600,000.
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Projected $8,500.00 to 3 of 4 recipients from a pool of $16,000.00 for Q2 "
                       "2026"))) // provider 3 has no results, so earns nothing
        << run.out.toStdString();
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    ASSERT_EQ(lines.size(), 5);
    EXPECT_EQ(lines[0].trimmed(),
              QByteArray("id,name,npi,eligible,projected_cents,maximum_cents,BCS_value,BCS_tier,"
                         "BCS_earned_cents,BCS_next_tier_worth_cents,AWV_value,AWV_tier,"
                         "AWV_earned_cents,AWV_next_tier_worth_cents"));
    EXPECT_EQ(lines[1].trimmed(),
              QByteArray("1,\"Avery, Ann\",1000000001,true,250000,400000,80.00,Best,150000,50000,"
                         "75.00,Better,100000,50000"));
    EXPECT_TRUE(
        lines[3].startsWith("3,\"Cole, Cy\",1000000003,true,0,400000,0.00,Below baseline,0,"));
}

TEST_F(FundsFlowCli, AQuarterWithoutResultsIsRefusedAndNothingWritten)
{
    const QString pdf = m_folder.path(QStringLiteral("q3.pdf"));
    const Outcome run = workbench(arguments(3, pdf));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("only through 2026-06"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(workbench(arguments(5, pdf)).exitCode, 2);
}

#endif
