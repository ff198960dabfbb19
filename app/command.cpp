#include "command.h"

#include "error.h"

#include <QSaveFile>

#include <boost/program_options/parsers.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

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
