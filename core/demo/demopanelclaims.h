#pragma once

#include "demo/democareplan.h"
#include "demo/democlaim.h"
#include "demo/democlaimfactory.h"
#include "demo/democlaimscheduler.h"
#include "demo/demorandom.h"

#include <vector>

namespace aco::demo {

class DemoCareNetwork;
struct DemoClaimsInput;

// The claims of one primary care provider's panel, month after month, made from the panel's
// plans: the first beneficiaries of the panel are enrolled, as many as the month's members; the
// acute stays and ED visits are as many as planned (readmissions, planned or not, and follow-up
// visits after discharges as often as the provider's rates say); each beneficiary's care plan
// brings wellness visits, flu shots and screenings; and the claims of the month are paid the
// month's planned cost of care, to the cent. A beneficiary's first month also brings the
// history the measures look back at. The panel's claims and how they are delivered depend on
// the panel alone, so that panels can be made in any order and again with the same result.
class DemoPanelClaims
{
  public:
    DemoPanelClaims(const DemoClaimsInput& input, const DemoCareNetwork& network, size_t panel);

    // The claims of demo month `month` (0, 1, ... in order), and every record the deliveries
    // bring of them.
    void generate(int month, MonthClaims& claims, std::vector<DeliveredRecord>& records);
    // The prescriptions filled in the month just generated, and their records; they change
    // nothing else, so that the claims are the same with and without them.
    void fills(std::vector<PartDFill>& fills, std::vector<DemoClaimScheduler::DeliveredFill>& records);

  private:
    struct Pending // a readmission in a later month
    {
        std::uint32_t beneficiary = 0;
        int date = 0;
        bool planned = false;
        const CareProvider* hospital = nullptr;
    };

    void history(size_t position, int month);
    void services(size_t position, int month);
    void everydayCare(size_t position, int month);
    // Gives one of a care plan's services.
    void give(std::uint32_t beneficiary, const CarePlan::Dated& service);
    void afterDischarge(std::uint32_t beneficiary, const DemoClaimFactory::Discharge& discharge, int month);
    void readmit(const Pending& readmission, int month);
    std::uint32_t drawMember(const std::vector<double>& cumulative);
    // Pays the month's claims `totalCents`: the stays and ED visits at their prices (all scaled
    // down when they would take more than most of it), the rest over the everyday claims; the
    // history at its prices.
    void settle(MonthClaims& claims, std::int64_t totalCents);
    bool remote(size_t position, int date) const;

    const DemoClaimsInput& m_input;
    size_t m_panel;
    DemoRandom m_random; // the claims and their processing
    DemoRandom m_drugs;  // prescription fills
    DemoClaimFactory m_factory;
    DemoClaimScheduler m_scheduler;
    CarePlanRates m_rates;
    std::vector<CarePlan> m_plans;       // by position in the panel
    std::vector<size_t> m_nextService;   // by position: the plan's first service not yet given
    std::vector<float> m_scale;          // by position: how much care the beneficiary's risk brings
    std::vector<Pending> m_pending;
    int m_month = -1;
    int m_members = 0;
};

} // namespace aco::demo
