#ifdef ACO_HAS_UI // the packet paints, so the command exists only where the window is built

#include "csv/csvreader.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <vector>

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
                        int infrastructureBasisPoints,
                        Scenario::Basis basis = Scenario::Basis::Beneficiaries)
{
    Scenario scenario;
    scenario.source = Scenario::Source::Amount;
    scenario.amountCents = cents;
    scenario.infrastructureBasisPoints = infrastructureBasisPoints;
    scenario.providerBasisPoints = 10000 - infrastructureBasisPoints;
    scenario.basis = basis;
    ScenarioStore(db).save(name, scenario);
}

QStringList packetArguments(const QString& db, const QString& out, const QStringList& scenarios)
{
    QStringList arguments = {
        QStringLiteral("packet"),  QStringLiteral("--db"),  db,
        QStringLiteral("--year"),  QStringLiteral("2026"),  QStringLiteral("--period"),
        QStringLiteral("2026-09"), QStringLiteral("--out"), out};
    for (const QString& name : scenarios)
        arguments << QStringLiteral("--scenario") << name;
    return arguments;
}

// "$1,234,568": the board's whole dollars, rounded half away from zero, written here rather than
// taken from the code under test.
QString wholeDollars(std::int64_t cents)
{
    const std::int64_t dollars = (std::llabs(cents) + 50) / 100;
    QString whole = QString::number(dollars);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (cents < 0 && dollars != 0 ? QStringLiteral("-$") : QStringLiteral("$")) + whole;
}

// Two parts of one sign in whole dollars that add up to their total's whole dollars: each
// part's dollars rounded down, and the dollar left over (if any) to the larger cents.
std::pair<std::int64_t, std::int64_t> wholeDollarPair(std::int64_t a, std::int64_t b)
{
    const std::int64_t total = (a + b + 50) / 100;
    std::int64_t first = a / 100;
    std::int64_t second = b / 100;
    if (first + second < total)
        (a % 100 >= b % 100 ? first : second) += 1;
    return {first * 100, second * 100};
}

struct Payment
{
    QString name;
    std::int64_t cents = 0;
};

// Every provider's payment as `simulate --out FILE.csv` writes it, by provider id.
std::map<std::int64_t, Payment> simulatedPayments(const QString& db, const QString& name,
                                                  const QString& csv)
{
    const Outcome run = workbench({QStringLiteral("simulate"), QStringLiteral("--db"), db,
                                   QStringLiteral("--name"), name, QStringLiteral("--trials"),
                                   QStringLiteral("0"), QStringLiteral("--out"), csv});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    std::map<std::int64_t, Payment> payments;
    CsvReader reader = CsvReader::fromFile(csv);
    reader.next(); // id,name,eligible,maximum,payment,...
    while (const std::optional<CsvRecord> record = reader.next())
        payments[record->fields[0].toLongLong()] = {
            record->fields[1], std::llround(record->fields[4].toDouble() * 100.0)};
    return payments;
}

// The sizes, in points, text prints at on each page of a PDF as Qt writes it (one compressed
// content stream a page): each text-showing operator's font size (Tf) times the scale of its
// text matrix (Tm) and of the transformations (cm) in force, saved and restored by q and Q.
std::vector<std::vector<double>> printedTextSizes(const QString& pdf)
{
    QFile file(pdf);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    using Matrix = std::array<double, 6>;
    const auto times = [](const Matrix& a, const Matrix& b) {
        return Matrix{a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
                      a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
                      a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]};
    };
    std::vector<std::vector<double>> pages;
    for (qsizetype at = data.indexOf("stream\n"); at >= 0; at = data.indexOf("stream\n", at)) {
        const qsizetype start = at + 7;
        const qsizetype end = data.indexOf("endstream", start);
        at = end + 9;
        if (data.at(start) != '\x78') // not zlib's: a stream left uncompressed
            continue;
        // qUncompress wants the length first; a generous one does, and the rest is zlib's.
        QByteArray packed(4, '\0');
        packed[1] = '\x40'; // 4 MiB
        const QByteArray content = qUncompress(packed + data.mid(start, end - start));
        if (!content.contains(" Tf"))
            continue;
        std::vector<double> sizes;
        Matrix ctm{1, 0, 0, 1, 0, 0};
        Matrix tm{1, 0, 0, 1, 0, 0};
        std::vector<Matrix> saved;
        std::vector<double> operands;
        double size = 0;
        const auto last6 = [&operands] {
            Matrix m{};
            for (size_t i = 0; i < 6; ++i)
                m[i] = operands[operands.size() - 6 + i];
            return m;
        };
        for (const QByteArray& token : content.simplified().split(' ')) {
            bool number = false;
            const double value = token.toDouble(&number);
            if (number) {
                operands.push_back(value);
                continue;
            }
            if (token == "q")
                saved.push_back(ctm);
            else if (token == "Q" && !saved.empty()) {
                ctm = saved.back();
                saved.pop_back();
            } else if (token == "cm" && operands.size() >= 6)
                ctm = times(last6(), ctm);
            else if (token == "Tm" && operands.size() >= 6)
                tm = last6();
            else if (token == "Tf" && !operands.empty())
                size = operands.back();
            else if (token == "Tj" || token == "TJ") {
                const Matrix m = times(tm, ctm);
                sizes.push_back(size * std::sqrt(std::abs(m[0] * m[3] - m[1] * m[2])));
            }
            if (!token.startsWith('<') && !token.startsWith('/'))
                operands.clear();
        }
        pages.push_back(sizes);
    }
    return pages;
}

} // namespace

TEST(PacketCli, WritesTheDashboardDiagramScenariosComparisonAndDefinitions)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    QStringList names;
    double savingsRate = 0;
    std::map<std::int64_t, std::pair<bool, bool>> groups; // provider: primary care, employed
    {
        Store store = Store::open(path);
        saveAmountScenario(store.db(), QStringLiteral("Eighty-twenty"), 100'000'000, 2000);
        saveAmountScenario(store.db(), QStringLiteral("Half and half"), 25'000'000, 5000);
        saveAmountScenario(store.db(), QStringLiteral("Equal shares"), 100'000'000, 2000,
                           Scenario::Basis::Equal);
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
        auto providers = store.db().prepare("SELECT id, kind = 'primary_care', "
                                            "employment = 'employed' FROM provider");
        while (providers.step())
            groups[providers.int64(0)] = {providers.int64(1) != 0, providers.int64(2) != 0};
    }
    ASSERT_EQ(names.size(), 14);

    const QString out = folder.path(QStringLiteral("packet.pdf"));
    const QStringList scenarios = {QStringLiteral("Eighty-twenty"), QStringLiteral("Half and half"),
                                   QStringLiteral("Equal shares")};
    const Outcome run = workbench(packetArguments(path, out, scenarios));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("11 pages")));
    EXPECT_EQ(run.err, QString()); // nothing from the platform painting off screen

    // Cover, two pages of dashboard, the driver diagram on four (too large for one page at 8 pt:
    // the aim with the primary and secondary drivers on two, the secondary drivers with their
    // change ideas on two), the scenarios side by side and compared, and two pages of definitions.
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("Pages: 11 ")));
    const QString text = poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Riverbend Health Partners ACO")));
    EXPECT_EQ(text.count(QStringLiteral("Page ")), 11); // every page is numbered
    EXPECT_TRUE(text.contains(QStringLiteral("Page 11 of 11")));
    // The dashboard on two pages: the KPIs and the measures, then the chart, the tiers, the
    // movers and the enrollment types; the driver diagram follows on the fourth.
    const auto page = [&out](int number) {
        const QString n = QString::number(number);
        return poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"),
                                                      n, out, QStringLiteral("-")});
    };
    const QString kpiPage = page(2);
    for (const char* tile :
         {"Projected savings rate", "Spending to date", "Measures against targets"})
        EXPECT_TRUE(kpiPage.contains(QString::fromUtf8(tile))) << tile << kpiPage.toStdString();
    const QString tilePage = page(3);
    for (const char* tile : {"Spending against the benchmark", "Providers by tier", "Top movers",
                             "Risk and spending by enrollment type"})
        EXPECT_TRUE(tilePage.contains(QString::fromUtf8(tile))) << tile << tilePage.toStdString();
    for (int p = 4; p <= 7; ++p)
        EXPECT_TRUE(page(p).contains(QStringLiteral("Driver diagram 2026"))) << p;
    EXPECT_FALSE(page(8).contains(QStringLiteral("Driver diagram 2026")));
    const QString rate = QString::number(100.0 * savingsRate, 'f', 1) + QLatin1Char('%');
    EXPECT_TRUE(text.contains(rate)) << rate.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Driver diagram 2026")));
    // $1,000,000 split 20/80 and $250,000 split 50/50, in whole dollars: each scenario said
    // first (its split, who is eligible and how each payment is decided), then its figures.
    for (const QString& name : scenarios)
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
    for (const char* amount : {"$1,000,000 ", "$200,000 ", "$800,000 ", "$250,000 ", "$125,000 "})
        EXPECT_TRUE(text.contains(QString::fromLatin1(amount))) << amount;
    const qsizetype split = text.indexOf(QStringLiteral("Split infrastructure 20%, care redesign "
                                                        "0%, providers 80%, reserve 0%"));
    const qsizetype halves = text.indexOf(QStringLiteral("infrastructure 50%, care redesign 0%, "
                                                         "providers 50%, reserve 0%"));
    const qsizetype eligible = text.indexOf(QStringLiteral("Eligible primary care and "
                                                           "specialists (employed and "
                                                           "independent), paid as individual "
                                                           "providers"));
    const qsizetype basis = text.indexOf(QStringLiteral("equal shares; unearned money to "
                                                        "infrastructure"));
    const qsizetype figures = text.indexOf(QStringLiteral("Pool (earned or owed)"));
    for (const qsizetype at : {split, halves, eligible, basis})
        EXPECT_TRUE(at >= 0 && at < figures) << at << " " << figures << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("$1,000,000.00"))); // no cents on a board page
    // No command-line wording on a board page.
    EXPECT_FALSE(text.contains(QStringLiteral("aco-workbench")));
    EXPECT_FALSE(text.contains(QStringLiteral("`")))
        << text.mid(std::max<qsizetype>(0, text.indexOf(QStringLiteral("`")) - 200), 400).toStdString();
    // Every page after the cover framed as the scorecard is: the ACO and what it belongs to
    // above, the data's date and the page number below.
    EXPECT_EQ(text.count(QStringLiteral("Board packet · performance year 2026 · September 2026")),
              10);
    EXPECT_EQ(text.count(QStringLiteral("For the board of Riverbend Health Partners ACO")), 11);
    for (const QString& name : names)
        EXPECT_TRUE(text.contains(name)) << name.toStdString();
    // The definitions say what each denominator counts: member-months for the cost of care,
    // the meetings themselves for attendance, not "discharges, member-months" for both.
    EXPECT_TRUE(text.contains(QStringLiteral("dollars per member per month. The denominator "
                                             "counts member-months (each beneficiary once a "
                                             "month); the numerator is the spending.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Share of monthly ACO provider meetings attended. The "
                                             "denominator counts the cases the share is of, each "
                                             "once, in the month it falls in.")));
    EXPECT_FALSE(text.contains(QStringLiteral("discharges, member-months")));
    // Each measure's target for the year, named: the diagram's, with the benchmark beside it.
    EXPECT_TRUE(text.contains(QStringLiteral("Target for 2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("ACO target \u2265 65.0%; Illustrative national "
                                             "benchmark 60.0%")))
        << text.toStdString();

    // The comparison: each group's row holds, scenario by scenario, the sum of what `simulate`
    // pays that group's providers.
    std::vector<std::map<std::int64_t, Payment>> paid;
    for (const QString& name : scenarios)
        paid.push_back(simulatedPayments(path, name, folder.path(name + QStringLiteral(".csv"))));
    const QString layout =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    EXPECT_TRUE(layout.contains(QStringLiteral("Provider payments by group")));
    EXPECT_TRUE(layout.contains(QStringLiteral(
        "A: Eighty-twenty B: Half and half C: Equal shares Provider payments $800,000 "
        "$125,000 $800,000 ")))
        << layout.toStdString();
    // In whole dollars, each pair of groups adds up to the payments.
    const auto groupRows = [&](const QString& label, const QString& other, auto inGroup) {
        QString row = label;
        QString otherRow = other;
        for (const auto& payments : paid) {
            std::int64_t in = 0;
            std::int64_t rest = 0;
            for (const auto& [id, payment] : payments)
                (inGroup(groups.at(id)) ? in : rest) += payment.cents;
            const auto [first, second] = wholeDollarPair(in, rest);
            row += QLatin1Char(' ') + wholeDollars(first);
            otherRow += QLatin1Char(' ') + wholeDollars(second);
        }
        return std::pair{row, otherRow};
    };
    const auto [primaryCare, specialists] = groupRows(
        QStringLiteral("primary care"), QStringLiteral("specialists"), [](auto g) { return g.first; });
    const auto [employed, independent] = groupRows(
        QStringLiteral("employed"), QStringLiteral("independent"), [](auto g) { return g.second; });
    for (const QString& row : {primaryCare, specialists, employed, independent})
        EXPECT_TRUE(layout.contains(row + QLatin1Char(' '))) << row.toStdString();

    // From A to B everyone loses; the biggest loser is the provider whose payment falls most.
    EXPECT_TRUE(layout.contains(QStringLiteral("Biggest winners and losers by provider, A to B")));
    EXPECT_TRUE(layout.contains(QStringLiteral("Biggest winners and losers by provider, A to C")));
    std::int64_t loser = 0;
    std::int64_t loss = 0;
    for (const auto& [id, payment] : paid[0]) {
        const std::int64_t change = paid[1].at(id).cents - payment.cents;
        if (change < loss || (change == loss && payment.name < paid[0].at(loser).name)) {
            loss = change;
            loser = id;
        }
    }
    ASSERT_LT(loss, 0);
    // The change of the whole dollars shown, so that the row adds up as printed.
    const std::int64_t from = (paid[0].at(loser).cents + 50) / 100 * 100;
    const std::int64_t to = (paid[1].at(loser).cents + 50) / 100 * 100;
    const QString lossRow = QStringLiteral("%1 %2 %3 %4")
                                .arg(paid[0].at(loser).name, wholeDollars(from),
                                     wholeDollars(to), wholeDollars(to - from));
    EXPECT_TRUE(layout.contains(lossRow)) << lossRow.toStdString();
}

TEST(PacketCli, ComparesTheFirstFourOfMoreScenariosAndSaysSo)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    QStringList scenarios;
    {
        Store store = Store::open(path);
        for (int s = 1; s <= 5; ++s) {
            scenarios << QStringLiteral("Plan %1").arg(s);
            saveAmountScenario(store.db(), scenarios.back(), s * 10'000'000, 2000);
        }
    }
    const QString out = folder.path(QStringLiteral("packet.pdf"));
    const Outcome run = workbench(packetArguments(path, out, scenarios));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    // Cover, dashboard (2), diagram (4), two pages of scenarios side by side, the comparison,
    // definitions (2).
    EXPECT_TRUE(poppler(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("Pages: 12 ")));
    const QString layout =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), out, QStringLiteral("-")});
    EXPECT_TRUE(layout.contains(QStringLiteral("Compared: the first 4 of the 5 scenarios chosen")));
    // Provider payments are 80% of $100,000 times the plan's number; the fifth is not compared.
    EXPECT_TRUE(layout.contains(QStringLiteral(
        "Provider payments $80,000 $160,000 $240,000 $320,000 primary care")))
        << layout.toStdString();
    EXPECT_TRUE(layout.contains(QStringLiteral("A to D")));
    EXPECT_FALSE(layout.contains(QStringLiteral("A to E")));
    EXPECT_FALSE(layout.contains(QStringLiteral("E: Plan 5")));
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

// A board member reads the packet without a magnifier. The dashboard prints on two pages, its
// dense tables' cells at 8 pt at least and the rest larger. The driver diagram's pages print its
// smallest text at 8 pt at least too (the demo's at 8.6 and 9), splitting it across pages rather
// than shrinking it to fit one.
TEST(PacketCli, TheDashboardAndDriverDiagramPrintAtEightPointsOrMore)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.aco"));
    test::writeSmallDemo(path);
    const QString out = folder.path(QStringLiteral("packet.pdf"));
    const Outcome run = workbench(packetArguments(path, out, {}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const std::vector<std::vector<double>> pages = printedTextSizes(out);
    ASSERT_GE(pages.size(), 4u); // the cover, the dashboard's two pages, the diagram ...
    EXPECT_TRUE(poppler(QStringLiteral("pdftotext"),
                        {QStringLiteral("-f"), QStringLiteral("4"), QStringLiteral("-l"),
                         QStringLiteral("4"), out, QStringLiteral("-")})
                    .contains(QStringLiteral("Driver diagram")));
    for (size_t page = 1; page <= 2; ++page) {
        ASSERT_GT(pages[page].size(), 500u) << "page " << page + 1;
        // Rounded to a tenth, as a point size is written.
        EXPECT_GE(std::round(*std::min_element(pages[page].begin(), pages[page].end()) * 10), 80)
            << "page " << page + 1;
        // The text around the tables at 9 pt or more: the tiles' titles, notes and legends.
        EXPECT_GE(std::count_if(pages[page].begin(), pages[page].end(),
                                [](double s) { return std::round(s * 10) >= 90; }),
                  100)
            << "page " << page + 1;
    }

    int diagramPages = 0;
    for (size_t page = 1; page < pages.size(); ++page) {
        const QString n = QString::number(page + 1);
        const QString text =
            poppler(QStringLiteral("pdftotext"), {QStringLiteral("-f"), n, QStringLiteral("-l"), n,
                                                  out, QStringLiteral("-")});
        if (!text.contains(QStringLiteral("Driver diagram 2026")))
            continue;
        ++diagramPages;
        ASSERT_GT(pages[page].size(), 20u) << "page " << n.toStdString();
        EXPECT_GE(std::round(*std::min_element(pages[page].begin(), pages[page].end()) * 10), 80)
            << "page " << n.toStdString();
    }
    EXPECT_GE(diagramPages, 2);
    // Every box of the diagram is on one of them: its first and last primary drivers, its first
    // and last change ideas.
    const QString text = poppler(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
    for (const char* box : {"Safe transitions of care", "Providers engaged with their own data",
                            "Discharge-notification feed", "hand-delivered by"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(box))) << box;
}

#endif
