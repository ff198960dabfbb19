#pragma once

#include "diagrams/driverdiagram.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace aco {

class Database;

// Reads and writes the driver diagrams of one file (tables driver_diagram, driver_node,
// driver_link). Every write is one transaction that replaces the year's diagram whole, so that
// the stored diagram is always exactly one of the states the user saw; nodes keep their ids.
class DiagramRepository
{
  public:
    explicit DiagramRepository(Database& db);

    const QString& path() const;
    std::vector<int> years() const; // ascending
    bool contains(int year) const;
    // The year's diagram; none when the file has none. Throws aco::Error (InvalidData) when the
    // stored rows break a diagram's rules (no aim, a link that skips a column, ...).
    std::optional<DriverDiagram> load(int year) const;

    // Stores `diagram` as its year's diagram, replacing what was there, in one transaction, and
    // returns it as stored: arranged (CrossingReduction) unless it is ordered by hand. Validates
    // first (see validateDiagram); on any error the file is unchanged.
    DriverDiagram save(const DriverDiagram& diagram);
    // Deletes the year's diagram, in one transaction.
    void remove(int year);
    // Stores an imported diagram under new ids, in one transaction; refuses (aco::Error,
    // Failure) when its year already has a diagram, unless `replace`. Returns it as stored
    // (see save()).
    DriverDiagram importDiagram(const DriverDiagram& diagram, bool replace);

    // An id no node of the file has, and that this repository has not handed out before, so that
    // redoing an undone insertion can put a node back under its old id.
    std::int64_t newNodeId();
    // A copy of `diagram` with every node under a new id (links follow).
    DriverDiagram withNewIds(const DriverDiagram& diagram);

    bool hasMeasure(const QString& code) const;
    // Code and name of every measure of the file, by code.
    std::map<QString, QString> measureNames() const;

  private:
    std::map<QString, std::int64_t> measureIds() const;

    Database& m_db;
    std::int64_t m_nextId = 1;
};

} // namespace aco
