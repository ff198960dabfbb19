#include "csvreader.h"

#include "error.h"

#include <QFile>
#include <QStringDecoder>

namespace aco {

CsvReader::CsvReader(QByteArray data, QString fileName)
    : m_data(std::move(data)), m_fileName(std::move(fileName))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

CsvReader CsvReader::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("cannot read '" + path.toStdString() + "': " + file.errorString().toStdString() +
                    '.');
    return CsvReader(file.readAll(), path);
}

void CsvReader::fail(int line, const QString& reason) const
{
    throw Error(QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(reason).toStdString(),
                Error::Kind::InvalidData);
}

QString CsvReader::decode(const QByteArray& field, int line) const
{
    // Checked per field so that the error can name the line; a silent U+FFFD would hide a file
    // saved in Latin-1 until someone notices a mangled name.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder(field);
    if (decoder.hasError())
        fail(line, QStringLiteral("the text is not valid UTF-8; save the file as UTF-8"));
    return text;
}

std::optional<CsvRecord> CsvReader::next()
{
    const qsizetype size = m_data.size();
    // Skip entirely empty lines.
    while (m_pos < size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\r' && m_pos + 1 < size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return std::nullopt;

    CsvRecord record;
    record.line = m_line;
    QByteArray field;
    while (true) {
        field.clear();
        if (m_pos < size && m_data[m_pos] == '"') {
            const int quoteLine = m_line;
            ++m_pos;
            while (true) {
                if (m_pos >= size)
                    fail(quoteLine, QStringLiteral("a quoted field is not closed; a quote is "
                                                   "missing at its end"));
                const char c = m_data[m_pos];
                if (c == '"') {
                    if (m_pos + 1 < size && m_data[m_pos + 1] == '"') {
                        field += '"';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == '\n' || (c == '\r' && !(m_pos + 1 < size && m_data[m_pos + 1] == '\n')))
                    ++m_line;
                field += c;
                ++m_pos;
            }
            if (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' &&
                m_data[m_pos] != '\r')
                fail(m_line, QStringLiteral("text follows the closing quote of a field; a quote "
                                            "inside a quoted field must be doubled"));
        } else {
            while (m_pos < size) {
                const char c = m_data[m_pos];
                if (c == ',' || c == '\n' || c == '\r')
                    break;
                if (c == '"')
                    fail(m_line, QStringLiteral("a quote inside an unquoted field; quote the "
                                                "whole field and double the quote"));
                field += c;
                ++m_pos;
            }
        }
        record.fields.append(decode(field, m_line));

        if (m_pos >= size)
            return record;
        if (m_data[m_pos] == ',') {
            ++m_pos;
            continue;
        }
        // A line end closes the record.
        if (m_data[m_pos] == '\r' && m_pos + 1 < size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        return record;
    }
}

} // namespace aco
