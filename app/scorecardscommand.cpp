#include "scorecardscommand.h"

#include "error.h"
#include "guiapplication.h"
#include "scorecards/scorecardwriter.h"
#include "store/store.h"

#include <QElapsedTimer>

#include <boost/program_options/value_semantic.hpp>

#include <iostream>
#include <unistd.h>

namespace po = boost::program_options;

namespace aco::app {

void ScorecardsCommand::addOptions(po::options_description& options) const
{
    options.add_options()("db", po::value<std::string>()->required()->value_name("FILE"),
                          "the ACO Workbench file")(
        "period", po::value<std::string>()->required()->value_name("YYYY-MM"),
        "the month the window ends in")(
        "npi", po::value<std::string>()->value_name("N"),
        "one provider")("practice", po::value<std::string>()->value_name("ID"),
                        "the providers of one practice (code or name)")("all", "every provider")(
        "out", po::value<std::string>()->required()->value_name("PATH"),
        "FILE.pdf for one combined PDF, or a folder for one PDF per provider")(
        "mask-phi",
        "mask patient names (initials) and MBIs (last four) for copies that leave the practice")(
        "blinded", "show peers by rank instead of by name")(
        "peers", po::value<std::string>()->default_value("kind")->value_name("P"),
        "rank among providers of the same kind (kind) or among all providers (all)")(
        "min-denominator", po::value<int>()->default_value(20)->value_name("N"),
        "providers with a smaller denominator are shown but not ranked")(
        "pursuit", po::value<int>()->default_value(20)->value_name("N"),
        "beneficiaries on each pursuit list")(
        "scenario", po::value<std::string>()->value_name("NAME|FILE.json"),
        "the ACO's chosen scenario (saved name or JSON file): each scorecard shows the payment the "
        "provider is "
        "tracking toward under it if year-to-date performance holds")("quiet,q",
                                                                      "print nothing but errors");
    addWindowOption(options, "the months each measure is summed over, ending with the period");
}

ExitCode ScorecardsCommand::run(const po::variables_map& values) const
{
    const int chosen = static_cast<int>(values.count("npi") + values.count("practice") + values.count("all"));
    if (chosen != 1)
        throw Error("choose the providers with exactly one of --npi, --practice and --all.", Error::Kind::Usage);
    const QString periodText = QString::fromStdString(values["period"].as<std::string>());
    const auto period = Period::parse(periodText);
    if (!period)
        throw Error("the period must be a month as YYYY-MM, not '" + periodText.toStdString() + "'.", Error::Kind::Usage);
    const Window window = windowOption(values);
    const std::string peers = values["peers"].as<std::string>();
    if (peers != "kind" && peers != "all")
        throw Error("--peers must be kind or all.", Error::Kind::Usage);
    if (values["pursuit"].as<int>() < 0 || values["min-denominator"].as<int>() < 0)
        throw Error("--pursuit and --min-denominator cannot be negative.", Error::Kind::Usage);

    ScorecardOptions options;
    options.period = *period;
    options.window = window;
    options.peers = peers == "kind" ? PeerGroup::SameKind : PeerGroup::Everyone;
    options.minimumDenominator = values["min-denominator"].as<int>();
    options.pursuitLimit = values["pursuit"].as<int>();
    options.maskPhi = values.count("mask-phi") > 0;
    options.blinded = values.count("blinded") > 0;

    GuiApplication gui; // fonts and PDF painting need a Qt GUI application, offscreen if no display
    // Read without the lock, so that the window may have the file open meanwhile; the writer
    // records the printout in the export log when it may (ScorecardWriter::write).
    Store store = Store::openToRead(QString::fromStdString(values["db"].as<std::string>()));
    const auto scenario =
        values.count("scenario")
            ? std::optional(findScenario(
                  store.db(), QString::fromStdString(values["scenario"].as<std::string>())))
            : std::nullopt;
    const ScorecardBuilder builder(store.db(), options, scenario);
    const auto providers = builder.select(values.count("npi") ? QString::fromStdString(values["npi"].as<std::string>()) : QString(),
                                          values.count("practice") ? QString::fromStdString(values["practice"].as<std::string>()) : QString());

    const bool quiet = values.count("quiet") > 0;
    const bool terminal = isatty(STDERR_FILENO) != 0;
    int lastTenth = -1;
    const ui::ScorecardWriter::Progress progress = [&](int done, int total) {
        if (quiet)
            return true;
        if (terminal) {
            std::cerr << "\rScorecards: " << done << " of " << total << std::flush;
        } else if (done * 10 / total != lastTenth) {
            lastTenth = done * 10 / total;
            std::cerr << "Scorecards: " << done << " of " << total << '\n';
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    const QString out = QString::fromStdString(values["out"].as<std::string>());
    const ui::ScorecardWriter writer(builder);
    const int written = writer.write(providers, out, progress);
    if (!quiet) {
        if (terminal)
            std::cerr << '\n';
        std::cout << "Wrote " << written << " scorecard" << (written == 1 ? "" : "s") << " for "
                  << period->toString().toStdString() << " to " << out.toStdString() << " in "
                  << timer.elapsed() / 1000.0 << " s.\n";
    }
    if (!writer.unrecordedNotice().isEmpty())
        std::cerr << "aco-workbench: " << writer.unrecordedNotice().toStdString()
                  << " The printout was not recorded in its export log.\n";
    return ExitOk;
}

} // namespace aco::app
