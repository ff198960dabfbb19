#pragma once

namespace aco::app {

// The entry point of aco-workbench: a subcommand when the first argument names one, otherwise
// the window (with --db FILE, on that file).
int runCommandLine(int argc, char** argv);

} // namespace aco::app
