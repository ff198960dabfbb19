#pragma once

#include <string>

namespace aco::app {

// Starts the window (on `database` when not empty) and returns the application's exit code.
// In a build without the window, says so and fails.
int runWindow(int argc, char** argv, const std::string& database);

} // namespace aco::app
