#include "diagrams/linkdialog.h"
#include "mnemonics.h"
#include "diagrams/nodedialog.h"
#include "screenshot.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

std::vector<Measure> measures()
{
    Measure bcs;
    bcs.code = QStringLiteral("BCS");
    bcs.name = QStringLiteral("Breast cancer screening");
    Measure adm;
    adm.code = QStringLiteral("ADM");
    adm.name = QStringLiteral("Inpatient admissions");
    adm.higherIsBetter = false;
    adm.unit = Measure::Unit::Per1000;
    return {bcs, adm};
}

DriverNode node(std::int64_t id, NodeKind kind, const char* text)
{
    DriverNode n;
    n.id = id;
    n.kind = kind;
    n.text = QString::fromUtf8(text);
    return n;
}

} // namespace

TEST(NodeDialog, EditsEveryFieldOfAChangeIdeaAndRefusesAnEmptyText)
{
    DriverNode change = node(7, NodeKind::Change, "Mailed reminders");
    change.status = ChangeStatus::Testing;
    ui::NodeDialog dialog(change, measures());
    EXPECT_EQ(test::literalMnemonics(dialog), QStringList());
    dialog.show();
    auto* text = dialog.findChild<QPlainTextEdit*>();
    auto* target = dialog.findChild<QLineEdit*>();
    const auto combos = dialog.findChildren<QComboBox*>(); // measure, direction, status
    ASSERT_EQ(combos.size(), 3);
    text->setPlainText(QStringLiteral("Mailed   reminders\nand texts"));
    combos[0]->setCurrentIndex(2); // ADM
    target->setText(QStringLiteral("235.5"));
    combos[2]->setCurrentIndex(2); // adopted
    QApplication::processEvents();
    test::screenshot(dialog, QStringLiteral("driver-diagram-node-dialog.png"));
    const DriverNode edited = dialog.node();
    EXPECT_EQ(edited.id, 7);
    EXPECT_EQ(edited.text, QStringLiteral("Mailed reminders and texts"));
    EXPECT_EQ(edited.measure, QStringLiteral("ADM"));
    EXPECT_EQ(edited.target, 235.5);
    EXPECT_FALSE(edited.direction.has_value()); // the measure's own
    EXPECT_EQ(edited.status, ChangeStatus::Adopted);
    EXPECT_TRUE(combos[1]->itemText(0).contains(QStringLiteral("lower is better")));

    text->clear();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible()); // refused, saying why
    bool explained = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        explained = explained || label->text() == QStringLiteral("The change idea needs a text.");
    EXPECT_TRUE(explained);
}

TEST(NodeDialog, EditsTheAimsFourFieldsAndTitle)
{
    ui::NodeDialog dialog(node(1, NodeKind::Aim, "Old aim"), measures());
    dialog.setAim(QStringLiteral("Title"), {QStringLiteral("Old aim"), QStringLiteral("3%"),
                                            QStringLiteral("All"), QStringLiteral("2026")});
    dialog.show();
    const auto edits =
        dialog.findChildren<QLineEdit*>(); // title, what, how much, for whom, by when, target
    ASSERT_EQ(edits.size(), 6);
    edits[1]->setText(QStringLiteral("New aim"));
    edits[3]->setText(QStringLiteral("Every attributed beneficiary"));
    QApplication::processEvents();
    test::screenshot(dialog, QStringLiteral("driver-diagram-aim-dialog.png"));
    EXPECT_EQ(dialog.title(), QStringLiteral("Title"));
    EXPECT_EQ(dialog.aim(),
              (Aim{QStringLiteral("New aim"), QStringLiteral("3%"),
                   QStringLiteral("Every attributed beneficiary"), QStringLiteral("2026")}));
    EXPECT_EQ(dialog.node().text, QStringLiteral("New aim"));
    edits[1]->clear();
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
}

TEST(LinkDialog, ReportsOnlyTheLinksThatChange)
{
    DriverDiagram d(2026, QStringLiteral("Links"), {QStringLiteral("Aim"), {}, {}, {}}, 1);
    d.insertNode(0, node(2, NodeKind::Primary, "P one"));
    d.insertNode(1, node(3, NodeKind::Primary, "P two"));
    d.insertNode(0, node(4, NodeKind::Secondary, "S one"));
    d.insertNode(0, node(5, NodeKind::Change, "C one"));
    d.setLink({4, 2, LinkStrength::Strong});
    d.setLink({5, 4, LinkStrength::Weak});
    ui::LinkDialog dialog(d, 4);
    dialog.show();
    const auto choices = dialog.findChildren<QComboBox*>(); // P one, P two, C one
    ASSERT_EQ(choices.size(), 3);
    EXPECT_EQ(choices[0]->currentIndex(), 1); // strong
    EXPECT_EQ(choices[1]->currentIndex(), 0); // none
    EXPECT_EQ(choices[2]->currentIndex(), 2); // weak
    EXPECT_TRUE(dialog.changes().empty());
    QApplication::processEvents();
    test::screenshot(dialog, QStringLiteral("driver-diagram-links-dialog.png"));
    choices[0]->setCurrentIndex(0);
    choices[1]->setCurrentIndex(2);
    const auto changes = dialog.changes();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].from, 4);
    EXPECT_EQ(changes[0].to, 2);
    EXPECT_FALSE(changes[0].strength.has_value());
    EXPECT_EQ(changes[1].to, 3);
    EXPECT_EQ(changes[1].strength, LinkStrength::Weak);
}
