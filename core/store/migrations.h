#pragma once

#include <functional>
#include <string>
#include <vector>

namespace aco {

class Database;

// One step of the schema's history: applying it to a database at `version - 1` brings it to
// `version`. Steps are never edited once released; a change to the schema is a new step.
struct Migration
{
    int version;
    std::string description;
    std::function<void(Database&)> apply;
    // Whether the step rebuilds a table that others refer to (SQLite's way of changing a column's
    // constraints): foreign-key enforcement is then off while it runs, as SQLite requires, and the
    // keys are checked before it commits.
    bool rebuildsTables = false;
};

// The application's schema history, oldest first.
const std::vector<Migration>& schemaMigrations();
int latestSchemaVersion();

// Brings `db` from its `PRAGMA user_version` up to the last of `steps`, each step in its own
// transaction together with its version number, so that a failing step leaves the database at
// the previous version, unchanged.
void migrate(Database& db, const std::vector<Migration>& steps);

} // namespace aco
