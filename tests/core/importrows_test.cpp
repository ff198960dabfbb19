// The checks every kind shares: header, field counts, CSV syntax, and each type of value.
#include "importtest.h"

using namespace aco;
using Problems = std::vector<std::string>;

namespace {

class ImportRows : public test::ImportTest
{
};

} // namespace

TEST_F(ImportRows, AnEmptyFileNamesTheColumnsItNeeds)
{
    EXPECT_EQ(problemsOf(ImportKind::Practices, ""),
              Problems{"1:1: the file is empty; its first line must name the columns of a "
                       "practices file: code,name,city"});
    EXPECT_EQ(problemsOf(ImportKind::Practices, "\xEF\xBB\xBF\r\n"),
              Problems{"1:1: the file is empty; its first line must name the columns of a "
                       "practices file: code,name,city"});
}

TEST_F(ImportRows, HeaderProblemsAreAllListed)
{
    EXPECT_EQ(problemsOf(ImportKind::Practices, "code,nom,code\nPR9,x,PR9\n"),
              (Problems{"1:2: unknown column \"nom\"; the columns of a practices file are "
                        "code,name,city",
                        "1:3: column \"code\" appears twice; remove one",
                        "1:4: the header has no column \"name\", which a practices file must "
                        "have; add it"}));
}

TEST_F(ImportRows, ColumnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut)
{
    const ImportReport report = import(ImportKind::Practices, "name,code\nNew Clinic,PR900\n");
    EXPECT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(text("SELECT name || '|' || city FROM practice WHERE code = 'PR900'"), "New Clinic|");
}

TEST_F(ImportRows, ARowWithTheWrongNumberOfFieldsIsReported)
{
    EXPECT_EQ(problemsOf(ImportKind::Practices, "code,name\nPR9,A,extra\nPR8\nPR7,fine\n"),
              (Problems{"2:3: the row has 3 fields where the header has 2; quote a field that "
                        "holds a comma",
                        "3:2: the row has 1 field where the header has 2; quote a field that "
                        "holds a comma"}));
}

TEST_F(ImportRows, CsvSyntaxProblemsHaveLineAndColumn)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Practices,
                   "code,name,city\nPR9,x\"y,z\nPR8,\"a\"b,z\nPR7,\"Caf\xE9\",z\nPR6,z,\"open\n"),
        (Problems{"2:2: a quote inside an unquoted field; quote the whole field and double "
                  "the quote",
                  "3:2: text follows the closing quote of a field; a quote inside a quoted "
                  "field must be doubled",
                  "4:2: the text is not valid UTF-8; save the file as UTF-8",
                  "5:3: a quoted field is not closed; a quote is missing at its end"}));
}

TEST_F(ImportRows, RequiredValuesMustNotBeEmpty)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Practices, "code,name,city\n  ,Clinic,\nPR9,\"\",x\n"),
        (Problems{"2:1: code is empty; it is required", "3:2: name is empty; it is required"}));
}

TEST_F(ImportRows, WholeNumbersDollarsAndMonths)
{
    EXPECT_EQ(
        problemsOf(ImportKind::Expenditures, "period,beneficiary_months,expenditure,benchmark\n"
                                             "2026-13,-1,12.345,$5\n"
                                             "26-01,1.5,\"1,234.00\",12.\n"
                                             "1899-12,abc,0.5,7\n"),
        (Problems{"2:1: period \"2026-13\" is not a month from 1900 to 2100; write it as YYYY-MM",
                  "2:2: beneficiary_months \"-1\" is out of range; it must be from 0 to 2147483647",
                  "2:3: expenditure \"12.345\" is not an amount in dollars; write it as "
                  "1234.56, without a $ sign or thousands separators",
                  "2:4: benchmark \"$5\" is not an amount in dollars; write it as 1234.56, "
                  "without a $ sign or thousands separators",
                  "3:1: period \"26-01\" is not a month from 1900 to 2100; write it as YYYY-MM",
                  "3:2: beneficiary_months \"1.5\" is not a whole number",
                  "3:3: expenditure \"1,234.00\" is not an amount in dollars; write it as "
                  "1234.56, without a $ sign or thousands separators",
                  "3:4: benchmark \"12.\" is not an amount in dollars; write it as 1234.56, "
                  "without a $ sign or thousands separators",
                  "4:1: period \"1899-12\" is not a month from 1900 to 2100; write it as YYYY-MM",
                  "4:2: beneficiary_months \"abc\" is not a whole number"}));
}

TEST_F(ImportRows, DollarsBecomeExactCents)
{
    const ImportReport report = import(
        ImportKind::Expenditures, "period,beneficiary_months,expenditure,benchmark\n"
                                  "2030-01,10,1234.5,0.07\n2030-02, 20 ,19,1234567890123.99\n");
    ASSERT_TRUE(report.ok()) << problems(report).front();
    EXPECT_EQ(count("SELECT expenditure_cents FROM expenditure WHERE period = 203001"), 123450);
    EXPECT_EQ(count("SELECT benchmark_cents FROM expenditure WHERE period = 203001"), 7);
    EXPECT_EQ(count("SELECT beneficiary_months FROM expenditure WHERE period = 203002"), 20);
    EXPECT_EQ(count("SELECT expenditure_cents FROM expenditure WHERE period = 203002"), 1900);
    EXPECT_EQ(count("SELECT benchmark_cents FROM expenditure WHERE period = 203002"),
              123456789012399);
}
