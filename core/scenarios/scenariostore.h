#pragma once

#include "scenarios/scenario.h"

#include <QString>

#include <vector>

namespace aco {

class Database;

// The board's saved scenarios of one file (table `scenario`), by name. A scenario is stored as
// its JSON (scenarioToJson), so that what is loaded back is exactly what was saved and a file
// written by a later version that adds fields is refused rather than misread. Every write is one
// transaction: on any error the file is unchanged.
class ScenarioStore
{
  public:
    explicit ScenarioStore(Database& db);

    // Stores `scenario` under `name` (its own name is replaced by `name`), replacing a scenario of
    // that name: the replacement keeps the original created_at, so that the file still tells when
    // the plan was first drawn up. Throws aco::Error (InvalidData) naming the field when the
    // scenario fails Scenario::validate(), before anything is written; (Usage) for an empty name.
    void save(const QString& name, const Scenario& scenario);
    // Throws aco::Error (Usage) naming the scenario when the file has none of that name, and
    // (InvalidData) when the stored definition is not a valid scenario.
    Scenario load(const QString& name) const;
    bool contains(const QString& name) const;
    // Every saved name, in SQLite's binary order of their UTF-8 text (stable across locales).
    std::vector<QString> names() const;
    // Throws aco::Error (Usage) when there is no scenario of that name.
    void remove(const QString& name);
    // Stores a copy of scenario `from` under `to`, both timestamps now. Throws aco::Error (Usage)
    // when `from` is missing or `to` already exists: a duplicate never overwrites.
    void duplicate(const QString& from, const QString& to);
    // Gives scenario `from` the name `to`, keeping its created_at, in one transaction. Throws
    // aco::Error (Usage) when `from` is missing or `to` already exists.
    void rename(const QString& from, const QString& to);

  private:
    // Throws aco::Error (Usage) for a blank name or one already taken.
    void requireFree(const QString& name) const;

    Database& m_db;
};

} // namespace aco
