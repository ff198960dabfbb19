#ifdef ACO_HAS_UI // the packet paints, so the command exists only where the window is built

#include "scenarios/scenariostore.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace aco;
using test::Outcome;
using test::workbench;

namespace {

// What a poppler tool prints, with ligatures ("fi") as letters and whitespace runs folded.
QString poppler(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000))
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(space, QStringLiteral(" "));
}

void saveAmountScenario(Database& db, const QString& name, std::int64_t cents,
                        int infrastructureBasisPoints)
{
    Scenario scenario;
    scenario.source = Scenario::Source::Amount;
    scenario.amountCents = cents;
    scenario.infrastructureBasisPoints = infrastructureBasisPoints;
    scenario.providerBasisPoints = 10000 - infrastructureBasisPoints;
    scenario.basis = Scenario::Basis::Beneficiaries;
    ScenarioStore(db).save(name, scenario);
}

} // namespace

TEST(PacketCli, WritesTheDashboardDiagramScenariosAndDefinitions)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    QStringList names;
    double savingsRate = 0;
    {
        Store store = Store::open(path);
        saveAmountScenario(store.db(), QStringLiteral("Eighty-twenty"), 100'000'000, 2000);
        saveAmountScenario(store.db(), QStringLiteral("Half and half"), 25'000'000, 5000);
        auto measures = store.db().prepare("SELECT name FROM measure ORDER BY id");
        while (measures.step())
            names << measures.text(0);
        // The projected savings rate, independently: spending per beneficiary-month to September,
        // a year of it, against the benchmark per capita.
        auto rate = store.db().prepare("SELECT 1.0 - 12.0 * sum(e.expenditure_cents) / "
                                       "sum(e.beneficiary_months) / y.benchmark_per_capita_cents "
                                       "FROM expenditure e, performance_year y WHERE y.year = 2026 "
                                       "AND e.period BETWEEN 202601 AND 202609");
        ASSERT_TRUE(rate.step());
        savingsRate = rate.real(0);
    }
    ASSERT_EQ(names.size(), 14);

    const QString out = folder.path(QStringLiteral("packet.pdf"));
    const QStringList base = {
        QStringLiteral("packet"),  QStringLiteral("--db"),  path,
        QStringLiteral("--year"),  QStringLiteral("2026"),  QStringLiteral("--period"),
        QStringLiteral("2026-09"), QStringLiteral("--out"), out};
    const Outcome run = workbench(
        base + QStringList{QStringLiteral("--scenario"), QStringLiteral("Eighty-twenty"),
                           QStringLiteral("--scenario"), QStringLiteral("Half and half")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("8 pages")));

    // Cover, three pages of dashboard, driver diagram, scenarios, and two pages of definitions.
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("Pages: 8 ")));
    const QString text = poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Riverbend Health Partners ACO")));
    EXPECT_EQ(text.count(QStringLiteral("Page ")), 8); // every page is numbered
    EXPECT_TRUE(text.contains(QStringLiteral("Page 8 of 8")));
    const QString rate = QString::number(100.0 * savingsRate, 'f', 1) + QLatin1Char('%');
    EXPECT_TRUE(text.contains(rate)) << rate.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Driver diagram 2026")));
    // $1,000,000 split 20/80 and $250,000 split 50/50, paid to the cent.
    EXPECT_TRUE(text.contains(QStringLiteral("Eighty-twenty")));
    EXPECT_TRUE(text.contains(QStringLiteral("Half and half")));
    for (const char* amount :
         {"$1,000,000.00", "$200,000.00", "$800,000.00", "$250,000.00", "$125,000.00"})
        EXPECT_TRUE(text.contains(QString::fromLatin1(amount))) << amount;
    for (const QString& name : names)
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
}

TEST(PacketCli, RefusesWhatTheFileDoesNotHaveAndWritesNothing)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const QString out = folder.path(QStringLiteral("packet.pdf"));
    const Outcome run =
        workbench({QStringLiteral("packet"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                   QStringLiteral("2026"), QStringLiteral("--period"), QStringLiteral("2026-09"),
                   QStringLiteral("--scenario"), QStringLiteral("No such plan"),
                   QStringLiteral("--out"), out});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("No such plan"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const Outcome notPdf =
        workbench({QStringLiteral("packet"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                   QStringLiteral("2026"), QStringLiteral("--period"), QStringLiteral("2026-09"),
                   QStringLiteral("--out"), folder.path(QStringLiteral("packet.png"))});
    EXPECT_EQ(notPdf.exitCode, 2);
    const Outcome noYear =
        workbench({QStringLiteral("packet"), QStringLiteral("--db"), path, QStringLiteral("--year"),
                   QStringLiteral("2030"), QStringLiteral("--period"), QStringLiteral("2030-01"),
                   QStringLiteral("--out"), out});
    EXPECT_EQ(noYear.exitCode, 2);
    EXPECT_TRUE(noYear.err.contains(
        QStringLiteral("no performance year 2030; it has 2023, 2024, 2025, 2026")))
        << noYear.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

#endif
