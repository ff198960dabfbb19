#include "demo/demoidentifiers.h"

#include "demo/demorandom.h"
#include "identifiers.h"

#include <string_view>

namespace aco::demo {

std::string drawNpi(DemoRandom& random, std::unordered_set<std::string>& used)
{
    for (;;) {
        std::string nine = "1";
        for (int i = 0; i < 8; ++i)
            nine += static_cast<char>('0' + random.between(0, 9));
        std::string npi = nine + npiCheckDigit(nine);
        if (used.insert(npi).second)
            return npi;
    }
}

std::string drawMbi(DemoRandom& random, std::unordered_set<std::string>& used)
{
    static constexpr std::string_view letters = "ACDEFGHJKMNPQRTUVWXY"; // no S L O I B Z
    static constexpr std::string_view digits = "0123456789";
    const auto letter = [&] { return letters[random.next() % letters.size()]; };
    const auto digit = [&] { return digits[random.next() % digits.size()]; };
    const auto either = [&] { return random.chance(0.5) ? letter() : digit(); };
    for (;;) {
        std::string mbi;
        mbi += static_cast<char>('1' + random.between(0, 8));
        mbi += letter();
        mbi += either();
        mbi += digit();
        mbi += letter();
        mbi += either();
        mbi += digit();
        mbi += letter();
        mbi += letter();
        mbi += digit();
        mbi += digit();
        if (used.insert(mbi).second)
            return mbi;
    }
}

} // namespace aco::demo
