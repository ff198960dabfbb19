#include "chartcommand.h"

#include "charts/chartexport.h"
#include "charts/peerchartfactory.h"
#include "error.h"
#include "guiapplication.h"
#include "store/store.h"

#include <QChart>
#include <QJsonDocument>
#include <QSaveFile>

#include <boost/program_options/value_semantic.hpp>

#include <iostream>
#include <memory>

namespace po = boost::program_options;

namespace aco::app {

namespace {

QString text(const po::variables_map& values, const char* name)
{
    return values.count(name) ? QString::fromStdString(values[name].as<std::string>()) : QString();
}

void writeJson(const QJsonObject& json, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        throw Error("'" + path.toStdString() + "' cannot be written (" + file.errorString().toStdString() + ").");
}

} // namespace

void ChartCommand::addOptions(po::options_description& options) const
{
    options.add_options()
        ("db", po::value<std::string>()->required()->value_name("FILE"), "the ACO Workbench file")
        ("measure", po::value<std::string>()->required()->value_name("CODE"), "the measure's code, e.g. BCS")
        ("period", po::value<std::string>()->required()->value_name("YYYY-MM"), "the month the window ends in")
        ("kind", po::value<std::string>()->required()->value_name("K"), "ranked, funnel or trend")
        ("out", po::value<std::string>()->required()->value_name("FILE"), "the chart: .png, .svg or .pdf")
        ("npi", po::value<std::string>()->value_name("N"), "the provider to highlight (needed for trend)")
        ("level", po::value<std::string>()->default_value("provider")->value_name("L"), "provider, practice or department")
        ("peers", po::value<std::string>()->default_value("kind")->value_name("P"), "providers ranked among their kind (kind) or all (all)")
        ("min-denominator", po::value<int>()->default_value(20)->value_name("N"), "smaller units are shown but not ranked")
        ("months", po::value<int>()->default_value(36)->value_name("N"), "months of a trend (1-36)")
        ("blinded", "label peers by rank instead of by name")
        ("overdispersion", "widen the funnel's limits by the estimated overdispersion (tau^2)")
        ("json", po::value<std::string>()->value_name("FILE"), "also write the plotted numbers as JSON");
    addWindowOption(options, "the months each value is summed over, ending with the period");
}

ExitCode ChartCommand::run(const po::variables_map& values) const
{
    const QString kind = text(values, "kind");
    if (kind != QLatin1String("ranked") && kind != QLatin1String("funnel") && kind != QLatin1String("trend"))
        throw Error("--kind must be ranked, funnel or trend, not '" + kind.toStdString() + "'.", Error::Kind::Usage);
    const auto period = Period::parse(text(values, "period"));
    if (!period)
        throw Error("the period must be a month as YYYY-MM, not '" + text(values, "period").toStdString() + "'.", Error::Kind::Usage);
    const Window window = windowOption(values);
    const auto level = parseLevel(text(values, "level"));
    if (!level || *level == Level::Aco)
        throw Error("the level must be provider, practice or department.", Error::Kind::Usage);
    const QString out = text(values, "out");
    if (!ui::ChartExport::isSupported(out))
        throw Error("the chart is written as .png, .svg or .pdf; '" + out.toStdString() + "' is none of them.", Error::Kind::Usage);
    const int months = values["months"].as<int>();
    if (months < 1 || months > 36)
        throw Error("--months must be between 1 and 36.", Error::Kind::Usage);
    if (kind == QLatin1String("trend") && (!values.count("npi") || *level != Level::Provider))
        throw Error("a trend chart is of one provider: give --npi (at the provider level).", Error::Kind::Usage);

    GuiApplication gui;
    const Store store = Store::openToRead(text(values, "db"));
    const MeasureEngine engine(store.db());
    const Measure& measure = engine.measure(text(values, "measure"));
    ChartOptions options;
    options.blinded = values.count("blinded") > 0;
    options.overdispersion = values.count("overdispersion") > 0;
    if (values.count("npi")) {
        const QString npi = text(values, "npi");
        const auto provider = std::find_if(engine.providers().begin(), engine.providers().end(),
                                           [&](const Provider& p) { return p.npi == npi; });
        if (provider == engine.providers().end())
            throw Error("There is no provider with NPI " + npi.toStdString() + " in '" + store.path().toStdString() + "'.",
                        Error::Kind::Usage);
        options.focal = *level == Level::Provider ? provider->id
                        : *level == Level::Practice ? provider->practiceId : provider->departmentId;
    }
    const MeasureEngine::Options compare{*level, text(values, "peers") == QLatin1String("all") ? PeerGroup::Everyone : PeerGroup::SameKind,
                                         values["min-denominator"].as<int>()};

    std::unique_ptr<QChart> chart;
    QJsonObject json;
    if (kind == QLatin1String("trend")) {
        const TrendChart data = trendChart(engine, store.db(), measure, *options.focal, *period, months, compare);
        chart.reset(ui::PeerChartFactory::trend(data));
        json = toJson(data);
    } else {
        const MeasureComparison comparison = engine.compare(measure, *period, window, compare);
        if (comparison.units.empty())
            throw Error("There are no results for " + measure.code.toStdString() + " in " +
                            windowRange(window, *period).toString().toStdString() + "; choose a period with data.",
                        Error::Kind::Usage);
        if (kind == QLatin1String("ranked")) {
            const auto targets = loadMeasureTargets(store.db(), period->year());
            const auto target = targets.find(measure.code);
            const RankedChart data =
                rankedChart(comparison, loadTierSchemes(store.db(), period->year()), options,
                            target == targets.end() ? std::nullopt : std::optional(target->second));
            chart.reset(ui::PeerChartFactory::ranked(data));
            json = toJson(data);
        } else {
            const FunnelChart data = funnelChart(comparison, options);
            chart.reset(ui::PeerChartFactory::funnel(data));
            json = toJson(data);
        }
    }
    ui::ChartExport::write(chart.get(), out, ui::PeerChartFactory::exportSize(chart.get(), ui::ChartExport::defaultSize));
    if (values.count("json"))
        writeJson(json, text(values, "json"));
    return ExitOk;
}

} // namespace aco::app
