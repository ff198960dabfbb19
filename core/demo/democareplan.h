#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace aco::demo {

class DemoRandom;
struct DemoBeneficiary;

// The primary care provider's planned rates of the measures a care plan realizes, by calendar
// year (index: year - CarePlanRates::firstYear): the shares of its beneficiaries who have a
// wellness visit, a flu shot in the season beginning that year, are screened for breast and
// colorectal cancer, and see nobody in an office all year.
struct CarePlanRates
{
    static constexpr int firstYear = 2013; // a colonoscopy counts for ten years
    static constexpr int lastYear = 2026;
    static constexpr int years = lastYear - firstYear + 1;
    std::array<double, years> wellness{};
    std::array<double, years> flu{};
    std::array<double, years> mammogram{};
    std::array<double, years> colorectal{};
    std::array<double, years> noVisit{};
};

// The services one beneficiary's care brings over the years that the measures look at: wellness
// visits in the birthday month, a flu shot each season, mammograms and colorectal screening tests
// at their intervals, and the years without an office visit (care at a distance instead). Each
// beneficiary has a lasting propensity for each, compared with the provider's rate of the year,
// so that a provider's share is its rate and the same people stay in it from year to year.
struct CarePlan
{
    enum class Service : std::uint8_t {
        InitialWellness,
        Wellness,
        FluAtOffice,
        FluAtPharmacy,
        Mammogram,
        Colonoscopy,
        Fit,      // fecal immunochemical test, yearly
        StoolDna, // multitarget stool DNA, every three years
    };
    struct Dated
    {
        int date = 0; // YYYYMMDD
        Service service = Service::Wellness;
    };

    std::vector<Dated> services; // by date
    std::uint8_t remoteYears = 0; // bit y: no office visit in calendar year remoteFirstYear + y

    static constexpr int remoteFirstYear = 2022;
    bool remote(int year) const
    {
        const int bit = year - remoteFirstYear;
        return bit >= 0 && bit < 8 && (remoteYears >> bit & 1u) != 0;
    }
};

// The plan of a beneficiary first enrolled in demo month `firstMonth` (yyyymm), through the
// demo's last month; the services before `firstMonth` are the history the first delivery
// listing the beneficiary brings.
CarePlan drawCarePlan(const DemoBeneficiary& beneficiary, const CarePlanRates& rates, int firstMonth,
                      DemoRandom& random);

} // namespace aco::demo
