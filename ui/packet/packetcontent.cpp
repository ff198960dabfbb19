#include "packetcontent.h"

#include "diagrams/diagramrepository.h"
#include "error.h"
#include "measures/measureengine.h"
#include "mssp/msspyear.h"
#include "scenarios/montecarlo.h"
#include "scenarios/scenariobasis.h"
#include "scenarios/scenariostore.h"
#include "store/database.h"

#include <algorithm>

namespace aco::ui {

namespace {

ScenarioSummary summarise(const Scenario& scenario, const ScenarioBasis& basis)
{
    ScenarioSummary summary;
    summary.name = scenario.name;
    summary.scenario = scenario;
    summary.allocation = Allocator(scenario, basis).allocate(scenarioEarnedCents(scenario, basis));
    summary.recipients = static_cast<int>(summary.allocation.recipients.size());
    summary.paidRecipients = summary.allocation.paidCount();
    for (const RecipientAllocation& r : summary.allocation.recipients)
        summary.paidCents += r.paymentCents;
    return summary;
}

} // namespace

PacketContent PacketContent::load(Database& db, const PacketRequest& request)
{
    PacketContent content;
    content.request = request;
    const std::vector<int> years = performanceYears(db);
    if (std::find(years.begin(), years.end(), request.year) == years.end()) {
        QStringList known;
        for (int year : years)
            known.prepend(QString::number(year));
        throw Error("'" + db.path().toStdString() + "' has no performance year " +
                        std::to_string(request.year) + "; it has " +
                        (known.isEmpty() ? std::string("none")
                                         : known.join(QStringLiteral(", ")).toStdString()) +
                        ".",
                    Error::Kind::Usage);
    }
    // Scenarios first: an unknown name is refused before the rest is read.
    const ScenarioStore scenarios(db);
    std::vector<Scenario> chosen;
    for (const QString& name : request.scenarios) {
        Scenario scenario = scenarios.load(name);
        scenario.name = name;
        chosen.push_back(std::move(scenario));
    }

    DashboardRequest dashboard;
    dashboard.year = request.year;
    dashboard.period = request.period;
    dashboard.window = request.window;
    content.dashboard = computeDashboard(db, dashboard);
    content.measures = loadMeasures(db);
    content.targets = loadMeasureTargets(db, request.year);

    content.diagram = DiagramRepository(db).load(request.year);
    if (content.diagram) {
        const MeasureEngine engine(db);
        content.diagramMetrics =
            computeMetrics(engine, *content.diagram, request.period, request.window);
        content.diagramCaption = metricsCaption(request.period, request.window);
    }
    std::vector<ScenarioBasis> bases;
    for (const Scenario& scenario : chosen) {
        bases.push_back(loadScenarioBasis(db, scenario, request.period)); // as of the packet
        content.scenarios.push_back(summarise(scenario, bases.back()));
    }
    if (content.scenarios.size() >= 2) {
        std::vector<ComparedAllocation> compared;
        for (size_t s = 0; s < content.scenarios.size() && s < maxCompared; ++s)
            compared.push_back(
                {content.scenarios[s].scenario, bases[s], content.scenarios[s].allocation});
        content.comparison = compareScenarios(compared);
    }
    return content;
}

} // namespace aco::ui
