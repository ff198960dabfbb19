#include "demo/democlaimfactory.h"

#include "demo/democarenetwork.h"
#include "demo/democlaimcodes.h"
#include "demo/democlaimsinput.h"
#include "demo/demoprofiles.h"
#include "demo/demorandom.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <cmath>

namespace aco::demo {

namespace {

// What Medicare pays a hospital for a stay of relative weight 1, before IME, DSH and uncompensated
// care.
constexpr double drgBaseDollars = 10800.0;
constexpr double perDiemNursing = 640.0;    // a skilled nursing day
constexpr double homeHealthPeriod = 2050.0; // 30 days of home health

// One of `items`, each as likely as its frequency.
template <typename T> const T& pickWeighted(std::span<const T> items, DemoRandom& random)
{
    double total = 0.0;
    for (const T& item : items)
        total += item.frequency;
    double target = random.uniform() * total;
    for (const T& item : items) {
        target -= item.frequency;
        if (target < 0.0)
            return item;
    }
    return items.back();
}

} // namespace

DemoClaimFactory::DemoClaimFactory(const DemoClaimsInput& input,
                                   const std::vector<BeneficiaryProfile>& profiles,
                                   const DemoCareNetwork& network, DemoRandom& random)
    : m_input(input), m_profiles(profiles), m_network(network), m_random(random)
{
}

void DemoClaimFactory::startMonth(Period month, size_t panel, MonthClaims& claims)
{
    m_month = month;
    m_days = QDate(month.year(), month.month(), 1).daysInMonth();
    m_panel = panel;
    m_claims = &claims;
    m_keys.clear();
}

int DemoClaimFactory::day(int first, int last)
{
    return m_month.toInt() * 100 + m_random.between(first, std::max(first, last));
}

const CareProvider& DemoClaimFactory::primaryCare() const
{
    return m_network.roster(m_input.panels[m_panel].provider);
}

std::vector<std::string> DemoClaimFactory::diagnoses(size_t beneficiary, int count)
{
    const auto& conditions = m_profiles[beneficiary].conditions;
    std::vector<std::string> codes;
    if (conditions.empty()) {
        codes.emplace_back("Z0000");
        return codes;
    }
    const size_t start =
        static_cast<size_t>(m_random.between(0, static_cast<int>(conditions.size()) - 1));
    for (size_t i = 0; i < conditions.size() && static_cast<int>(codes.size()) < count; ++i)
        codes.emplace_back(
            codes::conditions()[conditions[(start + i) % conditions.size()]].diagnosis);
    return codes;
}

bool DemoClaimFactory::reserve(size_t beneficiary, const CareProvider& facility, int from, int thru)
{
    return m_keys.emplace(beneficiary, facility.ccn, from, thru).second;
}

bool DemoClaimFactory::atHospital(PartAClaim& claim, size_t beneficiary, int lastDay, int days)
{
    // Another hospital or day when the beneficiary already has a claim with the same key; only a
    // month crowded with one beneficiary's hospital claims runs out of them.
    for (int attempt = 0; attempt < 64; ++attempt) {
        claim.facility = &m_network.hospital(m_random);
        claim.from = day(1, lastDay);
        claim.thru = claim.from + days;
        if (reserve(beneficiary, *claim.facility, claim.from, claim.thru))
            return true;
    }
    claim.facility = nullptr;
    return false;
}

PartBClaim& DemoClaimFactory::professional(size_t beneficiary, const CareProvider& rendering,
                                           const std::string& place,
                                           std::vector<std::string> diagnoses)
{
    PartBClaim& claim = m_claims->partB.emplace_back();
    claim.beneficiary = beneficiary;
    claim.rendering = &rendering;
    claim.placeOfService = place;
    claim.diagnoses = std::move(diagnoses);
    return claim;
}

void DemoClaimFactory::line(PartBClaim& claim, const codes::Service& service, int date,
                            double units)
{
    PartBLine& l = claim.lines.emplace_back();
    l.hcpcs = service.hcpcs;
    l.modifier = service.modifier;
    l.betos = service.betos;
    l.typeOfService = service.typeOfService;
    l.date = date;
    l.units = units;
    l.nominal = service.dollars * units * m_random.lognormalMean(1.0, 0.12);
}

void DemoClaimFactory::admission(size_t beneficiary)
{
    const codes::Drg& drg = pickWeighted(codes::drgs(), m_random);
    const int stay = m_random.between(drg.minimumDays, drg.maximumDays);
    PartAClaim claim;
    if (!atHospital(claim, beneficiary, m_days - stay, stay))
        return;
    claim.beneficiary = beneficiary;
    claim.claimType = 60;
    claim.billType = "111";
    claim.attending = &m_network.hospitalist(m_random);
    claim.operating = drg.procedure ? &m_network.surgeon(m_random) : nullptr;
    claim.principalDiagnosis = drg.principalDiagnosis;
    claim.admittingDiagnosis = drg.principalDiagnosis;
    claim.otherDiagnoses = diagnoses(beneficiary, 8);
    claim.drg = drg.code;
    static constexpr std::array<const char*, 4> statuses = {"01", "03", "06", "02"};
    static constexpr std::array<double, 4> statusShares = {0.75, 0.15, 0.08, 0.02};
    claim.dischargeStatus = statuses[m_random.weighted(statusShares)];
    claim.admissionType = drg.elective ? "3" : "1";
    claim.admissionSource = drg.elective ? "2" : "1";
    if (drg.procedure)
        claim.procedures.emplace_back(drg.procedure,
                                      std::min(claim.thru, claim.from + (drg.elective ? 0 : 1)));
    // Inpatient stays are paid by the DRG at the header: the revenue centers carry no payment.
    const auto revenue = [&](const char* center, double units) {
        claim.lines.push_back({center, "", "", claim.from, units, 0.0, 0});
    };
    revenue("0120", stay);
    revenue("0250", 1.0);
    revenue("0300", 1.0);
    if (!drg.elective)
        revenue("0450", 1.0);
    if (drg.procedure)
        revenue("0360", 1.0);
    claim.event = true;
    claim.nominal = drg.weight * drgBaseDollars * m_random.lognormalMean(1.0, 0.2);
    const PartAClaim& stored = m_claims->partA.emplace_back(std::move(claim));

    // The hospitalist's visits: admission, each day between (up to three), discharge.
    const auto& visits = codes::services(codes::ServiceGroup::Hospitalist);
    PartBClaim& rounds =
        professional(beneficiary, *stored.attending, "21", {stored.principalDiagnosis});
    rounds.event = true;
    line(rounds, visits[0], stored.from);
    for (int d = 1; d < stay && d <= 3; ++d)
        line(rounds, visits[1], stored.from + d);
    line(rounds, visits[2], stored.thru);
    if (stored.operating && drg.surgeonService) {
        PartBClaim& surgery =
            professional(beneficiary, *stored.operating, "21", {stored.principalDiagnosis});
        surgery.event = true;
        const codes::Service service{drg.surgeonService, "", drg.surgeonDollars, "P1D", '2', "21"};
        line(surgery, service, stored.procedures.front().second);
    }

    const std::string principal = stored.principalDiagnosis;
    const int discharged = stored.thru;
    if (stored.dischargeStatus == "03")
        nursingFacility(beneficiary, discharged, principal, true);
    else if (stored.dischargeStatus == "06" && dayOf(discharged) < m_days)
        homeHealth(beneficiary, discharged + 1, principal);
}

void DemoClaimFactory::emergencyVisit(size_t beneficiary)
{
    PartAClaim claim;
    if (!atHospital(claim, beneficiary, m_days, 0))
        return;
    static constexpr std::array<double, 3> levelShares = {0.35, 0.45, 0.20};
    const size_t level = m_random.weighted(levelShares);
    claim.beneficiary = beneficiary;
    claim.claimType = 40;
    claim.billType = "131";
    claim.attending = &m_random.pick(m_network.emergencyPhysicians());
    claim.principalDiagnosis = m_random.pick(codes::emergencyDiagnoses());
    claim.otherDiagnoses = diagnoses(beneficiary, 2);
    const auto addLine = [&](const codes::RevenueLine& r) {
        const double nominal = r.dollars * m_random.lognormalMean(1.0, 0.2);
        claim.lines.push_back({r.revenueCenter, r.hcpcs, r.apc, claim.from, 1.0, nominal, 0});
        claim.nominal += nominal;
    };
    addLine(codes::emergencyLevels()[level]);
    static constexpr std::array<double, 5> extraChances = {0.7, 0.5, 0.35, 0.2, 0.25};
    const auto extras = codes::emergencyExtras();
    for (size_t i = 0; i < extras.size(); ++i)
        if (m_random.chance(extraChances[i]))
            addLine(extras[i]);
    claim.event = true;
    const PartAClaim& stored = m_claims->partA.emplace_back(std::move(claim));

    PartBClaim& physician =
        professional(beneficiary, *stored.attending, "23", {stored.principalDiagnosis});
    physician.event = true;
    line(physician, codes::services(codes::ServiceGroup::Emergency)[level], stored.from);
}

void DemoClaimFactory::primaryCareVisit(size_t beneficiary, bool wellness)
{
    const int date = day(1, m_days);
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11", diagnoses(beneficiary, 4));
    const auto visits = codes::services(codes::ServiceGroup::PrimaryCareVisit);
    const auto extras = codes::services(codes::ServiceGroup::InOffice);
    line(
        claim,
        wellness
            ? visits.back()
            : visits[static_cast<size_t>(m_random.between(0, static_cast<int>(visits.size()) - 2))],
        date);
    // A few visits are by video; CMS marks them with the telehealth benefit enhancement.
    claim.lines.back().telehealth = !wellness && m_random.chance(0.04);
    if (m_random.chance(0.25))
        line(claim, extras[0], date); // blood drawn for the laboratory
    if (m_random.chance(0.05))
        line(claim, extras[1], date); // ECG
    if (m_month.month() >= 9 && m_random.chance(0.3)) {
        line(claim, extras[2], date); // influenza vaccine and its administration
        line(claim, extras[3], date);
    }
    if (m_random.chance(0.02))
        line(claim, extras[4], date); // advance care planning
}

void DemoClaimFactory::careManagement(size_t beneficiary)
{
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11", diagnoses(beneficiary, 2));
    line(claim, codes::services(codes::ServiceGroup::InOffice)[5], day(20, m_days));
}

void DemoClaimFactory::laboratory(size_t beneficiary)
{
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.laboratories()), "81",
                                     diagnoses(beneficiary, 2));
    const auto tests = codes::services(codes::ServiceGroup::Laboratory);
    const int date = day(1, m_days);
    const int count = m_random.between(2, 4);
    const size_t start =
        static_cast<size_t>(m_random.between(0, static_cast<int>(tests.size()) - 1));
    for (int i = 0; i < count; ++i)
        line(claim, tests[(start + static_cast<size_t>(i)) % tests.size()], date);
}

void DemoClaimFactory::specialistVisit(size_t beneficiary)
{
    const CareProvider& specialist = m_network.specialist(m_random);
    const auto procedures = codes::specialtyProcedures(specialist.field);
    const bool procedure = !procedures.empty() && m_random.chance(0.45);
    const codes::Service* done = procedure ? &m_random.pick(procedures) : nullptr;
    const std::string place = done && *done->placeOfService ? done->placeOfService : "11";
    PartBClaim& claim = professional(beneficiary, specialist, place, diagnoses(beneficiary, 3));
    const int date = day(1, m_days);
    line(claim, m_random.pick(codes::services(codes::ServiceGroup::SpecialistVisit)), date);
    if (done)
        line(claim, *done, date);
}

void DemoClaimFactory::imaging(size_t beneficiary)
{
    const auto studies = codes::services(codes::ServiceGroup::Imaging);
    const codes::Service* study = &m_random.pick(studies);
    if (std::string_view(study->hcpcs) == "77067" && !m_input.beneficiaries[beneficiary].female)
        study = &studies[0]; // mammograms are for women
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.radiologists()),
                                     study->placeOfService, diagnoses(beneficiary, 2));
    line(claim, *study, day(1, m_days));
}

void DemoClaimFactory::therapy(size_t beneficiary)
{
    PartBClaim& claim =
        professional(beneficiary, m_random.pick(m_network.therapists()), "11", {"M6281"});
    const auto services = codes::services(codes::ServiceGroup::Therapy);
    const int date = day(1, m_days);
    line(claim, services[0], date, m_random.between(2, 3));
    line(claim, services[static_cast<size_t>(m_random.between(1, 3))], date);
}

void DemoClaimFactory::partBDrug(size_t beneficiary)
{
    const auto drugs = codes::services(codes::ServiceGroup::PartBDrug);
    const size_t pair =
        static_cast<size_t>(m_random.between(0, static_cast<int>(drugs.size() / 2) - 1));
    PartBClaim& claim =
        professional(beneficiary, m_network.specialist(m_random), "11", diagnoses(beneficiary, 2));
    const int date = day(1, m_days);
    line(claim, drugs[2 * pair], date);
    line(claim, drugs[2 * pair + 1], date);
}

void DemoClaimFactory::outpatient(size_t beneficiary)
{
    const codes::OutpatientKind& kind = pickWeighted(codes::outpatientKinds(), m_random);
    PartAClaim claim;
    if (!atHospital(claim, beneficiary, m_days, 0))
        return;
    claim.beneficiary = beneficiary;
    claim.claimType = 40;
    claim.billType = "131";
    claim.attending = m_random.chance(0.5) ? &primaryCare() : &m_network.specialist(m_random);
    std::vector<std::string> codes = diagnoses(beneficiary, 3);
    claim.principalDiagnosis = kind.diagnosis ? kind.diagnosis : codes.front();
    for (const std::string& code : codes)
        if (code != claim.principalDiagnosis)
            claim.otherDiagnoses.push_back(code);
    for (size_t i = 0; i < kind.lines.size(); ++i) {
        if (i > 0 && !m_random.chance(0.5))
            continue;
        const codes::RevenueLine& r = kind.lines[i];
        const double nominal = r.dollars * m_random.lognormalMean(1.0, 0.25);
        claim.lines.push_back({r.revenueCenter, r.hcpcs, r.apc, claim.from, 1.0, nominal, 0});
        claim.nominal += nominal;
    }
    m_claims->partA.push_back(std::move(claim));
}

void DemoClaimFactory::nursingFacility(size_t beneficiary, int from, const std::string& diagnosis,
                                       bool afterStay)
{
    if (dayOf(from) > m_days - 3)
        return; // the stay's claim comes next month; the demo bills whole stays within a month
    PartAClaim claim;
    claim.facility = &m_random.pick(m_network.nursingFacilities());
    claim.from = from;
    claim.thru = std::min(m_month.toInt() * 100 + m_days, from + m_random.between(7, 20));
    if (!reserve(beneficiary, *claim.facility, claim.from, claim.thru))
        return;
    const int days = claim.thru - claim.from;
    claim.beneficiary = beneficiary;
    claim.claimType = 20;
    claim.billType = "211";
    claim.attending = &primaryCare();
    claim.principalDiagnosis = diagnosis;
    claim.admittingDiagnosis = diagnosis;
    claim.otherDiagnoses = diagnoses(beneficiary, 4);
    claim.admissionType = "3";
    claim.admissionSource = afterStay ? "4" : "1";
    // Without a three-day hospital stay, the ACO's SNF waiver lets Medicare pay (CCLFA says so).
    claim.snfWaiver = !afterStay && m_month.year() >= 2025 && m_random.chance(0.6);
    static constexpr std::array<const char*, 4> groups = {"KAQD1", "NHNE1", "TCDC1", "LBFF1"};
    claim.nominal = perDiemNursing * days * m_random.lognormalMean(1.0, 0.15);
    claim.lines.push_back({"0022", "", m_random.pick(groups), claim.from, static_cast<double>(days),
                           claim.nominal, 0});
    claim.lines.push_back({"0250", "", "", claim.from, 1.0, 0.0, 0});
    claim.lines.push_back({"0420", "", "", claim.from, static_cast<double>(days / 2), 0.0, 0});
    m_claims->partA.push_back(std::move(claim));
}

void DemoClaimFactory::homeHealth(size_t beneficiary, int from, const std::string& diagnosis)
{
    if (dayOf(from) > m_days - 5)
        return;
    PartAClaim claim;
    claim.facility = &m_random.pick(m_network.homeHealthAgencies());
    claim.from = from;
    claim.thru = std::min(m_month.toInt() * 100 + m_days, from + 29);
    if (!reserve(beneficiary, *claim.facility, claim.from, claim.thru))
        return;
    const int days = claim.thru - claim.from + 1;
    claim.beneficiary = beneficiary;
    claim.claimType = 10;
    claim.billType = "321";
    claim.attending = &primaryCare();
    claim.principalDiagnosis = diagnosis;
    claim.otherDiagnoses = diagnoses(beneficiary, 3);
    static constexpr std::array<const char*, 4> groups = {"1HA21", "2FC11", "1DB31", "3GC21"};
    claim.nominal = homeHealthPeriod * days / 30.0 * m_random.lognormalMean(1.0, 0.15);
    const double visits = std::max(2, days / 4);
    claim.lines.push_back({"0023", "", m_random.pick(groups), claim.from, 1.0, claim.nominal, 0});
    claim.lines.push_back({"0551", "G0299", "", claim.from, visits, 0.0, 0});
    claim.lines.push_back({"0421", "G0151", "", claim.from, std::max(1.0, visits / 2), 0.0, 0});
    m_claims->partA.push_back(std::move(claim));
}

void DemoClaimFactory::equipment(size_t beneficiary)
{
    const codes::Equipment& item = m_random.pick(codes::equipment());
    DmeClaim& claim = m_claims->dme.emplace_back();
    claim.beneficiary = beneficiary;
    claim.supplier = &m_random.pick(m_network.suppliers());
    claim.ordering = &primaryCare();
    const int date = day(1, m_days);
    const auto add = [&](const codes::Equipment& e) {
        PartBLine& l = claim.lines.emplace_back();
        l.hcpcs = e.hcpcs;
        l.date = date;
        l.typeOfService = e.hcpcs[0] == 'E' || e.hcpcs[0] == 'K' ? 'R' : 'P'; // rented or bought
        l.nominal = e.dollars * m_random.lognormalMean(1.0, 0.1);
    };
    add(item);
    if (std::string_view(item.hcpcs) == "E0601" && m_random.chance(0.3))
        add(codes::equipment()[1]); // a new mask with the CPAP
}

void DemoClaimFactory::drugFill(size_t beneficiary)
{
    const BeneficiaryProfile& profile = m_profiles[beneficiary];
    PartDFill& fill = m_claims->partD.emplace_back();
    fill.beneficiary = beneficiary;
    std::vector<const codes::Condition*> treated;
    for (size_t c : profile.conditions)
        if (codes::conditions()[c].ndc)
            treated.push_back(&codes::conditions()[c]);
    if (!treated.empty() && m_random.chance(0.9)) {
        const codes::Condition& condition = *m_random.pick(treated);
        fill.ndc = condition.ndc;
        fill.daysSupply = condition.daysSupply;
    } else {
        fill.ndc = m_random.pick(codes::commonNdcs());
        fill.daysSupply = 30;
    }
    fill.quantity = fill.daysSupply * (m_random.chance(0.3) ? 2 : 1);
    fill.fillDate = day(1, m_days);
    fill.pharmacy = &m_network.pharmacies()[profile.pharmacy];
    fill.prescriber = m_random.chance(0.8) ? &primaryCare() : &m_network.specialist(m_random);
    fill.fillNumber = m_random.between(0, 11);
    fill.patientPayCents = m_random.chance(0.3) ? 0 : m_random.between(100, 4700);
}

} // namespace aco::demo
