#include "csvscanner.h"

#include <QByteArrayView>
#include <QStringDecoder>

namespace aco {

namespace {

bool isValidUtf8(std::string_view bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text =
        decoder(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    return !decoder.hasError();
}

} // namespace

CsvScanner::CsvScanner(std::string_view data) : m_data(data)
{
    if (m_data.starts_with("\xEF\xBB\xBF"))
        m_pos = 3;
}

void CsvScanner::readQuoted(Span& span, int column, std::vector<CsvSyntaxProblem>& problems)
{
    const size_t size = m_data.size();
    const int quoteLine = m_line;
    ++m_pos; // the opening quote
    span.begin = m_pos;
    // Once the field is no longer one run of the data, what was read of it so far (`length`
    // bytes) is copied to the scratch buffer and the rest is added there.
    const auto toScratch = [&](size_t length) {
        if (!span.inScratch) {
            const size_t start = m_scratch.size();
            m_scratch.append(m_data.substr(span.begin, length));
            span.begin = start;
            span.inScratch = true;
        }
    };
    while (true) {
        if (m_pos >= size) {
            problems.push_back({quoteLine, column,
                                QStringLiteral("a quoted field is not closed; a quote is missing "
                                               "at its end")});
            if (!span.inScratch)
                span.length = m_pos - span.begin;
            break;
        }
        const char c = m_data[m_pos];
        if (c == '"') {
            if (m_pos + 1 < size && m_data[m_pos + 1] == '"') {
                toScratch(m_pos - span.begin);
                m_scratch += '"';
                m_pos += 2;
                continue;
            }
            if (!span.inScratch)
                span.length = m_pos - span.begin;
            ++m_pos; // the closing quote
            break;
        }
        if (c == '\n' || (c == '\r' && !(m_pos + 1 < size && m_data[m_pos + 1] == '\n')))
            ++m_line;
        m_nonAscii |= (static_cast<unsigned char>(c) & 0x80) != 0;
        if (span.inScratch)
            m_scratch += c;
        ++m_pos;
    }
    if (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r') {
        problems.push_back({m_line, column,
                            QStringLiteral("text follows the closing quote of a field; a quote "
                                           "inside a quoted field must be doubled")});
        // Read on as spreadsheets do: the text after the quote belongs to the field.
        toScratch(span.length);
        while (m_pos < size && m_data[m_pos] != ',' && m_data[m_pos] != '\n' &&
               m_data[m_pos] != '\r') {
            m_nonAscii |= (static_cast<unsigned char>(m_data[m_pos]) & 0x80) != 0;
            m_scratch += m_data[m_pos++];
        }
    }
    if (span.inScratch)
        span.length = m_scratch.size() - span.begin;
}

void CsvScanner::readUnquoted(Span& span, int column, std::vector<CsvSyntaxProblem>& problems)
{
    const size_t size = m_data.size();
    span.begin = m_pos;
    bool quoteReported = false;
    unsigned char high = 0;
    for (; m_pos < size; ++m_pos) {
        const char c = m_data[m_pos];
        if (c == ',' || c == '\n' || c == '\r')
            break;
        high |= static_cast<unsigned char>(c);
        if (c == '"' && !quoteReported) {
            problems.push_back({m_line, column,
                                QStringLiteral("a quote inside an unquoted field; quote the whole "
                                               "field and double the quote")});
            quoteReported = true;
        }
    }
    m_nonAscii |= (high & 0x80) != 0;
    span.length = m_pos - span.begin;
}

bool CsvScanner::next(std::vector<CsvField>& fields, int& line,
                      std::vector<CsvSyntaxProblem>& problems)
{
    const size_t size = m_data.size();
    // Entirely empty lines are skipped (spreadsheets leave them at the end) but counted.
    while (m_pos < size && (m_data[m_pos] == '\n' || m_data[m_pos] == '\r')) {
        if (m_data[m_pos] == '\r' && m_pos + 1 < size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    fields.clear();
    if (m_pos >= size)
        return false;

    line = m_line;
    m_scratch.clear();
    m_spans.clear();
    while (true) {
        const int column = static_cast<int>(m_spans.size()) + 1;
        Span span{m_pos, 0, false, m_line};
        m_nonAscii = false;
        if (m_data[m_pos] == '"')
            readQuoted(span, column, problems);
        else
            readUnquoted(span, column, problems);
        m_spans.push_back(span);
        if (m_nonAscii) {
            // Checked per field so that the problem can name the field; a silent U+FFFD would
            // hide a file saved in Latin-1 until someone notices a mangled name.
            const std::string_view text =
                span.inScratch ? std::string_view(m_scratch).substr(span.begin, span.length)
                               : m_data.substr(span.begin, span.length);
            if (!isValidUtf8(text))
                problems.push_back({span.line, column,
                                    QStringLiteral("the text is not valid UTF-8; save the file "
                                                   "as UTF-8")});
        }
        if (m_pos >= size)
            break;
        if (m_data[m_pos] == ',') {
            ++m_pos;
            if (m_pos < size)
                continue;
            // A comma at the very end of the data closes one last, empty field.
            m_spans.push_back({m_pos, 0, false, m_line});
            break;
        }
        // A line end closes the record.
        if (m_data[m_pos] == '\r' && m_pos + 1 < size && m_data[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
        break;
    }
    // Views are made only now: the scratch buffer may have moved while the record was read.
    fields.reserve(m_spans.size());
    for (const Span& span : m_spans)
        fields.push_back({span.inScratch
                              ? std::string_view(m_scratch).substr(span.begin, span.length)
                              : m_data.substr(span.begin, span.length),
                          span.line});
    return true;
}

} // namespace aco
