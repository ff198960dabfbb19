#pragma once

#include "demo/democlaim.h"
#include "period.h"

#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace aco::demo {

namespace codes {
struct Drg;
struct Service;
} // namespace codes
class DemoCareNetwork;
class DemoRandom;
struct DemoClaimsInput;

// Makes the claims of single episodes of care for a beneficiary and adds them to a month's
// claims, with their codes, dates, providers and nominal prices: a hospital stay (with its
// hospitalist's and surgeon's bills, a transfer now and then, and the nursing home or home health
// after it), an emergency department visit, the everyday care of a month, and the services that
// the quality measures look for (wellness visits, flu shots, screenings, follow-up after a
// discharge, care at a distance).
class DemoClaimFactory
{
  public:
    DemoClaimFactory(const DemoClaimsInput& input, const DemoCareNetwork& network, DemoRandom& random);

    // Starts a new month of a panel: Part A claims must differ in their natural key (billing
    // facility, from and through dates, beneficiary) within it.
    void startMonth(Period month, size_t panel, MonthClaims& claims);
    // Claims made from now on are the history before the beneficiary's first month (or not).
    void setHistory(bool history) { m_history = history; }

    // How an acute stay ended.
    struct Discharge
    {
        int date = 0;
        const char* status = "01";
        const CareProvider* hospital = nullptr;
        bool elective = false;
    };
    enum class Admission { Unplanned, Planned };
    // An acute stay admitted on `from` (0: a day of the month that leaves room for it), at
    // `hospital` (nullptr: any); a planned one is elective surgery or chemotherapy. Nothing when
    // the month has no natural key left for it.
    std::optional<Discharge> admission(std::uint32_t beneficiary, int from, Admission kind,
                                       const CareProvider* hospital = nullptr);
    void emergencyVisit(std::uint32_t beneficiary);

    void primaryCareVisit(std::uint32_t beneficiary, int date, const CareProvider& provider);
    void wellnessVisit(std::uint32_t beneficiary, int date, bool initial);
    void fluShot(std::uint32_t beneficiary, int date, bool atPharmacy);
    void mammogram(std::uint32_t beneficiary, int date);
    void colonoscopy(std::uint32_t beneficiary, int date);
    void stoolTest(std::uint32_t beneficiary, int date, bool dna);
    void careAtDistance(std::uint32_t beneficiary, int date);
    void followUpVisit(std::uint32_t beneficiary, int date, bool transitional);
    void careManagement(std::uint32_t beneficiary);
    void laboratory(std::uint32_t beneficiary);
    void specialistVisit(std::uint32_t beneficiary);
    void imaging(std::uint32_t beneficiary);
    void therapy(std::uint32_t beneficiary);
    void partBDrug(std::uint32_t beneficiary);
    void outpatient(std::uint32_t beneficiary, bool clinicVisits);
    void nursingFacility(std::uint32_t beneficiary, int from, const char* diagnosis, bool afterStay);
    void homeHealth(std::uint32_t beneficiary, int from, const char* diagnosis);
    void equipment(std::uint32_t beneficiary);
    // A prescription filled in the month, drawn from `random`.
    PartDFill drugFill(std::uint32_t beneficiary, DemoRandom& random) const;

    // A date of the month, between those days.
    int day(int first, int last);
    int daysInMonth() const { return m_days; }
    // The panel's own primary care provider, and another of the roster's now and then.
    const CareProvider& primaryCare() const;
    const CareProvider& colleague();

  private:
    // Up to `count` of the beneficiary's chronic conditions, or a routine visit's code.
    void diagnoses(std::uint32_t beneficiary, int count, std::vector<const char*>& codes);
    void diagnoses(std::uint32_t beneficiary, int count, PartBClaim& claim);
    // Reserves a Part A claim's natural key; false when the month already has a claim with it.
    bool reserve(std::uint32_t beneficiary, const CareProvider& facility, int from, int thru);
    // Places a Part A claim at a hospital (or `at`), from a day up to `lastDay` for `days` days,
    // with a natural key of its own; false when none is left.
    bool atHospital(PartAClaim& claim, std::uint32_t beneficiary, int lastDay, int days,
                    const CareProvider* at = nullptr);
    // The inpatient claim of a stay at `claim.facility` from `claim.from` to `claim.thru`.
    PartAClaim& stayClaim(PartAClaim claim, std::uint32_t beneficiary, const codes::Drg& drg,
                          const char* status);
    PartBClaim& professional(std::uint32_t beneficiary, const CareProvider& rendering, const char* place);
    void line(PartBClaim& claim, const codes::Service& service, int date, double units = 1.0);

    const DemoClaimsInput& m_input;
    const DemoCareNetwork& m_network;
    DemoRandom& m_random;
    Period m_month;
    int m_days = 30;
    size_t m_panel = 0;
    bool m_history = false;
    MonthClaims* m_claims = nullptr;
    std::set<std::tuple<std::uint32_t, const CareProvider*, int, int>> m_keys;
    std::vector<const char*> m_codes; // scratch
};

} // namespace aco::demo
