#include "dashboard/dashboardtile.h"
#include "dashboard/dashboardview.h"
#include "dashboard/enrollmenttable.h"
#include "dashboard/measurebars.h"
#include "dashboard/moverstable.h"
#include "screenshot.h"
#include "smalldemotest.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace aco;

namespace {

class DashboardViewTest : public test::SmallDemoTest
{
  protected:
    // The small demo's 2026 dashboard to September, year to date, computed by the view itself.
    void open(ui::DashboardView& view)
    {
        view.resize(1400, 950);
        view.show();
        QSignalSpy computed(&view, &ui::DashboardView::computed);
        view.setDatabase(&m_store->db());
        view.setSelection(2026, Period(2026, 9), Window::YearToDate);
        EXPECT_TRUE(view.isComputing());
        ASSERT_TRUE(computed.wait(20000));
    }

    QStringList labelTexts(const QWidget& widget) const
    {
        QStringList texts;
        for (const QLabel* label : widget.findChildren<QLabel*>())
            texts << label->text();
        return texts;
    }
};

} // namespace

TEST_F(DashboardViewTest, ShowsTheProjectedSavingsRateAndSpendingFromTheFile)
{
    ui::DashboardView view;
    open(view);
    ASSERT_NE(view.data(), nullptr);
    // Independently: spending per beneficiary-month January-September 2026, annualised, against
    // the year's benchmark per capita.
    const Database& db = m_store->db();
    const double spent = static_cast<double>(db.queryInt64(
        "SELECT sum(expenditure_cents) FROM expenditure WHERE period BETWEEN 202601 AND 202609"));
    const double members = static_cast<double>(db.queryInt64(
        "SELECT sum(beneficiary_months) FROM expenditure WHERE period BETWEEN 202601 AND 202609"));
    const double benchmark = static_cast<double>(
        db.queryInt64("SELECT benchmark_per_capita_cents FROM performance_year WHERE year = 2026"));
    const double rate = 100.0 * (1.0 - 12.0 * spent / members / benchmark);
    const QString rateText = QString::number(rate, 'f', 1) + QLatin1Char('%');
    const QString spendingText =
        QStringLiteral("$%L1 PMPM").arg(std::llround(spent / members / 100.0));

    const QStringList texts = labelTexts(view);
    EXPECT_TRUE(texts.contains(rateText))
        << rateText.toStdString() << " in " << texts.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(texts.contains(spendingText)) << spendingText.toStdString();
    EXPECT_TRUE(
        texts.join(QLatin1Char(' ')).contains(QStringLiteral("Riverbend Health Partners ACO")));
    ASSERT_EQ(view.tiles().size(), 9u);
    for (const ui::DashboardTile* tile : view.tiles()) {
        EXPECT_FALSE(tile->toolTip().isEmpty()) << tile->title().toStdString();
        EXPECT_NE(tile->focusPolicy(), Qt::NoFocus);
    }
    test::screenshot(view, QStringLiteral("dashboard-small.png"));
}

TEST_F(DashboardViewTest, EveryTileClicksThroughByMouseAndKeyboard)
{
    ui::DashboardView view;
    open(view);
    QSignalSpy mssp(&view, &ui::DashboardView::msspRequested);
    QSignalSpy measure(&view, &ui::DashboardView::measureRequested);
    QSignalSpy provider(&view, &ui::DashboardView::providerRequested);
    QSignalSpy tiers(&view, &ui::DashboardView::tiersRequested);
    const auto& tiles = view.tiles();

    for (size_t k = 0; k < 5; ++k) // the four KPIs and the chart
        QTest::mouseClick(tiles[k], Qt::LeftButton, {}, QPoint(20, 12));
    EXPECT_EQ(mssp.count(), 5);
    tiles[0]->setFocus();
    QTest::keyClick(tiles[0], Qt::Key_Return);
    EXPECT_EQ(mssp.count(), 6);

    // The measures: a click on the second row asks for its measure; Down and Enter for the third.
    auto* bars = view.findChild<ui::MeasureBars*>();
    ASSERT_NE(bars, nullptr);
    ASSERT_GE(bars->measures().size(), 3u);
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(1).center().toPoint());
    ASSERT_EQ(measure.count(), 1);
    EXPECT_EQ(measure.at(0).at(0).toString(), bars->measures()[1].measure.code);
    tiles[5]->setFocus(); // the measures tile passes focus to its rows
    EXPECT_TRUE(bars->hasFocus());
    QTest::keyClick(bars, Qt::Key_Down);
    QTest::keyClick(bars, Qt::Key_Enter);
    ASSERT_EQ(measure.count(), 2);
    EXPECT_EQ(measure.at(1).at(0).toString(), bars->measures()[2].measure.code);

    QTest::mouseClick(tiles[6], Qt::LeftButton, {}, QPoint(20, 12));
    EXPECT_EQ(tiers.count(), 1);
    tiles[6]->setFocus();
    QTest::keyClick(tiles[6], Qt::Key_Space);
    EXPECT_EQ(tiers.count(), 2);

    // The movers: Enter on the first row asks for the biggest improver.
    auto* movers = view.findChild<ui::MoversTable*>();
    ASSERT_NE(movers, nullptr);
    ASSERT_FALSE(view.data()->improvers.empty());
    movers->setFocus();
    movers->setCurrentCell(0, 0);
    QTest::keyClick(movers, Qt::Key_Return);
    ASSERT_EQ(provider.count(), 1);
    EXPECT_EQ(provider.at(0).at(0).toLongLong(), view.data()->improvers.front().providerId);
    EXPECT_EQ(movers->item(0, 0)->text(), view.data()->improvers.front().providerName);
}

// Each measure reads against the target it names, with the verdict the driver diagram gives the
// same value: the ACO's own where the year's diagram sets one, the external benchmark named as
// such otherwise; a near miss reads "not met, within 10%".
TEST_F(DashboardViewTest, EachMeasureNamesItsTargetAndGivesTheDiagramsVerdict)
{
    ui::DashboardView view;
    open(view);
    auto* bars = view.findChild<ui::MeasureBars*>();
    ASSERT_NE(bars, nullptr);
    const Database& db = m_store->db();
    int aco = 0;
    for (int row = 0; row < static_cast<int>(bars->measures().size()); ++row) {
        const DashboardMeasure& m = bars->measures()[static_cast<size_t>(row)];
        QHelpEvent help(QEvent::ToolTip, bars->rowRect(row).center().toPoint(),
                        bars->mapToGlobal(bars->rowRect(row).center().toPoint()));
        QCoreApplication::sendEvent(bars, &help);
        const QString tip = QToolTip::text();
        // The diagram's target for the measure, straight from the file.
        auto node = db.prepare("SELECT n.target FROM driver_node n JOIN driver_diagram d ON "
                               "d.id = n.diagram_id JOIN measure m ON m.id = n.measure_id WHERE "
                               "d.year = 2026 AND m.code = ?1 AND n.target IS NOT NULL");
        node.bind(1, m.measure.code);
        ASSERT_TRUE(m.value) << m.measure.code.toStdString();
        if (node.step()) {
            ++aco;
            const double target = node.real(0);
            const QString symbol = m.measure.higherIsBetter ? QStringLiteral("\u2265")
                                                            : QStringLiteral("\u2264");
            EXPECT_TRUE(tip.contains(QStringLiteral("ACO target %1 %2")
                                         .arg(symbol, m.measure.formatValue(target))))
                << tip.toStdString();
            const double shortfall =
                m.measure.higherIsBetter ? target - *m.value : *m.value - target;
            const QString verdict = shortfall <= 0                ? QStringLiteral("met")
                                    : shortfall <= 0.1 * target ? QStringLiteral("not met, within 10%")
                                                                  : QStringLiteral("not met");
            EXPECT_TRUE(tip.contains(QStringLiteral(", ") + verdict + QLatin1Char(';')))
                << tip.toStdString();
        } else {
            EXPECT_TRUE(tip.contains(QStringLiteral("Illustrative national benchmark ")))
                << tip.toStdString();
        }
    }
    EXPECT_GE(aco, 10);
}

TEST_F(DashboardViewTest, AYearWithoutTermsSaysWhy)
{
    ui::DashboardView view;
    view.show();
    QSignalSpy computed(&view, &ui::DashboardView::computed);
    view.setDatabase(&m_store->db());
    view.setSelection(2019, Period(2019, 6), Window::YearToDate);
    ASSERT_TRUE(computed.wait(20000));
    const QString shown = labelTexts(view).join(QLatin1Char(' '));
    EXPECT_EQ(shown.count(QStringLiteral("no performance year 2019")), 1) << shown.toStdString();
    EXPECT_EQ(shown.count(QStringLiteral("Not available: see the note above.")), 4);
}

// Risk and spending by enrollment type as the tile shows them: on the demo as written (spending
// by type from its claims, but no risk scores nor benchmark by type) a note says what is missing
// and those columns are hidden; with scores and spending by type, the figures worked out by hand.
TEST_F(DashboardViewTest, RiskAndSpendingByEnrollmentTypeShowWhatTheFileHas)
{
    {
        ui::DashboardView view;
        open(view);
        auto* types = view.findChild<ui::EnrollmentTable*>();
        ASSERT_NE(types, nullptr);
        EXPECT_TRUE(types->note().contains(QStringLiteral("No risk scores for 2026")))
            << types->note().toStdString();
        EXPECT_FALSE(types->table()->isHidden());       // the demo's spending by type
        EXPECT_TRUE(types->table()->isColumnHidden(2)); // risk 2026
        EXPECT_FALSE(types->table()->isColumnHidden(6));
        EXPECT_TRUE(types->table()->isColumnHidden(7)); // no benchmark by type
        EXPECT_TRUE(types->note().contains(QStringLiteral("not given by enrollment type")));
    }
    {
        // Without spending by type either, the note alone.
        m_store->db().exec("DELETE FROM expenditure_by_type");
        ui::DashboardView view;
        open(view);
        auto* types = view.findChild<ui::EnrollmentTable*>();
        EXPECT_TRUE(types->table()->isHidden());
        EXPECT_TRUE(types->note().contains(QStringLiteral("No spending by enrollment type")));
    }
    // Five beneficiaries: two aged/non-dual (0.900 in 2021, 0.960 in 2026: +6.7%, 3% honoured),
    // one disabled (1.200 to 1.164: -3.0%, in full), one aged/dual (0.890 to 0.900: +1.1%), one
    // ESRD with no 2021 score. Aged/non-dual spending $1,920,000 over 2,000 beneficiary-months in
    // January-September: $960 PMPM against $12,000 a year, $1,000.
    m_store->db().exec(R"sql(
        DELETE FROM expenditure_by_type;
        UPDATE beneficiary SET medicare_status = CASE id WHEN 3 THEN '20' WHEN 4 THEN '11'
                                                 ELSE '10' END,
                               dual_status = CASE id WHEN 3 THEN '02' WHEN 5 THEN '02' END
            WHERE id <= 5;
        INSERT INTO risk_score (beneficiary_id, payment_year, segment, raw, normalized, hccs,
                                model_year) VALUES
          (1, 2021, 'CNA', 1, 1.000, '', 2026), (1, 2026, 'CNA', 1, 1.100, '', 2026),
          (2, 2021, 'CNA', 1, 0.800, '', 2026), (2, 2026, 'CNA', 1, 0.820, '', 2026),
          (3, 2021, 'CFD', 1, 1.200, '', 2026), (3, 2026, 'CFD', 1, 1.164, '', 2026),
          (4, 2026, 'CNA', 1, 2.000, '', 2026),
          (5, 2021, 'CFA', 1, 0.890, '', 2026), (5, 2026, 'CFA', 1, 0.900, '', 2026);
        INSERT INTO expenditure_by_type VALUES
          (202601, 'aged_non_dual', 1000, 95000000), (202609, 'aged_non_dual', 1000, 97000000);
        UPDATE performance_year SET benchmark_esrd_cents = 10200000,
          benchmark_disabled_cents = 1440000, benchmark_aged_dual_cents = 1800000,
          benchmark_aged_non_dual_cents = 1200000 WHERE year = 2026;
    )sql");
    ui::DashboardView view;
    open(view);
    auto* types = view.findChild<ui::EnrollmentTable*>();
    ASSERT_NE(types, nullptr);
    const QTableWidget* table = types->table();
    EXPECT_FALSE(table->isHidden());
    const auto at = [&](int row, int column) { return table->item(row, column)->text(); };
    EXPECT_EQ(table->horizontalHeaderItem(2)->text(), QStringLiteral("Risk 2026"));
    EXPECT_EQ(table->horizontalHeaderItem(3)->text(), QStringLiteral("Risk 2021"));
    // Rows: ESRD, disabled, aged/dual, aged/non-dual, all.
    EXPECT_EQ(at(3, 0), QStringLiteral("Aged/non-dual"));
    EXPECT_EQ(at(3, 1), QStringLiteral("2"));
    EXPECT_EQ(at(3, 2), QStringLiteral("0.960"));
    EXPECT_EQ(at(3, 3), QStringLiteral("0.900"));
    EXPECT_EQ(at(3, 4), QStringLiteral("+6.7%"));
    EXPECT_EQ(at(3, 5), QStringLiteral("+3.0% (capped)"));
    EXPECT_EQ(at(3, 6), QStringLiteral("$960"));
    EXPECT_EQ(at(3, 7), QStringLiteral("$1,000"));
    EXPECT_EQ(at(1, 4), QStringLiteral("\u22123.0%"));
    EXPECT_EQ(at(1, 5), QStringLiteral("\u22123.0%"));
    EXPECT_EQ(at(1, 6), QStringLiteral("\u2013")); // no spending for the type
    EXPECT_EQ(at(1, 7), QStringLiteral("$1,200"));
    EXPECT_EQ(at(2, 5), QStringLiteral("+1.1%"));
    EXPECT_EQ(at(0, 3), QStringLiteral("\u2013")); // ESRD: no score in 2021
    EXPECT_EQ(at(0, 7), QStringLiteral("$8,500"));
    // All: (1.100 + 0.820 + 1.164 + 2.000 + 0.900) / 5 = 1.1968.
    EXPECT_EQ(at(4, 2), QStringLiteral("1.197"));
    EXPECT_TRUE(types->note().contains(QStringLiteral("agreement period from 2022")))
        << types->note().toStdString();
    EXPECT_TRUE(types->note().contains(QStringLiteral("425.610(a)(2)(i)")));
    view.resize(1400, 1200); // as the window's scroll area gives it room
    QCoreApplication::processEvents();
    test::screenshot(view, QStringLiteral("dashboard-enrollment-types.png"));
}

// A year whose months run to December reads "final": its figures are the year's, not a
// projection from spending to date.
TEST_F(DashboardViewTest, AClosedYearReadsFinal)
{
    ui::DashboardView view;
    open(view);
    EXPECT_EQ(view.tiles()[0]->title(), QStringLiteral("Projected savings rate"));
    EXPECT_EQ(view.tiles()[3]->title(), QStringLiteral("Spending to date"));
    QSignalSpy computed(&view, &ui::DashboardView::computed);
    view.setSelection(2025, Period(2025, 12), Window::YearToDate);
    ASSERT_TRUE(computed.wait(20000));
    EXPECT_TRUE(view.data()->yearClosed());
    EXPECT_EQ(view.tiles()[0]->title(), QStringLiteral("Savings rate, final"));
    EXPECT_EQ(view.tiles()[1]->title(), QStringLiteral("Shared savings, final"));
    EXPECT_EQ(view.tiles()[3]->title(), QStringLiteral("Spending, final"));
    for (const QString& text : labelTexts(view)) {
        EXPECT_FALSE(text.contains(QStringLiteral("annualised"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("rojected"))) << text.toStdString();
        EXPECT_FALSE(text.contains(QStringLiteral("to date"))) << text.toStdString();
    }
}
