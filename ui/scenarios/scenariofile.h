#pragma once

#include <QByteArray>
#include <QString>

namespace aco::ui {

// Writes an export through a temporary file renamed into place, so that it appears complete or
// not at all.
class ScenarioFile
{
  public:
    // Throws aco::Error naming the file and the reason when it cannot be written.
    static void write(const QString& path, const QByteArray& bytes);
};

} // namespace aco::ui
