#include "createcommand.h"

#include "error.h"
#include "import/newaco.h"
#include "importcommand.h"

#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

void CreateCommand::addOptions(po::options_description& options) const
{
    options.add_options()("db", po::value<std::string>()->required()->value_name("FILE"),
                          "the ACO Workbench file to create")(
        "aco-id", po::value<std::string>()->required()->value_name("ID"),
        "the ACO's identifier with CMS: A and four digits, as in A1234")(
        "name", po::value<std::string>()->required()->value_name("NAME"), "the ACO's name");
    // One option per kind of extract, named as `import --kind` names it.
    for (ImportKind kind : importKinds()) {
        const std::string name = importKindName(kind).toStdString();
        options.add_options()(name.c_str(), po::value<std::string>()->value_name("FILE.csv"),
                              ("the " + name + " extract (docs/import.md)").c_str());
    }
    options.add_options()("no-standard-measures",
                          "start without the standard measure catalogue (TCOC, ADM, ... ENG)")(
        "replace", "replace FILE if it exists")(
        "problems", po::value<std::string>()->value_name("FILE.csv"),
        "also write every problem found to this CSV file (file, line, column, reason)");
}

ExitCode CreateCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const std::string& key) {
        return values.count(key) ? QString::fromStdString(values[key].as<std::string>())
                                 : QString();
    };
    const QString dbPath = text("db");
    NewAco aco;
    aco.acoId = text("aco-id");
    aco.name = text("name");
    aco.standardMeasures = values.count("no-standard-measures") == 0;
    for (ImportKind kind : importKinds())
        if (const QString csv = text(importKindName(kind).toStdString()); !csv.isEmpty())
            aco.files.push_back({kind, csv});

    const NewAcoReport report = createAcoFile(dbPath, aco, values.count("replace") > 0);
    if (values.count("problems")) // written either way, so that an old list does not linger
        writeAtomically(text("problems"),
                        importProblemsCsv(report.created ? ImportReport{}
                                                         : report.imports.back().report));
    if (!report.created) {
        const NewAcoReport::Import& failed = report.imports.back();
        printImportProblems(failed.report, failed.file.path);
        std::cerr << "aco-workbench: '" << failed.file.path.toStdString() << "' has "
                  << failed.report.problems.size() << " problem"
                  << (failed.report.problems.size() == 1 ? "" : "s") << " in " << failed.report.rows
                  << " rows of " << importKindName(failed.file.kind).toStdString() << "; '"
                  << dbPath.toStdString()
                  << "' was not created. Correct them and create the file again.\n";
        return ExitInvalidData;
    }
    std::cout << "Created '" << dbPath.toStdString() << "' for " << aco.acoId.toStdString() << ' '
              << aco.name.trimmed().toStdString() << '\n';
    for (const NewAcoReport::Import& i : report.imports)
        std::cout << "  " << importKindName(i.file.kind).toStdString() << ": " << i.report.rows
                  << " row" << (i.report.rows == 1 ? "" : "s") << " from '"
                  << i.file.path.toStdString() << "'\n";
    return ExitOk;
}

} // namespace aco::app
