#include "packet/packetcontent.h"
#include "packet/packetdialog.h"
#include "scenarios/fundsflow.h"
#include "scenarios/scenariostore.h"
#include "mnemonics.h"
#include "smalldemotest.h"

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

class PacketDialogTest : public test::SmallDemoTest
{
  protected:
    void saveScenario(const QString& name, std::int64_t amountCents = 100'000'000)
    {
        Scenario scenario;
        scenario.source = Scenario::Source::Amount;
        scenario.amountCents = amountCents;
        scenario.basis = Scenario::Basis::Beneficiaries;
        ScenarioStore(m_store->db()).save(name, scenario);
    }
};

QPushButton* button(const QDialog& dialog, const QString& text)
{
    for (QPushButton* b : dialog.findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

TEST_F(PacketDialogTest, EveryLabelShowsItsShortcutUnderlined)
{
    ui::PacketDialog dialog(m_path, m_store->db());
    dialog.show();
    EXPECT_EQ(test::literalMnemonics(dialog), QStringList());
}

TEST_F(PacketDialogTest, OffersTheYearsPeriodsAndScenariosAndSavesThePdf)
{
    saveScenario(QStringLiteral("Board plan A"));
    saveScenario(QStringLiteral("Board plan B"));
    ui::PacketDialog dialog(m_path, m_store->db());
    dialog.show();
    const auto combos = dialog.findChildren<QComboBox*>();
    ASSERT_EQ(combos.size(), 3);
    EXPECT_EQ(combos[0]->currentText(), QStringLiteral("2026")); // the latest year first
    EXPECT_EQ(combos[1]->currentText(), QStringLiteral("2026-09"));
    combos[0]->setCurrentIndex(combos[0]->findText(QStringLiteral("2025")));
    EXPECT_EQ(combos[1]->currentText(), QStringLiteral("2025-12")); // follows the year
    combos[0]->setCurrentIndex(0);

    auto* scenarios = dialog.findChild<QListWidget*>();
    ASSERT_EQ(scenarios->count(), 2);
    scenarios->item(1)->setCheckState(Qt::Checked);
    EXPECT_EQ(dialog.request().scenarios, QStringList{QStringLiteral("Board plan B")});
    EXPECT_EQ(dialog.request().period, Period(2026, 9));

    const QString out = m_folder.path(QStringLiteral("packet.pdf"));
    dialog.setOutputPath(out);
    QSignalSpy saved(&dialog, &ui::PacketDialog::saved);
    QTest::mouseClick(button(dialog, QStringLiteral("&Save PDF")), Qt::LeftButton);
    ASSERT_TRUE(saved.wait(60000));
    EXPECT_EQ(saved.at(0).at(0).toString(), out);
    QFile pdf(out);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
}

TEST_F(PacketDialogTest, AnUnwritablePlaceIsReportedAndNothingIsLeft)
{
    ui::PacketDialog dialog(m_path, m_store->db());
    dialog.show();
    const QString out = m_folder.path(QStringLiteral("missing-folder/packet.pdf"));
    dialog.setOutputPath(out);
    QSignalSpy failed(&dialog, &ui::PacketDialog::failed);
    QTest::mouseClick(button(dialog, QStringLiteral("&Save PDF")), Qt::LeftButton);
    ASSERT_TRUE(failed.wait(60000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("packet.pdf")));
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(PacketDialogTest, ComparesTheFirstFourScenariosWhenThereAreTwoOrMore)
{
    for (int s = 1; s <= 5; ++s)
        saveScenario(QStringLiteral("Plan %1").arg(s), s * 10'000'000);
    ui::PacketRequest request;
    request.year = 2026;
    request.period = Period(2026, 9);
    request.scenarios = {QStringLiteral("Plan 1")};
    EXPECT_FALSE(ui::PacketContent::load(m_store->db(), request).comparison); // one: nothing

    request.scenarios = {QStringLiteral("Plan 1"), QStringLiteral("Plan 2"),
                         QStringLiteral("Plan 3"), QStringLiteral("Plan 4"),
                         QStringLiteral("Plan 5")};
    const ui::PacketContent content = ui::PacketContent::load(m_store->db(), request);
    ASSERT_EQ(content.scenarios.size(), 5u);
    ASSERT_TRUE(content.comparison);
    ASSERT_EQ(content.comparison->scenarios.size(), 4u);
    ASSERT_EQ(content.comparison->changes.size(), 3u);
    for (size_t s = 0; s < 4; ++s) {
        const ScenarioTotals& t = content.comparison->scenarios[s];
        EXPECT_EQ(t.name, request.scenarios[qsizetype(s)]);
        // 80% of $100,000 times the plan's number goes to the providers, all of it to one of
        // primary care or specialists, and to one of employed or independent.
        EXPECT_EQ(t.paymentsCents, std::int64_t(s + 1) * 8'000'000);
        EXPECT_EQ(t.groups.primaryCareCents + t.groups.specialistCents, t.paymentsCents);
        EXPECT_EQ(t.groups.employedCents + t.groups.independentCents, t.paymentsCents);
    }
    // A pays least: from A to each other, everyone paid gains and no one loses.
    for (const PairwiseChange& pair : content.comparison->changes) {
        EXPECT_FALSE(pair.winners.empty());
        EXPECT_TRUE(pair.losers.empty());
    }
}

// A packet of June prints its scenarios as of June: the MSSP pool from the expenditures through
// June and the tiers of the measures year to date through June, as a funds flow of Q2 projects
// them, not the file's latest month.
TEST_F(PacketDialogTest, ScenariosAreAsOfThePacketsMonth)
{
    Scenario tiers;
    tiers.year = 2026;
    tiers.measures = {{QStringLiteral("AWV"), 5000}, {QStringLiteral("BCS"), 5000}};
    ScenarioStore(m_store->db()).save(QStringLiteral("Tiers"), tiers);
    ui::PacketRequest request;
    request.year = 2026;
    request.period = Period(2026, 6);
    request.scenarios = {QStringLiteral("Tiers")};
    const ui::PacketContent june = ui::PacketContent::load(m_store->db(), request);
    ASSERT_EQ(june.scenarios.size(), 1u);
    const FundsFlowReport q2 = projectFundsFlow(m_store->db(), tiers, 2026, 2);
    EXPECT_EQ(june.scenarios[0].allocation.poolCents, q2.poolCents());
    EXPECT_EQ(june.scenarios[0].paidCents, q2.projectedTotalCents());

    request.period = Period(2026, 9);
    const ui::PacketContent september = ui::PacketContent::load(m_store->db(), request);
    EXPECT_NE(september.scenarios[0].allocation.poolCents, june.scenarios[0].allocation.poolCents);
}
