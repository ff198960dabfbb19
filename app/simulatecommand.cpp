#include "simulatecommand.h"

#include "csv/csvwriter.h"
#include "error.h"
#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariobasis.h"
#include "scenarios/scenariojson.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>

#include <boost/program_options/value_semantic.hpp>

#include <cmath>
#include <iostream>
#include <optional>

namespace po = boost::program_options;

namespace aco::app {

namespace {

enum class Format
{
    Json,
    Csv
};

Format formatOf(const QString& path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    throw Error("--out '" + path.toStdString() + "' must end in .json or .csv.",
                Error::Kind::Usage);
}

Scenario readScenarioFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() + "': " + file.errorString().toStdString() +
                    '.');
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error("'" + path.toStdString() + "' is not valid JSON: " +
                        parseError.errorString().toStdString() + " at byte " +
                        std::to_string(parseError.offset) + '.',
                    Error::Kind::InvalidData);
    if (!document.isObject())
        throw Error("'" + path.toStdString() + "' must hold one JSON object, a scenario.",
                    Error::Kind::InvalidData);
    try {
        return scenarioFromJson(document.object());
    } catch (const Error& error) {
        // The file's name first, so that the one line says which file and which field.
        throw Error("'" + path.toStdString() + "': " + error.what(), error.kind());
    }
}

// Through a temporary file renamed into place: a failure leaves no half-written file behind.
void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error("cannot write '" + path.toStdString() + "': " + file.errorString().toStdString() +
                    '.');
}

// Cents as dollars with exactly two decimals, by integer arithmetic: no rounding through double.
QString dollars(std::int64_t cents)
{
    const std::uint64_t magnitude =
        cents < 0 ? std::uint64_t(0) - static_cast<std::uint64_t>(cents) : std::uint64_t(cents);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// The Monte Carlo's percentiles of a payment are payments at percentiles of the pool: whole cents.
std::int64_t cents(double value)
{
    return std::llround(value);
}

QJsonValue centsJson(std::int64_t value)
{
    return static_cast<qint64>(value);
}

QJsonObject summaryJson(const MonteCarloSummary& s)
{
    return {{QStringLiteral("mean_cents"), s.mean},
            {QStringLiteral("p5_cents"), centsJson(cents(s.p5))},
            {QStringLiteral("p50_cents"), centsJson(cents(s.p50))},
            {QStringLiteral("p95_cents"), centsJson(cents(s.p95))}};
}

QJsonObject resultJson(const Scenario& scenario, const ScenarioBasis& basis,
                       const Allocation& allocation, const std::optional<MonteCarloResult>& mc,
                       std::uint64_t seed)
{
    QJsonArray recipients;
    for (size_t i = 0; i < allocation.recipients.size(); ++i) {
        const RecipientAllocation& r = allocation.recipients[i];
        QJsonArray measures;
        for (size_t m = 0; m < r.tiers.size() && m < scenario.measures.size(); ++m) {
            const auto& payouts = basis.recipients[i].payouts;
            QJsonObject measure{{QStringLiteral("code"), scenario.measures[m].code},
                                {QStringLiteral("tier"), tierName(r.tiers[m])},
                                {QStringLiteral("payout_share"),
                                 m < payouts.size() ? payouts[m] : 0.0}};
            if (m < r.earnedByMeasureCents.size())
                measure[QStringLiteral("earned_cents")] = centsJson(r.earnedByMeasureCents[m]);
            measures.append(measure);
        }
        QJsonObject recipient{{QStringLiteral("id"), static_cast<qint64>(r.id)},
                              {QStringLiteral("name"), r.name},
                              {QStringLiteral("eligible"), r.eligible},
                              {QStringLiteral("maximum_cents"), centsJson(r.maximumCents)},
                              {QStringLiteral("payment_cents"), centsJson(r.paymentCents)},
                              {QStringLiteral("measures"), measures}};
        if (mc)
            recipient[QStringLiteral("payment_monte_carlo")] =
                summaryJson(mc->recipients[i].payment);
        recipients.append(recipient);
    }

    QJsonValue monteCarlo(QJsonValue::Null);
    if (mc) {
        QJsonArray histogram;
        for (const HistogramBin& bin : mc->histogram)
            histogram.append(QJsonObject{{QStringLiteral("low_cents"), bin.lowCents},
                                         {QStringLiteral("high_cents"), bin.highCents},
                                         {QStringLiteral("count"), bin.count}});
        QJsonArray tornado;
        for (const TornadoEntry& t : mc->tornado)
            tornado.append(QJsonObject{{QStringLiteral("input"), t.input},
                                       {QStringLiteral("low_input"), t.lowInput},
                                       {QStringLiteral("high_input"), t.highInput},
                                       {QStringLiteral("low_result_cents"), centsJson(t.lowResultCents)},
                                       {QStringLiteral("high_result_cents"), centsJson(t.highResultCents)},
                                       {QStringLiteral("swing_cents"), centsJson(t.swingCents)}});
        monteCarlo = QJsonObject{{QStringLiteral("trials"), mc->trials},
                                 {QStringLiteral("seed"), QString::number(seed)},
                                 {QStringLiteral("expenditure_cv"), mc->expenditureCv},
                                 {QStringLiteral("probability_earned"), mc->probabilityEarned},
                                 {QStringLiteral("earned"), summaryJson(mc->earned)},
                                 {QStringLiteral("histogram"), histogram},
                                 {QStringLiteral("tornado"), tornado}};
    }

    // Money in integer cents, exact as JSON numbers (below 2^53): the amounts add up to the pool.
    return QJsonObject{
        {QStringLiteral("scenario"), scenarioToJson(scenario)},
        {QStringLiteral("pool_cents"), centsJson(allocation.poolCents)},
        {QStringLiteral("provider_pool_cents"), centsJson(allocation.providerPoolCents)},
        {QStringLiteral("retained"),
         QJsonObject{
             {QStringLiteral("infrastructure_cents"), centsJson(allocation.infrastructureCents)},
             {QStringLiteral("care_redesign_cents"), centsJson(allocation.careRedesignCents)},
             {QStringLiteral("reserve_cents"), centsJson(allocation.reserveCents)},
             {QStringLiteral("unearned_cents"),
              centsJson(allocation.unearnedToInfrastructureCents)},
             {QStringLiteral("from_prior_reserve_cents"),
              centsJson(allocation.fromPriorReserveCents)},
             {QStringLiteral("medical_group_cents"), centsJson(allocation.medicalGroupCents)},
             {QStringLiteral("absorbed_by_aco_cents"), centsJson(allocation.absorbedByAcoCents)}}},
        {QStringLiteral("recipients"), recipients},
        {QStringLiteral("monte_carlo"), monteCarlo},
    };
}

QByteArray resultCsv(const Allocation& allocation, const std::optional<MonteCarloResult>& mc)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("eligible"),
                   QStringLiteral("maximum"), QStringLiteral("payment"), QStringLiteral("p5"),
                   QStringLiteral("p50"), QStringLiteral("p95")});
    for (size_t i = 0; i < allocation.recipients.size(); ++i) {
        const RecipientAllocation& r = allocation.recipients[i];
        // Without a Monte Carlo (--trials 0) the percentiles are left empty, not made up.
        const auto percentile = [&](double MonteCarloSummary::*field) {
            return mc ? dollars(cents(mc->recipients[i].payment.*field)) : QString();
        };
        csv.addRecord({QString::number(r.id), r.name,
                       r.eligible ? QStringLiteral("true") : QStringLiteral("false"),
                       dollars(r.maximumCents), dollars(r.paymentCents),
                       percentile(&MonteCarloSummary::p5), percentile(&MonteCarloSummary::p50),
                       percentile(&MonteCarloSummary::p95)});
    }
    return csv.data();
}

} // namespace

void SimulateCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"),
         "the ACO Workbench file whose providers receive the payments")
        ("scenario", po::value<std::string>()->value_name("FILE"),
         "the scenario as a JSON file")
        ("name", po::value<std::string>()->value_name("NAME"), "a scenario saved in the file")
        ("trials", po::value<int>()->default_value(10000)->value_name("N"),
         "Monte Carlo trials; 0 skips the Monte Carlo")
        ("seed", po::value<std::uint64_t>()->default_value(1)->value_name("N"),
         "seed of the Monte Carlo: the same seed gives the same result")
        ("out", po::value<std::string>()->required()->value_name("FILE"),
         "where to write the result: .json (everything) or .csv (one row per recipient)")
        ("save", po::value<std::string>()->value_name("NAME"),
         "also save the scenario in the file under this name (replacing one of that name)");
}

ExitCode SimulateCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const char* key) {
        return values.count(key) ? QString::fromStdString(values[key].as<std::string>())
                                 : QString();
    };
    const QString dbPath = text("db");
    const QString outPath = text("out");
    const bool fromFile = values.count("scenario") > 0;
    if (fromFile == (values.count("name") > 0))
        throw Error("give exactly one of --scenario FILE and --name NAME.", Error::Kind::Usage);
    const int trials = values["trials"].as<int>();
    if (trials < 0)
        throw Error("--trials must not be negative.", Error::Kind::Usage);
    const std::uint64_t seed = values["seed"].as<std::uint64_t>();
    const Format format = formatOf(outPath);
    const bool save = values.count("save") > 0;

    // The scenario file is read before the database is opened: a bad scenario leaves the file
    // untouched, and its error names the field whatever the state of the database.
    std::optional<Scenario> scenario;
    if (fromFile)
        scenario = readScenarioFile(text("scenario"));
    // Written only to save the scenario; otherwise never migrated or locked for writing.
    Store store = save ? Store::open(dbPath) : Store::openReadOnly(dbPath);
    if (save)
        store.requireWritable(QStringLiteral("save the scenario"));
    if (!scenario)
        scenario = ScenarioStore(store.db()).load(text("name"));

    const ScenarioBasis basis = loadScenarioBasis(store.db(), *scenario);
    const Allocation allocation =
        Allocator(*scenario, basis).allocate(scenarioEarnedCents(*scenario, basis));
    std::optional<MonteCarloResult> mc;
    if (trials > 0) {
        MonteCarloOptions options;
        options.trials = trials;
        options.seed = seed;
        mc = runMonteCarlo(*scenario, basis, options);
    }

    if (save) {
        const QString name = text("save");
        ScenarioStore(store.db()).save(name, *scenario);
        scenario->name = name;
    }
    writeAtomically(outPath, format == Format::Json
                                 ? QJsonDocument(resultJson(*scenario, basis, allocation, mc, seed))
                                       .toJson(QJsonDocument::Indented)
                                 : resultCsv(allocation, mc));
    std::cout << "Wrote " << allocation.recipients.size() << " recipients' payments of a pool of $"
              << dollars(allocation.poolCents).toStdString() << " to '" << outPath.toStdString()
              << "'.\n";
    return ExitOk;
}

} // namespace aco::app
