#pragma once

#include <memory>

class QGuiApplication;

namespace aco::app {

// A Qt GUI application for commands that paint (PDF, PNG, SVG) without showing a window. Uses
// the offscreen platform when there is no display, so the commands work over SSH and in CI.
class GuiApplication
{
public:
    GuiApplication();
    ~GuiApplication();
    GuiApplication(const GuiApplication&) = delete;
    GuiApplication& operator=(const GuiApplication&) = delete;

private:
    std::unique_ptr<QGuiApplication> m_application;
};

} // namespace aco::app
