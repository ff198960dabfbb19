#pragma once

#include "export/exportkinds.h"

#include <QString>

#include <functional>

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

// File > Export for a table view: asks for a file, takes `model` as shown (see tableFromModel)
// masked per maskPhiSetting(), writes it in the background with progress and Cancel, and records
// it in `store`'s export log as "table:<title>"; then `finished(written)` is called on the GUI
// thread. Errors are shown in a message box. Returns whether the writing started.
bool exportModel(QWidget* parent, Store& store, const QAbstractItemModel& model,
                 const QString& title, const std::function<void(bool written)>& finished = {});

// File > Export > (a kind of `aco-workbench export`): asks for a file, builds the export of
// `kind` (see exportKinds()) with `options` masked per maskPhiSetting(), then writes and records
// it as exportModel() does, logged under the kind's name.
bool exportKind(QWidget* parent, Store& store, const QString& kind, const QString& title,
                ExportOptions options, const std::function<void(bool written)>& finished = {});

} // namespace aco::ui
