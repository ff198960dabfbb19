// The facts a file keeps between CCLF loads (claims_facts): written and read back unchanged, and
// damaged bytes refused rather than misread.
#include "claimsmeasures/storedfacts.h"
#include "error.h"

#include <gtest/gtest.h>

namespace aco {
namespace {

BeneficiaryFacts handMade()
{
    BeneficiaryFacts f;
    f.memberMonths = {202501, 202502, 202503};
    f.spending = {{202412, 250'000}, {202501, -10'000}, {202503, 9'876'543'210}};
    f.primaryCare = {{20250110, 7, 3, 12'500}, {20250110, 7, 3, 12'500}, {20250302, 12, 0, 9'000}};
    BeneficiaryFacts::Stay stay;
    stay.claimId = 1'234'567'890'123;
    stay.from = 20250120;
    stay.thru = 20250122;
    stay.ccn = "010033";
    stay.frequency = '1';
    stay.discharge = ClaimsCodes::Discharge::TransferAcute;
    stay.elective = true;
    stay.potentiallyPlanned = true;
    stay.paidCents = 1'000'000;
    f.inpatient = {stay};
    f.edServices = {{20250119, 0, 15'000}, {20250119, 1'234'567'890'123, 40'000}};
    f.followUps = {20250125, 20250125};
    f.wellness = {20240301};
    f.flu = {20241015};
    f.mammograms = {20230105};
    f.colorectal = {{20160404, 120}};
    f.exclusions = {{20250122, ClaimsCodes::Exclusion::ColorectalCancer}};
    f.hospice = {{20250301, 20250331}};
    return f;
}

TEST(StoredFacts, WhatIsWrittenIsReadBackAndDemographicsAreNotKept)
{
    BeneficiaryFacts f = handMade();
    f.birthDate = 19500101;
    f.sex = 'F';
    const std::string bytes = storedfacts::encode(f);
    BeneficiaryFacts back;
    storedfacts::decode(bytes, back);
    EXPECT_EQ(back.birthDate, 0); // the roster's, read each time
    EXPECT_EQ(back.sex, 0);
    back.birthDate = f.birthDate;
    back.sex = f.sex;
    EXPECT_TRUE(back == f);
    // Dates as differences and small numbers in a byte or two: well under the 8 bytes a field.
    EXPECT_LT(bytes.size(), 160u);
}

TEST(StoredFacts, NoFactsAreAllZeroBytes)
{
    const std::string bytes = storedfacts::encode(BeneficiaryFacts());
    EXPECT_FALSE(bytes.empty());
    EXPECT_EQ(bytes.find_first_not_of('\0'), std::string::npos);
}

TEST(StoredFacts, DamagedBytesAreRefused)
{
    const std::string bytes = storedfacts::encode(handMade());
    BeneficiaryFacts back;
    EXPECT_THROW(storedfacts::decode(bytes.substr(0, bytes.size() - 3), back), Error);
    EXPECT_THROW(storedfacts::decode(bytes + '\x01', back), Error);
    EXPECT_THROW(storedfacts::decode(std::string(1, '\x7F'), back), Error); // a count beyond the bytes
    EXPECT_THROW(storedfacts::decode(std::string(12, '\xFF'), back), Error); // an endless number
}

} // namespace
} // namespace aco
