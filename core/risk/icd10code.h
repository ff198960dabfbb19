#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aco {

// An ICD-10-CM diagnosis code as the risk model looks it up: its three-to-seven characters
// without the dot, upper case, packed into one integer (one byte a character, the first
// character highest), so that codes compare and sort as their text does and a lookup needs no
// string.
class Icd10Code
{
  public:
    // The code in `text` ("E11.22", "e1122", " E1122 "), or nullopt when it is not written as an
    // ICD-10-CM code: a letter, a digit, a letter or digit, then up to four letters or digits,
    // with at most one dot and only after the third character.
    static std::optional<std::uint64_t> parse(std::string_view text);
    // The code's characters without the dot ("E1122").
    static std::string text(std::uint64_t code);
};

} // namespace aco
