#include "msspresult.h"

namespace aco {

QString msspRateSourceCode(MsspRateSource source)
{
    switch (source) {
    case MsspRateSource::SizeTable:
        return QStringLiteral("size_table");
    case MsspRateSource::Elected:
        return QStringLiteral("elected");
    case MsspRateSource::Fixed:
        return QStringLiteral("fixed");
    case MsspRateSource::Supplied:
        return QStringLiteral("supplied");
    case MsspRateSource::NotApplicable:
        break;
    }
    return QStringLiteral("not_applicable");
}

} // namespace aco
