#include "commandline.h"

#include "cclfcommand.h"
#include "checkcommand.h"
#include "democommand.h"
#include "exportcommand.h"
#include "createcommand.h"
#include "hcccommand.h"
#include "riskcommand.h"
#include "importcommand.h"
#include "msspcommand.h"
#include "simulatecommand.h"
#include "window.h"

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/parsers.hpp>
#include <boost/program_options/value_semantic.hpp>
#include <boost/program_options/variables_map.hpp>

#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<CheckCommand>());
    commands.push_back(std::make_unique<MsspCommand>());
    commands.push_back(std::make_unique<SimulateCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<CreateCommand>());
    commands.push_back(std::make_unique<CclfCommand>());
    commands.push_back(std::make_unique<HccCommand>());
    commands.push_back(std::make_unique<RiskCommand>());
    addPaintingCommands(commands);
    return commands;
}

void printHelp(const po::options_description& options,
               const std::vector<std::unique_ptr<Command>>& commands)
{
    std::cout << "Usage: aco-workbench [--db FILE]        open the window\n"
                 "       aco-workbench COMMAND [OPTIONS]  run a command\n\n"
                 "Provider scorecards, driver diagrams and shared-savings simulation for Medicare "
                 "ACOs.\n\nCommands:\n";
    // Summaries wrapped to fit a terminal of 80 columns, under their own column.
    constexpr size_t indent = 14;
    constexpr size_t width = 80 - indent;
    for (const auto& command : commands) {
        std::cout << "  " << std::left << std::setw(static_cast<int>(indent - 2)) << command->name();
        std::string line;
        std::istringstream words(command->summary());
        for (std::string word; words >> word;) {
            if (!line.empty() && line.size() + 1 + word.size() > width) {
                std::cout << line << '\n' << std::string(indent, ' ');
                line.clear();
            }
            line += (line.empty() ? "" : " ") + word;
        }
        std::cout << line << '\n';
    }
    std::cout << "\nRun 'aco-workbench COMMAND --help' for the options of a command.\n\n"
              << options << "\nExit codes: 0 ok, 1 failure, 2 usage error, 3 invalid data.\n";
}

} // namespace

int runCommandLine(int argc, char** argv)
{
    const auto commands = allCommands();
    if (argc > 1 && argv[1][0] != '-') {
        const std::string name = argv[1];
        for (const auto& command : commands) {
            if (name == command->name())
                return command->execute(std::vector<std::string>(argv + 2, argv + argc));
        }
        std::cerr << "aco-workbench: unknown command '" << name
                  << "'; see 'aco-workbench --help' for the commands.\n";
        return ExitUsage;
    }

    po::options_description options("Options");
    options.add_options()
        ("help,h", "show this help and exit")
        ("version", "show the version and exit")
        ("db", po::value<std::string>()->value_name("FILE"), "open this file in the window");
    po::variables_map values;
    try {
        po::store(po::parse_command_line(argc, argv, options), values);
        po::notify(values);
    } catch (const po::error& error) {
        std::cerr << "aco-workbench: " << error.what() << "; see 'aco-workbench --help'.\n";
        return ExitUsage;
    }
    if (values.count("help")) {
        printHelp(options, commands);
        return ExitOk;
    }
    if (values.count("version")) {
        std::cout << "aco-workbench " << ACO_VERSION << '\n';
        return ExitOk;
    }
    const std::string database = values.count("db") ? values["db"].as<std::string>() : std::string();
    return runWindow(argc, argv, database);
}

} // namespace aco::app
