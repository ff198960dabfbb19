#include "claims/cclfrecordreader.h"

#include "claims/cclflayout.h"
#include "claims/sha256.h"
#include "error.h"

#include <cstring>

namespace aco {

namespace {

constexpr size_t chunkSize = size_t{4} << 20;
// No CCLF record comes near this: a longer line is not a CCLF file (or not text at all).
constexpr size_t longestLine = 64 * 1024;

} // namespace

CclfRecordReader::CclfRecordReader(const CclfInputFile& file)
    : m_stream(file.open()), m_file(file.name.file), m_buffer(chunkSize + longestLine),
      m_hash(std::make_unique<Sha256>())
{
}

CclfRecordReader::~CclfRecordReader() = default;

bool CclfRecordReader::fill()
{
    if (m_eof)
        return false;
    // Keep the partial line at the front, then read after it.
    if (m_begin > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    const auto room = static_cast<std::int64_t>(m_buffer.size() - m_end);
    const std::int64_t n = room > 0 ? m_stream->read(m_buffer.data() + m_end, room) : 0;
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_hash->add(m_buffer.data() + m_end, static_cast<size_t>(n));
    m_end += static_cast<size_t>(n);
    m_bytesRead += n;
    return true;
}

CclfRecordReader::Status CclfRecordReader::next(std::string_view& record)
{
    for (;;) {
        const char* start = m_buffer.data() + m_begin;
        const auto* newline = static_cast<const char*>(std::memchr(start, '\n', m_end - m_begin));
        size_t length = 0;
        if (newline) {
            length = static_cast<size_t>(newline - start);
            m_begin += length + 1;
        } else if (m_end - m_begin >= longestLine) {
            length = m_end - m_begin;
            m_begin = m_end;
        } else if (fill()) {
            continue;
        } else if (m_end > m_begin) { // a last line without a line end
            length = m_end - m_begin;
            m_begin = m_end;
        } else {
            return Status::End;
        }
        if (length > 0 && start[length - 1] == '\r')
            --length;
        ++m_line;
        record = std::string_view(start, length);
        const int size = static_cast<int>(std::min(length, longestLine));
        if (m_layout ? size != m_layout->recordLength()
                     : (m_records == 0 && !(m_layout = cclfLayout(m_file, size))))
            return Status::WrongLength;
        ++m_records;
        return Status::Record;
    }
}

std::string CclfRecordReader::expectedLengths() const
{
    if (m_layout)
        return std::to_string(m_layout->recordLength());
    std::string text;
    const std::vector<int> lengths = cclfRecordLengths(m_file);
    for (size_t i = 0; i < lengths.size(); ++i)
        text += (i == 0 ? "" : i + 1 == lengths.size() ? " or " : ", ") + std::to_string(lengths[i]);
    return text;
}

QByteArray CclfRecordReader::sha256()
{
    return m_hash->hex();
}

} // namespace aco
