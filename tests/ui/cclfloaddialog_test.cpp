// Loading CCLF deliveries from the window: the dialog, and the Data view's list of deliveries.
#include "cclftestdelivery.h"
#include "data/dataview.h"
#include "import/cclfloaddialog.h"
#include "screenshot.h"
#include "store/store.h"
#include "windowtest.h"

#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

constexpr const char* mbi = "6U50TE7GG18";

// A delivery for the small demo ACO (A9001): one beneficiary, a Part A claim, a cancelled and a
// paid Part B line.
test::CclfTestDelivery demoDelivery()
{
    test::CclfTestDelivery d(20261015, QStringLiteral("A9001"));
    d.addBeneficiary(mbi, "Jane", "Doe", 19400101);
    d.addPartA({.id = 11, .mbi = mbi, .from = 20260901, .thru = 20260903, .paidCents = 1'234'500});
    d.addPartB({.claimId = 21, .mbi = mbi, .control = "K1", .paidCents = 9000, .effective = 20260905,
                .from = 20260904, .thru = 20260904});
    d.addPartB({.claimId = 22, .mbi = mbi, .control = "K1", .paidCents = 9000, .adjustment = 1,
                .effective = 20260910, .from = 20260904, .thru = 20260904});
    d.addPartB({.claimId = 23, .mbi = mbi, .control = "K2", .paidCents = 11'050, .from = 20260920,
                .thru = 20260920});
    return d;
}

class CclfLoadDialogTest : public test::DemoWindow
{
protected:
    QString write(const test::CclfTestDelivery& d, bool zip = true)
    {
        const QString folder = m_folder.path(QStringLiteral("cclf%1").arg(++m_count));
        QDir().mkpath(folder);
        return d.write(folder, zip);
    }
    static QPushButton* button(const QDialog& dialog, const QString& text)
    {
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    // Clicks `text` and waits for the background work to end.
    static void clickAndWait(ui::CclfLoadDialog& dialog, const QString& text)
    {
        QPushButton* b = button(dialog, text);
        ASSERT_NE(b, nullptr);
        QTest::mouseClick(b, Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return button(dialog, QStringLiteral("&Check"))->isEnabled(); }, 30000));
    }
    std::int64_t claims() const
    {
        const Store store = Store::openReadOnly(m_path);
        return store.db().queryInt64("SELECT count(*) FROM claim_b_line");
    }

    int m_count = 0;
};

} // namespace

TEST_F(CclfLoadDialogTest, ChecksThenLoadsADeliveryAndTheDataViewListsIt)
{
    const QString zip = write(demoDelivery());
    const Store store = Store::open(m_path);
    ui::CclfLoadDialog dialog(store);
    dialog.addPaths({zip});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy loaded(&dialog, &ui::CclfLoadDialog::loaded);

    clickAndWait(dialog, QStringLiteral("&Check"));
    EXPECT_TRUE(dialog.status().startsWith(QStringLiteral("No problem found. Nothing was written")))
        << dialog.status().toStdString();
    EXPECT_EQ(claims(), 0);

    clickAndWait(dialog, QStringLiteral("&Load"));
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_TRUE(dialog.status().startsWith(QStringLiteral("Loaded 1 delivery."))) << dialog.status().toStdString();
    // $12,345 of Part A; $90 paid, $90 cancelled and $110.50 of Part B.
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("Monthly delivery of 2026-10-15: 5 records.")))
        << dialog.details().toStdString();
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("Part A $12,345.00, Part B physician $110.50, DME $0.00; "
                                                         "total $12,455.50")))
        << dialog.details().toStdString();
    EXPECT_EQ(claims(), 3);
    test::screenshot(dialog, QStringLiteral("cclf-load-dialog.png"));

    // Loading it again changes nothing, and says so.
    clickAndWait(dialog, QStringLiteral("&Load"));
    EXPECT_EQ(dialog.status(), QStringLiteral("Nothing to load: every delivery was loaded before."));
    EXPECT_TRUE(dialog.details().contains(QStringLiteral("was already loaded on"))) << dialog.details().toStdString();
    EXPECT_EQ(loaded.count(), 1);

    // The window reads the file again; the Data view lists the delivery.
    ASSERT_TRUE(openAndWait(*m_window, m_path));
    auto* data = m_window->findChild<ui::DataView*>();
    ASSERT_NE(data, nullptr);
    QTableWidget* deliveries = data->deliveries();
    ASSERT_TRUE(QTest::qWaitFor([&] { return deliveries->rowCount() == 1; }, 10000));
    EXPECT_EQ(deliveries->item(0, 0)->text(), QStringLiteral("2026-10-15"));
    EXPECT_EQ(deliveries->item(0, 1)->text(), QStringLiteral("monthly"));
    // 1 beneficiary, 1 header, 3 lines.
    EXPECT_EQ(deliveries->item(0, 3)->text(), QStringLiteral("5"));
    EXPECT_EQ(deliveries->item(0, 7)->text(), QFileInfo(zip).fileName());
    m_window->resize(1366, 768);
    m_window->showView(ui::MainWindow::View::Data);
    test::screenshot(*m_window, QStringLiteral("cclf-data-view.png"));
}

TEST_F(CclfLoadDialogTest, ListsEveryProblemByFileLineAndColumnAndLoadsNothing)
{
    test::CclfTestDelivery d = demoDelivery();
    d.addPartB({.claimId = 24, .mbi = "NOT-AN-MBI", .paidCents = 100, .from = 20260931, .thru = 20260931});
    const Store store = Store::open(m_path);
    ui::CclfLoadDialog dialog(store);
    dialog.addPaths({write(d, false)});
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    clickAndWait(dialog, QStringLiteral("&Load"));
    EXPECT_TRUE(dialog.status().startsWith(QStringLiteral("5 problems; nothing was written")))
        << dialog.status().toStdString();
    auto* problems = dialog.findChild<QTableView*>(QStringLiteral("problems"));
    ASSERT_NE(problems, nullptr);
    const QAbstractItemModel* model = problems->model();
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->index(0, 0).data().toString(), QStringLiteral("P.A9001.ACO.ZC5Y26.D261015.T0112000"));
    EXPECT_EQ(model->index(0, 1).data().toInt(), 4);
    EXPECT_EQ(model->index(0, 2).data().toInt(), 24);
    EXPECT_TRUE(model->index(0, 3).data().toString().startsWith(QStringLiteral("BENE_MBI_ID 'NOT-AN-MBI' is not an MBI")));
    test::screenshot(dialog, QStringLiteral("cclf-load-problems.png"));
    EXPECT_EQ(claims(), 0);
}
