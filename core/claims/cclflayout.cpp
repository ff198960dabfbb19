#include "claims/cclflayout.h"

#include "csv/csvscanner.h"

#include <QFile>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <stdexcept>

namespace aco {

namespace {

struct FileInfo
{
    CclfFile file;
    char code;
    const char* description;
};

constexpr FileInfo fileInfo[] = {
    {CclfFile::PartAHeader, '1', "Part A Claims Header File"},
    {CclfFile::PartARevenue, '2', "Part A Claims Revenue Center Detail File"},
    {CclfFile::PartAProcedure, '3', "Part A Procedure Code File"},
    {CclfFile::PartADiagnosis, '4', "Part A Diagnosis Code File"},
    {CclfFile::PartBPhysician, '5', "Part B Physicians File"},
    {CclfFile::PartBDme, '6', "Part B DME File"},
    {CclfFile::PartD, '7', "Part D File"},
    {CclfFile::Beneficiary, '8', "Beneficiary Demographics File"},
    {CclfFile::MbiXref, '9', "BENE XREF File"},
    {CclfFile::PartABenefit, 'A', "Part A BE and Demo Codes File"},
    {CclfFile::PartBBenefit, 'B', "Part B BE and Demo Codes File"},
    {CclfFile::Summary, '0', "Summary Statistics File"},
};

const FileInfo& info(CclfFile file)
{
    return fileInfo[static_cast<size_t>(file)];
}

int toInt(std::string_view text)
{
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw std::logic_error("CCLF layout table: '" + std::string(text) + "' is not a number");
    return value;
}

CclfFormat formatOf(std::string_view format)
{
    if (format == "YYYY-MM-DD")
        return CclfFormat::Date;
    if (format.ends_with(".99"))
        return CclfFormat::Amount;
    if (format.ends_with(".9999"))
        return CclfFormat::Quantity;
    if (format.starts_with("9("))
        return CclfFormat::Digits;
    return CclfFormat::Text;
}

// Part B amounts are given as X(15) and X(17) in the layout, yet hold signed dollars and cents.
bool isAmountName(std::string_view name)
{
    return name.ends_with("_AMT");
}

// Reads one layout table (file,element,name,start_1based,end_1based,length,format) and appends a
// layout per file it describes.
void readTable(std::string_view csv, std::vector<CclfLayout>& layouts)
{
    CsvScanner scanner(csv);
    std::vector<CsvField> fields;
    std::vector<CsvSyntaxProblem> problems;
    int line = 0;
    std::vector<std::pair<CclfFile, CclfField>> rows;
    bool header = true;
    while (scanner.next(fields, line, problems)) {
        if (std::exchange(header, false))
            continue;
        if (fields.size() != 7)
            throw std::logic_error("CCLF layout table: line " + std::to_string(line) + " has " +
                                   std::to_string(fields.size()) + " fields");
        const auto file = cclfFileFromLabel(fields[0].text);
        if (!file)
            throw std::logic_error("CCLF layout table: unknown file " + std::string(fields[0].text));
        CclfField field;
        field.name = std::string(fields[2].text);
        field.start = toInt(fields[3].text) - 1;
        field.length = toInt(fields[5].text);
        if (toInt(fields[4].text) - field.start != field.length)
            throw std::logic_error("CCLF layout table: " + field.name + " start, end and length disagree");
        std::string format(fields[6].text);
        std::transform(format.begin(), format.end(), format.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        field.format = formatOf(format);
        field.picture = format;
        if (field.format == CclfFormat::Text && isAmountName(field.name))
            field.format = CclfFormat::Amount;
        rows.emplace_back(*file, std::move(field));
    }
    if (!problems.empty())
        throw std::logic_error("CCLF layout table is not valid CSV");
    for (size_t begin = 0; begin < rows.size();) {
        size_t end = begin;
        std::vector<CclfField> layoutFields;
        while (end < rows.size() && rows[end].first == rows[begin].first)
            layoutFields.push_back(rows[end++].second);
        layouts.emplace_back(rows[begin].first, std::move(layoutFields));
        begin = end;
    }
}

} // namespace

char cclfFileCode(CclfFile file)
{
    return info(file).code;
}

std::optional<CclfFile> cclfFileFromCode(char code)
{
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(code)));
    for (const FileInfo& f : fileInfo)
        if (f.code == upper)
            return f.file;
    return std::nullopt;
}

std::string cclfFileLabel(CclfFile file)
{
    return std::string("CCLF") + cclfFileCode(file);
}

std::optional<CclfFile> cclfFileFromLabel(std::string_view label)
{
    if (label.size() != 5 || !label.starts_with("CCLF"))
        return std::nullopt;
    return cclfFileFromCode(label[4]);
}

const char* cclfFileDescription(CclfFile file)
{
    return info(file).description;
}

CclfLayout::CclfLayout(CclfFile file, std::vector<CclfField> fields)
    : m_file(file), m_fields(std::move(fields))
{
    for (const CclfField& f : m_fields) {
        if (f.start != m_recordLength)
            throw std::logic_error("CCLF layout of " + cclfFileLabel(file) + ": " + f.name +
                                   " does not follow the field before it");
        m_recordLength += f.length;
    }
}

int CclfLayout::find(std::string_view name) const
{
    for (size_t i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int CclfLayout::index(std::string_view name) const
{
    const int i = find(name);
    if (i < 0)
        throw std::logic_error("the " + std::to_string(m_recordLength) + "-byte layout of " +
                               cclfFileLabel(m_file) + " has no field " + std::string(name));
    return i;
}

const std::vector<CclfLayout>& cclfLayouts()
{
    static const std::vector<CclfLayout> layouts = [] {
        std::vector<CclfLayout> all;
        for (const char* table : {":/cclf/cclf-layouts-v38.csv", ":/cclf/cclf7-230-layout.csv"}) {
            QFile file(QString::fromLatin1(table));
            if (!file.open(QIODevice::ReadOnly))
                throw std::logic_error(std::string("the CCLF layout table ") + table + " is not built in");
            const QByteArray bytes = file.readAll();
            readTable(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), all);
        }
        return all;
    }();
    return layouts;
}

const CclfLayout* cclfLayout(CclfFile file, int recordLength)
{
    for (const CclfLayout& layout : cclfLayouts())
        if (layout.file() == file && layout.recordLength() == recordLength)
            return &layout;
    return nullptr;
}

std::vector<int> cclfRecordLengths(CclfFile file)
{
    std::vector<int> lengths;
    for (const CclfLayout& layout : cclfLayouts())
        if (layout.file() == file)
            lengths.push_back(layout.recordLength());
    std::sort(lengths.begin(), lengths.end());
    return lengths;
}

} // namespace aco
