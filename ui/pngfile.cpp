#include "pngfile.h"

#include "error.h"

#include <QImage>
#include <QSaveFile>

namespace aco::ui {

void savePng(const QImage& image, const QString& path, const std::function<bool()>& keepGoing)
{
    const std::string quoted = "'" + path.toStdString() + "'";
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(quoted + " cannot be written (" + file.errorString().toStdString() + ").");
    if (!image.save(&file, "PNG"))
        throw Error(quoted + " could not be written as PNG.");
    if (keepGoing && !keepGoing()) {
        file.cancelWriting();
        throw Error("Saving " + quoted + " was cancelled; it was left as it was.");
    }
    if (!file.commit())
        throw Error(quoted + " could not be saved (" + file.errorString().toStdString() + ").");
}

} // namespace aco::ui
