#include "claims/cclffieldreader.h"

#include "claims/cclfvalue.h"

namespace aco {

CclfFieldReader::CclfFieldReader(const CclfLayout& layout, QString fileName, CclfProblems& problems)
    : m_layout(&layout), m_fileName(std::move(fileName)), m_problems(&problems)
{
}

void CclfFieldReader::start(std::string_view record, std::int64_t line)
{
    m_record = record;
    m_line = line;
    m_ok = true;
}

std::string_view CclfFieldReader::raw(int field) const
{
    const CclfField& f = m_layout->field(field);
    return m_record.substr(static_cast<size_t>(f.start), static_cast<size_t>(f.length));
}

std::string_view CclfFieldReader::text(int field) const
{
    return cclf::trimmed(raw(field));
}

QString CclfFieldReader::qtext(int field) const
{
    const std::string_view t = text(field);
    return QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
}

QString CclfFieldReader::shown(int field) const
{
    return QStringLiteral("'%1'").arg(qtext(field));
}

void CclfFieldReader::problem(int field, const QString& reason)
{
    const CclfField& f = m_layout->field(field);
    m_ok = false;
    m_problems->add({m_fileName, m_line, f.start + 1,
                     QString::fromStdString(f.name) + QStringLiteral(" ") + reason});
}

std::int64_t CclfFieldReader::digits(int field, bool required)
{
    std::int64_t value = 0;
    switch (cclf::parseDigits(raw(field), value)) {
    case cclf::ValueStatus::Ok:
        break;
    case cclf::ValueStatus::Blank:
        if (required)
            problem(field, QStringLiteral("is blank; it must be a number"));
        break;
    case cclf::ValueStatus::Invalid:
        problem(field, shown(field) + QStringLiteral(" is not a whole number"));
        break;
    }
    return value;
}

std::int64_t CclfFieldReader::cents(int field)
{
    std::int64_t value = 0;
    if (cclf::parseAmountCents(raw(field), value) == cclf::ValueStatus::Invalid)
        problem(field, shown(field) +
                           QStringLiteral(" is not an amount (dollars and cents such as -123.45)"));
    return value;
}

double CclfFieldReader::decimal(int field)
{
    double value = 0.0;
    if (cclf::parseDecimal(raw(field), value) == cclf::ValueStatus::Invalid)
        problem(field, shown(field) + QStringLiteral(" is not a number"));
    return value;
}

int CclfFieldReader::date(int field, bool required)
{
    int value = 0;
    switch (cclf::parseDate(raw(field), value)) {
    case cclf::ValueStatus::Ok:
        break;
    case cclf::ValueStatus::Blank:
        if (required)
            problem(field, QStringLiteral("is missing; it must be a date (YYYY-MM-DD)"));
        break;
    case cclf::ValueStatus::Invalid:
        problem(field, shown(field) + QStringLiteral(" is not a date (YYYY-MM-DD)"));
        break;
    }
    return value;
}

} // namespace aco
