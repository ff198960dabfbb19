#include "demo/democareplan.h"

#include "claimsmeasures/claimdates.h"
#include "demo/democontext.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <array>

namespace aco::demo {

namespace {

using namespace claimdates;

constexpr int lastServiceDate = 20260930;
constexpr double daysPerMonth = 30.44;

double rateIn(const std::array<double, CarePlanRates::years>& rates, int year)
{
    const int index = std::clamp(year, CarePlanRates::firstYear, CarePlanRates::lastYear) - CarePlanRates::firstYear;
    return rates[static_cast<size_t>(index)];
}

// Screening at an interval: the first attempt falls where a test would still count in the first
// month; a beneficiary whose propensity is under the year's rate is tested, and again after the
// interval; one who is not (or not of an age for it) is asked again a year later.
template <typename Eligible>
void screen(CarePlan& plan, CarePlan::Service service, int lookbackMonths, int minIntervalMonths,
            int maxIntervalMonths, int firstMonth, double propensity,
            const std::array<double, CarePlanRates::years>& rates, const Eligible& eligible, DemoRandom& random)
{
    const int start = dayNumber(firstDay(addMonths(firstMonth, -(lookbackMonths - 1))));
    const int first = dayNumber(firstDay(firstMonth));
    const int end = dayNumber(lastServiceDate);
    const int minInterval = static_cast<int>(minIntervalMonths * daysPerMonth);
    const int maxInterval = static_cast<int>(maxIntervalMonths * daysPerMonth);
    for (int day = start + random.between(0, first - start - 1); day <= end;) {
        const int date = dateOfDay(day);
        if (eligible(date) && propensity < rateIn(rates, date / 10000)) {
            plan.services.push_back({date, service});
            day += random.between(minInterval, maxInterval);
        } else {
            day += 365;
        }
    }
}

} // namespace

CarePlan drawCarePlan(const DemoBeneficiary& b, const CarePlanRates& rates, int firstMonth, DemoRandom& random)
{
    CarePlan plan;
    const double wellness = random.uniform();
    const double flu = random.uniform();
    const double mammogram = random.uniform();
    const double colorectal = random.uniform();
    const double noVisit = random.uniform();
    const double test = random.uniform();

    // Years without an office visit: the provider's rate of the year; as rates fall, the same
    // beneficiaries stay remote and the others come back.
    for (int year = CarePlan::remoteFirstYear; year <= CarePlanRates::lastYear; ++year)
        if (noVisit < rateIn(rates.noVisit, year))
            plan.remoteYears = static_cast<std::uint8_t>(plan.remoteYears | 1u << (year - CarePlan::remoteFirstYear));

    // A wellness visit in the birthday month of each year it is due: the rate among those who
    // come to the office at all, so that the year's share is the provider's rate.
    const int lookbackStart = firstDay(addMonths(firstMonth, -11));
    bool initial = true;
    for (int year = firstMonth / 100 - 1; year <= CarePlanRates::lastYear; ++year) {
        const int date = year * 10000 + b.birthDate % 10000 / 100 * 100 + std::min(28, b.birthDate % 100);
        if (date < lookbackStart || date > lastServiceDate || plan.remote(year))
            continue;
        const double rate = std::min(0.97, rateIn(rates.wellness, year) / (1.0 - rateIn(rates.noVisit, year)));
        if (wellness >= rate)
            continue;
        const bool newToMedicare = initial && ageOn(b.birthDate, date) <= 66;
        plan.services.push_back({date, newToMedicare ? CarePlan::Service::InitialWellness : CarePlan::Service::Wellness});
        initial = false;
    }

    // A flu shot each season (August to March), mostly in the autumn; at the office or a pharmacy.
    static constexpr std::array<double, 8> seasonMonths = {0.06, 0.24, 0.34, 0.17, 0.09, 0.05, 0.03, 0.02};
    const int firstSeason = firstMonth % 100 >= 8 ? firstMonth / 100 : firstMonth / 100 - 1;
    for (int season = firstSeason; season <= CarePlanRates::lastYear; ++season) {
        const int month = addMonths(season * 100 + 8, static_cast<int>(random.weighted(seasonMonths)));
        const int date = month * 100 + random.between(1, 28);
        const bool atOffice = random.chance(0.55);
        if (flu >= rateIn(rates.flu, season) || date > lastServiceDate)
            continue;
        plan.services.push_back({date, atOffice && !plan.remote(date / 10000) ? CarePlan::Service::FluAtOffice
                                                                              : CarePlan::Service::FluAtPharmacy});
    }

    // Mammograms for women of 50-74, yearly or every other year; the measure looks 27 months back.
    if (b.female) {
        const bool yearly = random.chance(0.6);
        screen(plan, CarePlan::Service::Mammogram, 27, yearly ? 11 : 22, yearly ? 15 : 26, firstMonth, mammogram,
               rates.mammogram, [&](int date) { return ageOn(b.birthDate, date) >= 50 && ageOn(b.birthDate, date) <= 74; },
               random);
    }

    // Colorectal screening from 45 to 75: a colonoscopy every ten years for most of the screened,
    // a yearly stool test or a stool DNA test every three years for the others.
    const auto colorectalAge = [&](int date) { return ageOn(b.birthDate, date) >= 45 && ageOn(b.birthDate, date) <= 75; };
    if (test < 0.55)
        screen(plan, CarePlan::Service::Colonoscopy, 120, 116, 120, firstMonth, colorectal, rates.colorectal,
               colorectalAge, random);
    else if (test < 0.85)
        screen(plan, CarePlan::Service::Fit, 12, 11, 14, firstMonth, colorectal, rates.colorectal, colorectalAge, random);
    else
        screen(plan, CarePlan::Service::StoolDna, 36, 34, 38, firstMonth, colorectal, rates.colorectal, colorectalAge,
               random);

    std::sort(plan.services.begin(), plan.services.end(),
              [](const CarePlan::Dated& a, const CarePlan::Dated& c) { return a.date < c.date; });
    return plan;
}

} // namespace aco::demo
