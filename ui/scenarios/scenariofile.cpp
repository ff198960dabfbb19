#include "scenariofile.h"

#include "error.h"

#include <QSaveFile>

namespace aco::ui {

void ScenarioFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error("'" + path.toStdString() + "' could not be written (" +
                    file.errorString().toStdString() + "); choose another place.");
}

} // namespace aco::ui
