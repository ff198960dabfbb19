#pragma once

#include <QString>
#include <QVariant>

#include <vector>

namespace aco {

// What a column of an exported table holds, which decides how its cells are written. Cells are
// QVariants of the type named here; an invalid (null) QVariant is an empty cell.
enum class ColumnType
{
    Text,    // QString
    Integer, // qint64 (or int)
    Cents,   // qint64 money in cents: CSV "1234.56", XLSX 1234.56 formatted $#,##0.00
    Percent, // double fraction (0.724): CSV "72.4%", XLSX 0.724 formatted 0.0%
    Decimal, // double: CSV "72.43", XLSX 72.43 formatted #,##0.00
    Date,    // QDate: CSV "2026-09-30", XLSX a date formatted yyyy-mm-dd
};

struct TableColumn
{
    QString title;
    ColumnType type = ColumnType::Text;
    // Holds patient names or MBIs: when masking, the builder masked it; when not, the export is
    // owner-only and logged as including patient data.
    bool patientData = false;
    int decimals = 2; // of a Decimal column (risk scores have 3)
};

// A format-independent table for export: a sheet's name, typed columns and rows of cells.
struct Table
{
    QString title;
    std::vector<TableColumn> columns;
    std::vector<std::vector<QVariant>> rows;

    bool hasPatientColumns() const;
    // A cell as CSV text, per its column's type (see ColumnType) and, for decimals, places.
    static QString csvText(const QVariant& value, ColumnType type, int decimals = 2);
};

} // namespace aco
