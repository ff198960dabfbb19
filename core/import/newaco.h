#pragma once

#include "import/importer.h"
#include "import/importkind.h"

#include <QString>

#include <vector>

namespace aco {

// A new ACO's file, made from its CSV extracts.
struct NewAco
{
    struct File
    {
        ImportKind kind;
        QString path;
    };

    QString acoId; // CMS's ACO identifier: "A" and four digits
    QString name;
    // Whether the file starts with the standard measure catalogue (writeStandardMeasures), so
    // that results and tiers can name its codes; leave it out to import every measure.
    bool standardMeasures = true;
    std::vector<File> files; // at most one per kind, in any order
};

// What creating the file did: each file's import report in the order imported. When one has
// problems it is the last one, and the file was not created.
struct NewAcoReport
{
    struct Import
    {
        NewAco::File file;
        ImportReport report;
    };

    std::vector<Import> imports;
    bool created = false;
};

// Creates the ACO file `path` with the ACO's identity and imports its extracts into it in the
// order importKinds() gives (practices before providers, ...), each checked as `aco-workbench
// import` checks it. The file appears only when every extract imported without a problem: a
// problem, an error or a cancel (`progress`, 0-100 over all the files, returning false) leaves
// `path` as it was. An existing file is replaced only when `replace` is true. Its data-as-of date
// is the last day of the latest month of results or expenditures imported (updateDataAsOf),
// else today.
// A wrong identifier, an empty name or two files of one kind throw aco::Error (usage).
NewAcoReport createAcoFile(const QString& path, const NewAco& aco, bool replace,
                           const ImportProgress& progress = {});

} // namespace aco
