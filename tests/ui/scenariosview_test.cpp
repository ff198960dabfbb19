#include "backgroundqueue.h"
#include "mssp/msspformat.h"
#include "scenarios/allocator.h"
#include "scenarios/money.h"
#include "scenarios/scenariobasis.h"
#include "scenarios/scenariocharts.h"
#include "scenarios/paymentscsv.h"
#include "scenarios/scenariocomparedialog.h"
#include "scenarios/scenarioeditor.h"
#include "scenarios/scenariostore.h"
#include "scenarios/scenariosview.h"
#include "scenarios/splitbar.h"
#include "screenshot.h"
#include "smalldemotest.h"

#include <QAbstractItemModel>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QMessageBox>
#include <QApplication>
#include <QRegularExpression>
#include <QValueAxis>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QProgressDialog>
#include <QTimer>
#include <QTest>

#include <gtest/gtest.h>

#include <map>

using namespace aco;

namespace {

template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

// $10,000.00 typed in, the same to every provider, 20% to infrastructure and 80% to providers.
Scenario equalShares()
{
    Scenario s;
    s.source = Scenario::Source::Amount;
    s.amountCents = 1'000'000;
    s.basis = Scenario::Basis::Equal;
    return s;
}

// Presses `button` in the next message box the view shows (it asks before unsaved changes are
// dropped); records what the box said.
void answerNextBox(QMessageBox::StandardButton button, QString* said = nullptr)
{
    QTimer::singleShot(0, [button, said] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        if (said)
            *said = box->text();
        box->button(button)->click();
    });
}

// Waits for the view to have read its scenario's recipients and shown the results.
[[nodiscard]] bool resultsShown(const ui::ScenariosView& view)
{
    return QTest::qWaitFor([&] { return !view.isLoading(); }, 30000);
}

QString cell(const QAbstractItemModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

// The largest equal share of `cents` over `count` recipients: the floor, plus the cent of the
// largest remainder when there is one.
std::int64_t largestShare(std::int64_t cents, std::int64_t count)
{
    return cents / count + (cents % count != 0 ? 1 : 0);
}

class ScenariosViewTest : public test::SmallDemoTest
{
  protected:
    void SetUp() override
    {
        SmallDemoTest::SetUp();
        m_view = std::make_unique<ui::ScenariosView>(*m_store, m_queue);
        m_view->resize(1500, 900);
        m_view->setScenario(equalShares());
        ASSERT_TRUE(resultsShown(*m_view));
    }
    const QAbstractItemModel& payments() const
    {
        return *child<QTableView>(*m_view, "payments")->model();
    }
    QString figures() const { return child<QLabel>(*m_view, "figures")->text(); }
    QString message() const { return child<QLabel>(*m_view, "message")->text(); }

    ui::BackgroundQueue m_queue; // before the view, which it outlives
    std::unique_ptr<ui::ScenariosView> m_view;
};

} // namespace

TEST_F(ScenariosViewTest, SliderMovesThePaymentsAtOnce)
{
    const int providers = payments().rowCount();
    ASSERT_GT(providers, 10);
    ASSERT_EQ(providers, int(m_store->db().queryInt64("SELECT count(*) FROM provider")));
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(800'000, providers)));

    // Two page steps down on the infrastructure slider: 20% to 10%; the providers get 90%.
    QSlider* infrastructure = child<QSlider>(*m_view, "infrastructureSlider");
    infrastructure->setFocus();
    QTest::keyClick(infrastructure, Qt::Key_PageDown);
    QTest::keyClick(infrastructure, Qt::Key_PageDown);
    EXPECT_EQ(infrastructure->value(), 1000);
    EXPECT_DOUBLE_EQ(child<QDoubleSpinBox>(*m_view, "providersSpin")->value(), 90.0);
    EXPECT_TRUE(figures().contains(QStringLiteral("$1,000.00")))
        << figures().toStdString(); // infrastructure
    EXPECT_TRUE(figures().contains(QStringLiteral("$9,000.00")))
        << figures().toStdString(); // provider pool
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(900'000, providers)));
    EXPECT_EQ(cell(payments(), providers - 1, 3), ui::Money::dollars(900'000 / providers));

    // Typing 5 into care redesign takes it from the providers: 85%.
    QDoubleSpinBox* care = child<QDoubleSpinBox>(*m_view, "careRedesignSpin");
    care->selectAll();
    QTest::keyClicks(care, QStringLiteral("5"));
    QTest::keyClick(care, Qt::Key_Enter);
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(850'000, providers)));
    EXPECT_TRUE(figures().contains(QStringLiteral("$500.00"))) << figures().toStdString();
}

// Leaving out the independent providers reads the recipients again, in the background: the view
// says so and claims no results (nothing to run or export) until the employed providers' equal
// shares of the $8,000.00 are on show.
TEST_F(ScenariosViewTest, AnEligibilityChangeReadsTheRecipientsInTheBackground)
{
    const auto employed = std::int64_t(
        m_store->db().queryInt64("SELECT count(*) FROM provider WHERE employment = 'employed'"));
    ASSERT_GT(employed, 1);
    ASSERT_LT(employed, payments().rowCount());
    m_view->resize(1260, 880); // as in the window on a laptop's screen
    m_view->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_view.get()));
    QSignalSpy shown(m_view.get(), &ui::ScenariosView::resultsShown);
    QTest::keyClick(child<QCheckBox>(*m_view, "independent"), Qt::Key_Space); // unticked
    ASSERT_TRUE(m_view->isLoading());
    EXPECT_TRUE(message().startsWith(QStringLiteral("Reading the recipients")))
        << message().toStdString();
    EXPECT_TRUE(figures().isEmpty()) << figures().toStdString();
    EXPECT_EQ(payments().rowCount(), 0);
    for (const char* name : {"runMonteCarlo", "exportCsv", "exportPdf"})
        EXPECT_FALSE(child<QPushButton>(*m_view, name)->isEnabled()) << name;
    test::screenshot(*m_view, QStringLiteral("scenarios-reading.png"));
    EXPECT_FALSE(m_view->exportCsv(m_folder.path(QStringLiteral("early.csv"))));

    ASSERT_TRUE(resultsShown(*m_view));
    EXPECT_GE(shown.count(), 1);
    EXPECT_TRUE(message().isEmpty()) << message().toStdString();
    ASSERT_EQ(payments().rowCount(), employed);
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(800'000, employed)));
    EXPECT_EQ(cell(payments(), int(employed) - 1, 3), ui::Money::dollars(800'000 / employed));
    EXPECT_TRUE(figures().contains(QStringLiteral("Paid to %1 of %1 recipients").arg(employed)))
        << figures().toStdString();
    for (const char* name : {"runMonteCarlo", "exportCsv", "exportPdf"})
        EXPECT_TRUE(child<QPushButton>(*m_view, name)->isEnabled()) << name;
    test::screenshot(*m_view, QStringLiteral("scenarios-read.png"));
}

// The window's Cancel stops a reading: the view says so and shows no results, nothing arrives
// later, and the next change of an input reads again.
TEST_F(ScenariosViewTest, ACancelledReadingShowsNothingUntilTheNextChange)
{
    const auto employed = std::int64_t(
        m_store->db().queryInt64("SELECT count(*) FROM provider WHERE employment = 'employed'"));
    QTest::keyClick(child<QCheckBox>(*m_view, "independent"), Qt::Key_Space); // unticked
    ASSERT_TRUE(m_view->isLoading());
    m_view->cancelReading();
    EXPECT_FALSE(m_view->isLoading());
    EXPECT_TRUE(message().startsWith(QStringLiteral("Reading cancelled")))
        << message().toStdString();
    ASSERT_TRUE(QTest::qWaitFor([this] { return !m_queue.isBusy(); }, 20000));
    QTest::qWait(50); // anything the queue still had to report has arrived
    EXPECT_EQ(payments().rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(*m_view, "exportCsv")->isEnabled());

    QSlider* infrastructure = child<QSlider>(*m_view, "infrastructureSlider");
    infrastructure->setFocus();
    QTest::keyClick(infrastructure, Qt::Key_PageDown); // 20% to 15%
    EXPECT_TRUE(m_view->isLoading());
    ASSERT_TRUE(resultsShown(*m_view));
    ASSERT_EQ(payments().rowCount(), employed);
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(850'000, employed)));
}

// A slider moved while the recipients are read counts: the pool is split as it now says, 10% to
// infrastructure and 90% to the employed providers, once they are read.
TEST_F(ScenariosViewTest, ASliderMovedWhileReadingAppliesToWhatIsRead)
{
    const auto employed = std::int64_t(
        m_store->db().queryInt64("SELECT count(*) FROM provider WHERE employment = 'employed'"));
    QTest::keyClick(child<QCheckBox>(*m_view, "independent"), Qt::Key_Space); // unticked
    QSlider* infrastructure = child<QSlider>(*m_view, "infrastructureSlider");
    infrastructure->setFocus();
    QTest::keyClick(infrastructure, Qt::Key_PageDown);
    QTest::keyClick(infrastructure, Qt::Key_PageDown);
    ASSERT_TRUE(m_view->isLoading()); // the two moves came before the reading ended
    EXPECT_EQ(payments().rowCount(), 0);
    EXPECT_TRUE(message().startsWith(QStringLiteral("Reading the recipients")))
        << message().toStdString();

    ASSERT_TRUE(resultsShown(*m_view));
    EXPECT_TRUE(figures().contains(QStringLiteral("$1,000.00"))) << figures().toStdString();
    EXPECT_TRUE(figures().contains(QStringLiteral("$9,000.00"))) << figures().toStdString();
    ASSERT_EQ(payments().rowCount(), employed);
    EXPECT_EQ(cell(payments(), 0, 3), ui::Money::dollars(largestShare(900'000, employed)));
    EXPECT_EQ(cell(payments(), int(employed) - 1, 3), ui::Money::dollars(900'000 / employed));
}

// Closing the page (the window drops it when another file opens) while it reads: the reading
// never reports to the view that is gone.
TEST_F(ScenariosViewTest, CanGoWhileReading)
{
    QTest::keyClick(child<QCheckBox>(*m_view, "independent"), Qt::Key_Space); // unticked
    ASSERT_TRUE(m_view->isLoading());
    ASSERT_TRUE(m_queue.isBusy());
    m_view.reset();
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_queue.isBusy(); }, 30000));
    // The queue still serves a new page on the same file.
    m_view = std::make_unique<ui::ScenariosView>(*m_store, m_queue);
    m_view->setScenario(equalShares());
    ASSERT_TRUE(resultsShown(*m_view));
    EXPECT_EQ(payments().rowCount(),
              int(m_store->db().queryInt64("SELECT count(*) FROM provider")));
}

// What the reading finds wrong is said in the message line, as before it moved to the background:
// the demo has no tier scheme for meeting attendance (ENG), so it cannot pay by tiers on it.
TEST_F(ScenariosViewTest, AReadingThatFailsSaysWhy)
{
    Scenario s;
    s.year = 2026;
    s.measures = {{QStringLiteral("ENG"), 10000}};
    ASSERT_EQ(
        m_store->db().queryInt64("SELECT count(*) FROM tier_scheme t JOIN measure m ON "
                                 "m.id = t.measure_id WHERE m.code = 'ENG' AND t.year = 2026"),
        0);
    m_view->setScenario(s);
    EXPECT_TRUE(m_view->isLoading()); // found when read
    ASSERT_TRUE(resultsShown(*m_view));
    EXPECT_TRUE(message().startsWith(QStringLiteral("The scenario cannot be applied:")))
        << message().toStdString();
    EXPECT_TRUE(message().contains(QStringLiteral("ENG has no tier scheme for 2026")))
        << message().toStdString();
    EXPECT_EQ(payments().rowCount(), 0);
    for (const char* name : {"runMonteCarlo", "exportCsv", "exportPdf"})
        EXPECT_FALSE(child<QPushButton>(*m_view, name)->isEnabled()) << name;
}

TEST_F(ScenariosViewTest, ASplitAbove100PercentIsShownAndNotApplied)
{
    // Care redesign 50%, then infrastructure 60%: 110% with nothing left to balance on.
    child<QDoubleSpinBox>(*m_view, "careRedesignSpin")->setValue(50.0);
    child<QDoubleSpinBox>(*m_view, "infrastructureSpin")->setValue(60.0);
    EXPECT_TRUE(child<QLabel>(*m_view, "splitTotal")->text().contains(QStringLiteral("110%")));
    EXPECT_TRUE(child<QLabel>(*m_view, "message")->text().contains(QStringLiteral("not 100%")));
    EXPECT_EQ(payments().rowCount(), 0);
    EXPECT_FALSE(child<QPushButton>(*m_view, "runMonteCarlo")->isEnabled());
}

TEST_F(ScenariosViewTest, SaveDuplicateAndCompare)
{
    const auto providers = std::int64_t(payments().rowCount());
    ASSERT_TRUE(m_view->saveAs(QStringLiteral("Eighty-twenty")));
    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(92.0); // the toolkit's 92/8
    ASSERT_TRUE(m_view->duplicateAs(QStringLiteral("Ninety-two")));
    EXPECT_EQ(child<QListWidget>(*m_view, "scenarioList")->count(), 2);
    EXPECT_EQ(
        ScenarioStore(m_store->db()).load(QStringLiteral("Ninety-two")).infrastructureBasisPoints,
        800);
    EXPECT_EQ(
        ScenarioStore(m_store->db()).load(QStringLiteral("Eighty-twenty")).providerBasisPoints,
        8000);

    // The Save button writes what is on show under the open scenario's name.
    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(90.0);
    QTest::mouseClick(child<QPushButton>(*m_view, "save"), Qt::LeftButton);
    EXPECT_EQ(ScenarioStore(m_store->db()).load(QStringLiteral("Ninety-two")).providerBasisPoints,
              9000);
    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(92.0);
    QTest::mouseClick(child<QPushButton>(*m_view, "save"), Qt::LeftButton);

    QSignalSpy shown(m_view.get(), &ui::ScenariosView::comparisonShown);
    ASSERT_TRUE(m_view->compare({QStringLiteral("Eighty-twenty"), QStringLiteral("Ninety-two")}));
    EXPECT_FALSE(child<QPushButton>(*m_view, "compare")->isEnabled()); // until it is shown
    ASSERT_TRUE(shown.wait(30000));
    EXPECT_TRUE(child<QPushButton>(*m_view, "compare")->isEnabled());
    auto* dialog = shown.takeFirst().at(0).value<ui::ScenarioCompareDialog*>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QTableWidget* totals = child<QTableWidget>(*dialog, "totals");
    int paymentsRow = -1;
    for (int r = 0; r < totals->rowCount(); ++r)
        if (totals->item(r, 0)->text() == QStringLiteral("Provider payments"))
            paymentsRow = r;
    ASSERT_GE(paymentsRow, 0);
    EXPECT_EQ(totals->item(paymentsRow, 1)->text(), QStringLiteral("$8,000.00"));
    EXPECT_EQ(totals->item(paymentsRow, 2)->text(), QStringLiteral("$9,200.00"));
    // Everyone gains $120.00 over the providers, give or take the cent of the remainders.
    const QTableWidget* changes = child<QTableWidget>(*dialog, "changes");
    ASSERT_GT(changes->rowCount(), 0);
    const std::int64_t gain = largestShare(920'000, providers) - 800'000 / providers;
    EXPECT_EQ(changes->item(0, 4)->text(), QStringLiteral("+") + ui::Money::dollars(gain));
    test::screenshot(*dialog, QStringLiteral("scenario-compare.png"));

    const QString pdf = m_folder.path(QStringLiteral("compare.pdf"));
    dialog->exportPdf(pdf);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
}

TEST_F(ScenariosViewTest, RenameAndDelete)
{
    ASSERT_TRUE(m_view->saveAs(QStringLiteral("Plan")));
    ASSERT_TRUE(m_view->renameTo(QStringLiteral("Board plan")));
    EXPECT_EQ(m_view->currentName(), QStringLiteral("Board plan"));
    EXPECT_EQ(ScenarioStore(m_store->db()).names(),
              (std::vector<QString>{QStringLiteral("Board plan")}));
    ASSERT_TRUE(m_view->removeCurrent());
    EXPECT_TRUE(ScenarioStore(m_store->db()).names().empty());
    EXPECT_EQ(child<QListWidget>(*m_view, "scenarioList")->count(), 0);
    // Comparing fewer than two says how to choose them.
    EXPECT_FALSE(m_view->compare({}));
    EXPECT_TRUE(child<QLabel>(*m_view, "message")->text().contains(QStringLiteral("two to four")));
}

TEST_F(ScenariosViewTest, ExportsThePaymentsAsCsvAndTheReportAsPdf)
{
    const int providers = payments().rowCount();
    const QString path = m_folder.path(QStringLiteral("payments.csv"));
    ASSERT_TRUE(m_view->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    EXPECT_EQ(lines.size(), providers + 1);
    EXPECT_TRUE(lines[0].startsWith("id,name,eligible,maximum,payment")) << lines[0].toStdString();
    // Each payment is 800,000 / providers cents or a cent more, then three empty percentiles.
    const QByteArray low = "," + MsspFormat::plainCents(800'000 / providers).toUtf8() + ",,,";
    const QByteArray high = "," + MsspFormat::plainCents(800'000 / providers + 1).toUtf8() + ",,,";
    for (qsizetype i = 1; i < lines.size(); ++i)
        EXPECT_TRUE(lines[i].trimmed().endsWith(low) || lines[i].trimmed().endsWith(high))
            << lines[i].toStdString();

    // The report of the unsaved scenario: its pool, the providers' 80% and the largest payment.
    const QString pdf = m_folder.path(QStringLiteral("report.pdf"));
    ASSERT_TRUE(m_view->exportPdf(pdf));
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Shared savings scenario: (not saved)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("$10,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("$8,000.00")));
    EXPECT_TRUE(text.contains(ui::Money::dollars(largestShare(800'000, providers))));
}

// The report is written page by page with the window answering, and its Cancel writes nothing.
TEST_F(ScenariosViewTest, CancellingTheReportWritesNothing)
{
    QTimer::singleShot(0, m_view.get(), [this] {
        if (auto* progress = m_view->findChild<QProgressDialog*>())
            progress->cancel();
    });
    const QString pdf = m_folder.path(QStringLiteral("report.pdf"));
    EXPECT_FALSE(m_view->exportPdf(pdf));
    EXPECT_FALSE(QFile::exists(pdf));
    EXPECT_EQ(message(), QStringLiteral("Cancelled: no report was written."));
}

TEST_F(ScenariosViewTest, MonteCarloRunsInTheBackground)
{
    Scenario s = equalShares();
    s.expenditureCv = 0.10;
    m_view->setScenario(s);
    ASSERT_TRUE(resultsShown(*m_view));
    child<QSpinBox>(*m_view, "trials")->setValue(2000);
    QSignalSpy finished(m_view.get(), &ui::ScenariosView::monteCarloFinished);
    QTest::mouseClick(child<QPushButton>(*m_view, "runMonteCarlo"), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(20000));
    QChartView* histogram = child<QChartView>(*m_view, "histogram");
    ASSERT_EQ(histogram->chart()->series().size(), 1);
    const QString summary = child<QLabel>(*m_view, "monteCarloSummary")->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("2,000 trials"))) << summary.toStdString();
    // The ranges are estimates: whole dollars, no cents.
    EXPECT_TRUE(summary.contains(QRegularExpression(
        QStringLiteral("savings -?\\$[0-9,]+ on average, -?\\$[0-9,]+ to -?\\$[0-9,]+ in nine"))))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(QRegularExpression(QStringLiteral("\\.[0-9]{2}( |;)"))))
        << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("CV 10.00%"))) << summary.toStdString();
    // The payments table gains the percentiles.
    EXPECT_EQ(payments().columnCount(), 6);
    child<QTabWidget>(*m_view, "results")->setCurrentIndex(3);
    test::screenshot(*m_view, QStringLiteral("scenario-uncertainty.png"));
}

// A board's plan on the demo's 2025 reconciliation, paid by tiers on three measures: for the
// user guide's picture (with ACO_SCREENSHOT_DIR) and to see that tiers pay less than the maximum.
TEST_F(ScenariosViewTest, TiersOnTheMsspReconciliation)
{
    Scenario s;
    s.name = QStringLiteral("Quality first");
    s.year = 2025;
    s.expenditureChange = -0.01;
    s.infrastructureBasisPoints = 1500;
    s.careRedesignBasisPoints = 500;
    s.providerBasisPoints = 7500;
    s.reserveBasisPoints = 500;
    s.measures = {{QStringLiteral("AWV"), 4000},
                  {QStringLiteral("BCS"), 3000},
                  {QStringLiteral("HBA1C"), 3000}};
    m_view->setScenario(s);
    ASSERT_TRUE(resultsShown(*m_view));
    ASSERT_TRUE(m_view->saveAs(QStringLiteral("Quality first")));
    ASSERT_TRUE(child<QLabel>(*m_view, "message")->text().startsWith(QStringLiteral("Saved")))
        << child<QLabel>(*m_view, "message")->text().toStdString();
    const Allocation& a = m_view->allocation();
    ASSERT_GT(a.poolCents, 0);
    EXPECT_EQ(a.accountedCents(), a.poolCents);
    std::int64_t paid = 0;
    for (const RecipientAllocation& r : a.recipients) {
        EXPECT_LE(r.paymentCents, r.maximumCents);
        paid += r.paymentCents;
    }
    EXPECT_EQ(paid + a.unearnedToInfrastructureCents, a.providerPoolCents);
    m_view->resize(1260, 880); // as in the window on a laptop's screen
    test::screenshot(*m_view, QStringLiteral("scenarios.png"));
}

TEST_F(ScenariosViewTest, NewStartsOnTheLatestYearsReconciliation)
{
    QTest::mouseClick(child<QPushButton>(*m_view, "new"), Qt::LeftButton);
    const Scenario s = m_view->editor()->scenario();
    EXPECT_EQ(s.source, Scenario::Source::Mssp);
    EXPECT_EQ(s.year, int(m_store->db().queryInt64("SELECT max(year) FROM performance_year")));
    EXPECT_EQ(s.providerBasisPoints, 8000);
    EXPECT_TRUE(m_view->currentName().isEmpty());
}

// A file without saved scenarios opens on one that applies as it is: 20% / 80% on the latest
// year's reconciliation, paid by tiers on the 13 measures the small demo has tier schemes for in
// 2026, weighted equally: 10,000 basis points / 13 = 769 r 3, so the first three measures (by
// their order in the file) carry 7.70% and the other ten 7.69%.
using FreshScenariosViewTest = test::SmallDemoTest;

TEST_F(FreshScenariosViewTest, OpensOnAScenarioThatApplies)
{
    ASSERT_EQ(m_store->db().queryInt64("SELECT count(*) FROM scenario"), 0);
    ui::BackgroundQueue queue;
    ui::ScenariosView view(*m_store, queue);
    EXPECT_TRUE(view.isLoading()); // its recipients are read in the background
    ASSERT_TRUE(resultsShown(view));
    const Scenario s = view.editor()->scenario();
    EXPECT_EQ(s.year, 2026);
    EXPECT_EQ(s.basis, Scenario::Basis::Tiers);
    EXPECT_EQ(s.infrastructureBasisPoints, 2000);
    EXPECT_EQ(s.providerBasisPoints, 8000);
    const std::vector<const char*> codes = {"TCOC", "ADM", "EDV", "READM", "FU7", "NOVISIT", "AWV",
                                            "FLU",  "CRC", "BCS", "HBA1C", "BP",  "STATIN"};
    ASSERT_EQ(s.measures.size(), codes.size());
    for (size_t i = 0; i < s.measures.size(); ++i) {
        EXPECT_EQ(s.measures[i].code, QLatin1String(codes[i]));
        EXPECT_EQ(s.measures[i].weightBasisPoints, i < 3 ? 770 : 769) << i;
        const auto* spin =
            child<QDoubleSpinBox>(view, (QByteArray("weight_") + codes[i]).constData());
        EXPECT_EQ(spin->text(), i < 3 ? QStringLiteral("7.70") : QStringLiteral("7.69"));
    }
    EXPECT_EQ(child<QLabel>(view, "weightTotal")->text(), QStringLiteral("100%"));
    EXPECT_TRUE(child<QLabel>(view, "message")->text().isEmpty())
        << child<QLabel>(view, "message")->text().toStdString();
    const Allocation& a = view.allocation();
    EXPECT_GT(a.poolCents, 0);
    EXPECT_EQ(a.infrastructureCents, (a.poolCents * 2 + 5) / 10); // 20%, to the nearest cent
    EXPECT_EQ(a.providerPoolCents, a.poolCents - a.infrastructureCents);
    std::int64_t paid = 0;
    for (const RecipientAllocation& r : a.recipients)
        paid += r.paymentCents;
    EXPECT_GT(paid, 0);
    EXPECT_TRUE(child<QLabel>(view, "figures")->text().contains(ui::Money::dollars(paid)));

    // New starts on the same plan after an edit.
    child<QDoubleSpinBox>(view, "weight_TCOC")->setValue(0.0);
    EXPECT_FALSE(child<QLabel>(view, "message")->text().isEmpty());
    answerNextBox(QMessageBox::Discard);
    QTest::mouseClick(child<QPushButton>(view, "new"), Qt::LeftButton);
    EXPECT_EQ(view.editor()->scenario().measures.size(), codes.size());
    ASSERT_TRUE(resultsShown(view));
    EXPECT_TRUE(child<QLabel>(view, "message")->text().isEmpty());
}

// The page fits a 1366 x 768 laptop beside the window's 140-pixel sidebar.
TEST_F(ScenariosViewTest, FitsALaptopScreen)
{
    EXPECT_LE(m_view->minimumSizeHint().width(), 1100);
}

// The comparison's chart draws the figures of the table beside it, bar for row: with tiers, the
// unearned money is its own row and its own bar, not part of the infrastructure's.
TEST_F(ScenariosViewTest, TheComparisonChartShowsTheTablesFigures)
{
    std::vector<ui::SimulatedScenario> simulated;
    for (const int infrastructure : {2000, 800}) {
        Scenario s;
        s.name = QStringLiteral("Tiers %1").arg(infrastructure / 100);
        s.year = 2026;
        s.infrastructureBasisPoints = infrastructure;
        s.providerBasisPoints = 10000 - infrastructure;
        s.measures = {{QStringLiteral("AWV"), 5000}, {QStringLiteral("BCS"), 5000}};
        ScenarioBasis basis = loadScenarioBasis(m_store->db(), s);
        const Allocation allocation =
            Allocator(s, basis).allocate(scenarioEarnedCents(s, basis));
        ASSERT_GT(allocation.unearnedToInfrastructureCents, 0);
        simulated.push_back({s, std::move(basis), allocation});
    }
    ui::ScenarioCompareDialog dialog(std::move(simulated), QStringLiteral("Demo"));
    dialog.show();

    // The table as shown: label -> cents per scenario.
    const QTableWidget* totals = child<QTableWidget>(dialog, "totals");
    std::map<QString, std::vector<std::int64_t>> table;
    for (int r = 0; r < totals->rowCount(); ++r) {
        for (int c = 1; c < totals->columnCount(); ++c) {
            QString text = totals->item(r, c)->text();
            if (!text.startsWith(QLatin1Char('$')) && !text.startsWith(QStringLiteral("-$")))
                continue;
            const bool negative = text.startsWith(QLatin1Char('-'));
            text.remove(QRegularExpression(QStringLiteral("[-$,.]")));
            table[totals->item(r, 0)->text().trimmed().toLower()].push_back(
                (negative ? -1 : 1) * text.toLongLong());
        }
    }
    ASSERT_TRUE(table.contains(QStringLiteral("unearned, to infrastructure")));

    // The chart as drawn: each category's bar per scenario, in the unit its axis names.
    auto* view = child<QChartView>(dialog, "comparisonChart");
    auto* series = qobject_cast<QHorizontalBarSeries*>(view->chart()->series().at(0));
    ASSERT_NE(series, nullptr);
    auto* categories = qobject_cast<QBarCategoryAxis*>(view->chart()->axes(Qt::Vertical).at(0));
    auto* amounts = qobject_cast<QValueAxis*>(view->chart()->axes(Qt::Horizontal).at(0));
    ASSERT_TRUE(categories && amounts);
    const double divisor = amounts->titleText().contains(QStringLiteral("millions"))    ? 1e8
                           : amounts->titleText().contains(QStringLiteral("thousands")) ? 1e5
                                                                                         : 100.0;
    const QStringList names = categories->categories();
    ASSERT_EQ(series->count(), 2);
    for (int s = 0; s < 2; ++s) {
        // Sets run B to A, as Qt draws the first at the bottom; so do the categories.
        const QBarSet* set = series->barSets().at(1 - s);
        ASSERT_EQ(set->count(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            const QString name = names.at(i).toLower();
            ASSERT_TRUE(table.contains(name)) << name.toStdString();
            EXPECT_NEAR(set->at(i) * divisor, double(table.at(name).at(size_t(s))), 0.5)
                << name.toStdString() << " in scenario " << s;
        }
    }
}

// The title says which saved scenario is on show and marks unsaved changes with an asterisk;
// dropping them asks first, and Cancel keeps them.
TEST_F(ScenariosViewTest, TheTitleMarksUnsavedChangesAndDroppingThemAsks)
{
    const QLabel* title = child<QLabel>(*m_view, "scenarioTitle");
    EXPECT_EQ(m_view->title(), QStringLiteral("New scenario"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("not saved in the file yet")));
    ASSERT_TRUE(m_view->saveAs(QStringLiteral("Board plan")));
    EXPECT_EQ(m_view->title(), QStringLiteral("Board plan"));
    EXPECT_FALSE(m_view->isModified());
    EXPECT_TRUE(title->text().contains(QStringLiteral("<b>Board plan</b>"))) << title->text().toStdString();

    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(90.0);
    EXPECT_EQ(m_view->title(), QStringLiteral("Board plan*"));
    EXPECT_TRUE(title->text().contains(QStringLiteral("<b>Board plan*</b>")));
    EXPECT_TRUE(title->text().contains(QStringLiteral("unsaved changes")));

    // Cancel keeps the changes on show.
    QString said;
    answerNextBox(QMessageBox::Cancel, &said);
    QTest::mouseClick(child<QPushButton>(*m_view, "new"), Qt::LeftButton);
    EXPECT_TRUE(said.contains(QStringLiteral("'Board plan'"))) << said.toStdString();
    EXPECT_EQ(m_view->currentName(), QStringLiteral("Board plan"));
    EXPECT_EQ(m_view->editor()->scenario().providerBasisPoints, 9000);

    // Back to the saved split: nothing unsaved, nothing asked.
    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(80.0);
    EXPECT_EQ(m_view->title(), QStringLiteral("Board plan"));
    EXPECT_TRUE(m_view->maybeDropChanges());

    // Save writes the changes before a new scenario is started.
    child<QDoubleSpinBox>(*m_view, "providersSpin")->setValue(85.0);
    answerNextBox(QMessageBox::Save);
    QTest::mouseClick(child<QPushButton>(*m_view, "new"), Qt::LeftButton);
    EXPECT_EQ(ScenarioStore(m_store->db()).load(QStringLiteral("Board plan")).providerBasisPoints,
              8500);
    EXPECT_TRUE(m_view->currentName().isEmpty());
    EXPECT_EQ(m_view->title(), QStringLiteral("New scenario"));
}

// An empty list says what it is for; the first save shows the list instead.
TEST_F(ScenariosViewTest, TheEmptyListHasAHint)
{
    const QLabel* hint = child<QLabel>(*m_view, "scenarioListHint");
    const QListWidget* list = child<QListWidget>(*m_view, "scenarioList");
    EXPECT_TRUE(hint->isVisibleTo(m_view.get()));
    EXPECT_FALSE(list->isVisibleTo(m_view.get()));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("No saved scenarios yet")));
    ASSERT_TRUE(m_view->saveAs(QStringLiteral("Plan")));
    EXPECT_FALSE(hint->isVisibleTo(m_view.get()));
    EXPECT_TRUE(list->isVisibleTo(m_view.get()));
}

// The split chart is one stacked bar with the editor's shares, each part with its amount of the
// $10,000.00 pool in whole dollars: 20% / 80%, then 10% / 5% / 85%.
TEST_F(ScenariosViewTest, TheSplitChartShowsTheEditorsShares)
{
    const auto sets = [this] {
        auto* series = qobject_cast<QHorizontalStackedBarSeries*>(
            child<QChartView>(*m_view, "splitChart")->chart()->series().value(0));
        EXPECT_NE(series, nullptr);
        std::map<QString, double> shares;
        for (const QBarSet* set : series->barSets())
            shares[set->label()] = set->at(0);
        return shares;
    };
    EXPECT_EQ(sets(), (std::map<QString, double>{{QStringLiteral("Infrastructure 20%: $2,000"), 20.0},
                                                  {QStringLiteral("Providers 80%: $8,000"), 80.0}}));
    child<QDoubleSpinBox>(*m_view, "infrastructureSpin")->setValue(10.0);
    child<QDoubleSpinBox>(*m_view, "careRedesignSpin")->setValue(5.0);
    EXPECT_EQ(child<QDoubleSpinBox>(*m_view, "providersSpin")->value(), 85.0);
    EXPECT_EQ(sets(), (std::map<QString, double>{{QStringLiteral("Infrastructure 10%: $1,000"), 10.0},
                                                  {QStringLiteral("Care redesign 5%: $500"), 5.0},
                                                  {QStringLiteral("Providers 85%: $8,500"), 85.0}}));
    EXPECT_EQ(child<QChartView>(*m_view, "splitChart")->chart()->title(),
              QStringLiteral("Split of $10,000 savings"));
    child<QTabWidget>(*m_view, "results")->setCurrentWidget(child<QChartView>(*m_view, "splitChart"));
    test::screenshot(*m_view, QStringLiteral("scenario-split.png"));
}

// Whole dollars for the board that add up: the total rounded half away from zero, each part its
// dollars rounded down, the dollars left over to the largest cents (the earlier on a tie).
TEST(Money, WholeDollarPartsAddUpToTheRoundedTotal)
{
    using P = std::vector<std::int64_t>;
    // $1,234.56 + $789.51 + $0.02 = $2,024.09: $2,024; floors 1,234 + 789 + 0, one dollar to .56.
    EXPECT_EQ(ui::Money::wholeDollarParts({123456, 78951, 2}), (P{123500, 78900, 0}));
    // Three halves: $1.50 makes $2, one dollar each to the first two.
    EXPECT_EQ(ui::Money::wholeDollarParts({50, 50, 50}), (P{100, 100, 0}));
    // A loss rounds as savings do: -$3.00 in two halves of -$1.50.
    EXPECT_EQ(ui::Money::wholeDollarParts({-150, -150}), (P{-200, -100}));
    EXPECT_EQ(ui::Money::wholeDollarParts({0, 0}), (P{0, 0}));
    EXPECT_EQ(ui::Money::wholeDollars(-150), QStringLiteral("-$2"));
    EXPECT_EQ(ui::Money::wholeDollars(123456789), QStringLiteral("$1,234,568"));
}

// The tornado's title says where the swings start from in whole dollars, as the board reads
// amounts: $1,234,567.89 is $1,234,568.
TEST(ScenarioCharts, TheTornadoTitleIsInWholeDollars)
{
    MonteCarloResult result;
    TornadoEntry expenditures;
    expenditures.input = QStringLiteral("expenditures");
    expenditures.lowResultCents = 100'000'000;
    expenditures.highResultCents = 150'000'000;
    expenditures.swingCents = 50'000'000;
    result.tornado.push_back(expenditures);
    const std::unique_ptr<QChart> chart(ui::ScenarioCharts::tornado(result, 123'456'789));
    EXPECT_EQ(chart->title(), QStringLiteral("What moves the earned savings (from $1,234,568)"));
}

// The split chart's amounts add up to its pool in whole dollars: $10,000.50 in three equal
// parts of $3,333.50 is $10,001, not three times $3,334.
TEST(SplitBar, WholeDollarPartsAddUpToThePool)
{
    Scenario s;
    s.infrastructureBasisPoints = 3333;
    s.careRedesignBasisPoints = 3333;
    s.providerBasisPoints = 3334;
    Allocation a;
    a.poolCents = 1'000'050;
    a.infrastructureCents = 333'350;
    a.careRedesignCents = 333'350;
    a.providerPoolCents = 333'350;
    const auto parts = ui::SplitBar::parts(s, a);
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[0].cents, 333'400);
    EXPECT_EQ(parts[1].cents, 333'400);
    EXPECT_EQ(parts[2].cents, 333'300);
    EXPECT_EQ(ui::SplitBar::title(a), QStringLiteral("Split of $10,001 savings"));
}
