#include "diagramcommand.h"

#include "diagrams/crossingreduction.h"
#include "diagrams/diagramexporter.h"
#include "diagrams/diagramjson.h"
#include "diagrams/diagrammetrics.h"
#include "diagrams/diagramrepository.h"
#include "diagrams/fonttextmeasurer.h"
#include "error.h"
#include "guiapplication.h"
#include "measures/measureengine.h"
#include "store/store.h"

#include <QFile>
#include <QStringList>

#include <boost/program_options/value_semantic.hpp>

#include <iomanip>
#include <iostream>

namespace po = boost::program_options;

namespace aco::app {

namespace {

QString text(const po::variables_map& values, const char* name)
{
    return QString::fromStdString(values[name].as<std::string>());
}

std::string yearList(const std::vector<int>& years)
{
    if (years.empty())
        return "none";
    std::string list;
    for (const int year : years)
        list += (list.empty() ? "" : ", ") + std::to_string(year);
    return list;
}

} // namespace

void DiagramCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the ACO Workbench file")
        ("year", po::value<int>()->value_name("YYYY"), "the performance year whose diagram to export")
        ("period", po::value<std::string>()->value_name("YYYY-MM"),
         "the month the metrics' window ends in; default: the latest month with results in the year")
        ("arrange", "order each column to reduce crossing links (the file is not changed)")
        ("out", po::value<std::string>()->value_name("FILE"), "FILE.png, FILE.svg, FILE.pdf or FILE.json")
        ("import", po::value<std::string>()->value_name("FILE.json"), "a diagram to store in the file")
        ("replace", "with --import: replace the year's diagram if it has one");
    addWindowOption(options, "the months the metrics are summed over, ending with the period");
}

ExitCode DiagramCommand::run(const po::variables_map& values) const
{
    const bool exporting = values.count("out") > 0;
    const bool importing = values.count("import") > 0;
    if (exporting == importing)
        throw Error("give either --out (with --year) to export or --import to import.", Error::Kind::Usage);
    if (importing) {
        for (const char* option : {"year", "period", "arrange"})
            if (values.count(option))
                throw Error(std::string("--") + option + " goes with --out, not with --import.", Error::Kind::Usage);
        return importDiagram(values);
    }
    if (values.count("replace"))
        throw Error("--replace goes with --import.", Error::Kind::Usage);
    if (!values.count("year"))
        throw Error("say which diagram to export with --year.", Error::Kind::Usage);
    return exportDiagram(values);
}

ExitCode DiagramCommand::exportDiagram(const po::variables_map& values) const
{
    const QString out = text(values, "out");
    if (!ui::DiagramExporter::formatOf(out))
        throw Error("--out must end in .png, .svg, .pdf or .json, not '" + out.toStdString() + "'.", Error::Kind::Usage);
    const Window window = windowOption(values);
    std::optional<Period> period;
    if (values.count("period")) {
        period = Period::parse(text(values, "period"));
        if (!period)
            throw Error("the period must be a month as YYYY-MM, not '" + text(values, "period").toStdString() + "'.",
                        Error::Kind::Usage);
    }
    const int year = values["year"].as<int>();

    GuiApplication gui; // fonts and painting need a Qt GUI application, offscreen if no display
    Store store = Store::openToRead(text(values, "db"));
    DiagramRepository repository(store.db());
    auto diagram = repository.load(year);
    if (!diagram)
        throw Error("'" + store.path().toStdString() + "' has no driver diagram for " + std::to_string(year) +
                        "; it has diagrams for " + yearList(repository.years()) + ".",
                    Error::Kind::Usage);
    if (values.count("arrange"))
        diagram = CrossingReduction::arranged(*diagram);

    if (!period)
        period = defaultMetricPeriod(store.db(), year);
    DiagramMetrics metrics;
    QString caption = QStringLiteral("No measure results in this file");
    if (period) {
        const MeasureEngine engine(store.db());
        metrics = computeMetrics(engine, *diagram, *period, window);
        caption = metricsCaption(*period, window);
    }
    const ui::FontTextMeasurer measurer;
    const DiagramLayout layout = DiagramLayout::compute(*diagram, metrics, measurer, caption);
    ui::DiagramExporter::write(out, *diagram, layout);

    const int crossings = CrossingReduction::countCrossings(*diagram);
    std::cout << "Wrote the " << year << " driver diagram (" << diagram->nodeCount() << " nodes, "
              << diagram->links().size() << " links, " << crossings << (crossings == 1 ? " crossing" : " crossings")
              << ") to " << out.toStdString();
    if (ui::DiagramExporter::formatOf(out) == ui::DiagramExporter::Format::Pdf)
        std::cout << "; its smallest text prints at " << std::fixed << std::setprecision(1)
                  << ui::DiagramExporter::smallestPdfFontPoints(layout) << " pt";
    std::cout << ".\n";
    return ExitOk;
}

ExitCode DiagramCommand::importDiagram(const po::variables_map& values) const
{
    const QString path = text(values, "import");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error("'" + path.toStdString() + "' cannot be read (" + file.errorString().toStdString() + ").");
    const QByteArray json = file.readAll();

    Store store = Store::open(text(values, "db"));
    store.requireWritable(QStringLiteral("store the driver diagram"));
    DiagramRepository repository(store.db());
    const DriverDiagram diagram =
        DiagramJson::read(json, path, [&](const QString& code) { return repository.hasMeasure(code); });
    const bool replaced = repository.contains(diagram.year());
    const DriverDiagram stored = repository.importDiagram(diagram, values.count("replace") > 0);
    std::cout << (replaced ? "Replaced" : "Imported") << " the " << stored.year() << " driver diagram ("
              << stored.nodeCount() << " nodes, " << stored.links().size() << " links) in "
              << store.path().toStdString() << ".\n";
    return ExitOk;
}

} // namespace aco::app
