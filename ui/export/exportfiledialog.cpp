#include "export/exportfiledialog.h"

#include "backgroundtask.h"
#include "error.h"
#include "export/exportlog.h"
#include "export/modeltable.h"
#include "export/tablewriter.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace aco::ui {

namespace {

const QString maskKey = QStringLiteral("privacy/maskPhi");

} // namespace

bool maskPhiSetting()
{
    return QSettings().value(maskKey, false).toBool();
}

void setMaskPhiSetting(bool mask)
{
    QSettings().setValue(maskKey, mask);
}

QString chooseExportPath(QWidget* parent, const QString& suggestedName)
{
    const QString xlsx = QObject::tr("Excel workbook (*.xlsx)");
    const QString csv = QObject::tr("CSV (*.csv)");
    QString filter = xlsx;
    QString path =
        QFileDialog::getSaveFileName(parent, QObject::tr("Export"),
                                     QDir::home().filePath(suggestedName + QStringLiteral(".xlsx")),
                                     xlsx + QStringLiteral(";;") + csv, &filter);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive) &&
        !path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    return path;
}

bool exportModel(QWidget* parent, Store& store, const QAbstractItemModel& model,
                 const QString& title, const std::function<void(bool written)>& finished)
{
    const QString path = chooseExportPath(parent, title);
    if (path.isEmpty())
        return false;
    const auto cannotExport = [parent](const QString& why) {
        QMessageBox::critical(parent, QObject::tr("Cannot Export"), why);
    };
    const bool mask = maskPhiSetting();
    try {
        // The model is read here, on the GUI thread; the file is written on another.
        auto table = std::make_shared<const Table>(tableFromModel(model, title, mask));
        const PatientData data = patientDataOf(*table, mask);
        exportFormatOf(path);
        checkExportAllowed(store, data);
        auto written = std::make_shared<QString>();
        BackgroundTask::run(
            parent, QObject::tr("Exporting to %1...").arg(QFileInfo(path).fileName()), 0,
            [table, path, data, written](const BackgroundTask::Report&) {
                *written = writeTableBeside(*table, path, data == PatientData::Included);
            },
            [=, &store](const QString& failure, bool cancelled) {
                bool placed = false;
                if (cancelled) {
                    if (!written->isEmpty())
                        QFile::remove(*written); // `path` stays as it was
                } else if (!failure.isEmpty()) {
                    cannotExport(failure);
                } else {
                    try {
                        placeExport(store, *written, QStringLiteral("table:") + title, path,
                                    static_cast<int>(table->rows.size()), data);
                        placed = true;
                    } catch (const Error& error) {
                        cannotExport(QString::fromStdString(error.what()));
                    }
                }
                if (finished)
                    finished(placed);
            });
    } catch (const Error& error) {
        cannotExport(QString::fromStdString(error.what()));
        return false;
    }
    return true;
}

} // namespace aco::ui
