#pragma once

#include "scenarios/scenario.h"

#include <QJsonObject>

namespace aco {

// A scenario as JSON, so that a board's plans can be saved, shared and compared. Shares and
// weights are in basis points (10,000 = 100%) and money in cents, both integers, so that what is
// read back is exactly what was written.
QJsonObject scenarioToJson(const Scenario& scenario);
// Strict: an unknown field, a value of the wrong type or out of range, or a scenario that fails
// Scenario::validate() is an aco::Error (InvalidData) naming the field, e.g. "split.reserve".
Scenario scenarioFromJson(const QJsonObject& json);
// A scenario from a JSON file; errors name the file first, then the byte or field.
Scenario readScenarioFile(const QString& path);

} // namespace aco
