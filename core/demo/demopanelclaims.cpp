#include "demo/demopanelclaims.h"

#include "claimsmeasures/claimdates.h"
#include "demo/democarenetwork.h"
#include "demo/democlaimsinput.h"
#include "demo/demoplans.h"
#include "scenarios/largestremainder.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace aco::demo {

namespace {

using namespace claimdates;

constexpr int lastServiceDate = 20260930;

// Events may take at most this share of a month's cost of care; the everyday care of every
// enrolled beneficiary gets the rest.
constexpr std::int64_t eventSharePercent = 85;

// Everyday care per beneficiary-month at a risk score of 1 (a year: about 20 professional lines,
// 1.4 outpatient claims, half a DME line, 9 to 10 prescription fills), besides what the care plan
// and the hospital stays bring.
struct Rates
{
    double primaryCare = 0.30;
    double colleague = 0.05; // of primary care visits, with another of the roster's
    double atDistance = 0.4; // virtual check-ins, in a year without an office visit
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

// Readmissions and follow-up visits the rest of the care brings anyway (an admission drawn for
// someone discharged lately, a visit that falls in the week after a discharge): the claims aim
// at the planned rates less these.
constexpr double incidentalReadmissions = 0.01;
constexpr double incidentalFollowUps = 0.05;
constexpr double plannedReadmissions = 0.012;
// The share of readmissions that fall in the month of their discharge.
constexpr double sameMonthReadmissions = 0.55;

bool community(const char* status)
{
    return std::strcmp(status, "01") == 0 || std::strcmp(status, "06") == 0;
}

bool indexDischarge(const char* status)
{
    return std::strcmp(status, "02") != 0 && std::strcmp(status, "07") != 0;
}

int dayIn(int month, DemoRandom& random)
{
    return month * 100 + random.between(1, lastDay(month) % 100);
}

} // namespace

DemoPanelClaims::DemoPanelClaims(const DemoClaimsInput& input, const DemoCareNetwork& network, size_t panel)
    : m_input(input), m_panel(panel), m_random(input.seed, panelStream(panel)),
      m_drugs(input.seed, panelStream(panel) + 1), m_factory(input, network, m_random), m_scheduler(panel, m_random)
{
    const DemoProvider& pcp = input.pcp(panel);
    for (int year = CarePlanRates::firstYear; year <= CarePlanRates::lastYear; ++year) {
        const auto index = static_cast<size_t>(year - CarePlanRates::firstYear);
        const int midYear = year * 10000 + 701;
        m_rates.wellness[index] = plannedRate("AWV", pcp, midYear);
        m_rates.flu[index] = plannedRate("FLU", pcp, year * 10000 + 1001);
        m_rates.mammogram[index] = plannedRate("BCS", pcp, midYear);
        m_rates.colorectal[index] = plannedRate("CRC", pcp, midYear);
        m_rates.noVisit[index] = plannedRate("NOVISIT", pcp, midYear);
    }
    for (std::uint32_t b : pcp.panel) {
        const DemoBeneficiary& beneficiary = input.beneficiaries[b];
        const int first = firstPeriod.addMonths(input.firstMonth[b]).toInt();
        m_plans.push_back(drawCarePlan(beneficiary, m_rates, first, m_random));
        m_scale.push_back(static_cast<float>(std::pow(std::clamp(static_cast<double>(beneficiary.risk), 0.2, 8.0), 0.75)));
    }
    m_nextService.assign(m_plans.size(), 0);
}

bool DemoPanelClaims::remote(size_t position, int date) const
{
    return m_plans[position].remote(date / 10000);
}

std::uint32_t DemoPanelClaims::drawMember(const std::vector<double>& cumulative)
{
    const double target = m_random.uniform() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), target);
    const size_t position = std::min(static_cast<size_t>(it - cumulative.begin()), cumulative.size() - 1);
    return m_input.pcp(m_panel).panel[position];
}

void DemoPanelClaims::generate(int month, MonthClaims& claims, std::vector<DeliveredRecord>& records)
{
    const DemoProvider& pcp = m_input.pcp(m_panel);
    const DemoMonthPlan& plan = pcp.plan[static_cast<size_t>(month)];
    const int yyyymm = firstPeriod.addMonths(month).toInt();
    claims = MonthClaims();
    records.clear();
    m_month = month;
    m_factory.startMonth(Period::fromInt(yyyymm), m_panel, claims);

    // Those enrolled from this month bring their history.
    const int before = m_members;
    m_members = std::max(m_members, plan.members);
    m_factory.setHistory(true);
    for (int position = before; position < m_members; ++position)
        history(static_cast<size_t>(position), yyyymm);
    m_factory.setHistory(false);

    if (plan.members > 0) {
        // Readmissions due this month, then the month's other acute stays and its ED visits, the
        // sicker the likelier.
        std::vector<Pending> due;
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            if (monthOf(it->date) == yyyymm) {
                due.push_back(*it);
                it = m_pending.erase(it);
            } else {
                ++it;
            }
        }
        for (const Pending& readmission : due)
            readmit(readmission, yyyymm);
        std::vector<double> cumulative;
        double sum = 0.0;
        for (int position = 0; position < plan.members; ++position) {
            sum += m_input.beneficiaries[pcp.panel[static_cast<size_t>(position)]].risk;
            cumulative.push_back(sum);
        }
        const double readmissionRate = plannedRate("READM", pcp, yyyymm * 100 + 15);
        const auto expectedSameMonth =
            static_cast<int>(std::lround(plan.admissions * readmissionRate * sameMonthReadmissions));
        const int fresh = std::max(0, plan.admissions - static_cast<int>(due.size()) - expectedSameMonth);
        for (int a = 0; a < fresh; ++a) {
            const std::uint32_t b = drawMember(cumulative);
            if (const auto discharge = m_factory.admission(b, 0, DemoClaimFactory::Admission::Unplanned))
                afterDischarge(b, *discharge, yyyymm);
        }
        for (int e = 0; e < plan.edVisits; ++e)
            m_factory.emergencyVisit(drawMember(cumulative));

        for (int position = 0; position < plan.members; ++position) {
            services(static_cast<size_t>(position), yyyymm);
            everydayCare(static_cast<size_t>(position), yyyymm);
        }
    }
    settle(claims, plan.costCents);
    m_scheduler.schedule(claims, month, records);
}

void DemoPanelClaims::history(size_t position, int month)
{
    const std::uint32_t b = m_input.pcp(m_panel).panel[position];
    // Primary care in the year before: office visits, or care at a distance in a year without.
    for (int k = 12; k >= 1; --k) {
        const int earlier = addMonths(month, -k);
        if (m_plans[position].remote(earlier / 100)) {
            for (int n = m_random.poisson(rates.atDistance); n > 0; --n)
                m_factory.careAtDistance(b, dayIn(earlier, m_random));
            continue;
        }
        for (int n = m_random.poisson(rates.primaryCare * std::max(0.55f, m_scale[position])); n > 0; --n) {
            const int date = dayIn(earlier, m_random);
            m_factory.primaryCareVisit(b, date, m_random.chance(rates.colleague) ? m_factory.colleague()
                                                                                  : m_factory.primaryCare());
        }
    }
    // The plan's services before the first month.
    const CarePlan& plan = m_plans[position];
    size_t& next = m_nextService[position];
    for (; next < plan.services.size() && plan.services[next].date < firstDay(month); ++next)
        give(b, plan.services[next]);
}

void DemoPanelClaims::services(size_t position, int month)
{
    const std::uint32_t b = m_input.pcp(m_panel).panel[position];
    const CarePlan& plan = m_plans[position];
    size_t& next = m_nextService[position];
    for (; next < plan.services.size() && plan.services[next].date <= lastDay(month); ++next)
        give(b, plan.services[next]);
}

void DemoPanelClaims::give(std::uint32_t b, const CarePlan::Dated& service)
{
    switch (service.service) {
    case CarePlan::Service::InitialWellness:
    case CarePlan::Service::Wellness:
        m_factory.wellnessVisit(b, service.date, service.service == CarePlan::Service::InitialWellness);
        break;
    case CarePlan::Service::FluAtOffice:
    case CarePlan::Service::FluAtPharmacy:
        m_factory.fluShot(b, service.date, service.service == CarePlan::Service::FluAtPharmacy);
        break;
    case CarePlan::Service::Mammogram:
        m_factory.mammogram(b, service.date);
        break;
    case CarePlan::Service::Colonoscopy:
        m_factory.colonoscopy(b, service.date);
        break;
    case CarePlan::Service::Fit:
    case CarePlan::Service::StoolDna:
        m_factory.stoolTest(b, service.date, service.service == CarePlan::Service::StoolDna);
        break;
    }
}

void DemoPanelClaims::everydayCare(size_t position, int month)
{
    const std::uint32_t b = m_input.pcp(m_panel).panel[position];
    const BeneficiaryProfile& profile = m_input.beneficiaries[b].profile;
    const double scale = m_scale[position];
    const auto times = [&](double rate) { return m_random.poisson(rate * scale); };
    const bool office = !m_plans[position].remote(month / 100);
    if (office) {
        for (int n = m_random.poisson(rates.primaryCare * std::max(0.55, scale)); n > 0; --n)
            m_factory.primaryCareVisit(b, m_factory.day(1, m_factory.daysInMonth()),
                                       m_random.chance(rates.colleague) ? m_factory.colleague()
                                                                        : m_factory.primaryCare());
    } else {
        for (int n = m_random.poisson(rates.atDistance); n > 0; --n)
            m_factory.careAtDistance(b, m_factory.day(1, m_factory.daysInMonth()));
    }
    if (profile.chronicCareManagement && m_random.chance(0.8))
        m_factory.careManagement(b);
    for (int i = times(rates.laboratory); i > 0; --i)
        m_factory.laboratory(b);
    for (int i = times(rates.specialist); i > 0; --i)
        if (office)
            m_factory.specialistVisit(b);
    for (int i = times(rates.imaging); i > 0; --i)
        m_factory.imaging(b);
    for (int i = times(rates.therapy); i > 0; --i)
        m_factory.therapy(b);
    for (int i = times(rates.partBDrug); i > 0; --i)
        m_factory.partBDrug(b);
    for (int i = times(rates.outpatient); i > 0; --i)
        m_factory.outpatient(b, office);
    for (int i = times(rates.nursing); i > 0; --i)
        m_factory.nursingFacility(b, m_factory.day(1, 20), "R262", false);
    for (int i = times(rates.homeHealth); i > 0; --i)
        m_factory.homeHealth(b, m_factory.day(1, 20), "Z9181");
    for (int i = times(rates.equipment); i > 0; --i)
        m_factory.equipment(b);
}

void DemoPanelClaims::afterDischarge(std::uint32_t b, const DemoClaimFactory::Discharge& discharge, int month)
{
    const DemoProvider& pcp = m_input.pcp(m_panel);
    const size_t position = b - pcp.panel.front();
    // A readmission within 30 days (the earlier, the likelier), planned now and then.
    if (indexDischarge(discharge.status)) {
        const double unplanned = std::max(0.0, plannedRate("READM", pcp, discharge.date) - incidentalReadmissions);
        const double draw = m_random.uniform();
        Pending readmission{b, 0, false, nullptr};
        if (draw < unplanned) {
            const int days = 1 + static_cast<int>(29.0 * std::pow(m_random.uniform(), 1.7));
            readmission.date = addDays(discharge.date, days);
            // The next day at another hospital would be a transfer: the same hospital then.
            readmission.hospital = days == 1 ? discharge.hospital : nullptr;
        } else if (draw < unplanned + plannedReadmissions) {
            readmission.date = addDays(discharge.date, m_random.between(7, 30));
            readmission.planned = true;
        }
        if (readmission.date != 0 && readmission.date <= lastServiceDate) {
            if (monthOf(readmission.date) == month)
                readmit(readmission, month);
            else
                m_pending.push_back(readmission);
        }
    }
    // A visit after going home: within the week as often as the provider's rate says (among
    // those who come to an office at all), else often later; not for those who come to none.
    if (!community(discharge.status) || remote(position, discharge.date))
        return;
    const double rate = plannedRate("FU7", pcp, discharge.date);
    const double withinWeek = std::min(0.97, std::max(0.0, (rate - incidentalFollowUps) / (1.0 - incidentalFollowUps)) /
                                                 (1.0 - plannedRate("NOVISIT", pcp, discharge.date)));
    int date = 0;
    bool transitional = false;
    if (m_random.chance(withinWeek)) {
        date = addDays(discharge.date, m_random.between(1, 7));
        transitional = m_random.chance(0.4);
    } else if (m_random.chance(0.5)) {
        date = addDays(discharge.date, m_random.between(8, 21));
    }
    if (date != 0 && date <= lastServiceDate)
        m_factory.followUpVisit(b, date, transitional);
}

void DemoPanelClaims::readmit(const Pending& readmission, int month)
{
    const auto kind = readmission.planned ? DemoClaimFactory::Admission::Planned : DemoClaimFactory::Admission::Unplanned;
    if (const auto discharge = m_factory.admission(readmission.beneficiary, readmission.date, kind, readmission.hospital))
        afterDischarge(readmission.beneficiary, *discharge, month);
}

void DemoPanelClaims::fills(std::vector<PartDFill>& fills, std::vector<DemoClaimScheduler::DeliveredFill>& records)
{
    fills.clear();
    records.clear();
    const DemoProvider& pcp = m_input.pcp(m_panel);
    const int members = pcp.plan[static_cast<size_t>(m_month)].members;
    for (int position = 0; position < members; ++position) {
        const std::uint32_t b = pcp.panel[static_cast<size_t>(position)];
        if (!m_input.beneficiaries[b].profile.drugPlan)
            continue;
        const double scale = std::pow(static_cast<double>(m_scale[static_cast<size_t>(position)]), 0.4);
        for (int n = m_drugs.poisson(rates.fills * scale); n > 0; --n)
            fills.push_back(m_factory.drugFill(b, m_drugs));
    }
    m_scheduler.scheduleFills(fills, m_month, m_drugs, records);
}

void DemoPanelClaims::settle(MonthClaims& claims, std::int64_t totalCents)
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
            (c.event ? events : everyday).push_back(&c.amounts.paidCents);
            (c.event ? eventPrices : everydayPrices).push_back(c.nominal);
        }
        for (PartBClaim& c : claims.partB)
            for (PartBLine& l : c.lines) {
                if (c.history) {
                    l.paidCents = std::llround(l.nominal * 100.0);
                    continue;
                }
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
        const std::uint32_t b = m_input.pcp(m_panel).panel.front();
        m_factory.primaryCareVisit(b, m_factory.day(1, m_factory.daysInMonth()), m_factory.primaryCare());
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
    if (!everyday.empty()) {
        const std::vector<std::int64_t> shares = distributeCents(totalCents - eventCents, everydayPrices);
        for (size_t i = 0; i < everyday.size(); ++i)
            *everyday[i] = shares[i];
    }
    for (PartAClaim& c : claims.partA)
        c.settle();
}

} // namespace aco::demo
