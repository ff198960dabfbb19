#pragma once

#include "export/table.h"

#include <QString>
#include <Qt>

class QAbstractItemModel;

namespace aco::ui {

// Roles a model may answer on its horizontal header to steer export:
// the column's aco::ColumnType as an int (otherwise inferred from the first non-empty cell:
// integers, floating point numbers, dates, else text);
constexpr int ExportColumnTypeRole = Qt::UserRole + 100;
// true for a column of patient names, MBIs or birth dates;
constexpr int PatientDataRole = Qt::UserRole + 101;
// and on a patient cell: what to export when masking (initials, the MBI's last four). A patient
// cell without it is left empty when masking.
constexpr int MaskedTextRole = Qt::UserRole + 102;

// The rows and columns of `model` as they are shown (a proxy's sorting and filtering included),
// cell values read as Qt::EditRole, else Qt::DisplayRole, so that numbers stay numbers.
Table tableFromModel(const QAbstractItemModel& model, const QString& title, bool maskPhi);

} // namespace aco::ui
