#pragma once

#include "exitcode.h"
#include "measures/window.h"

#include <QByteArray>
#include <QString>

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/variables_map.hpp>

#include <string>
#include <vector>

namespace aco {
class Error;
}

namespace aco::app {

// One subcommand of aco-workbench: its name, a one-line summary for the overall help, its
// options, and what it does with them.
class Command
{
  public:
    virtual ~Command() = default;
    virtual const char* name() const = 0;
    virtual const char* summary() const = 0;
    virtual const char* usage() const = 0; // the synopsis after "aco-workbench NAME"
    virtual void addOptions(boost::program_options::options_description& options) const = 0;
    virtual ExitCode run(const boost::program_options::variables_map& values) const = 0;
    // Where the window does what this command does to a file, for a command that changes files:
    // "File > Import CSV". Said when the file is open in a window, which must then do it.
    virtual const char* inTheWindow() const { return nullptr; }

    // Parses `args` (what follows the command's name), handles --help, and runs the command,
    // turning errors into a message on stderr and an exit code.
    int execute(const std::vector<std::string>& args) const;
};

// The --window option of the commands that sum measures over months, defaulting to the window's
// own default (defaultWindow), and its value; throws aco::Error (Usage) for an unknown window.
void addWindowOption(boost::program_options::options_description& options, const char* what);
Window windowOption(const boost::program_options::variables_map& values);

// Prints "aco-workbench: <message>" to stderr and returns the exit code for its kind.
ExitCode reportError(const aco::Error& error);

// Writes `bytes` to `path` through a temporary file renamed into place, so that a failure leaves
// no half-written file behind; throws aco::Error naming the file.
void writeAtomically(const QString& path, const QByteArray& bytes);

} // namespace aco::app
