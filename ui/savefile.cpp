#include "savefile.h"

#include "error.h"

#include <QFile>
#include <QImage>
#include <QSaveFile>

namespace aco::ui {

void openSaveFile(QSaveFile& file, bool ownerOnly)
{
    if (!file.open(QIODevice::WriteOnly) ||
        (ownerOnly && !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)))
        throw Error(quoted(file.fileName()) + " cannot be written (" +
                    file.errorString().toStdString() + ").");
}

void commitSaveFile(QSaveFile& file)
{
    if (!file.commit())
        throw Error(quoted(file.fileName()) + " could not be saved (" +
                    file.errorString().toStdString() + ").");
}

void savePng(const QImage& image, const QString& path, const std::function<bool()>& keepGoing)
{
    QSaveFile file(path);
    openSaveFile(file);
    if (!image.save(&file, "PNG"))
        throw Error(quoted(path) + " could not be written as PNG.");
    if (keepGoing && !keepGoing()) {
        file.cancelWriting();
        throw Error("Saving " + quoted(path) + " was cancelled; it was left as it was.");
    }
    commitSaveFile(file);
}

} // namespace aco::ui
