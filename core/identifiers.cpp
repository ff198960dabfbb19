#include "identifiers.h"

#include <algorithm>
#include <array>

namespace aco {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isMbiLetter(char c)
{
    constexpr std::string_view excluded = "SLOIBZ";
    return c >= 'A' && c <= 'Z' && excluded.find(c) == std::string_view::npos;
}

} // namespace

char npiCheckDigit(std::string_view firstNineDigits)
{
    // Luhn over "80840" + the nine digits: double every second digit from the right, starting
    // with the rightmost of the nine (the check digit itself would be position zero).
    const std::string digits = "80840" + std::string(firstNineDigits);
    int sum = 0;
    bool doubleIt = true;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

bool isValidNpi(std::string_view npi)
{
    if (npi.size() != 10 || !std::all_of(npi.begin(), npi.end(), isDigit))
        return false;
    if (npi.front() != '1' && npi.front() != '2')
        return false;
    return npiCheckDigit(npi.substr(0, 9)) == npi.back();
}

bool isValidMbi(std::string_view mbi)
{
    enum Class { C, A, N, AN };
    static constexpr std::array<Class, 11> format = {C, A, AN, N, A, AN, N, A, A, N, N};
    if (mbi.size() != format.size())
        return false;
    for (size_t i = 0; i < format.size(); ++i) {
        const char c = mbi[i];
        bool ok = false;
        switch (format[i]) {
        case C:
            ok = c >= '1' && c <= '9';
            break;
        case A:
            ok = isMbiLetter(c);
            break;
        case N:
            ok = isDigit(c);
            break;
        case AN:
            ok = isMbiLetter(c) || isDigit(c);
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

std::string maskedMbi(std::string_view mbi)
{
    if (mbi.size() <= 4)
        return std::string(mbi.size(), '*');
    return std::string(mbi.size() - 4, '*') + std::string(mbi.substr(mbi.size() - 4));
}

} // namespace aco
