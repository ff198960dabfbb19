#include "import/newaco.h"

#include "error.h"
#include "measures/standardmeasures.h"
#include "store/newfile.h"
#include "store/store.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

namespace aco {

namespace {

void checkIdentity(const NewAco& aco)
{
    static const QRegularExpression acoIdPattern(QStringLiteral("^A[0-9]{4}$"));
    if (!acoIdPattern.match(aco.acoId).hasMatch())
        throw Error("the ACO ID '" + aco.acoId.toStdString() +
                        "' is not CMS's form of an ACO identifier; write the letter A and four "
                        "digits, as in A1234.",
                    Error::Kind::Usage);
    if (aco.name.trimmed().isEmpty())
        throw Error("the ACO has no name; give the name it has with CMS.", Error::Kind::Usage);
}

// The files in the order they can be imported into an empty file.
std::vector<NewAco::File> inImportOrder(const std::vector<NewAco::File>& files)
{
    std::vector<NewAco::File> ordered;
    for (ImportKind kind : importKinds()) {
        const auto count = std::count_if(files.begin(), files.end(),
                                         [&](const NewAco::File& f) { return f.kind == kind; });
        if (count > 1)
            throw Error("two files of " + importKindName(kind).toStdString() +
                            " were given; give one file of each kind.",
                        Error::Kind::Usage);
        for (const NewAco::File& f : files)
            if (f.kind == kind)
                ordered.push_back(f);
    }
    return ordered;
}

} // namespace

NewAcoReport createAcoFile(const QString& path, const NewAco& aco, bool replace,
                           const ImportProgress& progress)
{
    checkIdentity(aco);
    const std::vector<NewAco::File> files = inImportOrder(aco.files);
    NewAcoReport report;
    report.created = buildNewFile(path, replace, "the new ACO", [&](Store& store) {
        Database& db = store.db();
        {
            // No data-as-of date yet: importing results or expenditures sets it.
            Transaction transaction(db);
            db.prepare("INSERT INTO aco (id, aco_id, name, data_as_of) VALUES (1, ?1, ?2, '')")
                .bind(1, aco.acoId)
                .bind(2, aco.name.trimmed())
                .run();
            if (aco.standardMeasures)
                writeStandardMeasures(db, false);
            transaction.commit();
        }
        const auto count = static_cast<int>(files.size());
        for (int i = 0; i < count; ++i) {
            if (progress && !progress(i * 100 / count, QStringLiteral("Checking and writing the extracts")))
                throw Error("Creating '" + path.toStdString() +
                            "' was cancelled; nothing was written.");
            const ImportProgress fileProgress = [&](int percent, const QString& step) {
                return !progress || progress((i * 100 + percent) / count, step);
            };
            report.imports.push_back(
                {files[i], importCsvFile(db, files[i].kind, files[i].path, false, fileProgress)});
            if (!report.imports.back().report.ok())
                return false;
        }
        db.prepare("UPDATE aco SET data_as_of = ?1 WHERE id = 1 AND data_as_of = ''")
            .bind(1, QDate::currentDate().toString(Qt::ISODate))
            .run();
        return true;
    });
    if (progress && report.created)
        progress(100, QStringLiteral("Checking and writing the extracts"));
    return report;
}

} // namespace aco
