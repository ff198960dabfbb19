#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace aco {
class Store;
}

namespace aco::ui {

// The window's "Mask patient names and MBIs in exports and printouts" setting (QSettings key
// privacy/maskPhi, off by default).
bool maskPhiSetting();
void setMaskPhiSetting(bool mask);

// Asks where to save an export, offering Excel workbook (.xlsx) and CSV; the chosen filter's
// extension is added when the name has neither. Empty when cancelled.
QString chooseExportPath(QWidget* parent, const QString& suggestedName);

// File > Export for a table view: asks for a file, writes `model` as shown (see tableFromModel)
// masked per maskPhiSetting(), and records it in `store`'s export log as "table:<title>". Errors
// are shown in a message box. Returns whether a file was written.
bool exportModel(QWidget* parent, Store& store, const QAbstractItemModel& model,
                 const QString& title);

} // namespace aco::ui
