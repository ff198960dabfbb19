#include "cclftestdelivery.h"
#include "check.h"
#include "claims/cclfload.h"
#include "mnemonics.h"
#include "import/importdialog.h"
#include "import/importsample.h"
#include "screenshot.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(m_path);
        m_store = std::make_unique<Store>(Store::open(m_path));
        m_dialog = std::make_unique<ui::ImportDialog>(*m_store);
        m_dialog->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QPushButton* button(const QString& text) const
    {
        for (QPushButton* b : m_dialog->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    QLabel* status() const
    {
        for (QLabel* label : m_dialog->findChildren<QLabel*>())
            if (label->wordWrap() && !label->text().startsWith(QStringLiteral("Importing again")))
                return label;
        return nullptr;
    }
    // Picks the kind from the combo box with the keyboard and types the file's path.
    void choose(const QString& kind, const QString& csv)
    {
        auto* combo = m_dialog->findChild<QComboBox*>();
        combo->setFocus();
        QTest::keyClicks(combo, kind);
        auto* file = m_dialog->findChild<QLineEdit*>();
        file->clear();
        QTest::keyClicks(file, csv);
    }
    // Clicks `text` and waits for the background work to end.
    void clickAndWait(const QString& text)
    {
        QPushButton* b = button(text);
        ASSERT_NE(b, nullptr);
        QTest::mouseClick(b, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor(
            [this] { return button(QStringLiteral("&Validate"))->isEnabled(); }, 20000));
    }
    QString hash() const { return contentHash(m_store->db()); }

    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ui::ImportDialog> m_dialog;
};

} // namespace

TEST_F(ImportDialogTest, ShowsTheColumnsOfTheChosenKind)
{
    auto* columns = m_dialog->findChild<QTableWidget*>();
    ASSERT_NE(columns, nullptr);
    // Years come first, as they can be imported into an empty file.
    EXPECT_EQ(m_dialog->kind(), ImportKind::Years);
    EXPECT_EQ(test::literalMnemonics(*m_dialog), QStringList());
    ASSERT_EQ(columns->rowCount(), 14); // the last four: the benchmark by enrollment type
    EXPECT_EQ(columns->item(1, 0)->text(), QStringLiteral("track"));
    EXPECT_EQ(columns->item(9, 0)->text(), QStringLiteral("low_revenue"));
    EXPECT_EQ(columns->item(9, 2)->text(), QStringLiteral("no"));
    EXPECT_EQ(columns->item(13, 0)->text(), QStringLiteral("benchmark_aged_non_dual"));
    EXPECT_EQ(columns->item(13, 2)->text(), QStringLiteral("no"));
    test::screenshot(*m_dialog, QStringLiteral("import-dialog-years.png"));
    choose(QStringLiteral("results"), {});
    EXPECT_EQ(m_dialog->kind(), ImportKind::Results);
    ASSERT_EQ(columns->rowCount(), 5);
    EXPECT_EQ(columns->item(0, 0)->text(), QStringLiteral("measure_code"));
    EXPECT_EQ(columns->item(3, 0)->text(), QStringLiteral("numerator"));
    EXPECT_EQ(columns->item(3, 1)->text(), QStringLiteral("integer"));
    EXPECT_EQ(columns->item(3, 2)->text(), QStringLiteral("yes"));
    EXPECT_FALSE(button(QStringLiteral("&Validate"))->isEnabled()); // no file yet
    test::screenshot(*m_dialog, QStringLiteral("import-dialog-columns.png"));
    // Typed again after the combo box's keyboard search has forgotten "results".
    QTest::qWait(QApplication::keyboardInputInterval() + 100);
    choose(QStringLiteral("measures"), {});
    ASSERT_EQ(m_dialog->kind(), ImportKind::Measures);
    EXPECT_EQ(columns->item(9, 0)->text(), QStringLiteral("denominator_kind"));
    test::screenshot(*m_dialog, QStringLiteral("import-dialog-measures.png"));
}

TEST_F(ImportDialogTest, ValidateListsEveryProblemAndWritesNothing)
{
    const QString csv = m_folder.path(QStringLiteral("practices.csv"));
    test::writeFile(csv, "code,name,city\nPR900,,Town\nPR901,Fine,\n,Nameless,\"open\n");
    const QString before = hash();
    choose(QStringLiteral("practices"), csv);
    clickAndWait(QStringLiteral("&Validate"));
    EXPECT_EQ(status()->text(), QStringLiteral("3 problems in 3 rows; nothing was written. Correct "
                                               "the file and validate again."));
    auto* problems = m_dialog->findChild<QTableView*>(QStringLiteral("problems"));
    ASSERT_NE(problems, nullptr);
    ASSERT_EQ(problems->model()->rowCount(), 3);
    const auto cell = [&](int row, int column) {
        return problems->model()->index(row, column).data().toString();
    };
    EXPECT_EQ(cell(0, 0), QStringLiteral("practices.csv"));
    EXPECT_EQ(cell(0, 1), QStringLiteral("2"));
    EXPECT_EQ(cell(0, 2), QStringLiteral("2"));
    EXPECT_EQ(cell(0, 3), QStringLiteral("name is empty; it is required"));
    EXPECT_EQ(cell(1, 1) + QLatin1Char(':') + cell(1, 2) + QLatin1Char(' ') + cell(1, 3),
              QStringLiteral("4:1 code is empty; it is required"));
    EXPECT_EQ(cell(2, 1) + QLatin1Char(':') + cell(2, 2) + QLatin1Char(' ') + cell(2, 3),
              QStringLiteral("4:3 a quoted field is not closed; a quote is missing at its end"));
    test::screenshot(*m_dialog, QStringLiteral("import-dialog-problems.png"));
    EXPECT_EQ(hash(), before);
}

TEST_F(ImportDialogTest, ImportWritesAGoodFileAndSaysSo)
{
    const QString csv = m_folder.path(QStringLiteral("practices.csv"));
    test::writeFile(csv, "code,name,city\nPR900,\"North, Clinic\",Town\n");
    choose(QStringLiteral("practices"), csv);
    QSignalSpy imported(m_dialog.get(), &ui::ImportDialog::imported);
    clickAndWait(QStringLiteral("&Validate"));
    EXPECT_EQ(status()->text(), QStringLiteral("No problem found in 1 row. Nothing was written: "
                                               "Import to load them."));
    EXPECT_EQ(imported.count(), 0);
    clickAndWait(QStringLiteral("&Import"));
    EXPECT_EQ(status()->text(), QStringLiteral("Imported 1 row of practices."));
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.at(0).at(0).value<ImportKind>(), ImportKind::Practices);
    EXPECT_EQ(m_store->db().queryText("SELECT name FROM practice WHERE code = 'PR900'"),
              QStringLiteral("North, Clinic"));
}

// In a file with CCLF claims, the roster decides whom the claims attribute members to: importing
// providers computes the claims-based numbers again, and the dialog says so.
TEST_F(ImportDialogTest, ImportingProvidersIntoAFileWithClaimsSaysTheirNumbersWereComputedAgain)
{
    test::CclfTestDelivery delivery(20261015, QStringLiteral("A9001"));
    delivery.addBeneficiary("6U50TE7GG18", "Jane", "Doe", 19400101);
    const QString folder = m_folder.path(QStringLiteral("cclf"));
    QDir().mkpath(folder);
    ASSERT_TRUE(loadCclf(m_store->db(), {delivery.write(folder, true)}, false).ok());
    const std::int64_t providers = m_store->db().queryInt64("SELECT count(*) FROM provider");
    const QString csv = m_folder.path(QStringLiteral("providers.csv"));
    test::writeFile(csv, importSample(m_store->db(), ImportKind::Providers));
    choose(QStringLiteral("providers"), csv);
    clickAndWait(QStringLiteral("&Import"));
    EXPECT_EQ(status()->text(),
              QStringLiteral("Imported %1 rows of providers. The claims-based measures, attribution "
                             "and care gaps were computed again from the file's CCLF claims.")
                  .arg(providers));
}

TEST_F(ImportDialogTest, CancelLeavesTheFileAsItWas)
{
    // Every result of the demo, with one month removed first so that the import has work to do.
    const QString csv = m_folder.path(QStringLiteral("results.csv"));
    {
        const Store other = Store::openReadOnly(m_path);
        QByteArray rows = "measure_code,period,npi,numerator,denominator\n";
        auto query = other.db().prepare("SELECT m.code, p.npi FROM measure m, provider p");
        while (query.step())
            for (int year = 1990; year < 2000; ++year)
                for (int month = 1; month <= 12; ++month)
                    rows += query.text(0).toUtf8() + ',' + QByteArray::number(year) + '-' +
                            QByteArray::number(month).rightJustified(2, '0') + ',' +
                            query.text(1).toUtf8() + ",1,2\n";
        test::writeFile(csv, rows);
    }
    const QString before = hash();
    choose(QStringLiteral("results"), csv);
    QTest::mouseClick(button(QStringLiteral("&Import")), Qt::LeftButton);
    // The progress dialog is there at once; its Cancel button stops the import.
    auto* progress = m_dialog->findChild<QProgressDialog*>();
    ASSERT_NE(progress, nullptr);
    auto* cancel = progress->findChild<QPushButton*>();
    ASSERT_NE(cancel, nullptr);
    EXPECT_EQ(cancel->text(), QStringLiteral("Cancel"));
    cancel->click();
    ASSERT_TRUE(QTest::qWaitFor([this] { return button(QStringLiteral("&Validate"))->isEnabled(); },
                                20000));
    EXPECT_EQ(status()->text(), QStringLiteral("Cancelled: nothing was written."));
    EXPECT_EQ(hash(), before);
}
