#pragma once

#include "demo/democlaim.h"
#include "period.h"

#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace aco::demo {

namespace codes {
struct Service;
}
class DemoCareNetwork;
class DemoRandom;
struct BeneficiaryProfile;
struct DemoClaimsInput;

// Makes the claims of single episodes of care for a beneficiary in a month, with their codes,
// dates, providers and nominal prices, and adds them to `claims`: a hospital stay (with its
// hospitalist's and surgeon's bills, and the nursing home or home health after it), an emergency
// department visit, and the everyday care of a month.
class DemoClaimFactory
{
  public:
    DemoClaimFactory(const DemoClaimsInput& input, const std::vector<BeneficiaryProfile>& profiles,
                     const DemoCareNetwork& network, DemoRandom& random);

    // Starts a new month of a panel: Part A claims must differ in their natural key (billing
    // facility, from and through dates, beneficiary) within it.
    void startMonth(Period month, size_t panel, MonthClaims& claims);

    void admission(size_t beneficiary);
    void emergencyVisit(size_t beneficiary);
    void primaryCareVisit(size_t beneficiary, bool wellness);
    void careManagement(size_t beneficiary);
    void laboratory(size_t beneficiary);
    void specialistVisit(size_t beneficiary);
    void imaging(size_t beneficiary);
    void therapy(size_t beneficiary);
    void partBDrug(size_t beneficiary);
    void outpatient(size_t beneficiary);
    void nursingFacility(size_t beneficiary, int from, const std::string& diagnosis,
                         bool afterStay);
    void homeHealth(size_t beneficiary, int from, const std::string& diagnosis);
    void equipment(size_t beneficiary);
    void drugFill(size_t beneficiary);

  private:
    int day(int first, int last); // a date of the month, between those days
    int dayOf(int date) const { return date % 100; }
    // Up to `count` of the beneficiary's chronic conditions, or a routine visit's code.
    std::vector<std::string> diagnoses(size_t beneficiary, int count);
    // Reserves a Part A claim's natural key; false when the month already has a claim with it.
    bool reserve(size_t beneficiary, const CareProvider& facility, int from, int thru);
    // Places a Part A claim at a hospital, from a day up to `lastDay` for `days` days, with a
    // natural key of its own; false when none is left.
    bool atHospital(PartAClaim& claim, size_t beneficiary, int lastDay, int days);
    PartBClaim& professional(size_t beneficiary, const CareProvider& rendering,
                             const std::string& place, std::vector<std::string> diagnoses);
    void line(PartBClaim& claim, const codes::Service& service, int date, double units = 1.0);
    const CareProvider& primaryCare() const;

    const DemoClaimsInput& m_input;
    const std::vector<BeneficiaryProfile>& m_profiles;
    const DemoCareNetwork& m_network;
    DemoRandom& m_random;
    Period m_month;
    int m_days = 30;
    size_t m_panel = 0;
    MonthClaims* m_claims = nullptr;
    std::set<std::tuple<size_t, std::string, int, int>> m_keys;
};

} // namespace aco::demo
