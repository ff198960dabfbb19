#include "csvwriter.h"

namespace aco {

QString CsvWriter::quoted(const QString& text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

void CsvWriter::addRecord(const QStringList& fields)
{
    QStringList quotedFields;
    quotedFields.reserve(fields.size());
    for (const QString& field : fields)
        quotedFields.append(quoted(field));
    // A lone empty field would be an empty line, which readers skip.
    if (quotedFields.size() == 1 && quotedFields.front().isEmpty())
        quotedFields.front() = QStringLiteral("\"\"");
    m_data += quotedFields.join(QLatin1Char(',')).toUtf8();
    m_data += "\r\n";
}

} // namespace aco
