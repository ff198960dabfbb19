#include "claims/cclffilename.h"

#include "claims/cclfvalue.h"

#include <QRegularExpression>

namespace aco {

std::optional<CclfFileName> CclfFileName::parse(const QString& fileName)
{
    // The packet writes CCLF0's name without the dot before ACO ("P.A****ACO.ZC0Y**"): both are read.
    static const QRegularExpression pattern(
        QStringLiteral("^P\\.([A-Z][A-Z0-9]{3,7})\\.?ACO\\.ZC([0-9AB])([YRW])([0-9]{2})"
                       "\\.D([0-9]{6})\\.T([0-9]{6,7})(\\.[A-Z0-9]{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    CclfFileName name;
    name.acoId = match.captured(1).toUpper();
    name.file = *cclfFileFromCode(match.captured(2).at(0).toLatin1());
    name.kind = static_cast<Kind>(match.captured(3).toUpper().at(0).toLatin1());
    name.performanceYear = 2000 + match.captured(4).toInt();
    name.fileDate = 20000000 + match.captured(5).toInt();
    if (!cclf::isValidDate(name.fileDate))
        return std::nullopt;
    name.fileTime = match.captured(6);
    return name;
}

QString CclfFileName::toString() const
{
    return QStringLiteral("P.%1.ACO.ZC%2%3%4.D%5.T%6")
        .arg(acoId)
        .arg(QLatin1Char(cclfFileCode(file)))
        .arg(QLatin1Char(static_cast<char>(kind)))
        .arg(performanceYear % 100, 2, 10, QLatin1Char('0'))
        .arg(fileDate % 1000000, 6, 10, QLatin1Char('0'))
        .arg(fileTime);
}

QString CclfFileName::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Monthly:
        return QStringLiteral("monthly");
    case Kind::RunOut:
        return QStringLiteral("run-out");
    case Kind::Weekly:
        return QStringLiteral("weekly");
    }
    return {};
}

bool CclfFileName::sameDelivery(const CclfFileName& other) const
{
    return acoId == other.acoId && kind == other.kind && performanceYear == other.performanceYear &&
           fileDate == other.fileDate;
}

} // namespace aco
