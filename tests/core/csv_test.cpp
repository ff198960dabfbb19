#include "csv/csvreader.h"
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
