#include "packet/packetcontent.h"
#include "packet/packetdialog.h"
#include "scenarios/scenariostore.h"
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
    void saveScenario(const QString& name)
    {
        Scenario scenario;
        scenario.source = Scenario::Source::Amount;
        scenario.amountCents = 100'000'000;
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
