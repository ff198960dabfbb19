#include "packetcommand.h"

#include "error.h"
#include "guiapplication.h"
#include "packet/boardpacket.h"
#include "store/store.h"

#include <boost/program_options/value_semantic.hpp>

#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

void PacketCommand::addOptions(po::options_description& options) const
{
    options.add_options()("db", po::value<std::string>()->required()->value_name("FILE"),
                          "the ACO Workbench file")(
        "year", po::value<int>()->required()->value_name("YYYY"), "the performance year")(
        "period", po::value<std::string>()->required()->value_name("YYYY-MM"),
        "the month the numbers run to")(
        "scenario", po::value<std::vector<std::string>>()->composing()->value_name("NAME"),
        "a saved scenario to include; repeat for more, in the order to compare them")(
        "out", po::value<std::string>()->required()->value_name("FILE.pdf"), "the packet");
    addWindowOption(options, "the months the measures are summed over, ending with the period");
}

ExitCode PacketCommand::run(const po::variables_map& values) const
{
    const auto text = [&](const char* name) {
        return QString::fromStdString(values[name].as<std::string>());
    };
    ui::PacketRequest request;
    request.year = values["year"].as<int>();
    const auto period = Period::parse(text("period"));
    if (!period)
        throw Error("the period must be a month as YYYY-MM, not '" + text("period").toStdString() +
                        "'.",
                    Error::Kind::Usage);
    request.period = *period;
    request.window = windowOption(values);
    if (values.count("scenario"))
        for (const std::string& name : values["scenario"].as<std::vector<std::string>>())
            request.scenarios << QString::fromStdString(name);
    const QString out = text("out");
    if (!out.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        throw Error("the board packet is a PDF: '" + out.toStdString() + "' does not end in .pdf.",
                    Error::Kind::Usage);

    GuiApplication gui; // the dashboard's widgets and fonts need a Qt GUI application
    Store store = Store::openToRead(text("db"));
    const ui::BoardPacket packet(ui::PacketContent::load(store.db(), request));
    packet.write(out);
    std::cout << "Wrote the " << request.year << " board packet of "
              << packet.content().dashboard.aco.name.toStdString() << " (" << packet.pageCount()
              << " pages) to '" << out.toStdString() << "'.\n";
    return ExitOk;
}

} // namespace aco::app
