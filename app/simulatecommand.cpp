#include "simulatecommand.h"

#include "error.h"
#include "mssp/msspformat.h"
#include "organisation.h"
#include "scenarios/allocator.h"
#include "scenarios/montecarlo.h"
#include "scenarios/paymentscsv.h"
#include "scenarios/scenariobasis.h"
#include "scenarios/scenariojson.h"
#include "scenarios/scenariostore.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    Csv,
    Pdf
};

Format formatOf(const QString& path)
{
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        return Format::Json;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return Format::Pdf;
    throw Error("--out '" + path.toStdString() + "' must end in .json, .csv or .pdf.",
                Error::Kind::Usage);
}

// An optional uncertainty option, checked like the scenario's own field.
std::optional<double> fraction(const po::variables_map& values, const char* key)
{
    if (!values.count(key))
        return std::nullopt;
    const double value = values[key].as<double>();
    if (!(value >= 0.0 && value <= 1.0))
        throw Error(std::string("--") + key + " must be between 0 and 1 (0.05 = 5%).",
                    Error::Kind::Usage);
    return value;
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
        ("expenditure-cv", po::value<double>()->value_name("X"),
         "coefficient of variation of the expenditures (of a typed-in amount), e.g. 0.05; "
         "default: the scenario's, else the year's monthly history")
        ("quality-sd", po::value<double>()->value_name("X"),
         "standard deviation of the quality score (0-1 scale), e.g. 0.02; default: the scenario's")
        ("out", po::value<std::string>()->required()->value_name("FILE"),
         "where to write the result: .json (everything), .csv (one row per recipient) or .pdf "
         "(a printable report)")
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
    if (format == Format::Pdf && !m_pdfWriter)
        throw Error("--out '" + outPath.toStdString() +
                        "': this build cannot paint PDF reports (it was built without the window); "
                        "write .json or .csv instead.",
                    Error::Kind::Usage);
    const std::optional<double> expenditureCv = fraction(values, "expenditure-cv");
    const std::optional<double> qualitySd = fraction(values, "quality-sd");
    const bool save = values.count("save") > 0;

    // The scenario file is read before the database is opened: a bad scenario leaves the file
    // untouched, and its error names the field whatever the state of the database.
    std::optional<Scenario> scenario;
    if (fromFile)
        scenario = readScenarioFile(text("scenario"));
    // Written only to save the scenario; otherwise never migrated or locked for writing.
    Store store = save ? Store::open(dbPath) : Store::openToRead(dbPath);
    if (save)
        store.requireWritable(QStringLiteral("save the scenario"));
    if (!scenario)
        scenario = ScenarioStore(store.db()).load(text("name"));

    const ScenarioBasis basis = loadScenarioBasis(store.db(), *scenario);
    const Allocation allocation =
        Allocator(*scenario, basis).allocate(scenarioEarnedCents(*scenario, basis));
    std::optional<MonteCarloResult> mc;
    if (trials > 0) {
        MonteCarloOptions options = monteCarloOptions(*scenario, trials, seed);
        if (expenditureCv)
            options.expenditureCv = expenditureCv;
        if (qualitySd)
            options.qualitySd = *qualitySd;
        mc = runMonteCarlo(*scenario, basis, options);
    }

    // The output first, then the save: a failure to write leaves the file's scenarios untouched.
    // The output names the scenario as it will be saved.
    if (save)
        scenario->name = text("save");
    QByteArray bytes;
    switch (format) {
    case Format::Json:
        bytes = QJsonDocument(resultJson(*scenario, basis, allocation, mc, seed))
                    .toJson(QJsonDocument::Indented);
        break;
    case Format::Csv:
        bytes = paymentsCsv(allocation, mc);
        break;
    case Format::Pdf: {
        const auto aco = loadAcoInfo(store.db());
        bytes = m_pdfWriter(SimulationResult{*scenario, basis, allocation, mc, aco ? aco->name : QString()});
        break;
    }
    }
    writeAtomically(outPath, bytes);
    if (save)
        ScenarioStore(store.db()).save(scenario->name, *scenario);
    std::cout << "Wrote the payments of " << allocation.recipients.size() << " recipients ("
              << allocation.paidCount() << " paid) from a pool of "
              << MsspFormat::cents(allocation.poolCents).toStdString() << " to '"
              << outPath.toStdString() << "'.\n";
    return ExitOk;
}

} // namespace aco::app
