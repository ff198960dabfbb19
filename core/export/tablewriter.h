#pragma once

#include "export/table.h"

#include <QString>

namespace aco {

enum class ExportFormat
{
    Csv,
    Xlsx
};

// The format a path asks for by its extension (.csv or .xlsx, any case); throws aco::Error of
// kind Usage naming the path otherwise.
ExportFormat exportFormatOf(const QString& path);

// Writes `table` to `path` as CSV (RFC 4180 through CsvWriter, a header row, then the rows) or
// as an Excel workbook (one sheet: a bold, frozen header row with a filter, number formats
// $#,##0.00, 0.0%, #,##0.00 (or the column's decimal places) and yyyy-mm-dd, columns sized to
// their contents). The file is written
// beside `path` and renamed over it, so it appears complete or not at all; `ownerOnly` makes it
// readable by its owner only (0600) from its creation, for files with patient data. Throws
// aco::Error naming the path when it cannot be written.
void writeTable(const Table& table, const QString& path, bool ownerOnly);
// The same in two steps, so that the slow one can run on another thread: writeTableBeside()
// writes the file under a hidden name beside `path` and returns that name; moveIntoPlace()
// renames it over `path` (removing it, and throwing aco::Error naming `path`, on failure).
QString writeTableBeside(const Table& table, const QString& path, bool ownerOnly);
void moveIntoPlace(const QString& written, const QString& path);

} // namespace aco
