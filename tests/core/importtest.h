#pragma once

#include "check.h"
#include "import/importer.h"
#include "smalldemotest.h"
#include "store/database.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace aco::test {

// The small demo ACO, with helpers to import CSV text into it and read the problems as
// "LINE:COLUMN: reason".
class ImportTest : public SmallDemoTest
{
protected:
    ImportReport import(ImportKind kind, const QByteArray& csv, bool dryRun = false)
    {
        return importCsv(m_store->db(), kind, std::string_view(csv.constData(), size_t(csv.size())),
                         QStringLiteral("in.csv"), dryRun);
    }
    static std::vector<std::string> problems(const ImportReport& report)
    {
        std::vector<std::string> lines;
        for (const ImportProblem& p : report.problems)
            lines.push_back(std::to_string(p.line) + ':' + std::to_string(p.column) + ": " +
                            p.reason.toStdString());
        return lines;
    }
    // The problems of importing `csv`, which must write nothing.
    std::vector<std::string> problemsOf(ImportKind kind, const QByteArray& csv)
    {
        const QString before = contentHash(m_store->db());
        const ImportReport report = import(kind, csv);
        EXPECT_FALSE(report.written);
        EXPECT_EQ(contentHash(m_store->db()), before);
        return problems(report);
    }
    QByteArray text(const char* sql) { return m_store->db().queryText(sql).toUtf8(); }
    std::int64_t count(const char* sql) { return m_store->db().queryInt64(sql); }
};

} // namespace aco::test
