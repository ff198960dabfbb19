#include "csv/csvreader.h"
#include "store/store.h"
#include "testsupport.h"
#include "workbench.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <algorithm>

#include <cmath>
#include <map>
#include <optional>

using namespace aco;
using aco::test::Outcome;
using aco::test::workbench;

namespace {

constexpr std::int64_t amountCents = 123'456'789;

// An 80/20 split by beneficiaries of a typed-in amount, as a board member would write it.
QByteArray scenarioJson(int providers = 8000, int infrastructure = 2000)
{
    return QStringLiteral(R"({
  "name": "Eighty-twenty",
  "source": {"kind": "amount", "amountCents": %1},
  "split": {"infrastructure": %2, "careRedesign": 0, "providers": %3, "reserve": 0},
  "payment": {"basis": "beneficiaries"}
})")
        .arg(amountCents)
        .arg(infrastructure)
        .arg(providers)
        .toUtf8();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

std::int64_t cents(const QJsonValue& value)
{
    EXPECT_TRUE(value.isDouble());
    return static_cast<std::int64_t>(value.toDouble());
}

// Beneficiaries attributed to each provider, straight from the file.
std::map<std::int64_t, std::int64_t> beneficiariesByProvider(const QString& db)
{
    const Store store = Store::openReadOnly(db);
    Statement q = store.db().prepare(
        "SELECT p.id, (SELECT count(*) FROM beneficiary b WHERE b.provider_id = p.id) "
        "FROM provider p");
    std::map<std::int64_t, std::int64_t> result;
    while (q.step())
        result[q.int64(0)] = q.int64(1);
    return result;
}

class SimulateCli : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        db = folder.path(QStringLiteral("small.aco"));
        test::writeSmallDemo(db);
        scenario = folder.path(QStringLiteral("scenario.json"));
        test::writeFile(scenario, scenarioJson());
    }
    Outcome simulate(QStringList extra)
    {
        return workbench(QStringList{QStringLiteral("simulate"), QStringLiteral("--db"), db} +
                         extra);
    }

    test::TempFolder folder;
    QString db;
    QString scenario;
};

} // namespace

TEST_F(SimulateCli, JsonAccountsForEveryCentOfThePool)
{
    const QString out = folder.path(QStringLiteral("result.json"));
    const Outcome run =
        simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                  QStringLiteral("500"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(readAll(out)).object();

    EXPECT_EQ(cents(json[QStringLiteral("pool_cents")]), amountCents);
    const QJsonObject retained = json[QStringLiteral("retained")].toObject();
    std::int64_t total = 0;
    for (const QString& key : retained.keys())
        total += cents(retained[key]);
    const QJsonArray recipients = json[QStringLiteral("recipients")].toArray();
    std::int64_t payments = 0;
    for (const QJsonValue& r : recipients)
        payments += cents(r.toObject()[QStringLiteral("payment_cents")]);
    EXPECT_EQ(payments + total, amountCents);

    // 20% of 1,234,567.89 is 246,913.578: the odd cent goes to the larger remainder (.8 vs .2).
    EXPECT_EQ(cents(retained[QStringLiteral("infrastructure_cents")]), 24'691'358);
    EXPECT_EQ(payments, 98'765'431);
    EXPECT_EQ(cents(retained[QStringLiteral("unearned_cents")]), 0);

    // By beneficiaries: each payment within a cent of its exact share of the provider pool.
    const auto beneficiaries = beneficiariesByProvider(db);
    std::int64_t allBeneficiaries = 0;
    for (const auto& [id, count] : beneficiaries)
        allBeneficiaries += count;
    ASSERT_GT(allBeneficiaries, 0);
    ASSERT_EQ(static_cast<size_t>(recipients.size()), beneficiaries.size());
    for (const QJsonValue& value : recipients) {
        const QJsonObject r = value.toObject();
        const double exact = 98'765'431.0 *
                             static_cast<double>(beneficiaries.at(cents(r[QStringLiteral("id")]))) /
                             static_cast<double>(allBeneficiaries);
        EXPECT_LT(std::abs(static_cast<double>(cents(r[QStringLiteral("payment_cents")])) - exact),
                  1.0);
        EXPECT_TRUE(r[QStringLiteral("eligible")].toBool());
        EXPECT_EQ(r[QStringLiteral("payment_monte_carlo")].toObject().size(), 4);
    }

    const QJsonObject mc = json[QStringLiteral("monte_carlo")].toObject();
    EXPECT_EQ(mc[QStringLiteral("trials")].toInt(), 500);
    int counted = 0;
    for (const QJsonValue& bin : mc[QStringLiteral("histogram")].toArray())
        counted += bin.toObject()[QStringLiteral("count")].toInt();
    EXPECT_EQ(counted, 500);
    EXPECT_FALSE(mc[QStringLiteral("tornado")].toArray().isEmpty());
    const double p = mc[QStringLiteral("probability_earned")].toDouble();
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
}

TEST_F(SimulateCli, CsvHasOneRowPerEligibleProviderInDollars)
{
    const QString out = folder.path(QStringLiteral("result.csv"));
    const Outcome run =
        simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                  QStringLiteral("200"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QByteArray bytes = readAll(out);
    ASSERT_TRUE(bytes.endsWith("\r\n"));
    CsvReader reader(bytes, out);
    const std::optional<CsvRecord> header = reader.next();
    ASSERT_TRUE(header);
    EXPECT_EQ(header->fields.join(QLatin1Char(',')),
              QStringLiteral("id,name,eligible,maximum,payment,p5,p50,p95"));

    // Dollars with two decimals; the payments add up to the provider pool, $987,654.31.
    const auto beneficiaries = beneficiariesByProvider(db);
    const QRegularExpression money(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    std::int64_t total = 0;
    size_t rows = 0;
    while (const std::optional<CsvRecord> record = reader.next()) {
        ++rows;
        const QStringList& fields = record->fields;
        ASSERT_EQ(fields.size(), 8) << fields.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(beneficiaries.contains(fields[0].toLongLong()));
        EXPECT_EQ(fields[2], QStringLiteral("true"));
        for (int f = 3; f < 8; ++f)
            EXPECT_TRUE(money.match(fields[f]).hasMatch()) << fields[f].toStdString();
        total += std::llround(fields[4].toDouble() * 100.0);
    }
    EXPECT_EQ(rows, beneficiaries.size());
    EXPECT_EQ(total, 98'765'431);
}

TEST_F(SimulateCli, TrialsZeroSkipsTheMonteCarlo)
{
    const QString out = folder.path(QStringLiteral("result.json"));
    const Outcome run =
        simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                  QStringLiteral("0"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(readAll(out)).object();
    EXPECT_TRUE(json[QStringLiteral("monte_carlo")].isNull());
    EXPECT_EQ(cents(json[QStringLiteral("pool_cents")]), amountCents);
}

TEST_F(SimulateCli, SameSeedSameResult)
{
    const QString a = folder.path(QStringLiteral("a.json"));
    const QString b = folder.path(QStringLiteral("b.json"));
    for (const QString& out : {a, b})
        ASSERT_EQ(simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7"),
                            QStringLiteral("--out"), out})
                      .exitCode,
                  0);
    EXPECT_EQ(readAll(a), readAll(b));
}

TEST_F(SimulateCli, BadSplitExitsWithThreeNamingTheField)
{
    test::writeFile(scenario, scenarioJson(7000, 2000)); // 90%
    const QByteArray before = test::fileSha256(db);
    const QString out = folder.path(QStringLiteral("result.json"));
    const Outcome run = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--out"),
                                  out, QStringLiteral("--save"), QStringLiteral("x")});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("split"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_EQ(test::fileSha256(db), before);
}

TEST_F(SimulateCli, UsageErrorsExitWithTwo)
{
    const QString out = folder.path(QStringLiteral("result.json"));
    for (const QStringList& extra :
         {QStringList{QStringLiteral("--name"), QStringLiteral("Nobody"), QStringLiteral("--out"),
                      out},
          QStringList{QStringLiteral("--out"), out},
          QStringList{QStringLiteral("--scenario"), scenario, QStringLiteral("--name"),
                      QStringLiteral("x"), QStringLiteral("--out"), out},
          QStringList{QStringLiteral("--scenario"), scenario, QStringLiteral("--out"),
                      folder.path(QStringLiteral("result.txt"))},
          QStringList{QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                      QStringLiteral("-1"), QStringLiteral("--out"), out}}) {
        const Outcome run = simulate(extra);
        EXPECT_EQ(run.exitCode, 2) << extra.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    }
    const Outcome unknown = simulate(
        {QStringLiteral("--name"), QStringLiteral("Nobody"), QStringLiteral("--out"), out});
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Nobody"))) << unknown.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(SimulateCli, SaveThenNameRoundTrips)
{
    const QString first = folder.path(QStringLiteral("first.json"));
    const QString second = folder.path(QStringLiteral("second.json"));
    ASSERT_EQ(simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                        QStringLiteral("100"), QStringLiteral("--out"), first,
                        QStringLiteral("--save"), QStringLiteral("Board 2026")})
                  .exitCode,
              0);
    const Outcome again = simulate({QStringLiteral("--name"), QStringLiteral("Board 2026"),
                                    QStringLiteral("--trials"), QStringLiteral("100"),
                                    QStringLiteral("--out"), second});
    ASSERT_EQ(again.exitCode, 0) << again.err.toStdString();
    const QJsonObject a = QJsonDocument::fromJson(readAll(first)).object();
    const QJsonObject b = QJsonDocument::fromJson(readAll(second)).object();
    EXPECT_EQ(b[QStringLiteral("scenario")].toObject()[QStringLiteral("name")].toString(),
              QStringLiteral("Board 2026"));
    EXPECT_EQ(a, b);
}

TEST_F(SimulateCli, TiersReportEachMeasuresTierAndPayoutShare)
{
    // Two measures with tier schemes in the file's latest tier year, weighted 60/40.
    struct SchemeRow
    {
        QString code;
        std::map<QString, double> payoutByTier;
    };
    std::vector<SchemeRow> schemes;
    int year = 0;
    {
        const Store store = Store::openReadOnly(db);
        year = static_cast<int>(store.db().queryInt64("SELECT max(year) FROM tier_scheme"));
        Statement q = store.db().prepare(
            "SELECT m.code, t.payout_baseline, t.payout_better, t.payout_best, "
            "t.payout_extra_credit FROM tier_scheme t JOIN measure m ON m.id = t.measure_id "
            "WHERE t.year = ?1 ORDER BY m.code LIMIT 2");
        q.bind(1, year);
        while (q.step())
            schemes.push_back({q.text(0),
                               {{QStringLiteral("Below baseline"), 0.0},
                                {QStringLiteral("Baseline"), q.real(1)},
                                {QStringLiteral("Better"), q.real(2)},
                                {QStringLiteral("Best"), q.real(3)},
                                {QStringLiteral("Extra credit"), q.real(4)}}});
    }
    ASSERT_EQ(schemes.size(), 2u);
    test::writeFile(scenario, QStringLiteral(R"({
  "name": "Tiers",
  "source": {"kind": "amount", "amountCents": %1, "year": %2},
  "split": {"infrastructure": 2000, "careRedesign": 0, "providers": 8000, "reserve": 0},
  "payment": {"basis": "tiers", "measures": [{"code": "%3", "weight": 6000},
                                             {"code": "%4", "weight": 4000}]}
})")
                                  .arg(amountCents)
                                  .arg(year)
                                  .arg(schemes[0].code, schemes[1].code)
                                  .toUtf8());
    const QString out = folder.path(QStringLiteral("tiers.json"));
    const Outcome run = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                                  QStringLiteral("0"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(readAll(out)).object();

    std::int64_t payments = 0;
    for (const QJsonValue& value : json[QStringLiteral("recipients")].toArray()) {
        const QJsonObject r = value.toObject();
        const QJsonArray measures = r[QStringLiteral("measures")].toArray();
        ASSERT_EQ(measures.size(), 2);
        double earnedFraction = 0.0;
        for (int m = 0; m < 2; ++m) {
            const QJsonObject measure = measures[m].toObject();
            EXPECT_EQ(measure[QStringLiteral("code")].toString(), schemes[size_t(m)].code);
            const QString tier = measure[QStringLiteral("tier")].toString();
            ASSERT_TRUE(schemes[size_t(m)].payoutByTier.contains(tier)) << tier.toStdString();
            const double share = schemes[size_t(m)].payoutByTier.at(tier);
            EXPECT_DOUBLE_EQ(measure[QStringLiteral("payout_share")].toDouble(), share);
            earnedFraction += (m == 0 ? 0.6 : 0.4) * share;
        }
        // Unearned money goes to infrastructure: each pays its maximum times what it earned.
        const double expected =
            static_cast<double>(cents(r[QStringLiteral("maximum_cents")])) * earnedFraction;
        const std::int64_t payment = cents(r[QStringLiteral("payment_cents")]);
        EXPECT_LE(std::abs(static_cast<double>(payment) - expected), 2.0);
        payments += payment;
    }
    const QJsonObject retained = json[QStringLiteral("retained")].toObject();
    EXPECT_EQ(payments + cents(retained[QStringLiteral("unearned_cents")]), 98'765'431);
    EXPECT_EQ(cents(retained[QStringLiteral("infrastructure_cents")]), 24'691'358);
}

TEST_F(SimulateCli, ExpenditureCvGivesATypedAmountItsUncertainty)
{
    const auto earned = [&](const QStringList& extra) {
        const QString out = folder.path(QStringLiteral("mc.json"));
        const Outcome run = simulate(QStringList{QStringLiteral("--scenario"), scenario,
                                                 QStringLiteral("--trials"), QStringLiteral("4000"),
                                                 QStringLiteral("--out"), out} +
                                     extra);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return QJsonDocument::fromJson(readAll(out)).object()[QStringLiteral("monte_carlo")].toObject();
    };
    // Without any: a typed-in amount has no monthly history, so every trial is the amount.
    const QJsonObject flat = earned({});
    EXPECT_EQ(flat[QStringLiteral("expenditure_cv")].toDouble(), 0.0);
    const QJsonObject flatEarned = flat[QStringLiteral("earned")].toObject();
    EXPECT_EQ(cents(flatEarned[QStringLiteral("p5_cents")]), amountCents);
    EXPECT_EQ(cents(flatEarned[QStringLiteral("p95_cents")]), amountCents);

    // A CV of 10%: the 5th and 95th percentiles near 1 -/+ 1.645 x 0.10 of the amount.
    const QJsonObject wide = earned({QStringLiteral("--expenditure-cv"), QStringLiteral("0.1")});
    EXPECT_EQ(wide[QStringLiteral("expenditure_cv")].toDouble(), 0.1);
    const QJsonObject e = wide[QStringLiteral("earned")].toObject();
    const double p5 = double(cents(e[QStringLiteral("p5_cents")])) / double(amountCents);
    const double p95 = double(cents(e[QStringLiteral("p95_cents")])) / double(amountCents);
    EXPECT_NEAR(p5, 1.0 - 0.1645, 0.01);
    EXPECT_NEAR(p95, 1.0 + 0.1645, 0.01);

    // The same from the scenario's own field; the option overrides it.
    QByteArray json = scenarioJson();
    json.replace("\"payment\"", "\"uncertainty\": {\"expenditureCv\": 0.05}, \"payment\"");
    test::writeFile(scenario, json);
    EXPECT_EQ(earned({})[QStringLiteral("expenditure_cv")].toDouble(), 0.05);
    EXPECT_EQ(earned({QStringLiteral("--expenditure-cv"), QStringLiteral("0.02")})[QStringLiteral("expenditure_cv")]
                  .toDouble(),
              0.02);
    const Outcome bad = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--expenditure-cv"),
                                  QStringLiteral("-0.1"), QStringLiteral("--out"), folder.path(QStringLiteral("x.json"))});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("--expenditure-cv"))) << bad.err.toStdString();
}

TEST_F(SimulateCli, AnOutputThatCannotBeWrittenSavesNothing)
{
    const QByteArray before = test::fileSha256(db);
    const Outcome run = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                                  QStringLiteral("0"), QStringLiteral("--out"),
                                  folder.path(QStringLiteral("missing/folder/result.json")),
                                  QStringLiteral("--save"), QStringLiteral("Board 2026")});
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("result.json"))) << run.err.toStdString();
    EXPECT_EQ(test::fileSha256(db), before);
}

#ifdef ACO_HAS_UI
// The PDF report shows the pool, its split and each recipient's payment as the JSON gives them.
TEST_F(SimulateCli, PdfReportShowsThePoolSplitAndPayments)
{
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    const QString json = folder.path(QStringLiteral("report.json"));
    for (const QString& out : {pdf, json})
        ASSERT_EQ(simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                            QStringLiteral("500"), QStringLiteral("--out"), out})
                      .exitCode,
                  0);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    EXPECT_TRUE(text.contains(QStringLiteral("Eighty-twenty")));
    EXPECT_TRUE(text.contains(QStringLiteral("$1,234,567.89"))) << text.toStdString();
    // 20% is 246,913.578: the odd cent to the larger remainder; 80% 987,654.312.
    EXPECT_TRUE(text.contains(QStringLiteral("$246,913.58")));
    EXPECT_TRUE(text.contains(QStringLiteral("$987,654.31")));
    const QJsonArray recipients =
        QJsonDocument::fromJson(readAll(json)).object()[QStringLiteral("recipients")].toArray();
    ASSERT_FALSE(recipients.isEmpty());
    for (const QJsonValue& value : recipients) {
        const QJsonObject r = value.toObject();
        const std::int64_t c = cents(r[QStringLiteral("payment_cents")]);
        QString whole = QString::number(c / 100);
        for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
            whole.insert(i, QLatin1Char(','));
        const QString dollars = QStringLiteral("$%1.%2").arg(whole).arg(c % 100, 2, 10, QLatin1Char('0'));
        const QString line = r[QStringLiteral("name")].toString();
        const qsizetype at = text.indexOf(line);
        ASSERT_GE(at, 0) << line.toStdString();
        EXPECT_TRUE(text.mid(at, text.indexOf(QLatin1Char('\n'), at) - at).contains(dollars))
            << line.toStdString() << " " << dollars.toStdString();
    }
}
#else
TEST_F(SimulateCli, PdfNeedsTheWindowBuild)
{
    const QString pdf = folder.path(QStringLiteral("report.pdf"));
    const Outcome run = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--out"), pdf});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("PDF"))) << run.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));
}
#endif

// Amounts as the window writes them, and "paid" counting only those who receive something: by
// beneficiaries, the providers without attributed beneficiaries are recipients paid nothing.
TEST_F(SimulateCli, SaysWhatItWroteInDollarsAsEverywhereAndCountsThePaid)
{
    const QString out = folder.path(QStringLiteral("result.csv"));
    const Outcome run = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                                  QStringLiteral("0"), QStringLiteral("--out"), out});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const auto beneficiaries = beneficiariesByProvider(db);
    const auto withPanel = std::count_if(beneficiaries.begin(), beneficiaries.end(),
                                         [](const auto& p) { return p.second > 0; });
    EXPECT_EQ(run.out, QStringLiteral("Wrote the payments of %1 recipients (%2 paid) from a pool "
                                      "of $1,234,567.89 to '%3'.\n")
                           .arg(beneficiaries.size())
                           .arg(withPanel)
                           .arg(out));

    QByteArray loss = scenarioJson();
    loss.replace(QByteArray::number(amountCents), "-98765433");
    test::writeFile(scenario, loss);
    const Outcome owed = simulate({QStringLiteral("--scenario"), scenario, QStringLiteral("--trials"),
                                   QStringLiteral("0"), QStringLiteral("--out"), out});
    ASSERT_EQ(owed.exitCode, 0) << owed.err.toStdString();
    EXPECT_TRUE(owed.out.contains(QStringLiteral("from a pool of -$987,654.33 to")))
        << owed.out.toStdString();
}
