#include "msspbatch.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"
#include "error.h"
#include "mssp/msspformat.h"

#include <QHash>

#include <cmath>

namespace aco {

namespace {

using Problems = std::vector<MsspInputProblem>;

// Reads the cells of one input, remembering every problem.
class CellParser
{
public:
    CellParser(const std::function<QString(const QString&)>& cell, Problems& problems)
        : m_cell(cell), m_problems(problems)
    {
    }

    bool ok() const { return m_ok; }

    QString text(const char* column) const { return m_cell(QString::fromLatin1(column)).trimmed(); }

    std::optional<double> number(const char* column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            return std::nullopt;
        bool ok = false;
        const double parsed = value.toDouble(&ok);
        if (!ok || !std::isfinite(parsed)) {
            fail(column, QStringLiteral("'%1' is not a number").arg(value));
            return std::nullopt;
        }
        return parsed;
    }

    std::optional<std::int64_t> whole(const char* column)
    {
        const std::optional<double> value = number(column);
        if (!value)
            return std::nullopt;
        // Spreadsheets and the PUF write counts as 77372.0.
        if (std::floor(*value) != *value || std::abs(*value) > 1e15) {
            fail(column, QStringLiteral("'%1' is not a whole number").arg(text(column)));
            return std::nullopt;
        }
        return static_cast<std::int64_t>(*value);
    }

    std::optional<int> year(const char* column)
    {
        const std::optional<std::int64_t> value = whole(column);
        if (value && (*value < 1 || *value > 9999)) {
            fail(column, QStringLiteral("'%1' is not a year").arg(text(column)));
            return std::nullopt;
        }
        return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
    }

    std::optional<bool> flag(const char* column)
    {
        const QString value = text(column).toLower();
        if (value.isEmpty())
            return std::nullopt;
        if (value == QLatin1String("1") || value == QLatin1String("true"))
            return true;
        if (value == QLatin1String("0") || value == QLatin1String("false"))
            return false;
        fail(column, QStringLiteral("'%1' is not 0 or 1").arg(text(column)));
        return std::nullopt;
    }

    template<typename T>
    T required(const char* column, std::optional<T> value, const QString& what)
    {
        if (!value) {
            if (text(column).isEmpty())
                fail(column, QStringLiteral("missing; give %1").arg(what));
            return T{};
        }
        return *value;
    }

    void fail(const char* column, const QString& reason)
    {
        m_problems.push_back({QString::fromLatin1(column), reason});
        m_ok = false;
    }

private:
    const std::function<QString(const QString&)>& m_cell;
    Problems& m_problems;
    bool m_ok = true;
};

QString trackList()
{
    QStringList codes;
    for (const MsspTrack track : allMsspTracks)
        codes << msspTrackCode(track);
    return codes.join(QStringLiteral(", "));
}

} // namespace

const QStringList& MsspBatch::inputColumns()
{
    static const QStringList columns{
        QStringLiteral("aco_id"),
        QStringLiteral("performance_year"),
        QStringLiteral("track"),
        QStringLiteral("assigned_beneficiaries"),
        QStringLiteral("benchmark_total"),
        QStringLiteral("expenditure_total"),
        QStringLiteral("msr"),
        QStringLiteral("mlr"),
        QStringLiteral("quality_score"),
        QStringLiteral("met_quality_standard"),
        QStringLiteral("met_alternative_quality_standard"),
        QStringLiteral("low_revenue"),
        QStringLiteral("agreement_start_year"),
        QStringLiteral("agreement_year"),
        QStringLiteral("participant_revenue"),
        QStringLiteral("disaster_fraction"),
    };
    return columns;
}

const QStringList& MsspBatch::requiredColumns()
{
    static const QStringList columns = inputColumns().mid(0, 6) << QStringLiteral("met_quality_standard");
    return columns;
}

const QStringList& MsspBatch::outputColumns()
{
    static const QStringList columns{
        QStringLiteral("aco_id"),     QStringLiteral("savings_rate"),
        QStringLiteral("msr"),        QStringLiteral("mlr"),
        QStringLiteral("generated"),  QStringLiteral("final_sharing_rate"),
        QStringLiteral("final_loss_rate"), QStringLiteral("earned"),
        QStringLiteral("capped"),     QStringLiteral("note"),
    };
    return columns;
}

std::optional<MsspInput> MsspBatch::parseInput(const std::function<QString(const QString&)>& cell,
                                               const MsspCalculator& calculator,
                                               Problems& problems, QString* acoId)
{
    CellParser cells(cell, problems);
    if (acoId)
        *acoId = cells.text("aco_id");

    MsspInput input;
    input.performanceYear =
        cells.required("performance_year", cells.year("performance_year"),
                       QStringLiteral("the performance year, such as 2024"));
    const QString trackText = cells.text("track");
    if (trackText.isEmpty()) {
        cells.fail("track", QStringLiteral("missing; give one of %1").arg(trackList()));
    } else if (const std::optional<MsspTrack> track = parseMsspTrack(trackText)) {
        input.track = *track;
    } else {
        cells.fail("track",
                   QStringLiteral("unknown track '%1'; use one of %2").arg(trackText, trackList()));
    }
    input.assignedBeneficiaries =
        cells.required("assigned_beneficiaries", cells.whole("assigned_beneficiaries"),
                       QStringLiteral("the number of assigned beneficiaries"));
    input.benchmarkTotal = cells.required("benchmark_total", cells.number("benchmark_total"),
                                          QStringLiteral("the total benchmark in dollars"));
    input.expenditureTotal =
        cells.required("expenditure_total", cells.number("expenditure_total"),
                       QStringLiteral("the total expenditures in dollars"));
    input.msr = cells.number("msr");
    input.mlr = cells.number("mlr");
    input.qualityScore = cells.number("quality_score");
    input.metQualityStandard =
        cells.required("met_quality_standard", cells.flag("met_quality_standard"),
                       QStringLiteral("1 if the quality standard was met, else 0"));
    input.metAlternativeQualityStandard =
        cells.flag("met_alternative_quality_standard").value_or(false);
    input.lowRevenue = cells.flag("low_revenue").value_or(false);
    input.agreementStartYear = cells.year("agreement_start_year");
    input.agreementYear = cells.year("agreement_year");
    input.participantRevenue = cells.number("participant_revenue");
    input.disasterFraction = cells.number("disaster_fraction").value_or(0);
    if (!cells.ok())
        return std::nullopt;

    const Problems ruleProblems = calculator.validate(input);
    if (!ruleProblems.empty()) {
        problems.insert(problems.end(), ruleProblems.begin(), ruleProblems.end());
        return std::nullopt;
    }
    return input;
}

MsspBatch MsspBatch::reconcile(const QByteArray& csv, const QString& fileName,
                               const MsspCalculator& calculator)
{
    MsspBatch batch;
    batch.m_fileName = fileName;
    CsvReader reader(csv, fileName);
    const std::optional<CsvRecord> header = reader.next();
    const auto fail = [&](int line, const QString& message) {
        throw Error(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(message).toStdString(),
                    Error::Kind::InvalidData);
    };
    if (!header)
        fail(1, QStringLiteral("the file is empty; it needs a header row naming the columns"));

    QHash<QString, qsizetype> columnIndex;
    for (qsizetype i = 0; i < header->fields.size(); ++i) {
        const QString name = header->fields[i].trimmed().toLower();
        if (name.isEmpty())
            continue;
        if (columnIndex.contains(name))
            fail(header->line, QStringLiteral("column %1: appears twice in the header").arg(name));
        columnIndex.insert(name, i);
    }
    QStringList missing;
    for (const QString& required : requiredColumns()) {
        if (!columnIndex.contains(required))
            missing << required;
    }
    if (!missing.isEmpty())
        fail(header->line, QStringLiteral("column %1: missing from the header; a batch needs %2")
                               .arg(missing.join(QStringLiteral(", ")),
                                    requiredColumns().join(QStringLiteral(", "))));

    while (const std::optional<CsvRecord> record = reader.next()) {
        ++batch.m_rowCount;
        Problems problems;
        for (qsizetype i = header->fields.size(); i < record->fields.size(); ++i) {
            if (!record->fields[i].trimmed().isEmpty())
                problems.push_back({QStringLiteral("#%1").arg(i + 1),
                                    QStringLiteral("the row has more cells than the header (%1)")
                                        .arg(header->fields.size())});
        }
        const auto cell = [&](const QString& column) {
            const qsizetype index = columnIndex.value(column, -1);
            return index >= 0 && index < record->fields.size() ? record->fields[index] : QString();
        };
        QString acoId;
        const std::optional<MsspInput> input = parseInput(cell, calculator, problems, &acoId);
        if (acoId.isEmpty())
            problems.insert(problems.begin(), MsspInputProblem{QStringLiteral("aco_id"),
                                                               QStringLiteral("missing; give the "
                                                                              "ACO's id")});
        if (!problems.empty() || !input) {
            for (const MsspInputProblem& problem : problems)
                batch.m_problems.push_back({record->line, problem.column, problem.reason});
            continue;
        }
        batch.m_results.push_back({record->line, acoId, *input, calculator.calculate(*input)});
    }
    return batch;
}

QString MsspBatch::problemText(const MsspBatchProblem& problem) const
{
    if (problem.line > 0)
        return QStringLiteral("%1:%2: column %3: %4")
            .arg(m_fileName)
            .arg(problem.line)
            .arg(problem.column, problem.reason);
    return QStringLiteral("%1: column %2: %3").arg(m_fileName, problem.column, problem.reason);
}

QStringList MsspBatch::outputFields(const QString& acoId, const MsspResult& result)
{
    return {
        acoId,
        MsspFormat::plainRate(result.savingsRate),
        MsspFormat::plainRate(result.msr),
        result.mlr ? MsspFormat::plainRate(*result.mlr) : QString(),
        MsspFormat::plainDollars(result.generated),
        MsspFormat::plainRate(result.finalSharingRate),
        result.finalLossRate ? MsspFormat::plainRate(*result.finalLossRate) : QString(),
        MsspFormat::plainCents(result.earnedCents),
        result.capped ? QStringLiteral("1") : QStringLiteral("0"),
        result.notes.join(QLatin1Char(' ')),
    };
}

QByteArray MsspBatch::outputCsv() const
{
    CsvWriter writer;
    writer.addRecord(outputColumns());
    for (const MsspBatchResult& row : m_results)
        writer.addRecord(outputFields(row.acoId, row.result));
    return writer.data();
}

} // namespace aco
