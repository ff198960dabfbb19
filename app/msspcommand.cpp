#include "msspcommand.h"

#include "error.h"
#include "mssp/msspbatch.h"
#include "mssp/msspcalculator.h"
#include "mssp/msspexplanation.h"
#include "mssp/msspformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <boost/program_options/value_semantic.hpp>

#include <cmath>
#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

QByteArray readInput(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() + "': " + file.errorString().toStdString() +
                    '.');
    return file.readAll();
}

// Writes `bytes` to `path` through a temporary file renamed into place, so that a failure leaves
// no half-written file behind; or to stdout when there is no path.
void writeOutput(const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty()) {
        std::cout.write(bytes.constData(), bytes.size());
        std::cout.flush();
        return;
    }
    writeAtomically(path, bytes);
}

// A JSON value as the text of a batch cell, so that both inputs share one parser.
QString cellText(const QJsonValue& value, bool* wrongType)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    *wrongType = true;
    return {};
}

QJsonValue optionalRate(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultJson(const QString& acoId, const MsspInput& input, const MsspResult& result)
{
    QJsonArray steps;
    for (const MsspStep& step : MsspExplanation::steps(input, result))
        steps.append(QJsonObject{{QStringLiteral("step"), step.key},
                                 {QStringLiteral("name"), step.name},
                                 {QStringLiteral("value"), step.value},
                                 {QStringLiteral("explanation"), step.explanation}});
    // Money to the cent as JSON numbers; earned_cents is exact.
    const auto money = [](double dollars) { return std::round(dollars * 100.0) / 100.0; };
    return QJsonObject{
        {QStringLiteral("aco_id"), acoId},
        {QStringLiteral("performance_year"), input.performanceYear},
        {QStringLiteral("track"), msspTrackCode(input.track)},
        {QStringLiteral("rules_year"), result.rules.rulesYear},
        {QStringLiteral("savings_rate"), result.savingsRate},
        {QStringLiteral("msr"), result.msr},
        {QStringLiteral("msr_source"), msspRateSourceCode(result.msrSource)},
        {QStringLiteral("mlr"), optionalRate(result.mlr)},
        {QStringLiteral("mlr_source"), msspRateSourceCode(result.mlrSource)},
        {QStringLiteral("met_msr"), result.metMsr},
        {QStringLiteral("met_mlr"), result.metMlr},
        {QStringLiteral("half_rate"), result.halfRate},
        {QStringLiteral("generated"), money(result.generated)},
        {QStringLiteral("max_sharing_rate"), result.maxSharingRate},
        {QStringLiteral("final_sharing_rate"), result.finalSharingRate},
        {QStringLiteral("final_loss_rate"), optionalRate(result.finalLossRate)},
        {QStringLiteral("sequestration"), result.sequestration},
        {QStringLiteral("payment_limit"), money(result.paymentLimit)},
        {QStringLiteral("capped"), result.capped},
        {QStringLiteral("loss_limit"),
         result.lossLimit ? QJsonValue(money(*result.lossLimit)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("loss_limit_applied"), result.lossLimitApplied},
        {QStringLiteral("disaster_reduction"), money(result.disasterReduction)},
        {QStringLiteral("earned"), static_cast<double>(result.earnedCents) / 100.0},
        {QStringLiteral("earned_cents"), static_cast<qint64>(result.earnedCents)},
        {QStringLiteral("note"), result.notes.join(QLatin1Char(' '))},
        {QStringLiteral("notes"), QJsonArray::fromStringList(result.notes)},
        {QStringLiteral("steps"), steps},
    };
}

ExitCode runSingle(const QString& path, const QString& outPath)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(readInput(path), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error("'" + path.toStdString() + "' is not valid JSON: " +
                        parseError.errorString().toStdString() + " at byte " +
                        std::to_string(parseError.offset) + '.',
                    Error::Kind::InvalidData);
    if (!document.isObject())
        throw Error("'" + path.toStdString() + "' must hold one JSON object with the batch "
                                               "columns as keys.",
                    Error::Kind::InvalidData);
    const QJsonObject object = document.object();

    std::vector<MsspInputProblem> problems;
    const auto cell = [&](const QString& key) {
        bool wrongType = false;
        const QString text = cellText(object.value(key), &wrongType);
        if (wrongType)
            problems.push_back({key, QStringLiteral("must be a number, text, true/false or null")});
        return text;
    };
    const MsspCalculator calculator;
    QString acoId;
    const std::optional<MsspInput> input = MsspBatch::parseInput(cell, calculator, problems, &acoId);
    if (!input || !problems.empty()) {
        for (const MsspInputProblem& problem : problems)
            std::cerr << path.toStdString() << ": key " << problem.column.toStdString() << ": "
                      << problem.reason.toStdString() << '\n';
        std::cerr << "aco-workbench: '" << path.toStdString()
                  << "' cannot be reconciled; see the problems above.\n";
        return ExitInvalidData;
    }
    const MsspResult result = calculator.calculate(*input);
    writeOutput(outPath,
                QJsonDocument(resultJson(acoId, *input, result)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

ExitCode runBatch(const QString& path, const QString& outPath)
{
    const MsspBatch batch = MsspBatch::reconcile(readInput(path), path);
    writeOutput(outPath, batch.outputCsv());
    if (batch.problems().empty())
        return ExitOk;
    for (const MsspBatchProblem& problem : batch.problems())
        std::cerr << batch.problemText(problem).toStdString() << '\n';
    const qsizetype bad = batch.rowCount() - static_cast<qsizetype>(batch.results().size());
    std::cerr << "aco-workbench: " << bad << " of " << batch.rowCount() << " rows in '"
              << path.toStdString() << "' are invalid; the other " << batch.results().size()
              << " were reconciled.\n";
    return ExitInvalidData;
}

} // namespace

void MsspCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("input", po::value<std::string>()->value_name("FILE.json"),
         "one ACO: a JSON object whose keys are the batch columns; prints every step as JSON")
        ("batch", po::value<std::string>()->value_name("FILE.csv"),
         "many ACOs, one per row of a CSV file whose header names the columns: aco_id, "
         "performance_year, track, assigned_beneficiaries, benchmark_total, expenditure_total "
         "and met_quality_standard are required; msr, mlr, quality_score, low_revenue, "
         "agreement_start_year, agreement_year, participant_revenue, disaster_fraction and "
         "met_alternative_quality_standard are optional (see the README). Prints a CSV of "
         "results; bad rows are reported as FILE:LINE: column NAME: reason")
        ("out,o", po::value<std::string>()->value_name("FILE"),
         "write the result to FILE (replaced whole, never half-written) instead of stdout");
}

ExitCode MsspCommand::run(const po::variables_map& values) const
{
    const bool single = values.count("input") > 0;
    const bool batch = values.count("batch") > 0;
    if (single == batch)
        throw Error("give either --input FILE.json or --batch FILE.csv.", Error::Kind::Usage);
    const QString outPath =
        values.count("out") ? QString::fromStdString(values["out"].as<std::string>()) : QString();
    if (single)
        return runSingle(QString::fromStdString(values["input"].as<std::string>()), outPath);
    return runBatch(QString::fromStdString(values["batch"].as<std::string>()), outPath);
}

} // namespace aco::app
