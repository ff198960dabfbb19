// Creating a new ACO file from its CSV extracts: all or nothing, in the order the kinds need.
#include "error.h"
#include "import/newaco.h"
#include "organisation.h"
#include "store/store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>
#include <string>

using namespace aco;

namespace {

class NewAcoTest : public ::testing::Test
{
  protected:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    // Writes `csv` to KIND.csv in the test's folder and returns a file of `kind` naming it.
    NewAco::File file(ImportKind kind, const QByteArray& csv) const
    {
        const QString csvPath = path(importKindName(kind) + QStringLiteral(".csv"));
        test::writeFile(csvPath, csv);
        return {kind, csvPath};
    }
    // Riverside's extracts (test::writeRiversideExtracts), given out of order: results first,
    // practices last.
    NewAco riverside() const
    {
        test::writeRiversideExtracts(m_dir.path());
        NewAco aco;
        aco.acoId = QStringLiteral("A1234");
        aco.name = QStringLiteral("  Riverside Care Partners  ");
        for (ImportKind kind :
             {ImportKind::Results, ImportKind::Expenditures, ImportKind::Beneficiaries,
              ImportKind::Providers, ImportKind::Departments, ImportKind::Practices})
            aco.files.push_back({kind, path(importKindName(kind) + QStringLiteral(".csv"))});
        return aco;
    }
    // Temporary files and locks left in the test's folder.
    QStringList leftovers() const
    {
        QStringList left;
        for (const QString& name :
             QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot))
            if (name.contains(QStringLiteral("partial")) || name.endsWith(QStringLiteral(".lock")))
                left << name;
        return left;
    }
    std::int64_t count(const Store& store, const char* table) const
    {
        return store.db().queryInt64("SELECT count(*) FROM " + std::string(table));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(NewAcoTest, CreatesTheFileFromEveryExtractInTheOrderTheyNeed)
{
    std::vector<int> progress;
    const NewAcoReport report =
        createAcoFile(path(QStringLiteral("riverside.aco")), riverside(), false, [&](int percent, const QString&) {
            progress.push_back(percent);
            return true;
        });
    ASSERT_TRUE(report.created);
    ASSERT_EQ(report.imports.size(), 6U);
    const std::vector<ImportKind> order = {ImportKind::Practices, ImportKind::Departments,
                                           ImportKind::Providers, ImportKind::Beneficiaries,
                                           ImportKind::Results,   ImportKind::Expenditures};
    const std::vector<std::int64_t> rows = {2, 1, 3, 2, 3, 1};
    for (size_t i = 0; i < order.size(); ++i) {
        EXPECT_EQ(report.imports[i].file.kind, order[i]) << i;
        EXPECT_EQ(report.imports[i].report.rows, rows[i]) << i;
        EXPECT_TRUE(report.imports[i].report.written) << i;
    }
    ASSERT_FALSE(progress.empty());
    EXPECT_EQ(progress.back(), 100);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));

    const Store store = Store::openReadOnly(path(QStringLiteral("riverside.aco")));
    const auto aco = loadAcoInfo(store.db());
    ASSERT_TRUE(aco);
    EXPECT_EQ(aco->acoId, QStringLiteral("A1234"));
    EXPECT_EQ(aco->name, QStringLiteral("Riverside Care Partners"));
    // The latest month of data is September 2026's results.
    EXPECT_EQ(aco->dataAsOf, QStringLiteral("2026-09-30"));
    EXPECT_EQ(count(store, "practice"), 2);
    EXPECT_EQ(count(store, "department"), 1);
    EXPECT_EQ(count(store, "provider"), 3);
    EXPECT_EQ(count(store, "beneficiary"), 2);
    EXPECT_EQ(count(store, "measure_result"), 3);
    EXPECT_EQ(count(store, "expenditure"), 1);
    // The standard catalogue: the toolkit's 13 Table 1 measures and meeting attendance, with no
    // illustrative benchmarks in a real ACO's file.
    EXPECT_EQ(count(store, "measure"), 14);
    EXPECT_EQ(store.db().queryInt64("SELECT count(*) FROM measure WHERE benchmark IS NOT NULL"), 0);
    EXPECT_EQ(store.db().queryText("SELECT name FROM measure WHERE code = 'AWV'"),
              QStringLiteral("Annual wellness visits"));
    EXPECT_EQ(store.db().queryInt64("SELECT sum(numerator) FROM measure_result"), 95);
    EXPECT_EQ(store.db().queryInt64("SELECT expenditure_cents FROM expenditure"), 210050);
    EXPECT_EQ(leftovers(), QStringList());
}

TEST_F(NewAcoTest, WithoutDataTheDataAsOfDateIsToday)
{
    NewAco aco = riverside();
    aco.files.clear();
    ASSERT_TRUE(createAcoFile(path(QStringLiteral("empty.aco")), aco, false).created);
    const Store store = Store::openReadOnly(path(QStringLiteral("empty.aco")));
    EXPECT_EQ(loadAcoInfo(store.db())->dataAsOf, QDate::currentDate().toString(Qt::ISODate));
    EXPECT_EQ(count(store, "provider"), 0);
}

TEST_F(NewAcoTest, AProblemInOneExtractCreatesNothingAndNamesIt)
{
    NewAco aco = riverside();
    // The cardiologist's practice is not in the practices file.
    aco.files[3] = file(ImportKind::Providers,
                        "npi,last_name,first_name,specialty,kind,employment,practice_code,"
                        "active_from\n"
                        "1234567893,Lee,Ann,Family Medicine,primary_care,employed,RV1,2020-01-01\n"
                        "1003000126,Ortiz,Cy,Cardiology,specialist,independent,RV9,2022-01-01\n");
    const NewAcoReport report = createAcoFile(path(QStringLiteral("riverside.aco")), aco, false);
    EXPECT_FALSE(report.created);
    ASSERT_EQ(report.imports.size(), 3U); // practices, departments, then the providers stop it
    const NewAcoReport::Import& failed = report.imports.back();
    EXPECT_EQ(failed.file.kind, ImportKind::Providers);
    ASSERT_EQ(failed.report.problems.size(), 1U);
    EXPECT_EQ(failed.report.problems[0].line, 3);
    EXPECT_EQ(failed.report.problems[0].column, 7);
    EXPECT_EQ(failed.report.problems[0].reason,
              QStringLiteral("practice_code \"RV9\" is not a practice of this ACO; import the "
                             "practices first"));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("riverside.aco"))));
    EXPECT_EQ(leftovers(), QStringList());
}

TEST_F(NewAcoTest, AnExistingFileIsReplacedOnlyWhenAskedAndOnlyBySuccess)
{
    const QString target = path(QStringLiteral("riverside.aco"));
    {
        QFile old(target);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("an older file");
    }
    try {
        createAcoFile(target, riverside(), false);
        FAIL() << "an existing file was replaced without being asked";
    } catch (const Error& error) {
        EXPECT_EQ(error.what(),
                  "'" + target.toStdString() + "' already exists and was left unchanged.");
    }
    NewAco bad = riverside();
    bad.files[0] = file(ImportKind::Results, "measure_code,period,npi,numerator,denominator\n"
                                             "NOPE,2026-09,1234567893,1,2\n");
    EXPECT_FALSE(createAcoFile(target, bad, true).created);
    QFile kept(target);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("an older file"));
    kept.close();
    EXPECT_TRUE(createAcoFile(target, riverside(), true).created);
    EXPECT_EQ(loadAcoInfo(Store::openReadOnly(target).db())->acoId, QStringLiteral("A1234"));
}

TEST_F(NewAcoTest, CancellingCreatesNothing)
{
    int calls = 0;
    EXPECT_THROW(createAcoFile(path(QStringLiteral("riverside.aco")), riverside(), false,
                               [&](int, const QString&) { return ++calls < 3; }),
                 Error);
    EXPECT_GE(calls, 3);
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("riverside.aco"))));
    EXPECT_EQ(leftovers(), QStringList());
}

TEST_F(NewAcoTest, WithoutTheStandardMeasuresResultsNeedTheirMeasuresFirst)
{
    NewAco aco = riverside();
    aco.standardMeasures = false;
    const NewAcoReport report = createAcoFile(path(QStringLiteral("riverside.aco")), aco, false);
    EXPECT_FALSE(report.created);
    EXPECT_EQ(report.imports.back().file.kind, ImportKind::Results);
    EXPECT_EQ(report.imports.back().report.problems.size(), 3U);
}

TEST_F(NewAcoTest, TheIdentityAndTheFilesAreCheckedFirst)
{
    const auto message = [&](const NewAco& aco) -> std::string {
        try {
            createAcoFile(path(QStringLiteral("x.aco")), aco, false);
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), Error::Kind::Usage);
            return error.what();
        }
        return "no error";
    };
    NewAco aco = riverside();
    aco.acoId = QStringLiteral("a12345");
    EXPECT_EQ(message(aco), "the ACO ID 'a12345' is not CMS's form of an ACO identifier; write "
                            "the letter A and four digits, as in A1234.");
    aco = riverside();
    aco.name = QStringLiteral("  ");
    EXPECT_EQ(message(aco), "the ACO has no name; give the name it has with CMS.");
    aco = riverside();
    aco.files.push_back(aco.files.front());
    EXPECT_EQ(message(aco), "two files of results were given; give one file of each kind.");
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("x.aco"))));
}

// docs/import.md marks some columns optional: a file of every kind with only its required
// columns imports, and the optional ones take their documented defaults.
TEST_F(NewAcoTest, EveryKindImportsWithOnlyItsRequiredColumns)
{
    // One valid value per required column, by kind (NPI and MBI from CMS's examples).
    const std::map<ImportKind, std::map<std::string, std::string>> values = {
        {ImportKind::Years,
         {{"year", "2026"}, {"track", "BASIC_E"}, {"agreement_start_year", "2024"},
          {"agreement_year", "3"}, {"assigned_beneficiaries", "6000"},
          {"benchmark_per_capita", "12000.00"}}},
        {ImportKind::Measures,
         {{"code", "AWV"}, {"name", "Annual wellness visits"}, {"domain", "quality"},
          {"direction", "higher"}, {"unit", "percent"}}},
        {ImportKind::Practices, {{"code", "PR1"}, {"name", "Main Street"}}},
        {ImportKind::Departments, {{"code", "FM"}, {"name", "Family Medicine"}}},
        {ImportKind::Providers,
         {{"npi", "1234567893"}, {"last_name", "Lee"}, {"first_name", "Ann"},
          {"specialty", "Family Medicine"}, {"kind", "primary_care"}, {"employment", "employed"},
          {"practice_code", "PR1"}, {"active_from", "2024-01-01"}}},
        {ImportKind::Beneficiaries,
         {{"mbi", "1EG4TE5MK73"}, {"last_name", "Roe"}, {"first_name", "Jo"},
          {"birth_date", "1950-05-01"}, {"sex", "F"}, {"risk_score", "1.2"}}},
        {ImportKind::Results,
         {{"measure_code", "AWV"}, {"period", "2026-03"}, {"npi", "1234567893"},
          {"numerator", "3"}, {"denominator", "4"}}},
        {ImportKind::Expenditures,
         {{"period", "2026-03"}, {"beneficiary_months", "500"}, {"expenditure", "500000.00"},
          {"benchmark", "510000.00"}}},
        {ImportKind::CareGaps,
         {{"mbi", "1EG4TE5MK73"}, {"description", "Annual wellness visit"},
          {"due_date", "2026-06-30"}}},
        {ImportKind::Tiers,
         {{"measure_code", "AWV"}, {"year", "2026"}, {"baseline", "40"}, {"better", "50"},
          {"best", "60"}, {"extra_credit", "70"}}},
    };
    NewAco aco;
    aco.acoId = QStringLiteral("A1234");
    aco.name = QStringLiteral("Required Only ACO");
    aco.standardMeasures = false;
    for (const ImportKind kind : importKinds()) {
        ASSERT_TRUE(values.contains(kind)) << importKindName(kind).toStdString();
        QStringList header;
        QStringList row;
        for (const ImportColumn& column : importColumns(kind)) {
            if (!column.required)
                continue;
            const auto value = values.at(kind).find(column.name);
            ASSERT_NE(value, values.at(kind).end()) << column.name;
            header << QString::fromLatin1(column.name);
            row << QString::fromStdString(value->second);
        }
        aco.files.push_back(file(kind, (header.join(QLatin1Char(',')) + QLatin1Char('\n') +
                                      row.join(QLatin1Char(',')) + QLatin1Char('\n'))
                                         .toUtf8()));
    }

    const NewAcoReport report = createAcoFile(path(QStringLiteral("required.aco")), aco, false);
    ASSERT_TRUE(report.created) << report.imports.back().report.problems.front().reason.toStdString();
    ASSERT_EQ(report.imports.size(), importKinds().size());
    for (const NewAcoReport::Import& i : report.imports)
        EXPECT_EQ(i.report.rows, 1) << importKindName(i.file.kind).toStdString();

    const Store store = Store::openReadOnly(path(QStringLiteral("required.aco")));
    const Database& db = store.db();
    EXPECT_EQ(db.queryText("SELECT coalesce(aco_number, 'none') || '|' || description || '|' || "
                           "coalesce(benchmark, 'none') || '|' || benchmark_label || '|' || "
                           "denominator_kind FROM measure"),
              QStringLiteral("none||none||events"));
    EXPECT_EQ(db.queryText("SELECT coalesce(msr, 'none') || '|' || coalesce(quality_score, "
                           "'none') || '|' || low_revenue FROM performance_year"),
              QStringLiteral("none|none|1"));
    EXPECT_EQ(db.queryText("SELECT city FROM practice"), QString());
    EXPECT_EQ(db.queryText("SELECT credential || '|' || coalesce(department_id, 'none') || '|' || "
                           "coalesce(active_to, 'none') FROM provider"),
              QStringLiteral("|none|none"));
    EXPECT_EQ(db.queryText("SELECT coalesce(provider_id, 'none') FROM beneficiary"),
              QStringLiteral("none"));
    EXPECT_EQ(db.queryText("SELECT coalesce(measure_id, 'none') || '|' || "
                           "coalesce(closed_date, 'open') FROM care_gap"),
              QStringLiteral("none|open"));
    // The toolkit's payouts: 20, 50, 75 and 100%.
    EXPECT_EQ(db.queryText("SELECT payout_baseline || '|' || payout_better || '|' || payout_best "
                           "|| '|' || payout_extra_credit FROM tier_scheme"),
              QStringLiteral("0.2|0.5|0.75|1.0"));
}
