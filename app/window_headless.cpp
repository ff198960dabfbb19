#include "window.h"

#include "exitcode.h"

#include <iostream>

namespace aco::app {

void addPaintingCommands(std::vector<std::unique_ptr<Command>>&)
{
}

int runWindow(int, char**, const std::string&)
{
    std::cerr << "aco-workbench: this build has no window (it was built with ACO_BUILD_UI=OFF); "
                 "run 'aco-workbench --help' for the commands it has.\n";
    return ExitFailure;
}

} // namespace aco::app
