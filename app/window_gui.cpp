#include "window.h"

#include "chartcommand.h"
#include "diagramcommand.h"
#include "fundsflowcommand.h"
#include "mainwindow.h"
#include "scorecardscommand.h"
#include "packetcommand.h"
#include "guiapplication.h"
#include "scenarios/scenarioreport.h"
#include "simulatecommand.h"

#include <QApplication>
#include <QIcon>

// The icon is compiled into aco_ui, a static library: its resources are registered only when
// asked for, or the linker leaves them out. Q_INIT_RESOURCE must be used outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace aco::app {

void addPaintingCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ScorecardsCommand>());
    commands.push_back(std::make_unique<DiagramCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<FundsFlowCommand>());
    commands.push_back(std::make_unique<PacketCommand>());
    // `simulate --out FILE.pdf`: the command is built without painting; this build can paint.
    for (auto& command : commands)
        if (auto* simulate = dynamic_cast<SimulateCommand*>(command.get()))
            simulate->setPdfWriter([](const SimulationResult& result) {
                GuiApplication gui; // fonts and PDF painting need one, offscreen if no display
                return ui::ScenarioReport(result.scenario, result.allocation, result.monteCarlo, result.acoName)
                    .pdf();
            });
}

int runWindow(int argc, char** argv, const std::string& database)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aco-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ACO Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ACO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ACO Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.acoworkbench.AcoWorkbench"));
    initUiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.acoworkbench.AcoWorkbench.svg")));

    ui::MainWindow window;
    window.show();
    if (!database.empty())
        window.openDatabase(QString::fromStdString(database));
    else
        window.restoreLastDatabase();
    return QApplication::exec();
}

} // namespace aco::app
