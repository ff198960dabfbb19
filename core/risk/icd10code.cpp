#include "icd10code.h"

namespace aco {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return c >= 'A' && c <= 'Z';
}

char upper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

} // namespace

std::optional<std::uint64_t> Icd10Code::parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    // Claims and EHR extracts write the dot, CMS's tables do not: "E11.22" is "E1122", but
    // "E1.122" or "E1122." is no code.
    if (text.size() > 3 && text[3] == '.') {
        if (text.size() == 4)
            return std::nullopt;
    } else if (text.find('.') != std::string_view::npos) {
        return std::nullopt;
    }
    std::uint64_t code = 0;
    int length = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == 3 && text[i] == '.')
            continue;
        const char c = upper(text[i]);
        const bool ok = length == 0   ? isLetter(c)
                        : length == 1 ? isDigit(c)
                                      : isLetter(c) || isDigit(c);
        if (!ok || length == 7)
            return std::nullopt;
        code = (code << 8) | static_cast<unsigned char>(c);
        ++length;
    }
    if (length < 3)
        return std::nullopt;
    // Left-aligned in seven bytes, so that "E11" sorts before "E110" as text does.
    return code << (8 * (7 - length));
}

std::string Icd10Code::text(std::uint64_t code)
{
    std::string text;
    for (int shift = 48; shift >= 0; shift -= 8) {
        const char c = static_cast<char>((code >> shift) & 0xFF);
        if (c == 0)
            break;
        text += c;
    }
    return text;
}

} // namespace aco
