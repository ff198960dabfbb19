#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace aco::test {

// With ACO_SCREENSHOT_DIR set, saves what the widget looks like as NAME there: for the user
// guide and for looking at the window as a person would.
inline void screenshot(QWidget& widget, const QString& name)
{
    const QString folder = qEnvironmentVariable("ACO_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget.grab().save(QDir(folder).filePath(name));
}

} // namespace aco::test
