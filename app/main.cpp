#include "commandline.h"
#include "store/temporaryfiles.h"

int main(int argc, char** argv)
{
    // A file half written when the session ends (SIGTERM at logout) or Ctrl+C comes is removed.
    aco::TemporaryFiles::removeOnSignals();
    return aco::app::runCommandLine(argc, argv);
}
