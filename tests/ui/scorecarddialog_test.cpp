#include "scorecards/scorecarddialog.h"
#include "mnemonics.h"
#include "store/store.h"
#include "screenshot.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QRadioButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

QLabel* countLabel(const QDialog& dialog)
{
    for (QLabel* label : dialog.findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("scorecard")))
            return label;
    return nullptr;
}

} // namespace

TEST(ScorecardDialog, OffersThePeriodsWithDataAndCountsTheChosenProviders)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("small.aco"));
    test::writeSmallDemo(path);
    const Store store = Store::openReadOnly(path);
    const auto providers = loadProviders(store.db());

    ui::ScorecardDialog dialog(path, store.db(), providers.front().id);
    dialog.show();
    EXPECT_EQ(test::literalMnemonics(dialog), QStringList());
    auto* period = dialog.findChildren<QComboBox*>().at(0);
    EXPECT_EQ(period->count(), 36);
    EXPECT_EQ(period->itemText(0), QStringLiteral("2026-09"));
    EXPECT_EQ(period->itemText(35), QStringLiteral("2023-10"));

    QLabel* count = countLabel(dialog);
    ASSERT_NE(count, nullptr);
    EXPECT_EQ(count->text(), QStringLiteral("1 scorecard, one page")); // the selected provider
    test::screenshot(dialog, QStringLiteral("scorecard-dialog.png"));

    QRadioButton* all = nullptr;
    for (QRadioButton* radio : dialog.findChildren<QRadioButton*>())
        if (radio->text().contains(QStringLiteral("All providers")))
            all = radio;
    ASSERT_NE(all, nullptr);
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(6, all->height() / 2)); // on the button itself
    EXPECT_TRUE(all->isChecked());
    EXPECT_EQ(count->text(), QStringLiteral("25 scorecards, one page each"));
}
