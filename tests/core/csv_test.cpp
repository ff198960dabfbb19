#include "csv/csvreader.h"
#include "csv/csvscanner.h"
#include "csv/csvwriter.h"
#include "error.h"
#include "testsupport.h"

#include <gtest/gtest.h>

#include <vector>

using namespace aco;

namespace {

std::vector<CsvRecord> readAll(const QByteArray& data)
{
    CsvReader reader(data, QStringLiteral("test.csv"));
    std::vector<CsvRecord> records;
    while (std::optional<CsvRecord> record = reader.next())
        records.push_back(*record);
    return records;
}

QStringList fields(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list << QString::fromUtf8(item);
    return list;
}

// Expects reading `data` to fail with InvalidData naming test.csv, `line` and `fragment`.
void expectMalformed(const QByteArray& data, int line, const char* fragment)
{
    try {
        readAll(data);
        FAIL() << "read " << data.constData();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::InvalidData);
        const std::string message = error.what();
        EXPECT_NE(message.find("test.csv:" + std::to_string(line) + ": "), std::string::npos)
            << message;
        EXPECT_NE(message.find(fragment), std::string::npos) << message;
    }
}

} // namespace

TEST(CsvReader, PlainRecordsWithLineNumbers)
{
    const auto records = readAll("a,b,c\n1,2,3\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, fields({"a", "b", "c"}));
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].fields, fields({"1", "2", "3"}));
    EXPECT_EQ(records[1].line, 2);
}

TEST(CsvReader, LastLineWithoutLineEnd)
{
    const auto records = readAll("a,b\n1,2");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields, fields({"1", "2"}));
}

TEST(CsvReader, EmptyFieldsAreKept)
{
    const auto records = readAll(",x,,\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({"", "x", "", ""}));
}

TEST(CsvReader, QuotedFieldsWithCommasAndDoubledQuotes)
{
    const auto records = readAll("\"Smith, John\",\"say \"\"hi\"\"\",\"\",plain\n");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].fields, fields({"Smith, John", "say \"hi\"", "", "plain"}));
}

TEST(CsvReader, EmbeddedLineBreaksKeepLineNumbersRight)
{
    // The second record starts on line 2 and spans lines 2-4; the third starts on line 5.
    const auto records = readAll("id,text\n1,\"first\nsecond\nthird\"\n2,after\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].line, 2);
    EXPECT_EQ(records[1].fields, fields({"1", "first\nsecond\nthird"}));
    EXPECT_EQ(records[2].line, 5);
    EXPECT_EQ(records[2].fields, fields({"2", "after"}));
}

TEST(CsvReader, CrlfLineEnds)
{
    const auto records = readAll("a,b\r\n1,\"x\r\ny\"\r\n2,3\r\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].fields, fields({"a", "b"}));
    // A line break inside quotes is data and kept as written.
    EXPECT_EQ(records[1].fields, fields({"1", "x\r\ny"}));
    EXPECT_EQ(records[2].line, 4);
    EXPECT_EQ(records[2].fields, fields({"2", "3"}));
}

TEST(CsvReader, ByteOrderMarkIsSkipped)
{
    const auto records = readAll("\xEF\xBB\xBF" "aco_id,track\nA1,BASIC_E\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields.front(), QStringLiteral("aco_id"));
    EXPECT_EQ(records[0].line, 1);
}

TEST(CsvReader, Utf8TextIsDecoded)
{
    const auto records = readAll("name\n\"Peña, José\"\n");
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].fields.front(), QString::fromUtf8("Pe\xC3\xB1" "a, Jos\xC3\xA9"));
}

TEST(CsvReader, EmptyLinesAreSkippedButCounted)
{
    const auto records = readAll("a\n\n1\r\n\r\n\n2\n\n");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[2].line, 6);
    EXPECT_EQ(records[2].fields, fields({"2"}));
}

TEST(CsvReader, EmptyInputHasNoRecords)
{
    EXPECT_TRUE(readAll("").empty());
    EXPECT_TRUE(readAll("\xEF\xBB\xBF").empty());
}

TEST(CsvReader, MalformedInputNamesFileAndLine)
{
    expectMalformed("a,b\n1,\"open\n2,3\n", 2, "not closed");
    expectMalformed("a,b\n\n1,\"x\"y\n", 3, "follows the closing quote");
    expectMalformed("a,b\n1,x\"y\n", 2, "quote inside an unquoted field");
    expectMalformed("a\n\xFF\xFE\n", 2, "UTF-8");
}

TEST(CsvReader, FromFileReportsAMissingFile)
{
    test::TempFolder folder;
    const QString path = folder.path(QStringLiteral("missing.csv"));
    try {
        CsvReader::fromFile(path);
        FAIL();
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), Error::Kind::Failure);
        EXPECT_NE(std::string(error.what()).find(path.toStdString()), std::string::npos);
    }
    const QString present = folder.path(QStringLiteral("present.csv"));
    test::writeFile(present, "x\n1\n");
    CsvReader reader = CsvReader::fromFile(present);
    EXPECT_EQ(reader.fileName(), present);
    EXPECT_EQ(reader.next()->fields, fields({"x"}));
}

TEST(CsvWriter, QuotesOnlyWhenNeededAndReadsBack)
{
    CsvWriter writer;
    writer.addRecord(fields({"plain", "with, comma", "say \"hi\"", "two\nlines", ""}));
    writer.addRecord(fields({""}));
    EXPECT_EQ(writer.data(),
              QByteArray("plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n\"\"\r\n"));
    const auto records = readAll(writer.data());
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].fields, fields({"plain", "with, comma", "say \"hi\"", "two\nlines", ""}));
    EXPECT_EQ(records[1].fields, fields({""}));
}

namespace {

struct Scanned
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::vector<int>> fieldLines;
    std::vector<std::string> problems; // "LINE:COLUMN: reason"
};

Scanned scan(std::string_view data)
{
    CsvScanner scanner(data);
    Scanned result;
    std::vector<CsvField> fields;
    std::vector<CsvSyntaxProblem> problems;
    int line = 0;
    while (scanner.next(fields, line, problems)) {
        result.records.emplace_back();
        result.fieldLines.emplace_back();
        for (const CsvField& field : fields) {
            result.records.back().emplace_back(field.text);
            result.fieldLines.back().push_back(field.line);
        }
    }
    for (const CsvSyntaxProblem& p : problems)
        result.problems.push_back(std::to_string(p.line) + ':' + std::to_string(p.column) + ": " +
                                  p.reason.toStdString());
    return result;
}

using Records = std::vector<std::vector<std::string>>;

} // namespace

// RFC 4180, section 2: the cases its grammar spells out, one by one.
TEST(CsvScanner, Rfc4180Cases)
{
    // 2.1, 2.2: records end in CRLF, the last one may not.
    EXPECT_EQ(scan("aaa,bbb,ccc\r\nzzz,yyy,xxx").records,
              (Records{{"aaa", "bbb", "ccc"}, {"zzz", "yyy", "xxx"}}));
    // 2.4: spaces are part of a field.
    EXPECT_EQ(scan(" a , b \n").records, (Records{{" a ", " b "}}));
    // 2.5: fields may be quoted, or not.
    EXPECT_EQ(scan("\"aaa\",\"bbb\",ccc\n").records, (Records{{"aaa", "bbb", "ccc"}}));
    // 2.6: quoted fields hold line breaks and commas.
    EXPECT_EQ(scan("\"aaa\",\"b\r\nbb\",\"c,cc\"\r\nzzz,yyy,xxx\r\n").records,
              (Records{{"aaa", "b\r\nbb", "c,cc"}, {"zzz", "yyy", "xxx"}}));
    // 2.7: a quote inside a quoted field is doubled.
    EXPECT_EQ(scan("\"aaa\",\"b\"\"bb\",\"\"\"\"\n").records, (Records{{"aaa", "b\"bb", "\""}}));
    // Empty fields, quoted or not, and a comma that ends the data.
    EXPECT_EQ(scan(",\"\",\n,").records, (Records{{"", "", ""}, {"", ""}}));
    EXPECT_TRUE(scan("").problems.empty());
}

TEST(CsvScanner, FieldsKnowTheLineTheyStartOn)
{
    const Scanned s = scan("a,\"x\ny\nz\",b\r\nc,d\n");
    EXPECT_EQ(s.fieldLines, (std::vector<std::vector<int>>{{1, 1, 3}, {4, 4}}));
}

TEST(CsvScanner, ListsEveryProblemAndReadsOn)
{
    const Scanned s = scan("a,b\"c,\"d\"e\nok,\"Caf\xE9\"\nlast,\"open\nmore");
    EXPECT_EQ(s.records, (Records{{"a", "b\"c", "de"}, {"ok", "Caf\xE9"}, {"last", "open\nmore"}}));
    EXPECT_EQ(s.problems,
              (std::vector<std::string>{
                  "1:2: a quote inside an unquoted field; quote the whole field and double the quote",
                  "1:3: text follows the closing quote of a field; a quote inside a quoted field "
                  "must be doubled",
                  "2:2: the text is not valid UTF-8; save the file as UTF-8",
                  "3:2: a quoted field is not closed; a quote is missing at its end"}));
}
