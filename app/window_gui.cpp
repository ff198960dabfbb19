#include "window.h"

#include "diagramcommand.h"
#include "mainwindow.h"
#include "chartcommand.h"
#include "scorecardscommand.h"

#include <QApplication>
#include <QIcon>

namespace aco::app {

void addPaintingCommands(std::vector<std::unique_ptr<Command>>& commands)
{
    commands.push_back(std::make_unique<ScorecardsCommand>());
    commands.push_back(std::make_unique<DiagramCommand>());
    commands.push_back(std::make_unique<ChartCommand>());
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
    else
        window.restoreLastDatabase();
    return QApplication::exec();
}

} // namespace aco::app
