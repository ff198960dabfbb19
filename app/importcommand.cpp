#include "importcommand.h"

#include "csv/csvwriter.h"
#include "error.h"
#include "import/importer.h"
#include "import/importkind.h"
#include "import/importsample.h"
#include "store/store.h"

#include <QStringList>

#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

// Problems shown on stderr; all of them go to --problems FILE.
constexpr size_t shownProblems = 100;

} // namespace

QByteArray importProblemsCsv(const ImportReport& report)
{
    CsvWriter csv;
    csv.addRecord({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                   QStringLiteral("reason")});
    for (const ImportProblem& p : report.problems)
        csv.addRecord(
            {report.fileName, QString::number(p.line), QString::number(p.column), p.reason});
    return csv.data();
}

void printImportProblems(const ImportReport& report, const QString& csvPath)
{
    const size_t shown = std::min(report.problems.size(), shownProblems);
    for (size_t i = 0; i < shown; ++i) {
        const ImportProblem& p = report.problems[i];
        std::cerr << csvPath.toStdString() << ':' << p.line << ':' << p.column << ": "
                  << p.reason.toStdString() << '\n';
    }
    if (shown < report.problems.size())
        std::cerr << "... and " << report.problems.size() - shown
                  << " more problems; --problems FILE.csv lists them all.\n";
}

QString importKindNames()
{
    QStringList names;
    for (ImportKind kind : importKinds())
        names << importKindName(kind);
    return names.join(QStringLiteral(", "));
}


void ImportCommand::addOptions(po::options_description& options) const
{
    options.add_options()("db", po::value<std::string>()->required()->value_name("FILE"),
                          "the ACO Workbench file to load into (or to take the sample from)")(
        "kind", po::value<std::string>()->required()->value_name("KIND"),
        ("what the CSV holds: one of " + importKindNames().toStdString() +
         " (see docs/import.md for the columns)")
            .c_str())(
        "csv", po::value<std::string>()->value_name("FILE"),
        "the CSV file to import")("dry-run", "check every row and report, but write nothing")(
        "problems", po::value<std::string>()->value_name("FILE.csv"),
        "also write every problem found to this CSV file (file, line, column, reason)")(
        "sample", po::value<std::string>()->value_name("FILE"),
        "instead of importing, write the file's rows of KIND to FILE in the import format")(
        "rows", po::value<int>()->default_value(0)->value_name("N"),
        "with --sample: at most N rows; 0 writes all");
}

ExitCode ImportCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const char* key) {
        return values.count(key) ? QString::fromStdString(values[key].as<std::string>())
                                 : QString();
    };
    const QString dbPath = text("db");
    const auto kind = parseImportKind(text("kind"));
    if (!kind)
        throw Error("--kind '" + text("kind").toStdString() +
                        "' is not a kind of import; use one of " + importKindNames().toStdString() + '.',
                    Error::Kind::Usage);
    if (values.count("csv") == values.count("sample"))
        throw Error("give exactly one of --csv FILE and --sample FILE.", Error::Kind::Usage);

    if (values.count("sample")) {
        const int rows = values["rows"].as<int>();
        if (rows < 0)
            throw Error("--rows must not be negative.", Error::Kind::Usage);
        const Store store = Store::openReadOnly(dbPath);
        writeAtomically(text("sample"), importSample(store.db(), *kind, rows));
        return ExitOk;
    }

    const QString csvPath = text("csv");
    const bool dryRun = values.count("dry-run") > 0;
    // A dry run never writes, so it never migrates or locks the file either.
    Store store = dryRun ? Store::openReadOnly(dbPath) : Store::open(dbPath);
    if (!dryRun)
        store.requireWritable(QStringLiteral("take the import"));
    const ImportReport report = importCsvFile(store.db(), *kind, csvPath, dryRun);
    if (values.count("problems"))
        writeAtomically(text("problems"), importProblemsCsv(report));

    const std::string what = std::to_string(report.rows) + " row" + (report.rows == 1 ? "" : "s") +
                             " of " + importKindName(*kind).toStdString();
    if (!report.ok()) {
        printImportProblems(report, csvPath);
        std::cerr << "aco-workbench: '" << csvPath.toStdString() << "' has "
                  << report.problems.size() << " problem"
                  << (report.problems.size() == 1 ? "" : "s") << " in " << what
                  << "; nothing was written to '" << dbPath.toStdString()
                  << "'. Correct them and import again.\n";
        return ExitInvalidData;
    }
    if (dryRun)
        std::cout << "Checked " << what << " in '" << csvPath.toStdString()
                  << "': no problem found. Nothing was written (--dry-run).\n";
    else
        std::cout << "Imported " << what << " from '" << csvPath.toStdString() << "' into '"
                  << dbPath.toStdString() << "'."
                  << (report.claimsResultsComputed
                          ? " The claims-based measures, attribution and care gaps were computed "
                            "again from its CCLF claims."
                          : "")
                  << '\n';
    return ExitOk;
}

} // namespace aco::app
