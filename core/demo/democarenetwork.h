#pragma once

#include "demo/democlaim.h"

#include <cstdint>
#include <map>
#include <span>
#include <vector>

namespace aco::demo {

class DemoRandom;
struct DemoClaimsInput;

// The clinicians, facilities, suppliers and pharmacies the demo ACO's beneficiaries get care
// from: the roster's providers, and outside ones with their own NPIs (valid check digits, none
// the roster's) and CMS certification numbers.
class DemoCareNetwork
{
  public:
    DemoCareNetwork(const DemoClaimsInput& input, DemoRandom& random);

    // The roster's provider at `index` (the input's order).
    const CareProvider& roster(size_t index) const { return m_roster[index]; }
    // A specialist for a visit: one of the roster's three times in five, else an outside one.
    const CareProvider& specialist(DemoRandom& random) const;
    // A hospitalist for an inpatient stay: the roster's when it has any, else an outside one.
    const CareProvider& hospitalist(DemoRandom& random) const;
    // A surgeon for an elective stay.
    const CareProvider& surgeon(DemoRandom& random) const;
    // A gastroenterologist for a colonoscopy: the roster's when it has any, else an outside one.
    const CareProvider& gastroenterologist(DemoRandom& random) const;
    // Another of the roster's primary care providers than the one at `index`, of the same
    // practice when it has one (covering a colleague's patients now and then).
    const CareProvider& colleague(size_t index, DemoRandom& random) const;
    // A hospital; teaching hospitals get a larger share.
    const CareProvider& hospital(DemoRandom& random) const;

    std::span<const CareProvider> nursingFacilities() const { return m_nursing; }
    std::span<const CareProvider> homeHealthAgencies() const { return m_homeHealth; }
    std::span<const CareProvider> laboratories() const { return m_laboratories; }
    std::span<const CareProvider> radiologists() const { return m_radiologists; }
    std::span<const CareProvider> emergencyPhysicians() const { return m_emergency; }
    std::span<const CareProvider> therapists() const { return m_therapists; }
    std::span<const CareProvider> suppliers() const { return m_suppliers; }
    std::span<const CareProvider> pharmacies() const { return m_pharmacies; }
    std::span<const CareProvider> surgeryCenters() const { return m_surgeryCenters; }

  private:
    std::vector<CareProvider> m_roster;
    std::vector<size_t> m_rosterSpecialists;
    std::vector<size_t> m_rosterHospitalists;
    std::vector<size_t> m_rosterSurgeons;
    std::vector<size_t> m_rosterGastroenterologists;
    std::vector<size_t> m_rosterPrimaryCare;
    std::vector<std::int64_t> m_practice; // of each roster provider
    std::map<std::int64_t, std::vector<size_t>> m_primaryCareByPractice;
    std::vector<CareProvider> m_outsideSpecialists;
    std::vector<CareProvider> m_outsideHospitalists;
    std::vector<CareProvider> m_outsideSurgeons;
    std::vector<CareProvider> m_hospitals;
    std::vector<CareProvider> m_nursing;
    std::vector<CareProvider> m_homeHealth;
    std::vector<CareProvider> m_laboratories;
    std::vector<CareProvider> m_radiologists;
    std::vector<CareProvider> m_emergency;
    std::vector<CareProvider> m_therapists;
    std::vector<CareProvider> m_suppliers;
    std::vector<CareProvider> m_pharmacies;
    std::vector<CareProvider> m_surgeryCenters;
};

} // namespace aco::demo
