#include "export/exportfiledialog.h"

#include "backgroundtask.h"
#include "error.h"
#include "export/exportkinds.h"
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

namespace {

// Writes `table` to `path` in the background with progress and Cancel, then records it in the
// export log as `kind`. Errors are shown in a message box.
void writeInBackground(QWidget* parent, Store& store, std::shared_ptr<const Table> table,
                       const QString& kind, const QString& path, PatientData data,
                       const std::function<void(bool written)>& finished)
{
    const auto cannotExport = [parent](const QString& why) {
        QMessageBox::critical(parent, QObject::tr("Cannot Export"), why);
    };
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
                    placeExport(store, *written, kind, path, static_cast<int>(table->rows.size()),
                                data);
                    placed = true;
                } catch (const Error& error) {
                    cannotExport(QString::fromStdString(error.what()));
                }
            }
            if (finished)
                finished(placed);
        });
}

// Checks that `path` and `table` may be written, then writes in the background.
bool startExport(QWidget* parent, Store& store, const std::function<Table()>& build,
                 const QString& kind, const QString& path, bool mask,
                 const std::function<void(bool written)>& finished)
{
    try {
        exportFormatOf(path);
        auto table = std::make_shared<const Table>(build());
        const PatientData data = patientDataOf(*table, mask);
        checkExportAllowed(store, data);
        writeInBackground(parent, store, table, kind, path, data, finished);
    } catch (const Error& error) {
        QMessageBox::critical(parent, QObject::tr("Cannot Export"),
                              QString::fromStdString(error.what()));
        return false;
    }
    return true;
}

} // namespace

bool exportModel(QWidget* parent, Store& store, const QAbstractItemModel& model,
                 const QString& title, const std::function<void(bool written)>& finished)
{
    const QString path = chooseExportPath(parent, title);
    if (path.isEmpty())
        return false;
    const bool mask = maskPhiSetting();
    // The model is read here, on the GUI thread; the file is written on another.
    return startExport(
        parent, store, [&] { return tableFromModel(model, title, mask); },
        QStringLiteral("table:") + title, path, mask, finished);
}

bool exportKind(QWidget* parent, Store& store, const QString& kind, const QString& title,
                ExportOptions options, const std::function<void(bool written)>& finished)
{
    const QString path = chooseExportPath(parent, title);
    if (path.isEmpty())
        return false;
    options.maskPhi = maskPhiSetting();
    // Read on the GUI thread, as the file is the window's connection; written on another.
    return startExport(
        parent, store, [&] { return buildExport(store.db(), kind, options); }, kind, path,
        options.maskPhi, finished);
}

} // namespace aco::ui
