#include "identifiers.h"

#include <gtest/gtest.h>

using namespace aco;

// CMS's NPI check-digit standard works the example 123456789 -> check digit 3.
TEST(Npi, CmsWorkedExampleHasCheckDigitThree)
{
    EXPECT_EQ(npiCheckDigit("123456789"), '3');
    EXPECT_TRUE(isValidNpi("1234567893"));
}

TEST(Npi, EveryOtherCheckDigitIsRejected)
{
    for (char d = '0'; d <= '9'; ++d) {
        if (d != '3') {
            EXPECT_FALSE(isValidNpi(std::string("123456789") + d)) << d;
        }
    }
}

TEST(Npi, ComputedByHandForAnotherNumber)
{
    // "80840" + "199999999", read from the right: 9 9 9 9 9 9 9 9 1 0 4 8 0 8. Doubling the
    // 1st, 3rd, ... (9->18->9 four times, 1->2, 4->8, 0->0) gives 36 + 2 + 8 + 0 = 46; the others
    // add 9*4 + 0 + 8 + 8 = 52. 46 + 52 = 98, so the check digit is 10 - 8 = 2.
    EXPECT_EQ(npiCheckDigit("199999999"), '2');
    EXPECT_TRUE(isValidNpi("1999999992"));
}

TEST(Npi, RejectsWrongLengthLettersAndPrefix)
{
    EXPECT_FALSE(isValidNpi(""));
    EXPECT_FALSE(isValidNpi("123456789"));
    EXPECT_FALSE(isValidNpi("12345678930"));
    EXPECT_FALSE(isValidNpi("12345678a3"));
    // NPIs are issued starting with 1 or 2; 323456789x is never valid whatever its check digit.
    for (char d = '0'; d <= '9'; ++d)
        EXPECT_FALSE(isValidNpi(std::string("323456789") + d));
}

// CMS's MBI format document gives 1EG4-TE5-MK73 as its example.
TEST(Mbi, CmsExampleIsValid)
{
    EXPECT_TRUE(isValidMbi("1EG4TE5MK73"));
}

TEST(Mbi, RejectsEachPositionBrokenInTurn)
{
    EXPECT_FALSE(isValidMbi("0EG4TE5MK73")); // position 1 is 1-9
    EXPECT_FALSE(isValidMbi("13G4TE5MK73")); // position 2 is a letter
    EXPECT_FALSE(isValidMbi("1EGATE5MK73")); // position 4 is a digit
    EXPECT_FALSE(isValidMbi("1EG45E5MK73")); // position 5 is a letter
    EXPECT_FALSE(isValidMbi("1EG4TEAMK73")); // position 7 is a digit
    EXPECT_FALSE(isValidMbi("1EG4TE55K73")); // position 8 is a letter
    EXPECT_FALSE(isValidMbi("1EG4TE5M773")); // position 9 is a letter
    EXPECT_FALSE(isValidMbi("1EG4TE5MKA3")); // position 10 is a digit
    EXPECT_FALSE(isValidMbi("1EG4TE5MK7A")); // position 11 is a digit
    EXPECT_TRUE(isValidMbi("1E94TE5MK73"));  // position 3 may be a digit
    EXPECT_TRUE(isValidMbi("1EG4T95MK73"));  // and so may position 6
}

TEST(Mbi, RejectsExcludedLettersLowercaseDashesAndLength)
{
    for (char c : std::string("SLOIBZ"))
        EXPECT_FALSE(isValidMbi(std::string("1") + c + "G4TE5MK73")) << c;
    EXPECT_FALSE(isValidMbi("1eg4te5mk73"));
    EXPECT_FALSE(isValidMbi("1EG4-TE5-MK73"));
    EXPECT_FALSE(isValidMbi("1EG4TE5MK7"));
}

TEST(Mbi, MaskKeepsOnlyTheLastFour)
{
    EXPECT_EQ(maskedMbi("1EG4TE5MK73"), "*******MK73");
}
