#include "windowtest.h"

#include "charts/peercomparisonview.h"
#include "dashboard/dashboardview.h"
#include "data/dataview.h"
#include "export/exportkinds.h"
#include "export/exportlog.h"
#include "diagrams/diagramdocument.h"
#include "diagrams/diagramedit.h"
#include "diagrams/driverdiagramview.h"
#include "measures/measure.h"
#include "msspcalculatorpanel.h"
#include "providers/providersview.h"
#include "scenarios/scenarioeditor.h"
#include "scenarios/scenariosview.h"
#include "scorecards/scorecardpreview.h"
#include "screenshot.h"
#include "store/statement.h"
#include "store/store.h"

#include <QAbstractItemModel>
#include <QAbstractSeries>
#include <QUndoStack>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QTimer>
#include <QToolButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>

#include <algorithm>

using namespace aco;
using test::DemoWindow;

namespace {

int columnNamed(const QAbstractItemModel& model, const QString& header)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}

// A provider's value of a measure over months, summed from the monthly results by hand.
std::optional<double> sumValue(const Database& db, const QString& code, const QString& npi,
                               int first, int last)
{
    Statement s =
        db.prepare("SELECT SUM(r.numerator), SUM(r.denominator) FROM measure_result r "
                   "JOIN measure m ON m.id = r.measure_id JOIN provider p ON p.id = r.provider_id "
                   "WHERE m.code = ? AND p.npi = ? AND r.period BETWEEN ? AND ?");
    s.bind(1, code).bind(2, npi).bind(3, first).bind(4, last);
    if (!s.step() || s.isNull(0) || s.int64(1) == 0)
        return std::nullopt;
    return findMeasure(db, code).value(static_cast<double>(s.int64(0)),
                                       static_cast<double>(s.int64(1)));
}

QString percent(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

} // namespace

TEST_F(DemoWindow, ListsTheProvidersOfTheDemoWithTheirMeasuresAndSearchesThem)
{
    m_window->show();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("providerSearch"));
    ASSERT_TRUE(table && search);
    EXPECT_TRUE(table->isVisible());
    QAbstractItemModel& model = *table->model();
    EXPECT_EQ(model.rowCount(), 25);
    EXPECT_TRUE(statusText(*m_window).contains(
        QStringLiteral("Riverbend Health Partners ACO · 25 providers")))
        << statusText(*m_window).toStdString();
    EXPECT_TRUE(statusText(*m_window).contains(QStringLiteral("Data as of 2026-09-30")));

    // The headline measures, one per domain, for the latest month's year to date.
    const int awv = columnNamed(model, QStringLiteral("AWV"));
    ASSERT_GE(awv, 0);
    for (const char* code : {"TCOC", "ADM", "ENG"})
        EXPECT_GE(columnNamed(model, QString::fromLatin1(code)), 0) << code;
    const Database& db = m_window->store()->db();
    const QString npi = model.index(0, 1).data().toString();
    const auto value = sumValue(db, QStringLiteral("AWV"), npi, 202601, 202609);
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(model.index(0, awv).data().toString(), percent(*value));

    // Typing an NPI leaves exactly that provider.
    ASSERT_EQ(npi.size(), 10);
    QTest::keyClicks(search, npi);
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 1).data().toString(), npi);
    EXPECT_TRUE(statusText(*m_window).contains(QStringLiteral("1 of 25 providers shown")));

    // Sorting by attributed beneficiaries puts the largest panel first; by a measure, the values
    // are in order, not their text.
    search->clear();
    table->sortByColumn(7, Qt::DescendingOrder);
    EXPECT_GE(model.index(0, 7).data().toInt(), model.index(1, 7).data().toInt());
    EXPECT_GT(model.index(0, 7).data().toInt(), 0);
    const int tcoc = columnNamed(model, QStringLiteral("TCOC"));
    table->sortByColumn(tcoc, Qt::DescendingOrder);
    const auto dollars = [&](int row) {
        return model.index(row, tcoc)
            .data()
            .toString()
            .remove(QLatin1Char('$'))
            .remove(QLatin1Char(','))
            .toDouble();
    };
    for (int row = 1; row < model.rowCount(); ++row)
        if (!model.index(row, tcoc).data().toString().isEmpty()) {
            EXPECT_GE(dollars(row - 1), dollars(row)) << row;
        }
}

TEST_F(DemoWindow, TheOverallTierIsTheMedianOfTheProvidersTiers)
{
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    QAbstractItemModel& model = *table->model();
    const int tierColumn = columnNamed(model, QStringLiteral("Overall tier"));
    ASSERT_GE(tierColumn, 0);
    const Database& db = m_window->store()->db();
    const QString names[] = {QStringLiteral("Below baseline"), QStringLiteral("Baseline"),
                             QStringLiteral("Better"), QStringLiteral("Best"),
                             QStringLiteral("Extra credit")};
    // Every provider: the primary care providers have claims-based and EHR measures with tiers;
    // a specialist whose specialty reports no tiered measure has no overall tier.
    int tiered = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString npi = model.index(row, 1).data().toString();
        // Each tiered measure's tier: how many of its four cut-points the value reaches.
        std::vector<int> tiers;
        Statement s = db.prepare(
            "SELECT m.code, m.direction = 'higher', t.baseline, t.better, t.best, t.extra_credit "
            "FROM tier_scheme t JOIN measure m ON m.id = t.measure_id WHERE t.year = 2026");
        while (s.step()) {
            const auto value = sumValue(db, s.text(0), npi, 202601, 202609);
            if (!value)
                continue;
            int tier = 0;
            for (int cut = 2; cut <= 5; ++cut)
                if (s.int64(1) ? *value >= s.real(cut) : *value <= s.real(cut))
                    tier = cut - 1;
            tiers.push_back(tier);
        }
        if (tiers.empty()) {
            EXPECT_EQ(model.index(row, tierColumn).data().toString(), QStringLiteral("-"))
                << npi.toStdString();
            continue;
        }
        ++tiered;
        std::sort(tiers.begin(), tiers.end());
        EXPECT_EQ(model.index(row, tierColumn).data().toString(),
                  names[tiers[(tiers.size() - 1) / 2]])
            << npi.toStdString();
    }
    EXPECT_GE(tiered, 15); // the small demo's primary care providers at least
}

TEST_F(DemoWindow, ReachesEveryViewFromTheSidebarAndTheKeyboard)
{
    m_window->show();
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    auto* views = m_window->findChild<QStackedWidget*>(QStringLiteral("views"));
    ASSERT_TRUE(navigation && views);
    ASSERT_EQ(navigation->count(), 8);
    const QString names[] = {QStringLiteral("Dashboard"),      QStringLiteral("Providers"),
                             QStringLiteral("Scorecards"),     QStringLiteral("Peer comparison"),
                             QStringLiteral("Driver diagram"), QStringLiteral("MSSP calculator"),
                             QStringLiteral("Scenarios"),      QStringLiteral("Data")};
    const QString pages[] = {QString(),
                             QStringLiteral("providers"),
                             QStringLiteral("scorecards"),
                             QStringLiteral("peerComparison"),
                             QStringLiteral("driverDiagram"),
                             QString(),
                             QString(),
                             QStringLiteral("data")};
    for (int i = 7; i >= 0; --i) {
        EXPECT_EQ(navigation->item(i)->text(), names[i]);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(navigation->item(i)).center());
        EXPECT_EQ(views->currentIndex(), i) << names[i].toStdString();
        EXPECT_TRUE(views->currentWidget()->isVisible());
        if (!pages[i].isEmpty()) {
            EXPECT_EQ(views->currentWidget()->objectName(), pages[i]);
        }
    }
    for (int i = 0; i < 8; ++i) {
        // As a person types: to the widget with the keyboard focus.
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i),
                        Qt::ControlModifier);
        EXPECT_EQ(views->currentIndex(), i) << names[i].toStdString();
        EXPECT_EQ(navigation->currentRow(), i);
    }
    EXPECT_EQ(m_window->currentView(), ui::MainWindow::View::Data);
}

TEST_F(DemoWindow, EveryViewFollowsThePeriodChosen)
{
    m_window->show();
    auto* month = m_window->findChild<QComboBox*>(QStringLiteral("periodSelector"));
    auto* window = m_window->findChild<QComboBox*>(QStringLiteral("windowSelector"));
    auto* year = m_window->findChild<QComboBox*>(QStringLiteral("yearSelector"));
    ASSERT_TRUE(month && window && year);
    // The latest month with results, year to date, by default.
    EXPECT_EQ(year->currentText(), QStringLiteral("2026"));
    EXPECT_EQ(month->currentText(), QStringLiteral("2026-09"));
    EXPECT_EQ(window->currentText(), QStringLiteral("Year to date"));
    // Only months with results: those of 2026 so far.
    EXPECT_EQ(month->count(), 9);
    QTest::keyClick(year, Qt::Key_Down);
    EXPECT_EQ(year->currentText(), QStringLiteral("2025"));
    EXPECT_EQ(month->count(), 12);
    EXPECT_EQ(month->currentText(), QStringLiteral("2025-12"));
    QTest::keyClick(year, Qt::Key_Up);

    // June 2026, the quarter: April to June.
    month->setCurrentIndex(month->findText(QStringLiteral("2026-06")));
    window->setCurrentIndex(window->findText(QStringLiteral("Quarter")));
    waitIdle(*m_window);
    EXPECT_TRUE(statusText(*m_window).contains(QStringLiteral("quarter, 2026-04 to 2026-06")))
        << statusText(*m_window).toStdString();

    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    QAbstractItemModel& model = *table->model();
    const int awv = columnNamed(model, QStringLiteral("AWV"));
    const QString npi = model.index(3, 1).data().toString();
    const auto value =
        sumValue(m_window->store()->db(), QStringLiteral("AWV"), npi, 202604, 202606);
    ASSERT_TRUE(value.has_value());
    EXPECT_EQ(model.index(3, awv).data().toString(), percent(*value));

    m_window->showView(ui::MainWindow::View::PeerComparison);
    auto* peers = m_window->findChild<ui::PeerComparisonView*>(QStringLiteral("peerComparison"));
    // The view reads the file when first shown, and draws just after.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !peers->currentChart()->title().isEmpty(); }));
    EXPECT_TRUE(peers->currentChart()->title().contains(QStringLiteral("2026-04 to 2026-06")))
        << peers->currentChart()->title().toStdString();

    auto* diagram = m_window->findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    ASSERT_TRUE(diagram && diagram->layout());
    QString subtitle;
    for (const PlacedText& text : diagram->layout()->texts())
        if (text.role == TextRole::Subtitle)
            subtitle = text.text;
    EXPECT_EQ(subtitle, QStringLiteral("Live metrics: ACO level, quarter (April\u2013June 2026)"));

    // The MSSP calculator follows the performance year.
    QTest::keyClick(year, Qt::Key_Down);
    waitIdle(*m_window);
    auto* panel = m_window->findChild<ui::MsspCalculatorPanel*>(QStringLiteral("msspCalculator"));
    EXPECT_EQ(panel->inputs().performanceYear, 2025);
    EXPECT_TRUE(peers->currentChart()->title().contains(QStringLiteral("2025-10 to 2025-12")));
}

// On a 1366 x 768 laptop the providers table reads without scrolling sideways beside the
// scorecard; the filters beside the search narrow it by practice, kind and tier, and a measure
// that does not apply reads "-".
TEST_F(DemoWindow, TheProvidersTableFitsALaptopAndFilters)
{
    m_window->resize(1366, 740);
    m_window->show();
    m_window->showView(ui::MainWindow::View::Providers);
    waitIdle(*m_window);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    auto* view = m_window->findChild<ui::ProvidersView*>();
    ASSERT_TRUE(table && view);
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->columnCount() > 8; }, 30000));
    QApplication::processEvents();
    test::screenshot(*m_window, QStringLiteral("providers-laptop.png"));
    EXPECT_EQ(table->horizontalScrollBar()->maximum(), 0);
    const Database& db = m_window->store()->db();
    const int providers = int(db.queryInt64("SELECT count(*) FROM provider"));
    EXPECT_EQ(view->shownCount(), providers);

    // Specialists only: as many as the file has.
    auto* kind = m_window->findChild<QComboBox*>(QStringLiteral("kindFilter"));
    kind->setCurrentIndex(kind->findText(QStringLiteral("Specialists")));
    EXPECT_EQ(view->shownCount(),
              int(db.queryInt64("SELECT count(*) FROM provider WHERE kind <> 'primary_care'")));
    // And of one practice, the first specialist's: the specialists of that practice. Its name,
    // cut short where the column is narrow, is whole in its tooltip.
    auto* practice = m_window->findChild<QComboBox*>(QStringLiteral("practiceFilter"));
    int practiceColumn = -1;
    for (int c = 0; c < view->shownModel()->columnCount(); ++c)
        if (view->shownModel()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Practice"))
            practiceColumn = c;
    ASSERT_GE(practiceColumn, 0);
    ASSERT_GT(view->shownCount(), 0);
    const QString first = view->shownModel()->index(0, practiceColumn).data().toString();
    EXPECT_EQ(view->shownModel()->index(0, practiceColumn).data(Qt::ToolTipRole).toString(), first);
    practice->setCurrentIndex(practice->findText(first));
    ASSERT_GT(practice->currentIndex(), 0);
    Statement count = db.prepare("SELECT count(*) FROM provider v JOIN practice p ON p.id = "
                                 "v.practice_id WHERE v.kind <> 'primary_care' AND p.name = ?");
    count.bind(1, first);
    ASSERT_TRUE(count.step());
    EXPECT_EQ(view->shownCount(), int(count.int64(0)));
    EXPECT_GT(view->shownCount(), 0);
    kind->setCurrentIndex(0);
    practice->setCurrentIndex(0);
    EXPECT_EQ(view->shownCount(), providers);

    // Each tier offered shows the providers of that overall tier, and together all of them.
    auto* tier = m_window->findChild<QComboBox*>(QStringLiteral("tierFilter"));
    ASSERT_GT(tier->count(), 2);
    const auto* model = view->shownModel();
    int tierColumn = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Overall tier"))
            tierColumn = c;
    ASSERT_GE(tierColumn, 0);
    int together = 0;
    for (int i = 1; i < tier->count(); ++i) {
        tier->setCurrentIndex(i);
        together += view->shownCount();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString shown = model->index(row, tierColumn).data().toString();
            EXPECT_EQ(shown, tier->currentText() == QStringLiteral("No overall tier")
                                 ? QStringLiteral("-")
                                 : tier->currentText());
        }
    }
    EXPECT_EQ(together, providers);
    tier->setCurrentIndex(0);

    // Specialists have no primary care measures: "-", empty in an export.
    bool dash = false;
    for (int row = 0; row < model->rowCount(); ++row)
        for (int c = 8; c < model->columnCount(); ++c)
            if (model->index(row, c).data().toString() == QStringLiteral("-")) {
                dash = true;
                EXPECT_EQ(model->index(row, c).data(Qt::EditRole).toString(), QString());
            }
    EXPECT_TRUE(dash);
}

TEST_F(DemoWindow, ASelectedProviderIsShownWithTheirScorecardEverywhere)
{
    m_window->show();
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("providerTable"));
    auto* preview = m_window->findChild<ui::ScorecardPreview*>(QStringLiteral("providerPreview"));
    ASSERT_TRUE(table && preview);
    const QModelIndex row = table->model()->index(4, 0);
    const QString name = row.data().toString();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(row).center());
    waitIdle(*m_window);
    ASSERT_NE(preview->scorecard(), nullptr) << preview->message().toStdString();
    EXPECT_EQ(preview->scorecard()->provider.displayName(), name);
    EXPECT_FALSE(preview->scorecard()->options.maskPhi);
    auto* title = m_window->findChild<QLabel*>(QStringLiteral("previewTitle"));
    EXPECT_TRUE(title->text().contains(name.toHtmlEscaped())) << title->text().toStdString();
    EXPECT_TRUE(title->text().contains(QStringLiteral("2026-01 to 2026-09")));
    m_window->resize(1400, 820);
    test::screenshot(*m_window, QStringLiteral("providers.png"));

    // The scorecards page shows the same provider.
    m_window->showView(ui::MainWindow::View::Scorecards);
    auto* picker = m_window->findChild<QComboBox*>(QStringLiteral("scorecardProvider"));
    EXPECT_TRUE(picker->currentText().startsWith(name));
    auto* page = m_window->findChild<ui::ScorecardPreview*>(QStringLiteral("scorecardPreview"));
    ASSERT_NE(page->scorecard(), nullptr);
    EXPECT_EQ(page->scorecard()->provider.displayName(), name);

    // Masking patient data is remembered and reaches the previews.
    auto* mask = m_window->findChild<QAction*>(QStringLiteral("maskPhi"));
    ASSERT_NE(mask, nullptr);
    mask->trigger();
    waitIdle(*m_window);
    EXPECT_TRUE(QSettings().value(QStringLiteral("privacy/maskPhi")).toBool());
    ASSERT_NE(page->scorecard(), nullptr);
    EXPECT_TRUE(page->scorecard()->options.maskPhi);

    // Choosing another provider on the scorecards page selects them in the table too.
    QTest::keyClick(picker, Qt::Key_Down);
    waitIdle(*m_window);
    const QString next = page->scorecard()->provider.displayName();
    EXPECT_NE(next, name);
    EXPECT_TRUE(picker->currentText().startsWith(next));
    EXPECT_EQ(table->currentIndex().siblingAtColumn(0).data().toString(), next);
}

TEST_F(DemoWindow, AFileItCannotOpenKeepsTheWindowAsItWas)
{
    EXPECT_FALSE(openAndWait(*m_window, m_folder.path(QStringLiteral("missing.aco"))));
    auto* box = m_window->findChild<QMessageBox*>();
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->text().contains(QStringLiteral("missing.aco"))) << box->text().toStdString();
    box->close();
    ASSERT_NE(m_window->store(), nullptr);
    EXPECT_EQ(m_window->store()->path(), m_path);
}

TEST_F(DemoWindow, TheMsspCalculatorStartsFromThePerformanceYear)
{
    m_window->showView(ui::MainWindow::View::Mssp);
    auto* panel = m_window->findChild<ui::MsspCalculatorPanel*>(QStringLiteral("msspCalculator"));
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isVisibleTo(m_window.get()));
    const MsspInput in = panel->inputs();
    EXPECT_EQ(in.performanceYear, 2026);
    EXPECT_EQ(in.track, MsspTrack::BasicE);
    // The benchmark is the per-capita benchmark times the assigned beneficiaries, from the file.
    const auto& db = m_window->store()->db();
    EXPECT_NEAR(in.benchmarkTotal,
                db.queryInt64("SELECT benchmark_per_capita_cents * assigned_beneficiaries FROM "
                              "performance_year WHERE year = 2026") /
                    100.0,
                0.01);
    ASSERT_TRUE(panel->result().has_value());
    auto* source = m_window->findChild<QLabel*>(QStringLiteral("msspSource"));
    ASSERT_NE(source, nullptr);
    EXPECT_TRUE(source->text().contains(QStringLiteral("through 2026-09 (9 months)")))
        << source->text().toStdString();
}

TEST_F(DemoWindow, ADiagramMetricOpensThatMeasuresPeerComparison)
{
    m_window->show();
    auto* diagram = m_window->findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    ASSERT_NE(diagram, nullptr);
    EXPECT_EQ(diagram->year(), 2026);
    m_window->showView(ui::MainWindow::View::DriverDiagram);
    Q_EMIT diagram->measureActivated(QStringLiteral("FU7"));
    EXPECT_EQ(m_window->currentView(), ui::MainWindow::View::PeerComparison);
    auto* peers = m_window->findChild<QWidget*>(QStringLiteral("peerComparison"));
    auto* measure = peers->findChild<QComboBox*>();
    ASSERT_NE(measure, nullptr);
    // The view reads the file in the background when first shown.
    ASSERT_TRUE(QTest::qWaitFor([&] { return measure->count() > 0; }));
    EXPECT_EQ(measure->currentData().toString(), QStringLiteral("FU7"));

    // Opening another file gives the diagram view of that file.
    ASSERT_TRUE(openAndWait(*m_window, m_path));
    EXPECT_NE(m_window->findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram")),
              nullptr);
    EXPECT_EQ(m_window->findChildren<ui::DriverDiagramView*>().size(), 1);
}

TEST_F(DemoWindow, TheDataPageSaysWhatTheFileHolds)
{
    m_window->showView(ui::MainWindow::View::Data);
    auto* data = m_window->findChild<ui::DataView*>(QStringLiteral("data"));
    ASSERT_NE(data, nullptr);
    const Database& db = m_window->store()->db();
    const auto months = [&](const char* sql) {
        return Period::fromInt(static_cast<int>(db.queryInt64(sql))).toString();
    };
    EXPECT_EQ(data->fieldText(QStringLiteral("dataMonths")),
              QStringLiteral("%1 to %2 (%3 months)")
                  .arg(months("SELECT MIN(period) FROM measure_result"),
                       months("SELECT MAX(period) FROM measure_result"))
                  .arg(db.queryInt64("SELECT COUNT(DISTINCT period) FROM measure_result")));
    EXPECT_EQ(data->fieldText(QStringLiteral("dataAsOf")), QStringLiteral("2026-09-30"));
    EXPECT_EQ(data->fieldText(QStringLiteral("dataAccess")), QStringLiteral("Read and write"));
    EXPECT_EQ(data->fieldText(QStringLiteral("dataSchema")),
              QString::number(db.queryInt64("PRAGMA user_version")));
    QTableWidget* tables = data->tables();
    bool sawProviders = false;
    for (int row = 0; row < tables->rowCount(); ++row) {
        if (tables->item(row, 0)->text() == QStringLiteral("Providers")) {
            EXPECT_EQ(tables->item(row, 1)->text(), QStringLiteral("25"));
            sawProviders = true;
        }
    }
    EXPECT_TRUE(sawProviders);
}

// The Data page names what the file holds as users do, and offers every kind of export and the
// file's check, as File > Export and Tools > Check File do.
TEST_F(DemoWindow, TheDataPageNamesItsContentsAndOffersEveryExportAndTheCheck)
{
    m_window->show();
    m_window->showView(ui::MainWindow::View::Data);
    auto* data = m_window->findChild<ui::DataView*>(QStringLiteral("data"));
    QTableWidget* tables = data->tables();
    QStringList labels;
    for (int row = 0; row < tables->rowCount(); ++row)
        labels << tables->item(row, 0)->text();
    EXPECT_TRUE(labels.contains(QStringLiteral("Care gaps"))) << labels.join(u',').toStdString();
    EXPECT_TRUE(labels.contains(QStringLiteral("Part A claims")));
    EXPECT_EQ(labels.filter(QStringLiteral("_")), QStringList()); // no table names
    EXPECT_EQ(tables->item(int(labels.indexOf(QStringLiteral("Care gaps"))), 0)->toolTip(),
              QStringLiteral("Table care_gap in the file"));
    test::screenshot(*m_window, QStringLiteral("data-page.png"));

    // Every kind of the command line's export is in File > Export and behind the page's button.
    auto* exports = m_window->findChild<QMenu*>(QStringLiteral("exportMenu"));
    ASSERT_NE(exports, nullptr);
    for (const ExportKind& kind : exportKinds()) {
        auto* action = exports->findChild<QAction*>(QStringLiteral("export_") +
                                                     QString::fromLatin1(kind.name));
        ASSERT_NE(action, nullptr) << kind.name;
        EXPECT_TRUE(action->isEnabled());
        EXPECT_FALSE(action->text().contains(QLatin1Char('-'))) << action->text().toStdString();
    }
    QStringList buttons;
    for (const QToolButton* button : data->findChildren<QToolButton*>())
        buttons << button->defaultAction()->text();
    EXPECT_TRUE(buttons.contains(QStringLiteral("&Export"))) << buttons.join(u',').toStdString();
    EXPECT_TRUE(buttons.contains(QStringLiteral("&Check File...")));

    // Care gaps as of the month on show, written where the user says and logged.
    const QString path = m_folder.path(QStringLiteral("gaps.csv"));
    QTimer::singleShot(200, [&] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        name->clear();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    exports->findChild<QAction*>(QStringLiteral("export_care-gaps"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !loadExportLog(Store::openReadOnly(m_path).db()).empty(); }, 20000));
    ExportOptions options;
    options.period = Period(2026, 9);
    const auto expected =
        buildExport(Store::openReadOnly(m_path).db(), QStringLiteral("care-gaps"), options);
    const auto log = loadExportLog(Store::openReadOnly(m_path).db());
    EXPECT_EQ(log.back().kind, QStringLiteral("care-gaps"));
    EXPECT_EQ(log.back().rows, int(expected.rows.size()));
    ASSERT_GT(expected.rows.size(), 0u);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count('\n'), qsizetype(expected.rows.size() + 1));

    // The check says the demo has no problems.
    // (The box shows once the check has run in the background: looked for until it does.)
    QString said;
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    answer.start(50);
    m_window->findChild<QAction*>(QStringLiteral("checkFile"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !said.isEmpty(); }, 20000));
    EXPECT_EQ(said, QStringLiteral("No problems found in this file."));
}

TEST_F(DemoWindow, TheDashboardFollowsThePeriodAndItsTilesOpenTheirViews)
{
    m_window->show();
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                      navigation->visualItemRect(navigation->item(0)).center());
    auto* dashboard = m_window->findChild<ui::DashboardView*>(QStringLiteral("dashboard"));
    ASSERT_NE(dashboard, nullptr);
    EXPECT_TRUE(dashboard->isVisible());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dashboard->data() != nullptr && !dashboard->isComputing(); }, 30000));
    // The small demo's data end in September 2026; the window opens on its year to date.
    EXPECT_EQ(dashboard->data()->request.year, 2026);
    EXPECT_EQ(dashboard->data()->request.period.toString(), QStringLiteral("2026-09"));
    EXPECT_EQ(dashboard->data()->request.window, Window::YearToDate);

    Q_EMIT dashboard->msspRequested();
    EXPECT_EQ(m_window->currentView(), ui::MainWindow::View::Mssp);
    Q_EMIT dashboard->measureRequested(QStringLiteral("AWV"));
    EXPECT_EQ(m_window->currentView(), ui::MainWindow::View::PeerComparison);
}

TEST_F(DemoWindow, TheScenariosAndTheFileToolsAreThereOnceAFileIsOpen)
{
    m_window->show();
    m_window->showView(ui::MainWindow::View::Scenarios);
    auto* scenarios = m_window->findChild<ui::ScenariosView*>(QStringLiteral("scenarios"));
    ASSERT_NE(scenarios, nullptr);
    EXPECT_TRUE(scenarios->isVisible());
    // It opens on the starting plan, paid to every provider; their recipients are read on the
    // window's queue, then the results shown.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !scenarios->isLoading(); }, 30000));
    EXPECT_EQ(std::int64_t(scenarios->allocation().recipients.size()),
              Store::openReadOnly(m_path).db().queryInt64("SELECT count(*) FROM provider"));
    for (const char* name : {"importCsv", "exportProviders", "boardPacket"}) {
        auto* action = m_window->findChild<QAction*>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        EXPECT_TRUE(action->isEnabled()) << name;
    }
    EXPECT_EQ(m_window->findChild<QStackedWidget*>(QStringLiteral("views"))->count(), 8);
}

// The year's quality score is one number, written one way (percent) wherever it shows: the
// dashboard's quality tile, the MSSP calculator's input and the Scenarios' score, which shows the
// year's own until it is overridden.
TEST_F(DemoWindow, TheQualityScoreReadsTheSameOnTheDashboardCalculatorAndScenarios)
{
    m_window->show();
    ASSERT_EQ(Store::openReadOnly(m_path).db().queryText(
                  "SELECT quality_score FROM performance_year WHERE year = 2026"),
              QStringLiteral("0.88")); // the demo's 2026 score
    const QString expected = QStringLiteral("88%");

    auto* dashboard = m_window->findChild<ui::DashboardView*>(QStringLiteral("dashboard"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return dashboard->data() != nullptr && !dashboard->isComputing(); }, 30000));
    bool onDashboard = false;
    for (const QLabel* label : dashboard->findChildren<QLabel*>())
        onDashboard |= label->text().contains(QStringLiteral("quality score ") + expected + QLatin1Char(';'));
    EXPECT_TRUE(onDashboard);

    m_window->showView(ui::MainWindow::View::Mssp);
    auto* input = m_window->findChild<QDoubleSpinBox*>(QStringLiteral("mssp_quality_score"));
    ASSERT_NE(input, nullptr);
    EXPECT_EQ(input->text(), expected);

    m_window->showView(ui::MainWindow::View::Scenarios);
    auto* scenarios = m_window->findChild<ui::ScenariosView*>(QStringLiteral("scenarios"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scenarios->isLoading(); }, 30000));
    auto* shown = scenarios->findChild<QLabel*>(QStringLiteral("qualityValue"));
    ASSERT_NE(shown, nullptr);
    EXPECT_EQ(shown->text(), expected);
    auto* override = scenarios->findChild<QCheckBox*>(QStringLiteral("overrideQuality"));
    ASSERT_NE(override, nullptr);
    EXPECT_FALSE(override->isChecked());
    override->setChecked(true); // an override starts from the year's score
    EXPECT_EQ(shown->text(), expected);
    EXPECT_DOUBLE_EQ(scenarios->findChild<ui::ScenarioEditor*>()->scenario().qualityScore.value_or(0),
                     0.88);
}

// A change made in one view shows in the others without opening the file again: the Data view
// counts the scenarios saved in the Scenarios view, and the dashboard and the peer comparison
// judge by a target set in the driver diagram.
TEST_F(DemoWindow, EveryViewFollowsAChangeMadeInAnother)
{
    m_window->show();
    const auto rowsOf = [&](const char* table) {
        QTableWidget* tables = m_window->findChild<ui::DataView*>(QStringLiteral("data"))->tables();
        for (int row = 0; row < tables->rowCount(); ++row)
            if (tables->item(row, 0)->text() == QString::fromLatin1(table))
                return tables->item(row, 1)->text();
        return QString();
    };
    EXPECT_EQ(rowsOf("Saved scenarios"), QStringLiteral("0"));
    m_window->showView(ui::MainWindow::View::Scenarios);
    auto* scenarios = m_window->findChild<ui::ScenariosView*>(QStringLiteral("scenarios"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !scenarios->isLoading(); }, 30000));
    ASSERT_TRUE(scenarios->saveAs(QStringLiteral("Plan A")));
    ASSERT_TRUE(scenarios->saveAs(QStringLiteral("Plan B")));
    waitIdle(*m_window);
    EXPECT_EQ(rowsOf("Saved scenarios"), QStringLiteral("2"));

    // FU7's target raised to 70% in the diagram: the dashboard's row and the chart's line follow.
    m_window->showView(ui::MainWindow::View::PeerComparison);
    auto* peers = m_window->findChild<ui::PeerComparisonView*>();
    auto* measure = peers->findChild<QComboBox*>();
    ASSERT_TRUE(QTest::qWaitFor([&] { return measure->count() > 0; }, 30000)); // read on show
    peers->setMeasure(QStringLiteral("FU7"));
    const auto lines = [&] {
        QStringList names;
        for (const QAbstractSeries* s : peers->currentChart()->series())
            names << s->name();
        return names;
    };
    EXPECT_TRUE(lines().contains(QStringLiteral("ACO target \u2265 65.0%")))
        << lines().join(QLatin1Char('|')).toStdString();

    m_window->showView(ui::MainWindow::View::DriverDiagram);
    auto* diagram = m_window->findChild<ui::DriverDiagramView*>(QStringLiteral("driverDiagram"));
    ASSERT_NE(diagram, nullptr);
    const DriverDiagram& shown = *diagram->document().diagram();
    DriverNode fu7;
    for (const std::int64_t id : shown.nodeIds())
        if (shown.find(id)->measure == QStringLiteral("FU7"))
            fu7 = *shown.find(id);
    ASSERT_EQ(fu7.measure, QStringLiteral("FU7"));
    fu7.target = 70.0;
    ui::DiagramEdit* edit = ui::DiagramEdit::editNode(diagram->document(), shown, fu7);
    edit->apply();
    diagram->undoStack()->push(edit);
    auto* dashboard = m_window->findChild<ui::DashboardView*>(QStringLiteral("dashboard"));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (dashboard->isComputing() || !dashboard->data())
                return false;
            for (const DashboardMeasure& m : dashboard->data()->measures)
                if (m.measure.code == QStringLiteral("FU7"))
                    return m.target.value == 70.0;
            return false;
        },
        30000));
    m_window->showView(ui::MainWindow::View::PeerComparison);
    EXPECT_TRUE(lines().contains(QStringLiteral("ACO target \u2265 70.0%")))
        << lines().join(QLatin1Char('|')).toStdString();
}
