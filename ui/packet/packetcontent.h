#pragma once

#include "dashboard/dashboard.h"
#include "diagrams/diagrammetrics.h"
#include "diagrams/driverdiagram.h"
#include "measures/measuretarget.h"
#include "scenarios/allocator.h"
#include "scenarios/scenario.h"
#include "scenarios/scenariocomparison.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace aco {
class Database;
}

namespace aco::ui {

// What a board packet is asked for.
struct PacketRequest
{
    int year = 0;
    Period period;
    Window window = defaultWindow;
    QStringList scenarios; // saved scenario names, in the order they are compared
};

// A saved scenario applied to the file: where its pool goes.
struct ScenarioSummary
{
    QString name;
    Scenario scenario; // as saved, for a fuller comparison than the summary
    Allocation allocation;
    int recipients = 0;         // as the comparison counts them: everyone the scenario pays
    int paidRecipients = 0;     // of those, paid something (Allocation::paidCount)
    std::int64_t paidCents = 0; // to recipients (negative: what they bear of a loss)
};

// Everything the board packet prints, read from the file in one go (on any thread, with a
// connection of that thread's own).
struct PacketContent
{
    static constexpr size_t maxCompared = 4; // scenarios in the comparison

    PacketRequest request;
    DashboardData dashboard;
    std::optional<DriverDiagram> diagram;
    DiagramMetrics diagramMetrics;
    QString diagramCaption;
    std::vector<ScenarioSummary> scenarios;
    // Of the first maxCompared scenarios, when there are two or more.
    std::optional<ScenarioComparison> comparison;
    std::vector<Measure> measures;
    std::map<QString, MeasureTarget> targets; // the year's, by measure code (loadMeasureTargets)

    // Throws aco::Error (Usage) for a year the file does not have, an unknown scenario or a
    // period that is not a month.
    static PacketContent load(Database& db, const PacketRequest& request);
};

} // namespace aco::ui
