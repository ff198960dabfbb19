#include "command.h"

#include "error.h"
#include "store/filelock.h"

#include <QSaveFile>

#include <boost/program_options/parsers.hpp>
#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

void addWindowOption(po::options_description& options, const char* what)
{
    static const std::string help = [] {
        const std::string name = windowName(defaultWindow).toStdString();
        return ": month, quarter (the three months to the period), ytd (year to date) or r12 "
               "(rolling 12 months); default " +
               name + ", as in the window";
    }();
    options.add_options()(
        "window",
        po::value<std::string>()->default_value(windowName(defaultWindow).toStdString(),
                                                windowName(defaultWindow).toStdString())
            ->value_name("W"),
        (std::string(what) + help).c_str());
}

Window windowOption(const po::variables_map& values)
{
    const std::string name = values["window"].as<std::string>();
    const auto window = parseWindow(QString::fromStdString(name));
    if (!window)
        throw Error("the window must be month, quarter, ytd or r12, not '" + name + "'.",
                    Error::Kind::Usage);
    return *window;
}

ExitCode reportError(const Error& error)
{
    std::cerr << "aco-workbench: " << error.what() << '\n';
    switch (error.kind()) {
    case Error::Kind::Usage:
        return ExitUsage;
    case Error::Kind::InvalidData:
        return ExitInvalidData;
    case Error::Kind::Failure:
        break;
    }
    return ExitFailure;
}

int Command::execute(const std::vector<std::string>& args) const
{
    po::options_description options(std::string("Options of 'aco-workbench ") + name() + "'");
    options.add_options()("help,h", "show this help and exit");
    addOptions(options);

    po::variables_map values;
    try {
        po::store(po::command_line_parser(args).options(options).run(), values);
        if (values.count("help")) {
            std::cout << "Usage: aco-workbench " << name() << ' ' << usage() << "\n\n"
                      << summary() << "\n\n"
                      << options << '\n';
            return ExitOk;
        }
        po::notify(values);
    } catch (const po::error& error) {
        std::cerr << "aco-workbench " << name() << ": " << error.what() << "; see 'aco-workbench "
                  << name() << " --help'.\n";
        return ExitUsage;
    }

    try {
        return run(values);
    } catch (const FileLockedError& locked) {
        // Only commands that change a file take its lock; those that read never meet this.
        std::cerr << "aco-workbench: " << quoted(locked.path()) << " is open in another ACO Workbench ("
                  << locked.holder().toStdString() << ") and '" << name()
                  << "' would change it; close the file there and run the command again"
                  << (inTheWindow() ? std::string(", or use ") + inTheWindow() + " in that window"
                                    : std::string())
                  << ".\n";
        return ExitFailure;
    } catch (const Error& error) {
        return reportError(error);
    } catch (const std::bad_alloc&) {
        std::cerr << "aco-workbench: out of memory.\n";
        return ExitFailure;
    }
}

void writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error("cannot write '" + path.toStdString() +
                    "': " + file.errorString().toStdString() + '.');
}

} // namespace aco::app
