#pragma once

#include <memory>

class QApplication;

namespace aco::app {

// A Qt application for commands that paint (PDF, PNG, SVG) without showing a window; a widgets
// application, because QtCharts draws through graphics widgets. Uses the offscreen platform when
// there is no display, so the commands work over SSH and in CI.
class GuiApplication
{
public:
    GuiApplication();
    ~GuiApplication();
    GuiApplication(const GuiApplication&) = delete;
    GuiApplication& operator=(const GuiApplication&) = delete;

private:
    std::unique_ptr<QApplication> m_application;
};

} // namespace aco::app
