#pragma once

#include <memory>
#include <string>
#include <vector>

namespace aco::app {

class Command;

// Adds the commands that paint (scorecards, charts, ...) when the build has the Qt GUI modules.
void addPaintingCommands(std::vector<std::unique_ptr<Command>>& commands);

// Starts the window (on `database` when not empty) and returns the application's exit code.
// In a build without the window, says so and fails.
int runWindow(int argc, char** argv, const std::string& database);

} // namespace aco::app
