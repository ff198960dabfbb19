#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aco {

// Builds RFC 4180 CSV in memory, the counterpart of CsvReader: fields that hold a comma, a
// quote or a line break are quoted (quotes doubled); records end with CRLF as the RFC asks, so
// that spreadsheets on every platform open the file alike. UTF-8, no byte-order mark.
class CsvWriter
{
public:
    void addRecord(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

    // `text` as one CSV field, quoted when it needs to be.
    static QString quoted(const QString& text);

private:
    QByteArray m_data;
};

} // namespace aco
