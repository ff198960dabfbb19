#include "risktables.h"

#include "csv/csvreader.h"
#include "error.h"
#include "risk/icd10code.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace aco {

namespace {

using Variable = RiskTables::Variable;

[[noreturn]] void fail(const QString& file, int line, const QString& reason)
{
    const QString where =
        line > 0 ? QStringLiteral("%1:%2").arg(file, QString::number(line)) : file;
    throw Error(QStringLiteral("%1: %2.").arg(where, reason).toStdString(),
                Error::Kind::InvalidData);
}

// A CSV table of the model: its header and rows, fields trimmed (CMS's tables have stray spaces
// after some names).
struct Table
{
    QString path;
    QStringList header;
    std::vector<CsvRecord> rows;

    int column(const QString& name) const
    {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i].compare(name, Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        }
        fail(path, 1, QStringLiteral("the header has no column '%1'").arg(name));
    }
};

Table readTable(const QString& folder, const QString& fileName)
{
    Table table;
    table.path = QDir::cleanPath(folder + QLatin1Char('/') + fileName);
    if (!QFile::exists(table.path))
        fail(table.path, 0, QStringLiteral("the model's table is missing"));
    CsvReader reader = CsvReader::fromFile(table.path);
    const auto header = reader.next();
    if (!header)
        fail(table.path, 0, QStringLiteral("the table is empty"));
    for (const QString& name : header->fields)
        table.header << name.trimmed();
    while (auto record = reader.next()) {
        for (QString& field : record->fields)
            field = field.trimmed();
        table.rows.push_back(std::move(*record));
    }
    return table;
}

QString field(const CsvRecord& record, int column)
{
    return record.fields.value(column);
}

// "HCC37" as 37, or -1.
int hccNumber(const QString& name)
{
    if (!name.startsWith(QLatin1String("HCC")) || name.size() < 4 || name.size() > 7)
        return -1;
    int number = 0;
    for (qsizetype i = 3; i < name.size(); ++i) {
        if (name[i] < QLatin1Char('0') || name[i] > QLatin1Char('9'))
            return -1;
        number = number * 10 + (name[i].unicode() - '0');
    }
    return number;
}

// "F65_69" or "NEF95_GT": the sex and age band at the end of a demographic variable's name.
bool parseAgeSex(const QRegularExpressionMatch& match, int first, Variable& variable)
{
    variable.sex = match.captured(first) == QLatin1String("M") ? 1 : 2;
    variable.ages.low = match.captured(first + 1).toInt();
    const QString high = match.captured(first + 2);
    variable.ages.high = high.isEmpty()                ? variable.ages.low
                         : high == QLatin1String("GT") ? INT_MAX
                                                       : high.toInt();
    return variable.ages.low <= variable.ages.high;
}

class Reader
{
  public:
    explicit Reader(QString folder) : m_folder(std::move(folder)) {}

    RiskTables read()
    {
        const QJsonObject files = readManifest();
        const auto file = [&](const char* key) {
            const QString name = files.value(QLatin1String(key)).toString();
            if (name.isEmpty())
                fail(manifestPath(), 0,
                     QStringLiteral("\"files\" does not name the \"%1\" table")
                         .arg(QLatin1String(key)));
            return name;
        };
        readHierarchies(readTable(m_folder, file("hierarchies")));
        readRequirements();
        readDiagnoses(readTable(m_folder, file("diagnoses")));
        readCategories(readTable(m_folder, file("categories")));
        readInteractions(readTable(m_folder, file("interactions")));
        readFactors(readTable(m_folder, file("continuingEnrollees")), false);
        readFactors(readTable(m_folder, file("newEnrollees")), true);
        return std::move(m_tables);
    }

  private:
    QString manifestPath() const
    {
        return QDir::cleanPath(m_folder + QStringLiteral("/model.json"));
    }

    QJsonObject readManifest()
    {
        QFile file(manifestPath());
        if (!file.open(QIODevice::ReadOnly))
            fail(manifestPath(), 0,
                 QStringLiteral("cannot read the model's description: %1").arg(file.errorString()));
        QJsonParseError error;
        const QJsonObject manifest = QJsonDocument::fromJson(file.readAll(), &error).object();
        if (error.error != QJsonParseError::NoError)
            fail(manifestPath(), 0, QStringLiteral("not valid JSON: %1").arg(error.errorString()));
        m_tables.name = manifest.value(QLatin1String("model")).toString();
        m_tables.paymentYear = manifest.value(QLatin1String("paymentYear")).toInt();
        m_tables.ageDate =
            QDate::fromString(manifest.value(QLatin1String("ageDate")).toString(), Qt::ISODate);
        m_tables.normalizationFactor =
            manifest.value(QLatin1String("normalizationFactor")).toDouble();
        if (m_tables.name.isEmpty() || m_tables.paymentYear < 2000 || !m_tables.ageDate.isValid() ||
            !(m_tables.normalizationFactor > 0))
            fail(manifestPath(), 0,
                 QStringLiteral("\"model\", \"paymentYear\", \"ageDate\" (YYYY-MM-DD) and "
                                "\"normalizationFactor\" (above 0) are required"));
        m_requirements = manifest.value(QLatin1String("requirements")).toArray();
        return manifest.value(QLatin1String("files")).toObject();
    }

    int hccIndex(const Table& table, const CsvRecord& record, const QString& name) const
    {
        const auto found = m_hccIndex.constFind(hccNumber(name));
        if (found == m_hccIndex.cend())
            fail(table.path, record.line,
                 QStringLiteral("'%1' is not a payment HCC of the hierarchies table").arg(name));
        return *found;
    }

    // The first column lists the payment HCCs, which every other table refers to; the others
    // the HCCs each one drops.
    void readHierarchies(const Table& table)
    {
        for (const CsvRecord& record : table.rows) {
            const int number = hccNumber(field(record, 0));
            if (number < 0 || m_hccIndex.contains(number))
                fail(table.path, record.line,
                     QStringLiteral("'%1' is not an HCC such as HCC17, or is listed twice")
                         .arg(field(record, 0)));
            m_hccIndex.insert(number, 0);
            m_tables.hccNumbers.push_back(number);
        }
        if (m_tables.hccNumbers.size() > size_t(riskMaxHccs))
            fail(table.path, 0, QStringLiteral("more than %1 HCCs").arg(riskMaxHccs));
        std::sort(m_tables.hccNumbers.begin(), m_tables.hccNumbers.end());
        for (size_t i = 0; i < m_tables.hccNumbers.size(); ++i)
            m_hccIndex[m_tables.hccNumbers[i]] = static_cast<int>(i);
        m_tables.drops.assign(m_tables.hccNumbers.size(), HccSet());
        m_tables.hccLabels = QStringList(qsizetype(m_tables.hccNumbers.size()), QString());
        for (const CsvRecord& record : table.rows) {
            HccSet& drops = m_tables.drops[size_t(hccIndex(table, record, field(record, 0)))];
            for (qsizetype i = 1; i < record.fields.size(); ++i) {
                if (!record.fields[i].isEmpty())
                    drops.set(hccIndex(table, record, record.fields[i]));
            }
        }
    }

    // What the manifest adds to the hierarchies: HCCs that count only beside another.
    void readRequirements()
    {
        for (const QJsonValue& value : std::as_const(m_requirements)) {
            const QJsonObject object = value.toObject();
            const auto index = [&](const QString& name) {
                const auto found = m_hccIndex.constFind(hccNumber(name));
                if (found == m_hccIndex.cend())
                    fail(
                        manifestPath(), 0,
                        QStringLiteral("\"requirements\" names '%1', not a payment HCC").arg(name));
                return *found;
            };
            RiskTables::Requirement requirement;
            requirement.hcc = index(object.value(QLatin1String("hcc")).toString());
            const QJsonArray anyOf = object.value(QLatin1String("anyOf")).toArray();
            for (const QJsonValue& name : anyOf)
                requirement.anyOf.set(index(name.toString()));
            m_tables.requirements.push_back(requirement);
        }
    }

    std::uint8_t sexEdit(const Table& table, const CsvRecord& record, int column) const
    {
        const QString text = field(record, column);
        if (text.isEmpty())
            return 0;
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || (value != 1 && value != 2))
            fail(table.path, record.line,
                 QStringLiteral("the sex edit '%1' is not 1 (male) or 2 (female)").arg(text));
        return static_cast<std::uint8_t>(value);
    }

    AgeRange ageEdit(const Table& table, const CsvRecord& record, int column) const
    {
        const auto range = AgeRange::parse(field(record, column));
        if (!range)
            fail(table.path, record.line,
                 QStringLiteral("the age condition '%1' is not one such as \"age >= 15\" or "
                                "\"9 <= age <= 64\"")
                     .arg(field(record, column)));
        return *range;
    }

    void readDiagnoses(const Table& table)
    {
        const int codeColumn = table.column(QStringLiteral("ICD10"));
        const int ccColumn = table.column(QStringLiteral("CC"));
        const int validColumn = table.column(QStringLiteral("MCE_AGE_CONDITION"));
        const int appliesColumn = table.column(QStringLiteral("AGE_EDIT_CONDITION"));
        const int sexColumn = table.column(QStringLiteral("SEX_EDIT_CONDITION"));
        std::vector<std::pair<std::uint64_t, RiskTables::DiagnosisRow>> rows;
        rows.reserve(table.rows.size());
        for (const CsvRecord& record : table.rows) {
            const auto code = Icd10Code::parse(field(record, codeColumn).toStdString());
            if (!code)
                fail(
                    table.path, record.line,
                    QStringLiteral("'%1' is not an ICD-10-CM code").arg(field(record, codeColumn)));
            bool ok = false;
            const double cc = field(record, ccColumn).toDouble(&ok);
            if (!ok || cc != std::floor(cc))
                fail(table.path, record.line,
                     QStringLiteral("the CC '%1' is not a whole number")
                         .arg(field(record, ccColumn)));
            // As in CMS's software, a CC that is not a payment HCC of the model gives nothing.
            const auto hcc = m_hccIndex.constFind(static_cast<int>(cc));
            if (hcc == m_hccIndex.cend())
                continue;
            rows.push_back(
                {*code,
                 {static_cast<std::uint16_t>(*hcc), sexEdit(table, record, sexColumn),
                  ageEdit(table, record, validColumn), ageEdit(table, record, appliesColumn)}});
        }
        std::stable_sort(rows.begin(), rows.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [code, row] : rows) {
            if (m_tables.codes.empty() || m_tables.codes.back() != code) {
                m_tables.codes.push_back(code);
                m_tables.firstRow.push_back(static_cast<std::uint32_t>(m_tables.rows.size()));
            }
            m_tables.rows.push_back(row);
        }
        m_tables.firstRow.push_back(static_cast<std::uint32_t>(m_tables.rows.size()));
    }

    void readCategories(const Table& table)
    {
        for (const CsvRecord& record : table.rows) {
            if (m_tables.categoryNames.contains(field(record, 0)) || field(record, 0).isEmpty())
                fail(table.path, record.line,
                     QStringLiteral("the group '%1' has no name or is listed twice")
                         .arg(field(record, 0)));
            HccSet members;
            for (qsizetype i = 1; i < record.fields.size(); ++i) {
                if (!record.fields[i].isEmpty())
                    members.set(hccIndex(table, record, record.fields[i]));
            }
            m_tables.categoryNames << field(record, 0);
            m_tables.categories.push_back(members);
        }
    }

    // A term of an interaction: an HCC, a diagnosis group, or a demographic flag.
    std::optional<Variable> term(const QString& name) const
    {
        Variable variable;
        if (const auto hcc = m_hccIndex.constFind(hccNumber(name)); hcc != m_hccIndex.cend()) {
            variable.kind = Variable::Kind::Hcc;
            variable.index = *hcc;
        } else if (const qsizetype category = m_tables.categoryNames.indexOf(name); category >= 0) {
            variable.kind = Variable::Kind::Category;
            variable.index = static_cast<int>(category);
        } else if (name == QLatin1String("DISABL")) {
            variable.kind = Variable::Kind::Disabled;
        } else if (name == QLatin1String("ORIGDIS")) {
            variable.kind = Variable::Kind::OriginallyDisabled;
        } else if (name == QLatin1String("LTIMCAID")) {
            variable.kind = Variable::Kind::LtiMedicaid;
        } else {
            return std::nullopt;
        }
        return variable;
    }

    void readInteractions(const Table& table)
    {
        const int nameColumn = table.column(QStringLiteral("interaction"));
        const int firstColumn = table.column(QStringLiteral("var_1"));
        const int secondColumn = table.column(QStringLiteral("var_2"));
        for (const CsvRecord& record : table.rows) {
            const QString name = field(record, nameColumn);
            if (name.isEmpty())
                continue; // CMS's software drops rows without a name too
            const auto resolve = [&](int column) {
                const auto variable = term(field(record, column));
                if (!variable)
                    fail(table.path, record.line,
                         QStringLiteral("'%1' is not an HCC, a diagnosis group of the categories "
                                        "table, DISABL, ORIGDIS or LTIMCAID")
                             .arg(field(record, column)));
                return *variable;
            };
            m_tables.interactionNames << name;
            m_tables.interactions.push_back({resolve(firstColumn), resolve(secondColumn)});
        }
        if (m_tables.interactions.size() > size_t(riskMaxInteractions))
            fail(table.path, 0,
                 QStringLiteral("more than %1 interactions").arg(riskMaxInteractions));
    }

    std::optional<Variable> continuingVariable(const QString& name)
    {
        if (auto variable = term(name))
            return variable;
        Variable variable;
        if (const qsizetype interaction = m_tables.interactionNames.indexOf(name);
            interaction >= 0) {
            variable.kind = Variable::Kind::Interaction;
            variable.index = static_cast<int>(interaction);
        } else if (const auto counted = m_count.match(name); counted.hasMatch()) {
            variable.kind = Variable::Kind::Count;
            variable.index = static_cast<int>(m_tables.countNames.size());
            variable.ages.low = counted.captured(1).toInt();
            variable.ages.high = counted.captured(2).isEmpty() ? variable.ages.low : INT_MAX;
            m_tables.countNames << name;
        } else if (const auto cell = m_ageSex.match(name); cell.hasMatch()) {
            variable.kind = Variable::Kind::AgeSex;
            if (!parseAgeSex(cell, 1, variable))
                return std::nullopt;
        } else if (const auto origin = m_originallyDisabled.match(name); origin.hasMatch()) {
            variable.kind = Variable::Kind::OriginallyDisabled;
            variable.sex = origin.captured(1) == QLatin1String("Male") ? 1 : 2;
        } else {
            return std::nullopt;
        }
        return variable;
    }

    std::optional<Variable> newEnrolleeVariable(const QString& name) const
    {
        const auto match = m_newEnrollee.match(name);
        Variable variable;
        variable.kind = Variable::Kind::NewEnrollee;
        variable.medicaid = match.captured(1).isEmpty();
        variable.originallyDisabled = match.captured(2).isEmpty();
        if (!match.hasMatch() || !parseAgeSex(match, 3, variable))
            return std::nullopt;
        return variable;
    }

    // The relative factors: a variable per row, a segment per column from the third on (as CMS's
    // software takes them).
    void readFactors(const Table& table, bool newEnrollees)
    {
        QStringList& segments =
            newEnrollees ? m_tables.newEnrolleeSegments : m_tables.continuingSegments;
        auto& variables =
            newEnrollees ? m_tables.newEnrolleeVariables : m_tables.continuingVariables;
        auto& factors = newEnrollees ? m_tables.newEnrolleeFactors : m_tables.continuingFactors;
        const int nameColumn = table.column(QStringLiteral("Variable"));
        segments = table.header.mid(2);
        if (segments.isEmpty() || segments.size() > riskMaxSegments)
            fail(table.path, 1,
                 QStringLiteral("the factors need from 1 to %1 segment columns after the "
                                "variable and its label")
                     .arg(riskMaxSegments));
        for (const CsvRecord& record : table.rows) {
            const QString name = field(record, nameColumn);
            if (name.isEmpty())
                continue;
            const auto variable =
                newEnrollees ? newEnrolleeVariable(name) : continuingVariable(name);
            if (!variable)
                fail(table.path, record.line,
                     QStringLiteral("the variable '%1' is not one the model knows").arg(name));
            if (variable->kind == Variable::Kind::Hcc)
                m_tables.hccLabels[variable->index] = field(record, 1);
            variables.push_back(*variable);
            for (qsizetype s = 0; s < segments.size(); ++s) {
                const QString text = field(record, static_cast<int>(s + 2));
                bool ok = text.isEmpty();
                const double factor = ok ? 0.0 : text.toDouble(&ok);
                if (!ok || !std::isfinite(factor))
                    fail(table.path, record.line,
                         QStringLiteral("the %1 factor of %2, '%3', is not a number")
                             .arg(segments[s], name, text));
                factors.push_back(factor);
            }
        }
    }

    // The names of factor variables, per reader rather than static, so that models may be read
    // on several threads at once.
    const QRegularExpression m_count{QStringLiteral(R"(^D(\d{1,3})(P?)$)")};
    const QRegularExpression m_ageSex{QStringLiteral(R"(^([FM])(\d{1,3})_(\d{1,3}|GT)$)")};
    const QRegularExpression m_originallyDisabled{
        QStringLiteral(R"(^OriginallyDisabled_(Female|Male)$)")};
    const QRegularExpression m_newEnrollee{
        QStringLiteral(R"(^(N?)MCAID_(N?)ORIGDIS_NE([FM])(\d{1,3})(?:_(\d{1,3}|GT))?$)")};

    QString m_folder;
    RiskTables m_tables;
    QHash<int, int> m_hccIndex; // HCC number to index
    QJsonArray m_requirements;
};

} // namespace

RiskTables RiskTables::read(const QString& folder)
{
    return Reader(folder).read();
}

} // namespace aco
