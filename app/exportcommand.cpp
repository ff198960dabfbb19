#include "exportcommand.h"

#include "error.h"
#include "export/exportkinds.h"
#include "export/exportlog.h"
#include "export/tablewriter.h"
#include "store/store.h"

#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

std::string kindsHelp()
{
    std::string text = "what to export:";
    for (const ExportKind& kind : exportKinds())
        text += std::string("\n  ") + kind.name + ": " + kind.description +
                (kind.patientData ? " (patient data)" : "");
    return text;
}

} // namespace

void ExportCommand::addOptions(po::options_description& options) const
{
    // One option a line, as the help prints them.
    // clang-format off
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the ACO Workbench file")
        ("kind", po::value<std::string>()->required()->value_name("KIND"), kindsHelp().c_str())
        ("out", po::value<std::string>()->required()->value_name("FILE"),
         "FILE.csv or FILE.xlsx; an export with unmasked patient data is readable by you only")
        ("period", po::value<std::string>()->value_name("YYYY-MM"),
         "the month the window ends in (scorecard: the latest month with results if not given; "
         "results: every month if not given); pursuit and care-gaps: the lists as of the "
         "month's end (the data date if not given)")
        ("pursuit", po::value<int>()->default_value(20)->value_name("N"),
         "patients on each provider's pursuit list")
        ("mask-phi", "mask patient names (initials) and MBIs (last four), and leave out birth "
                     "dates, for copies that leave the practice");
    // clang-format on
    addWindowOption(options, "scorecard: the months each measure is summed over");
}

ExitCode ExportCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const char* key) {
        return values.count(key) ? QString::fromStdString(values[key].as<std::string>())
                                 : QString();
    };
    const QString kind = text("kind");
    const QString out = text("out");
    ExportOptions options;
    if (values.count("period")) {
        options.period = Period::parse(text("period"));
        if (!options.period)
            throw Error("the period must be a month as YYYY-MM, not '" +
                            text("period").toStdString() + "'.",
                        Error::Kind::Usage);
    }
    options.window = windowOption(values);
    options.pursuitLimit = values["pursuit"].as<int>();
    if (options.pursuitLimit < 0)
        throw Error("--pursuit cannot be negative.", Error::Kind::Usage);
    options.maskPhi = values.count("mask-phi") > 0;
    exportFormatOf(out); // a wrong extension is a usage error before the file is opened

    Store store = Store::openShared(text("db"));
    const Table table = buildExport(store.db(), kind, options);
    const PatientData patientData = patientDataOf(table, options.maskPhi);
    const bool recorded = exportTable(store, table, kind, out, patientData);
    std::cout << "Wrote " << table.rows.size() << " row" << (table.rows.size() == 1 ? "" : "s")
              << " of " << kind.toStdString() << " to '" << out.toStdString() << "'"
              << (patientData == PatientData::Included ? " with patient names and MBIs"
                  : patientData == PatientData::Masked ? " with patients masked"
                                                       : "")
              << ".\n";
    if (!recorded)
        std::cerr << "aco-workbench: " << store.readOnlyNotice().toStdString()
                  << " The export was not recorded in its export log.\n";
    return ExitOk;
}

} // namespace aco::app
