#include "fundsflowcommand.h"

#include "error.h"
#include "guiapplication.h"
#include "mssp/msspformat.h"
#include "scorecards/fundsflowwriter.h"
#include "store/store.h"

#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

void FundsFlowCommand::addOptions(po::options_description& options) const
{
    options.add_options()("db", po::value<std::string>()->required()->value_name("FILE"),
                          "the ACO Workbench file")(
        "scenario", po::value<std::string>()->required()->value_name("NAME|FILE.json"),
        "the ACO's chosen scenario: a name saved in the file, or a scenario JSON file")(
        "year", po::value<int>()->required()->value_name("YYYY"), "the performance year projected")(
        "quarter", po::value<int>()->required()->value_name("N"),
        "1-4: the measures and expenditures year to date through the end of that quarter")(
        "provider", po::value<std::string>()->value_name("NPI"),
        "only the recipient paying this provider (the summary page is always included)")(
        "out", po::value<std::string>()->required()->value_name("PATH"),
        "FILE.pdf (one combined PDF), FILE.csv (one row per recipient) or a folder (one PDF per "
        "page)")("quiet,q", "print nothing but errors");
}

ExitCode FundsFlowCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const char* key) {
        return values.count(key) ? QString::fromStdString(values[key].as<std::string>())
                                 : QString();
    };
    const int quarter = values["quarter"].as<int>();
    if (quarter < 1 || quarter > 4)
        throw Error("--quarter must be 1, 2, 3 or 4.", Error::Kind::Usage);
    const QString out = text("out");
    const bool csv = out.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);

    Store store = Store::openToRead(text("db"));
    const Scenario scenario = findScenario(store.db(), text("scenario"));
    const FundsFlowReport report =
        projectFundsFlow(store.db(), scenario, values["year"].as<int>(), quarter);
    const ui::FundsFlowWriter writer(report);
    const auto recipients = writer.select(text("provider"));
    QString written;
    if (csv) {
        writer.writeCsv(recipients, out);
        written = QStringLiteral("%1 rows").arg(recipients.size());
    } else {
        GuiApplication
            gui; // fonts and PDF painting need a Qt GUI application, offscreen if no display
        written = QStringLiteral("%1 pages").arg(writer.write(recipients, out));
    }
    const auto dollars = [](std::int64_t cents) { return MsspFormat::cents(cents).toStdString(); };
    if (values.count("quiet") == 0)
        std::cout << "Projected " << dollars(report.projectedTotalCents()) << " to "
                  << report.allocation.paidCount() << " of " << report.recipients.size()
                  << " recipients from a pool of " << dollars(report.poolCents()) << " for Q"
                  << quarter << ' ' << report.scenario.year << "; wrote " << written.toStdString()
                  << " to '" << out.toStdString() << "'.\n";
    return ExitOk;
}

} // namespace aco::app
