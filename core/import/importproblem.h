#pragma once

#include <QString>

namespace aco {

// Something wrong in an import file: where (1-based line, and 1-based column: the field's
// position in its record, as a spreadsheet numbers columns) and why, as a sentence that says how
// to fix it.
struct ImportProblem
{
    int line = 0;
    int column = 0;
    QString reason;
};

} // namespace aco
