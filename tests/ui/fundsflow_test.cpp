#include "error.h"
#include "fundsflowfixture.h"
#include "scenarios/fundsflow.h"
#include "scenarios/scenariostore.h"
#include "scorecards/fundsflowdialog.h"
#include "scorecards/fundsflowwriter.h"
#include "scorecards/scorecarddialog.h"
#include "scorecards/scorecardwriter.h"
#include "mnemonics.h"
#include "screenshot.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

// The PDF's text with runs of spaces made one, so that a sentence reads as printed.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

class FundsFlowPages : public test::FundsFlowFile
{
  protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
        FundsFlowFile::SetUp();
    }
};

} // namespace

// Provider 1 through June: 62.5% of its $4,000 maximum (see the core tests); the ACO pays
// $8,500 of the $16,000 pool and keeps $7,500.
TEST_F(FundsFlowPages, CombinedPdfHasTheSummaryAndOnePagePerRecipient)
{
    const FundsFlowReport report = projectFundsFlow(db(), plan(), 2026, 2);
    const ui::FundsFlowWriter writer(report);
    const QString pdf = m_folder.path(QStringLiteral("ff.pdf"));
    EXPECT_EQ(writer.write(writer.select(QString()), pdf), 5);
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("summary · Q2 2026 (January to June)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Projected payments to 4 recipients $8,500")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("Kept by the ACO (the pool less the projected payments) $7,500")));
    EXPECT_TRUE(text.contains(QStringLiteral("Avery, Ann")));
    EXPECT_TRUE(text.contains(QStringLiteral("NPI 1000000001")));
    // Provider 1's page: $2,500 of $4,000, $1,500 from BCS at Best and $1,000 from AWV at Better.
    EXPECT_TRUE(text.contains(QStringLiteral("$2,500")));
    EXPECT_TRUE(text.contains(QStringLiteral("of $4,000 possible (63%)")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("Breast cancer screening 50% 80.0% Best $1,500 $2,000")));
    EXPECT_TRUE(text.contains(QStringLiteral("Page 5 of 5")));

    // One provider: the summary and its page.
    const QString one = m_folder.path(QStringLiteral("one.pdf"));
    EXPECT_EQ(writer.write(writer.select(QStringLiteral("1000000004")), one), 2);
    EXPECT_TRUE(pdfText(one).contains(QStringLiteral("Diaz, Di")));
    EXPECT_THROW(writer.select(QStringLiteral("1234567893")), Error);

    // A folder: the summary and one file per provider named by NPI and name.
    const QString folder = m_folder.path(QStringLiteral("pages"));
    EXPECT_EQ(writer.write(writer.select(QString()), folder), 5);
    EXPECT_EQ(
        QDir(folder).entryList(QDir::Files, QDir::Name),
        (QStringList{QStringLiteral("1000000001-Avery-Ann.pdf"),
                     QStringLiteral("1000000002-Brown-Ben.pdf"),
                     QStringLiteral("1000000003-Cole-Cy.pdf"),
                     QStringLiteral("1000000004-Diaz-Di.pdf"), QStringLiteral("ACO-summary.pdf")}));
}

TEST_F(FundsFlowPages, ScorecardShowsTheProjectedPaymentOnlyWithAScenario)
{
    ScorecardOptions options;
    options.period = Period(2026, 6);
    const auto provider = [&](const ScorecardBuilder& b) {
        return b.select(QStringLiteral("1000000001"), QString());
    };

    const ScorecardBuilder withScenario(db(), options, plan());
    const QString pdf = m_folder.path(QStringLiteral("card.pdf"));
    ui::ScorecardWriter(withScenario).write(provider(withScenario), pdf);
    EXPECT_TRUE(pdfText(pdf).contains(
        QStringLiteral("Projected shared-savings payment (scenario Board plan, if YTD performance "
                       "holds): $2,500 of $4,000 possible")))
        << pdfText(pdf).toStdString();

    const ScorecardBuilder without(db(), options);
    ui::ScorecardWriter(without).write(provider(without), pdf);
    EXPECT_FALSE(pdfText(pdf).contains(QStringLiteral("Projected shared-savings")));
}

TEST_F(FundsFlowPages, DialogSavesTheChosenQuarterInTheBackground)
{
    ScenarioStore(m_store->db()).save(QStringLiteral("Board plan"), plan());
    ui::FundsFlowDialog dialog(m_path, db(), 1);
    dialog.show();
    const auto combos = dialog.findChildren<QComboBox*>();
    ASSERT_EQ(combos.size(), 3u);
    EXPECT_EQ(combos[0]->currentText(), QStringLiteral("Board plan"));
    EXPECT_EQ(combos[1]->currentText(), QStringLiteral("2026"));
    ASSERT_EQ(combos[2]->count(), 2); // results through June: Q1 and Q2
    EXPECT_EQ(combos[2]->itemText(0), QStringLiteral("Q1 (January to March)"));
    EXPECT_EQ(combos[2]->currentText(), QStringLiteral("Q2 (January to June)"));
    test::screenshot(dialog, QStringLiteral("funds-flow-dialog.png"));
    EXPECT_EQ(test::literalMnemonics(dialog), QStringList());

    QPushButton* save = nullptr;
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("&Save"))
            save = b;
    ASSERT_NE(save, nullptr);
    EXPECT_FALSE(save->isEnabled()); // nowhere to save yet

    const QString out = m_folder.path(QStringLiteral("q1.csv"));
    combos[2]->setCurrentIndex(0);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(), out);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QLabel* status = nullptr;
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->wordWrap())
            status = label;
    ASSERT_NE(status, nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Saved")), 30000);
    EXPECT_EQ(status->text(),
              QStringLiteral("Saved 1 row to %1.").arg(out)); // the selected provider
    QFile csv(out);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().split('\n');
    // Provider 1 in Q1: $1,000 of $4,000; BCS Better earning all of it.
    EXPECT_TRUE(lines.at(1).startsWith(
        "1,\"Avery, Ann\",1000000001,true,100000,400000,70.00,Better,100000,50000,50.00,"))
        << lines.at(1).toStdString();
}

TEST_F(FundsFlowPages, ScorecardDialogOffersTheSavedScenarios)
{
    ScenarioStore(m_store->db()).save(QStringLiteral("Board plan"), plan());
    ui::ScorecardDialog dialog(m_path, db(), 1);
    QComboBox* scenarios = nullptr;
    for (QComboBox* combo : dialog.findChildren<QComboBox*>())
        if (combo->itemText(0) == QStringLiteral("(none)"))
            scenarios = combo;
    ASSERT_NE(scenarios, nullptr);
    ASSERT_EQ(scenarios->count(), 2);
    EXPECT_EQ(scenarios->itemText(1), QStringLiteral("Board plan"));
    EXPECT_EQ(scenarios->currentIndex(), 0); // without a choice the scorecards are unchanged
}
