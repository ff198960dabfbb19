#include "claims/cclfsummary.h"

#include "claims/cclfvalue.h"

#include <string_view>

namespace aco {

namespace {

std::vector<std::string_view> split(std::string_view line, char separator)
{
    std::vector<std::string_view> parts;
    size_t begin = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == separator) {
            parts.push_back(line.substr(begin, i - begin));
            begin = i + 1;
        }
    }
    return parts;
}

} // namespace

CclfSummary CclfSummary::read(const CclfInputFile& file, std::vector<std::pair<int, std::string>>& problems)
{
    std::string content;
    const auto stream = file.open();
    char buffer[65536];
    for (std::int64_t n; (n = stream->read(buffer, sizeof buffer)) > 0;) {
        content.append(buffer, static_cast<size_t>(n));
        if (content.size() > (1 << 20))
            break; // a summary is a dozen lines; anything larger is not one
    }

    CclfSummary summary;
    int lineNumber = 0;
    for (std::string_view line : split(content, '\n')) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (cclf::trimmed(line).empty())
            continue;
        const auto fields = split(line, '|');
        const std::string_view label = cclf::trimmed(fields[0]);
        if (label == "File Number")
            continue;
        const auto kind = cclfFileFromLabel(label);
        std::int64_t records = 0;
        std::int64_t length = 0;
        if (!kind || fields.size() < 4) {
            problems.emplace_back(lineNumber, "'" + std::string(line.substr(0, 40)) +
                                                  "' is not a summary record (CCLFn|description|count|length)");
        } else if (cclf::parseDigits(fields[2], records) != cclf::ValueStatus::Ok ||
                   cclf::parseDigits(fields[3], length) != cclf::ValueStatus::Ok) {
            problems.emplace_back(lineNumber, "the record count or length of " + std::string(label) +
                                                  " is not a number");
        } else {
            summary.files[*kind] = {records, static_cast<int>(length)};
        }
    }
    return summary;
}

} // namespace aco
