#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace aco::ui {

// Runs long work off the GUI thread behind a window-modal progress dialog with Cancel, then
// reports back on the GUI thread. The work receives a `report` function to call as it goes; when
// that returns false (Cancel was pressed) the work must stop, typically by throwing aco::Error.
class BackgroundTask
{
public:
    using Report = std::function<bool(int value, const QString& label)>;
    using Work = std::function<void(const Report& report)>;
    // `failure` is the aco::Error's message, empty on success; `cancelled` when the work stopped
    // because the user cancelled it (work that finished, or failed, despite a late Cancel reports
    // that instead).
    using Finished = std::function<void(const QString& failure, bool cancelled)>;

    static void run(QWidget* parent, const QString& label, int maximum, Work work, Finished finished);
};

} // namespace aco::ui
