#pragma once

#include "claims/cclflayout.h"

#include <QString>

#include <optional>

namespace aco {

// What a CCLF file's name says, in CMS's convention (CCLF IP 4.2 and Appendix B):
// P.A1234.ACO.ZC1Y25.D251215.T0112000 is file CCLF1 of ACO A1234's monthly ('Y') delivery for
// performance year 2025, made on 2025-12-15 at 01:12:00.0; 'R' marks the run-out files that
// follow a year's end, 'W' the weekly files a monthly delivery replaces.
struct CclfFileName
{
    enum class Kind : char { Monthly = 'Y', RunOut = 'R', Weekly = 'W' };

    QString acoId;             // "A1234"
    CclfFile file = CclfFile::PartAHeader;
    Kind kind = Kind::Monthly;
    int performanceYear = 0;   // 2025
    int fileDate = 0;          // YYYYMMDD
    QString fileTime;          // "0112000" (hhmmsst)

    // Reads a base name; a trailing extension (".txt") is allowed. nullopt if it is not a CCLF
    // file's name.
    static std::optional<CclfFileName> parse(const QString& fileName);
    // The name CMS gives the file.
    QString toString() const;
    // "monthly", "run-out", "weekly".
    static QString kindName(Kind kind);
    // Files of the same delivery share the ACO, kind, year and date.
    bool sameDelivery(const CclfFileName& other) const;
};

} // namespace aco
