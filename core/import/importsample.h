#pragma once

#include "import/importkind.h"

#include <QByteArray>

namespace aco {

class Database;

// The rows of `kind` in `db` as an import file (header and all documented columns), at most
// `limit` of them (0: all): a sample to start an extract from, and what importing the file back
// leaves unchanged.
QByteArray importSample(const Database& db, ImportKind kind, int limit = 0);

} // namespace aco
