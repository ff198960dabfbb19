#pragma once

#include "csv/csvscanner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aco {

// One record of a CSV file: its fields, decoded from UTF-8, and the 1-based line it starts on
// (a quoted field may span several lines, so records and lines are not the same count).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// Reads RFC 4180 CSV from memory, one record at a time, as text (CsvScanner reads the bytes):
// comma-separated fields, optionally quoted with '"' (a doubled quote inside stands for one),
// which may contain commas and line breaks; CRLF or LF line ends; a leading UTF-8 byte-order
// mark is skipped. Entirely empty lines are skipped rather than read as one empty field, since
// spreadsheets leave them at the end.
// Malformed input is an aco::Error of kind InvalidData naming the file and line.
class CsvReader
{
public:
    // `fileName` is only used in error messages.
    CsvReader(QByteArray data, QString fileName);
    // Reads a whole file; an unreadable file is an aco::Error of kind Failure.
    static CsvReader fromFile(const QString& path);

    const QString& fileName() const { return m_fileName; }
    // The next record, or nullopt at the end of the data.
    std::optional<CsvRecord> next();

private:
    QByteArray m_data; // the scanner's views point into its buffer, which a move keeps
    QString m_fileName;
    CsvScanner m_scanner;
    std::vector<CsvField> m_fields;
    std::vector<CsvSyntaxProblem> m_problems;
};

} // namespace aco
