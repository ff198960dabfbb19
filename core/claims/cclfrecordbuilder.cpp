#include "claims/cclfrecordbuilder.h"

#include "claims/cclfvalue.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace aco {

CclfRecordBuilder::CclfRecordBuilder(const CclfLayout& layout)
    : m_layout(&layout), m_record(static_cast<size_t>(layout.recordLength()), ' ')
{
}

CclfRecordBuilder& CclfRecordBuilder::clear()
{
    m_record.assign(static_cast<size_t>(m_layout->recordLength()), ' ');
    return *this;
}

const CclfField& CclfRecordBuilder::fieldNamed(std::string_view name) const
{
    return m_layout->field(m_layout->index(name));
}

void CclfRecordBuilder::put(const CclfField& field, std::string_view value, bool rightJustified, char pad)
{
    const auto length = static_cast<size_t>(field.length);
    if (value.size() > length)
        throw std::invalid_argument("'" + std::string(value) + "' does not fit " + field.name);
    const size_t start = static_cast<size_t>(field.start);
    const size_t offset = rightJustified ? length - value.size() : 0;
    m_record.replace(start, length, length, pad);
    m_record.replace(start + offset, value.size(), value);
}

CclfRecordBuilder& CclfRecordBuilder::text(std::string_view field, std::string_view value)
{
    put(fieldNamed(field), value, false, ' ');
    return *this;
}

CclfRecordBuilder& CclfRecordBuilder::digits(std::string_view field, std::int64_t value)
{
    put(fieldNamed(field), std::to_string(value), true, '0');
    return *this;
}

CclfRecordBuilder& CclfRecordBuilder::amount(std::string_view field, std::int64_t cents)
{
    const CclfField& f = fieldNamed(field);
    const std::int64_t magnitude = cents < 0 ? -cents : cents;
    char text[32];
    const int n = std::snprintf(text, sizeof text, "%lld.%02lld", static_cast<long long>(magnitude / 100),
                                static_cast<long long>(magnitude % 100));
    const std::string_view number(text, static_cast<size_t>(n));
    if (f.picture.starts_with('-')) {
        // -9(n).99: a sign position (blank or '-'), then the digits zero-padded.
        put(f, number, true, '0');
        m_record[static_cast<size_t>(f.start)] = cents < 0 ? '-' : ' ';
        if (static_cast<int>(number.size()) >= f.length)
            throw std::invalid_argument(std::string(number) + " does not fit " + f.name);
    } else {
        // Amounts the layout declares as text: right-justified, padded with spaces.
        put(f, cents < 0 ? "-" + std::string(number) : std::string(number), true, ' ');
    }
    return *this;
}

CclfRecordBuilder& CclfRecordBuilder::date(std::string_view field, int yyyymmdd)
{
    char text[10];
    cclf::formatDate(yyyymmdd == 0 ? 10000101 : yyyymmdd, text);
    put(fieldNamed(field), std::string_view(text, 10), false, ' ');
    return *this;
}

CclfRecordBuilder& CclfRecordBuilder::quantity(std::string_view field, double value)
{
    const CclfField& f = fieldNamed(field);
    char text[48];
    const int n = std::snprintf(text, sizeof text, "%.4f", std::fabs(value));
    put(f, std::string_view(text, static_cast<size_t>(n)), true, '0');
    m_record[static_cast<size_t>(f.start)] = value < 0 ? '-' : ' ';
    return *this;
}

CclfRecordBuilder& CclfRecordBuilder::raw(std::string_view field, std::string_view value)
{
    const CclfField& f = fieldNamed(field);
    m_record.replace(static_cast<size_t>(f.start), value.size(), value);
    return *this;
}

} // namespace aco
