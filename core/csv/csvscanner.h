#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace aco {

// One field as read: its bytes with the quotes removed and doubled quotes undone, and the 1-based
// line it starts on.
struct CsvField
{
    std::string_view text;
    int line = 0;
};

// A place where the bytes are not well-formed CSV or UTF-8: the line, the 1-based field number on
// it (the column a spreadsheet shows) and what is wrong, as a sentence saying how to fix it.
struct CsvSyntaxProblem
{
    int line = 0;
    int column = 0;
    QString reason;
};

// The RFC 4180 tokenizer under CsvReader and the importer: reads records from bytes in memory
// without copying them (fields point into the data, or into a per-record buffer for fields with
// doubled quotes). It never stops at a malformed field: it reports the problem, reads on as a
// spreadsheet would, so that every problem of a file can be listed at once. A leading UTF-8
// byte-order mark is skipped; CRLF and LF end records; entirely empty lines are skipped.
class CsvScanner
{
public:
    explicit CsvScanner(std::string_view data);

    // Reads the next record into `fields` (views valid until the next call) and its first line
    // into `line`; false at the end of the data. Problems are appended to `problems`.
    bool next(std::vector<CsvField>& fields, int& line, std::vector<CsvSyntaxProblem>& problems);
    // How far the reading has got, in bytes, for progress.
    size_t position() const { return m_pos; }
    size_t size() const { return m_data.size(); }

private:
    struct Span
    {
        size_t begin;
        size_t length;
        bool inScratch;
        int line;
    };

    void readQuoted(Span& span, int column, std::vector<CsvSyntaxProblem>& problems);
    void readUnquoted(Span& span, int column, std::vector<CsvSyntaxProblem>& problems);

    std::string_view m_data;
    size_t m_pos = 0;
    int m_line = 1;
    bool m_nonAscii = false;
    std::string m_scratch; // unescaped quoted fields of the current record
    std::vector<Span> m_spans;
};

} // namespace aco
