#pragma once

#include "claims/cclfinput.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace aco {

// CCLF0, the summary statistics file (CCLF IP 2.7, Tables 25 and 26): for each file of the
// delivery, how many records it holds and how long they are, so that a file cut short in
// transfer can be told from a whole one. Pipe-delimited: a header record, then one detail record
// per file ("CCLF1  |Part A Claims Header File ...|     123456|  437 ").
struct CclfSummary
{
    struct Entry
    {
        std::int64_t records = 0;
        int recordLength = 0;
    };
    std::map<CclfFile, Entry> files;

    // Reads a CCLF0 file; a record that cannot be read is described in `problems` as
    // "LINE: reason", and left out.
    static CclfSummary read(const CclfInputFile& file, std::vector<std::pair<int, std::string>>& problems);
};

} // namespace aco
