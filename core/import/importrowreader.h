#pragma once

#include "csv/csvscanner.h"
#include "import/importkind.h"
#include "import/importproblem.h"

#include <QDate>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace aco {

// Text read from a file (UTF-8, already checked) as a QString, for messages.
QString toQString(std::string_view utf8);

// Reads the records of an import file as rows of one kind: matches the header to the kind's
// documented columns (in any order), then gives each field by column, converted and checked,
// reporting every problem with its line and column. An accessor that finds a bad value reports
// it and returns nullopt, so a row's checks all run and all its problems are listed.
// Values are trimmed of surrounding spaces; an empty optional column reads as nullopt.
class ImportRowReader
{
public:
    // `problems` collects what is wrong; `data` must outlive the reader.
    ImportRowReader(std::string_view data, ImportKind kind, std::vector<ImportProblem>& problems);

    // Reads the header; false when the file cannot be read as this kind at all (empty, or
    // without a required column), which is then reported.
    bool readHeader();
    // Moves to the next data row; false at the end. A row whose field count differs from the
    // header's is reported and skipped.
    bool next();

    int line() const { return m_line; }
    // True when nothing was reported for the current row so far.
    bool rowOk() const { return m_problems.size() == m_problemsAtRowStart; }
    std::int64_t rowCount() const { return m_rows; }
    // Bytes read so far and in all, for progress.
    size_t position() const { return m_scanner.position(); }
    size_t size() const { return m_scanner.size(); }

    // Reports a problem with column `column` (an index into importColumns(kind)) of this row.
    void report(int column, const QString& reason);
    // Reports a problem with `column` found after the rows were read (a duplicate, say) on line
    // `line`.
    void reportAt(int line, int column, const QString& reason);

    // The value as written, trimmed, unchecked: for keys compared across rows.
    std::string_view raw(int column) const;
    bool isEmpty(int column) const { return raw(column).empty(); }
    // The value, or nullopt when it is empty (reported when the column is required).
    std::optional<std::string_view> text(int column);
    std::optional<std::int64_t> integer(int column, std::int64_t minimum, std::int64_t maximum);
    // A decimal number such as 0.75 or -12.5.
    std::optional<double> number(int column);
    // Dollars with at most two decimals, as cents: 1234.5 is 123450.
    std::optional<std::int64_t> cents(int column);
    // YYYY-MM-DD.
    std::optional<QDate> date(int column);
    // YYYY-MM, as the integer yyyymm.
    std::optional<int> month(int column);
    // One of `choices`, exactly.
    std::optional<std::string_view> choice(int column, std::span<const char* const> choices);
    std::optional<std::string_view> npi(int column);
    std::optional<std::string_view> mbi(int column);

private:
    QString quoted(int column) const; // the value as written, for messages

    ImportKind m_kind;
    std::span<const ImportColumn> m_columns;
    CsvScanner m_scanner;
    std::vector<ImportProblem>& m_problems;
    std::vector<CsvSyntaxProblem> m_syntax;
    std::vector<CsvField> m_fields;
    std::vector<int> m_position; // per documented column, its index in the file; -1 if absent
    size_t m_headerSize = 0;
    size_t m_problemsAtRowStart = 0;
    int m_line = 0;
    std::int64_t m_rows = 0;
};

} // namespace aco
