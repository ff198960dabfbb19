#pragma once

#include "claims/cclffilename.h"
#include "claims/cclfproblem.h"
#include "claims/claimsingest.h"
#include "claimsmeasures/claimsresults.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace aco {

class Database;

// What a load did with one file of a delivery.
struct CclfFileLoad
{
    CclfFile file = CclfFile::PartAHeader;
    QString name;              // CMS's name
    std::int64_t records = 0;
    int recordLength = 0;
    QString sha256;
    std::int64_t inserted = 0;   // new records (for CCLF8, beneficiaries added or changed)
    std::int64_t duplicates = 0; // delivered before with the same content: counted once
    std::int64_t replaced = 0;   // delivered before with other content: this version kept
};

// One delivery of a load.
struct CclfDeliveryLoad
{
    QString source;            // the zip or folder it came from
    CclfFileName id;
    std::vector<CclfFileLoad> files;
    bool alreadyLoaded = false; // every file was loaded before, byte for byte: nothing was done
    QString loadedBefore;       // when, for alreadyLoaded
};

struct CclfLoadResult
{
    std::vector<CclfDeliveryLoad> deliveries;
    CclfProblems problems;
    std::vector<QString> notes; // what the user should know that is not a problem (MBI cycles)
    DeliveredTotals delivered;  // the spending in the records read
    ClaimsMeasuresReport measures; // what the claims now give, computed again after the load
    bool written = false;       // something was loaded (not only deliveries loaded before)

    bool ok() const { return problems.empty(); }
};

// Called now and then with the percent done and what is being read; returning false cancels the
// load, which then throws aco::Error and leaves the file as it was.
using CclfProgress = std::function<bool(int percent, const QString& what)>;

// Loads the CCLF deliveries found in `paths` (zips or folders, see findCclfDeliveries) into `db`,
// oldest first, all in one transaction: any problem in any delivery (a record of the wrong
// length, an unreadable value, a line without its claim header, a file of another ACO, a missing
// file, a count that disagrees with CCLF0, a damaged zip) refuses them all and leaves the file as
// it was. A delivery whose files were all loaded before, byte for byte, changes nothing. With
// `dryRun`, everything is read and checked and nothing is written (`db` may be read-only).
// Errors the user cannot fix in the delivery (a path that does not exist, a database error)
// throw aco::Error.
CclfLoadResult loadCclf(Database& db, const std::vector<QString>& paths, bool dryRun,
                        const CclfProgress& progress = {});

} // namespace aco
