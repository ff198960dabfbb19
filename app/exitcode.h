#pragma once

namespace aco::app {

// The command line's exit codes, the same for every subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the operation could not be done
    ExitUsage = 2,       // the command line was wrong
    ExitInvalidData = 3, // the input or the database holds invalid data
};

} // namespace aco::app
