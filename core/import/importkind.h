#pragma once

#include <QString>

#include <optional>
#include <span>

namespace aco {

// What an import file holds: one table of the ACO's data.
enum class ImportKind
{
    Practices,
    Providers,
    Beneficiaries,
    Results,
    Expenditures,
    CareGaps,
    Tiers,
    Departments,
    Years,
    Measures
};

// Every kind, in the order they can be imported into an empty file (a result names its measure
// and its provider, a provider its practice, and so on).
std::span<const ImportKind> importKinds();
// The name used on the command line and in the documentation: "providers", "care-gaps", ...
QString importKindName(ImportKind kind);
std::optional<ImportKind> parseImportKind(const QString& name);

// One column of an import file, as documented.
struct ImportColumn
{
    const char* name;
    const char* type; // text, code, NPI, MBI, date, month, integer, number, dollars, one of ...
    bool required;
    const char* rule; // what a value must be, in one sentence
};

std::span<const ImportColumn> importColumns(ImportKind kind);
// What importing the kind replaces in the file, and so what importing the same file twice does.
QString importReplaceRule(ImportKind kind);

} // namespace aco
