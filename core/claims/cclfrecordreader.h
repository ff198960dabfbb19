#pragma once

#include "claims/cclfinput.h"

#include <QByteArray>

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace aco {

class CclfLayout;
class Sha256;

// Reads one fixed-width CCLF file a record at a time without holding it in memory: CRLF or LF
// line ends, a last line with or without one. Every record must have the length of one of the
// file's layouts (CCLF7 has two), the same for the whole file. The bytes are hashed (SHA-256) as
// they are read.
class CclfRecordReader
{
public:
    enum class Status { Record, WrongLength, End };

    explicit CclfRecordReader(const CclfInputFile& file);
    ~CclfRecordReader();

    // The next record, without its line end, in `record` (valid until the next call).
    // WrongLength: the line's length fits no layout, or differs from the file's first record.
    Status next(std::string_view& record);

    std::int64_t line() const { return m_line; }
    std::int64_t records() const { return m_records; }
    // The layout the first record chose; nullptr before it, or when it fitted none.
    const CclfLayout* layout() const { return m_layout; }
    // The lengths a record may have here, for messages ("437", "195 or 230").
    std::string expectedLengths() const;
    std::int64_t bytesRead() const { return m_bytesRead; }
    // Hex SHA-256 of every byte read, once next() has returned End.
    QByteArray sha256();

private:
    bool fill();

    std::unique_ptr<CclfByteStream> m_stream;
    CclfFile m_file;
    std::vector<char> m_buffer;
    size_t m_begin = 0;
    size_t m_end = 0;
    bool m_eof = false;
    std::int64_t m_line = 0;
    std::int64_t m_records = 0;
    std::int64_t m_bytesRead = 0;
    const CclfLayout* m_layout = nullptr;
    std::unique_ptr<Sha256> m_hash;
};

} // namespace aco
