#include "export/exportfiledialog.h"

#include "error.h"
#include "export/exportlog.h"
#include "export/modeltable.h"
#include "store/store.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

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
                 const QString& title)
{
    const QString path = chooseExportPath(parent, title);
    if (path.isEmpty())
        return false;
    const bool mask = maskPhiSetting();
    try {
        const Table table = tableFromModel(model, title, mask);
        exportTable(store, table, QStringLiteral("table:") + title, path,
                    patientDataOf(table, mask));
    } catch (const Error& error) {
        QMessageBox::critical(parent, QObject::tr("Cannot Export"),
                              QString::fromStdString(error.what()));
        return false;
    }
    return true;
}

} // namespace aco::ui
