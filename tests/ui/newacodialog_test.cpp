// File > New ACO from CSV: the dialog, and the window opening what it made.
#include "import/newacodialog.h"
#include "mnemonics.h"
#include "organisation.h"
#include "screenshot.h"
#include "store/store.h"
#include "testsupport.h"
#include "windowtest.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

class NewAcoDialogTest : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        m_extracts = m_folder.path(QStringLiteral("extracts"));
        ASSERT_TRUE(QDir().mkpath(m_extracts));
        test::writeRiversideExtracts(m_extracts);
        m_target = m_folder.path(QStringLiteral("riverside.aco"));
        m_dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_dialog));
    }
    QPushButton* createButton() const
    {
        return m_dialog.findChild<QPushButton*>(QStringLiteral("create"));
    }
    QString status() const { return m_dialog.findChild<QLabel*>(QStringLiteral("status"))->text(); }
    // Types the identity and the target as a person would.
    void fillIn()
    {
        QTest::keyClicks(m_dialog.acoId(), QStringLiteral("A1234"));
        QTest::keyClicks(m_dialog.name(), QStringLiteral("Riverside Care Partners"));
        QTest::keyClicks(m_dialog.target(), m_target);
    }
    // Clicks Create and waits for the work to end.
    void create()
    {
        QTest::mouseClick(createButton(), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return createButton()->isEnabled() || !m_dialog.isVisible(); }, 30000));
    }

    test::TempFolder m_folder;
    QString m_extracts;
    QString m_target;
    ui::NewAcoDialog m_dialog{QString()};
};

} // namespace

TEST_F(NewAcoDialogTest, CreateIsOfferedOnceTheIdNameAndFileAreGiven)
{
    EXPECT_EQ(test::literalMnemonics(m_dialog), QStringList());
    EXPECT_FALSE(createButton()->isEnabled());
    // The identifier takes A and four digits only.
    QTest::keyClicks(m_dialog.acoId(), QStringLiteral("B9A12345"));
    EXPECT_EQ(m_dialog.acoId()->text(), QStringLiteral("A1234"));
    QTest::keyClicks(m_dialog.name(), QStringLiteral("Riverside"));
    EXPECT_FALSE(createButton()->isEnabled());
    QTest::keyClicks(m_dialog.target(), m_target);
    EXPECT_TRUE(createButton()->isEnabled());
    QTest::keyClick(m_dialog.acoId(), Qt::Key_Backspace);
    EXPECT_FALSE(createButton()->isEnabled()); // "A123"
}

TEST_F(NewAcoDialogTest, TakesTheExtractsOfAFolderAndCreatesTheFile)
{
    fillIn();
    EXPECT_EQ(m_dialog.takeFolder(m_extracts), 6);
    EXPECT_EQ(m_dialog.extract(ImportKind::Providers)->text(),
              m_extracts + QStringLiteral("/providers.csv"));
    EXPECT_TRUE(m_dialog.extract(ImportKind::Tiers)->text().isEmpty());
    test::screenshot(m_dialog, QStringLiteral("new-aco-dialog.png"));
    QSignalSpy created(&m_dialog, &ui::NewAcoDialog::created);
    create();
    ASSERT_EQ(created.size(), 1) << status().toStdString();
    EXPECT_EQ(created.at(0).at(0).toString(), m_target);
    EXPECT_EQ(m_dialog.result(), QDialog::Accepted);
    const Store store = Store::openReadOnly(m_target);
    EXPECT_EQ(loadAcoInfo(store.db())->name, QStringLiteral("Riverside Care Partners"));
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM provider"), 3);
    EXPECT_EQ(store.db().queryInt64("SELECT sum(numerator) FROM measure_result"), 95);
}

TEST_F(NewAcoDialogTest, ListsTheProblemsOfTheFirstBadExtractAndCreatesNothing)
{
    fillIn();
    m_dialog.takeFolder(m_extracts);
    // The second practice is missing, so two providers name a practice the file does not have.
    test::writeFile(m_extracts + QStringLiteral("/practices.csv"),
                    "code,name\nRV1,Riverside Family Care\n");
    create();
    EXPECT_EQ(status(), QStringLiteral("The providers extract has 2 problems; nothing was created. "
                                       "Correct it and Create again."));
    const auto* problems = m_dialog.findChild<QTableView*>(QStringLiteral("problems"));
    ASSERT_EQ(problems->model()->rowCount(), 2);
    EXPECT_EQ(problems->model()->index(0, 0).data().toString(), QStringLiteral("providers.csv"));
    EXPECT_EQ(problems->model()->index(0, 1).data().toInt(), 3);
    EXPECT_EQ(problems->model()->index(1, 1).data().toInt(), 4);
    EXPECT_TRUE(problems->model()->index(0, 3).data().toString().startsWith(
        QStringLiteral("practice_code \"RV2\" is not a practice of this ACO")));
    test::screenshot(m_dialog, QStringLiteral("new-aco-dialog-problems.png"));
    EXPECT_FALSE(QFileInfo::exists(m_target));
    EXPECT_TRUE(m_dialog.isVisible());
}

using NewAcoWindowTest = test::WindowTest;

TEST_F(NewAcoWindowTest, FileNewFromCsvOpensTheNewFile)
{
    const QString extracts = m_folder.path(QStringLiteral("extracts"));
    ASSERT_TRUE(QDir().mkpath(extracts));
    test::writeRiversideExtracts(extracts);
    ui::MainWindow window;
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("newFromCsv"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(QKeySequence::New));
    action->trigger();
    auto* dialog = window.findChild<ui::NewAcoDialog*>();
    ASSERT_NE(dialog, nullptr);
    QTest::keyClicks(dialog->acoId(), QStringLiteral("A1234"));
    QTest::keyClicks(dialog->name(), QStringLiteral("Riverside Care Partners"));
    const QString target = m_folder.path(QStringLiteral("riverside.aco"));
    QTest::keyClicks(dialog->target(), target);
    dialog->takeFolder(extracts);
    QSignalSpy opened(&window, &ui::MainWindow::fileOpened);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("create")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !opened.isEmpty(); }, 30000));
    waitIdle(window);
    EXPECT_TRUE(window.windowTitle().startsWith(QStringLiteral("riverside.aco")))
        << window.windowTitle().toStdString();
    EXPECT_TRUE(statusText(window).contains(QStringLiteral("Data as of 2026-09-30")))
        << statusText(window).toStdString();
    test::screenshot(window, QStringLiteral("new-aco-window.png"));
}
