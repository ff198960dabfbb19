#include "window.h"

#include "chartcommand.h"
#include "diagramcommand.h"
#include "fundsflowcommand.h"
#include "mainwindow.h"
#include "scorecardscommand.h"
#include "packetcommand.h"

#include <QApplication>
#include <QIcon>

namespace aco::app {

void addPaintingCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ScorecardsCommand>());
    commands.push_back(std::make_unique<DiagramCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
    commands.push_back(std::make_unique<FundsFlowCommand>());
    commands.push_back(std::make_unique<PacketCommand>());
}

int runWindow(int argc, char** argv, const std::string& database)
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("aco-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("ACO Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(ACO_VERSION));
    QApplication::setOrganizationName(QStringLiteral("ACO Workbench"));
    QApplication::setDesktopFileName(QStringLiteral("org.acoworkbench.AcoWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.acoworkbench.AcoWorkbench.svg")));

    ui::MainWindow window;
    window.show();
    if (!database.empty())
        window.openDatabase(QString::fromStdString(database));
    return QApplication::exec();
}

} // namespace aco::app
