#include "guiapplication.h"

#include <QDir>
#include <QFile>
#include <QApplication>

#include <unistd.h>

namespace aco::app {

namespace {
int argc = 1;
char name[] = "aco-workbench";
char* argv[] = {name, nullptr};
} // namespace

GuiApplication::GuiApplication()
{
    if (!QGuiApplication::instance()) {
        const bool display = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
        if (!display && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session there is no runtime folder; Qt would warn on stderr and then
        // use this same private folder, so make it quietly.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QStringLiteral("/tmp/runtime-%1").arg(getuid());
            if (QDir().mkpath(runtime) && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
        }
        m_application = std::make_unique<QApplication>(argc, argv);
    }
}

GuiApplication::~GuiApplication() = default;

} // namespace aco::app
