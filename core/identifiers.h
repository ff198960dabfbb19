#pragma once

#include <string>
#include <string_view>

namespace aco {

// National Provider Identifier: ten digits, the last a Luhn check digit computed over the nine
// others prefixed with 80840 (the health-industry issuer prefix), per CMS's NPI standard.
bool isValidNpi(std::string_view npi);
// The check digit ('0'-'9') for the first nine digits of an NPI.
char npiCheckDigit(std::string_view firstNineDigits);

// Medicare Beneficiary Identifier: eleven characters in CMS's format
// C A AN N A AN N A A N N, where C is 1-9, N is 0-9, A is a letter other than S L O I B Z,
// and AN is either. Dashes used for display are not part of it.
bool isValidMbi(std::string_view mbi);

// What may be shown of an MBI where patient data is masked: the last four characters.
std::string maskedMbi(std::string_view mbi);

} // namespace aco
