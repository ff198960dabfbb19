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

// The PDF's text with ligatures as letters ("fi") and runs of spaces made one, so that a
// sentence reads as printed.
QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
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
    // Provider 3 has results, all of them below baseline: it earns nothing of its $4,000.
    EXPECT_TRUE(text.contains(QStringLiteral("Projected payments to 3 of 4 recipients $8,500")));
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

    // One provider: the summary, listing that recipient alone, and its page.
    const QString one = m_folder.path(QStringLiteral("one.pdf"));
    EXPECT_EQ(writer.write(writer.select(QStringLiteral("1000000004")), one), 2);
    const QString oneText = pdfText(one);
    EXPECT_TRUE(oneText.contains(QStringLiteral("Projected payments of the recipient of this "
                                                "report Recipient Projected Maximum Of maximum "
                                                "Diaz, Di $3,500 $4,000 88%")))
        << oneText.toStdString();
    for (const char* other : {"Avery, Ann", "Brown, Ben", "Cole, Cy", " more."})
        EXPECT_FALSE(oneText.contains(QString::fromLatin1(other))) << other;
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

// Maximums by beneficiaries: Cole and Diaz have none, so nothing can come to them. They are
// listed once, on one page with the reason, instead of a page each of $0. A measure without
// results says so rather than showing a tier.
TEST_F(FundsFlowPages, RecipientsWhoCannotBePaidShareOnePage)
{
    m_store->db().exec(R"sql(
        INSERT INTO beneficiary (mbi, last_name, first_name, birth_date, sex, provider_id,
                                 risk_score) VALUES
          ('1EG4TE5MK73', 'Roe', 'Jo', '1950-01-01', 'F', 1, 1.0),
          ('1EG4TE5MK74', 'Poe', 'Al', '1950-01-01', 'M', 2, 1.0);
        DELETE FROM measure_result WHERE provider_id = 2 AND measure_id = 2;
    )sql");
    Scenario byBeneficiaries = plan();
    byBeneficiaries.maximumBy = Scenario::MaximumBy::Beneficiaries;
    const FundsFlowReport report = projectFundsFlow(db(), byBeneficiaries, 2026, 2);
    const ui::FundsFlowWriter writer(report);
    const QString pdf = m_folder.path(QStringLiteral("ff.pdf"));
    EXPECT_EQ(writer.write(writer.select(QString()), pdf), 4); // summary, unpayable, 2 recipients
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("2 recipients who cannot be paid under this scenario")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("no share of the provider pool (no attributed "
                                             "beneficiaries, every one of them)")));
    EXPECT_TRUE(text.contains(QStringLiteral("page of their own. Cole, Cy Diaz, Di Data as of")));
    EXPECT_EQ(text.count(QStringLiteral("NPI 1000000003")), 0); // no page of their own
    EXPECT_EQ(text.count(QStringLiteral("NPI 1000000004")), 0);
    EXPECT_EQ(text.count(QStringLiteral("Attributed beneficiaries: ")), 2);
    // Brown has no AWV results: "no results", not "Below baseline".
    EXPECT_TRUE(text.contains(QStringLiteral("Annual wellness visits 50% \u2013 no results $0")))
        << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Below baseline $0 $4,000 No results yet")));
    // The CSV leaves the tier of a measure without results empty, as its value.
    const QString csv = m_folder.path(QStringLiteral("ff.csv"));
    writer.writeCsv(writer.select(QStringLiteral("1000000002")), csv);
    EXPECT_TRUE(test::readText(csv).contains(QStringLiteral(",,,0,0")))
        << test::readText(csv).toStdString();
}

// More recipients than a page lists: the summary's list goes on over further pages, every one
// of them listed, and none is cut short with "and N more".
TEST_F(FundsFlowPages, TheSummaryListsEveryRecipientOverAsManyPagesAsItTakes)
{
    Database& file = m_store->db();
    auto provider = file.prepare(
        "INSERT INTO provider (id, npi, last_name, first_name, specialty, kind, employment, "
        "practice_id, active_from) VALUES (?1, ?2, ?3, 'Al', 'Family Medicine', "
        "'primary_care', 'employed', 1, '2020-01-01')");
    for (int id = 5; id <= 124; ++id) {
        provider.bind(1, id)
            .bind(2, QStringLiteral("1%1").arg(id, 9, 10, QLatin1Char('0')))
            .bind(3, QStringLiteral("Extra%1").arg(id, 3, 10, QLatin1Char('0')));
        provider.step();
        provider.reset();
    }
    Scenario equal = plan();
    equal.basis = Scenario::Basis::Equal;
    const FundsFlowReport report = projectFundsFlow(db(), equal, 2026, 2);
    ASSERT_EQ(report.recipients.size(), 124u);
    const ui::FundsFlowWriter writer(report);
    const QString pdf = m_folder.path(QStringLiteral("all.pdf"));
    const int pages = writer.write(writer.select(QString()), pdf);
    EXPECT_GT(pages, 125); // the list takes more than the summary page
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(text.contains(QStringLiteral("(continued)")));
    EXPECT_FALSE(text.contains(QStringLiteral(" more.")));
    for (int id = 5; id <= 124; ++id) // in the list, and on its own page
        EXPECT_EQ(text.count(QStringLiteral("Extra%1, Al").arg(id, 3, 10, QLatin1Char('0'))), 2)
            << id;
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
