#include "riskhcpcs.h"

#include "claims/cclfvalue.h"
#include "csv/csvreader.h"
#include "error.h"

#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace aco {

namespace {

// A code's five characters as one integer, so that the list is a sorted array of numbers.
std::optional<std::uint64_t> packed(std::string_view code)
{
    code = cclf::trimmed(code);
    if (code.size() != 5)
        return std::nullopt;
    std::uint64_t value = 0;
    for (char c : code) {
        const bool letterOrDigit = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        if (!letterOrDigit)
            return std::nullopt;
        value = value << 8 | static_cast<unsigned char>(c);
    }
    return value;
}

} // namespace

RiskHcpcsList RiskHcpcsList::read(const QString& path)
{
    RiskHcpcsList list;
    // CMS names the file after the year: risk-adjustment-eligible-hcpcs-cy2026.csv.
    const auto year = QRegularExpression(QStringLiteral("cy(\\d{4})")).match(path);
    list.m_serviceYear = year.hasMatch() ? year.captured(1).toInt() : 0;
    CsvReader reader = CsvReader::fromFile(path);
    const auto header = reader.next();
    if (!header ||
        header->fields.value(0).trimmed().compare(QLatin1String("hcpcs"), Qt::CaseInsensitive) != 0)
        throw Error((path + QStringLiteral(":1: the header must be hcpcs,included.")).toStdString(),
                    Error::Kind::InvalidData);
    while (const auto record = reader.next()) {
        // The codes marked "yes"; CMS's notes and copyright lines follow them, with nothing in
        // the second column.
        if (record->fields.value(1).trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) !=
            0)
            continue;
        const QByteArray code = record->fields.value(0).toLatin1();
        const auto value = packed(std::string_view(code.constData(), size_t(code.size())));
        if (!value)
            throw Error(
                QStringLiteral("%1:%2: '%3' is not a CPT/HCPCS code (five letters or digits).")
                    .arg(path)
                    .arg(record->line)
                    .arg(record->fields.value(0))
                    .toStdString(),
                Error::Kind::InvalidData);
        list.m_codes.push_back(*value);
    }
    std::sort(list.m_codes.begin(), list.m_codes.end());
    list.m_codes.erase(std::unique(list.m_codes.begin(), list.m_codes.end()), list.m_codes.end());
    return list;
}

const RiskHcpcsList& RiskHcpcsList::builtIn()
{
    static const RiskHcpcsList list =
        read(QStringLiteral(":/risk/risk-adjustment-eligible-hcpcs-cy2026.csv"));
    return list;
}

bool RiskHcpcsList::contains(std::string_view hcpcs) const
{
    const auto value = packed(hcpcs);
    return value && std::binary_search(m_codes.begin(), m_codes.end(), *value);
}

} // namespace aco
