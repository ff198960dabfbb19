#include "commandline.h"

int main(int argc, char** argv)
{
    return aco::app::runCommandLine(argc, argv);
}
