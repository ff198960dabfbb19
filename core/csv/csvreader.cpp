#include "csvreader.h"

#include "error.h"

#include <QFile>

namespace aco {

CsvReader::CsvReader(QByteArray data, QString fileName)
    : m_data(std::move(data)), m_fileName(std::move(fileName)),
      m_scanner(std::string_view(m_data.constData(), static_cast<size_t>(m_data.size())))
{
}

CsvReader CsvReader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() +
                    "': " + file.errorString().toStdString() + '.');
    return CsvReader(file.readAll(), path);
}

std::optional<CsvRecord> CsvReader::next()
{
    int line = 0;
    if (!m_scanner.next(m_fields, line, m_problems))
        return std::nullopt;
    if (!m_problems.empty()) {
        const CsvSyntaxProblem& problem = m_problems.front();
        throw Error(QStringLiteral("%1:%2: %3")
                        .arg(m_fileName)
                        .arg(problem.line)
                        .arg(problem.reason)
                        .toStdString(),
                    Error::Kind::InvalidData);
    }
    CsvRecord record;
    record.line = line;
    record.fields.reserve(static_cast<qsizetype>(m_fields.size()));
    for (const CsvField& field : m_fields)
        record.fields.append(
            QString::fromUtf8(field.text.data(), static_cast<qsizetype>(field.text.size())));
    return record;
}

} // namespace aco
