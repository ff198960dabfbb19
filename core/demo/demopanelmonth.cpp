#include "demo/demopanelmonth.h"

#include "demo/democlaimsinput.h"
#include "demo/demoprofiles.h"
#include "demo/demorandom.h"
#include "scenarios/largestremainder.h"

#include <algorithm>
#include <cmath>

namespace aco::demo {

namespace {

// Events may take at most this share of a month's cost of care; the everyday care of every
// enrolled beneficiary gets the rest.
constexpr std::int64_t eventSharePercent = 85;

// Everyday care per beneficiary-month at a risk score of 1 (a year: about 19 professional lines,
// 1.5 outpatient claims, half a DME line, 9 to 10 prescription fills).
struct Rates
{
    double primaryCare = 0.32;
    double laboratory = 0.24;
    double specialist = 0.20;
    double imaging = 0.09;
    double therapy = 0.035;
    double partBDrug = 0.035;
    double outpatient = 0.12;
    double nursing = 0.004;
    double homeHealth = 0.01;
    double equipment = 0.04;
    double fills = 0.9;
};
constexpr Rates rates;

} // namespace

DemoPanelMonth::DemoPanelMonth(const DemoClaimsInput& input,
                               const std::vector<BeneficiaryProfile>& profiles,
                               const DemoCareNetwork& network, DemoRandom& random)
    : m_input(input), m_profiles(profiles), m_random(random),
      m_factory(input, profiles, network, random)
{
}

size_t DemoPanelMonth::drawBeneficiary(const std::vector<double>& cumulative,
                                       const std::vector<size_t>& enrolled)
{
    const double target = m_random.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    return enrolled[std::min(static_cast<size_t>(it - cumulative.begin()), enrolled.size() - 1)];
}

MonthClaims DemoPanelMonth::generate(size_t panelIndex, int month)
{
    const DemoClaimsInput::Panel& panel = m_input.panels[panelIndex];
    const DemoClaimsInput::PanelMonth& results = panel.months[static_cast<size_t>(month)];
    MonthClaims claims;
    if (results.members <= 0)
        return claims;
    const Period period = firstPeriod.addMonths(month);
    m_factory.startMonth(period, panelIndex, claims);

    const std::vector<size_t> enrolled(panel.beneficiaries.begin(),
                                       panel.beneficiaries.begin() + results.members);
    std::vector<double> cumulative;
    double sum = 0.0;
    for (size_t b : enrolled) {
        sum += m_input.beneficiaries[b].risk;
        cumulative.push_back(sum);
    }
    for (int a = 0; a < results.admissions; ++a)
        m_factory.admission(drawBeneficiary(cumulative, enrolled));
    for (int e = 0; e < results.edVisits; ++e)
        m_factory.emergencyVisit(drawBeneficiary(cumulative, enrolled));

    for (size_t b : enrolled) {
        const BeneficiaryProfile& profile = m_profiles[b];
        const double scale = std::pow(std::clamp(m_input.beneficiaries[b].risk, 0.2, 8.0), 0.75);
        const auto times = [&](double rate) { return m_random.poisson(rate * scale); };
        for (int i = times(rates.primaryCare); i > 0; --i)
            m_factory.primaryCareVisit(b, m_random.chance(0.08));
        if (profile.chronicCareManagement && m_random.chance(0.8))
            m_factory.careManagement(b);
        for (int i = times(rates.laboratory); i > 0; --i)
            m_factory.laboratory(b);
        for (int i = times(rates.specialist); i > 0; --i)
            m_factory.specialistVisit(b);
        for (int i = times(rates.imaging); i > 0; --i)
            m_factory.imaging(b);
        for (int i = times(rates.therapy); i > 0; --i)
            m_factory.therapy(b);
        for (int i = times(rates.partBDrug); i > 0; --i)
            m_factory.partBDrug(b);
        for (int i = times(rates.outpatient); i > 0; --i)
            m_factory.outpatient(b);
        for (int i = times(rates.nursing); i > 0; --i)
            m_factory.nursingFacility(b, period.toInt() * 100 + m_random.between(1, 20), "R262",
                                      false);
        for (int i = times(rates.homeHealth); i > 0; --i)
            m_factory.homeHealth(b, period.toInt() * 100 + m_random.between(1, 20), "Z9181");
        for (int i = times(rates.equipment); i > 0; --i)
            m_factory.equipment(b);
        if (profile.drugPlan)
            for (int i = m_random.poisson(rates.fills * std::pow(scale, 0.4)); i > 0; --i)
                m_factory.drugFill(b);
    }
    settle(claims, results.costCents, enrolled);
    return claims;
}

void DemoPanelMonth::settle(MonthClaims& claims, std::int64_t totalCents,
                            const std::vector<size_t>& enrolled)
{
    std::vector<std::int64_t*> events;
    std::vector<double> eventPrices;
    std::vector<std::int64_t*> everyday;
    std::vector<double> everydayPrices;
    const auto collect = [&]() {
        events.clear();
        eventPrices.clear();
        everyday.clear();
        everydayPrices.clear();
        for (PartAClaim& c : claims.partA) {
            (c.event ? events : everyday).push_back(&c.paidCents);
            (c.event ? eventPrices : everydayPrices).push_back(c.nominal);
        }
        for (PartBClaim& c : claims.partB)
            for (PartBLine& l : c.lines) {
                (c.event ? events : everyday).push_back(&l.paidCents);
                (c.event ? eventPrices : everydayPrices).push_back(l.nominal);
            }
        for (DmeClaim& c : claims.dme)
            for (PartBLine& l : c.lines) {
                everyday.push_back(&l.paidCents);
                everydayPrices.push_back(l.nominal);
            }
    };
    collect();
    if (everyday.empty() && totalCents > 0) {
        // Someone always sees the doctor.
        m_factory.primaryCareVisit(enrolled.front(), false);
        collect();
    }

    // Stays and ED visits at their prices, unless they would leave too little for the rest.
    std::int64_t eventCents = 0;
    for (double price : eventPrices)
        eventCents += std::llround(price * 100.0);
    const std::int64_t eventLimit = totalCents * eventSharePercent / 100;
    if (eventCents > eventLimit) {
        const std::vector<std::int64_t> shares = distributeCents(eventLimit, eventPrices);
        for (size_t i = 0; i < events.size(); ++i)
            *events[i] = shares[i];
        eventCents = eventLimit;
    } else {
        for (size_t i = 0; i < events.size(); ++i)
            *events[i] = std::llround(eventPrices[i] * 100.0);
    }
    const std::vector<std::int64_t> shares =
        distributeCents(totalCents - eventCents, everydayPrices);
    for (size_t i = 0; i < everyday.size(); ++i)
        *everyday[i] = shares[i];

    for (PartAClaim& c : claims.partA)
        c.settle();
}

} // namespace aco::demo
