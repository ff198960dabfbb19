#include "demo/democlaimfactory.h"

#include "claimsmeasures/claimdates.h"
#include "demo/democarenetwork.h"
#include "demo/democlaimcodes.h"
#include "demo/democlaimsinput.h"
#include "demo/demorandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <span>

namespace aco::demo {

namespace {

// What Medicare pays a hospital for a stay of relative weight 1, before IME, DSH and uncompensated
// care.
constexpr double drgBaseDollars = 10800.0;
constexpr double perDiemNursing = 640.0;    // a skilled nursing day
constexpr double homeHealthPeriod = 2050.0; // 30 days of home health
constexpr double transferShare = 0.02;      // unplanned stays that go on at another hospital
constexpr double edPhysicianShare = 0.5;    // unplanned stays whose ED physician bills apart

// One of `items`, each as likely as its frequency.
template <typename T, typename Accept>
const T& pickWeighted(std::span<const T> items, DemoRandom& random, const Accept& accept)
{
    double total = 0.0;
    for (const T& item : items)
        total += accept(item) ? item.frequency : 0.0;
    double target = random.uniform() * total;
    for (const T& item : items) {
        if (!accept(item))
            continue;
        target -= item.frequency;
        if (target < 0.0)
            return item;
    }
    return items.back();
}

int dayOf(int date)
{
    return date % 100;
}

} // namespace

DemoClaimFactory::DemoClaimFactory(const DemoClaimsInput& input, const DemoCareNetwork& network,
                                   DemoRandom& random)
    : m_input(input), m_network(network), m_random(random)
{
}

void DemoClaimFactory::startMonth(Period month, size_t panel, MonthClaims& claims)
{
    m_month = month;
    m_days = claimdates::lastDay(month.toInt()) % 100;
    m_panel = panel;
    m_claims = &claims;
    m_history = false;
    m_keys.clear();
}

int DemoClaimFactory::day(int first, int last)
{
    return m_month.toInt() * 100 + m_random.between(first, std::max(first, last));
}

const CareProvider& DemoClaimFactory::primaryCare() const
{
    return m_network.roster(m_input.panels[m_panel]);
}

const CareProvider& DemoClaimFactory::colleague()
{
    return m_network.colleague(m_input.panels[m_panel], m_random);
}

void DemoClaimFactory::diagnoses(std::uint32_t beneficiary, int count, std::vector<const char*>& out)
{
    const BeneficiaryProfile& profile = m_input.beneficiaries[beneficiary].profile;
    const auto table = codes::conditions();
    const int conditions = profile.conditionCount();
    if (conditions == 0) {
        out.push_back("Z0000");
        return;
    }
    // The conditions in turn from one drawn at random.
    int skip = m_random.between(0, conditions - 1);
    int added = 0;
    for (size_t round = 0; round < 2 && added < std::min(count, conditions); ++round)
        for (size_t c = 0; c < table.size() && added < std::min(count, conditions); ++c) {
            if (!profile.has(c))
                continue;
            if (skip > 0) {
                --skip;
                continue;
            }
            out.push_back(table[c].diagnosis);
            ++added;
        }
}

void DemoClaimFactory::diagnoses(std::uint32_t beneficiary, int count, PartBClaim& claim)
{
    m_codes.clear();
    diagnoses(beneficiary, count, m_codes);
    for (const char* code : m_codes)
        claim.addDiagnosis(code);
}

bool DemoClaimFactory::reserve(std::uint32_t beneficiary, const CareProvider& facility, int from, int thru)
{
    return m_keys.emplace(beneficiary, &facility, from, thru).second;
}

bool DemoClaimFactory::atHospital(PartAClaim& claim, std::uint32_t beneficiary, int lastDay, int days,
                                  const CareProvider* at)
{
    // Another hospital or day when the beneficiary already has a claim with the same key; only a
    // month crowded with one beneficiary's hospital claims runs out of them.
    const int fixedFrom = claim.from;
    for (int attempt = 0; attempt < 64; ++attempt) {
        claim.facility = at ? at : &m_network.hospital(m_random);
        claim.from = fixedFrom ? fixedFrom : day(1, lastDay);
        claim.thru = std::min(m_month.toInt() * 100 + m_days, claimdates::addDays(claim.from, days));
        if (reserve(beneficiary, *claim.facility, claim.from, claim.thru))
            return true;
        if (at && fixedFrom)
            break;
    }
    claim.facility = nullptr;
    return false;
}

PartBClaim& DemoClaimFactory::professional(std::uint32_t beneficiary, const CareProvider& rendering,
                                           const char* place)
{
    PartBClaim& claim = m_claims->partB.emplace_back();
    claim.beneficiary = beneficiary;
    claim.rendering = &rendering;
    claim.placeOfService = place;
    claim.history = m_history;
    return claim;
}

void DemoClaimFactory::line(PartBClaim& claim, const codes::Service& service, int date, double units)
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

PartAClaim& DemoClaimFactory::stayClaim(PartAClaim claim, std::uint32_t beneficiary, const codes::Drg& drg,
                                        const char* status)
{
    const int days = static_cast<int>(claimdates::dayNumber(claim.thru) - claimdates::dayNumber(claim.from));
    claim.beneficiary = beneficiary;
    claim.claimType = 60;
    claim.billType = "111";
    claim.attending = &m_network.hospitalist(m_random);
    claim.operating = drg.procedure ? &m_network.surgeon(m_random) : nullptr;
    claim.principalDiagnosis = drg.principalDiagnosis;
    claim.admittingDiagnosis = drg.principalDiagnosis;
    diagnoses(beneficiary, 8, claim.otherDiagnoses);
    claim.drg = drg.code;
    claim.dischargeStatus = status;
    claim.admissionType = drg.elective ? "3" : "1";
    claim.admissionSource = drg.elective ? "2" : "1";
    if (drg.procedure)
        claim.procedures.emplace_back(drg.procedure, std::min(claim.thru, claimdates::addDays(claim.from, drg.elective ? 0 : 1)));
    // Inpatient stays are paid by the DRG at the header: the revenue centers carry no payment.
    const auto revenue = [&](const char* center, double units) {
        claim.lines.push_back({center, "", "", claim.from, units, 0.0, 0});
    };
    revenue("0120", std::max(1, days));
    revenue("0250", 1.0);
    revenue("0300", 1.0);
    if (!drg.elective)
        revenue("0450", 1.0);
    if (drg.procedure)
        revenue("0360", 1.0);
    claim.event = true;
    claim.nominal = drg.weight * drgBaseDollars * m_random.lognormalMean(1.0, 0.2);
    PartAClaim& stored = m_claims->partA.emplace_back(std::move(claim));

    // The hospitalist's visits: admission, each day between (up to three), discharge.
    const auto& visits = codes::services(codes::ServiceGroup::Hospitalist);
    PartBClaim& rounds = professional(beneficiary, *stored.attending, "21");
    rounds.addDiagnosis(stored.principalDiagnosis);
    rounds.event = true;
    line(rounds, visits[0], stored.from);
    for (int d = 1; d < days && d <= 3; ++d)
        line(rounds, visits[1], claimdates::addDays(stored.from, d));
    if (stored.thru != stored.from)
        line(rounds, visits[2], stored.thru);
    if (stored.operating && drg.surgeonService) {
        PartBClaim& surgery = professional(beneficiary, *stored.operating, "21");
        surgery.addDiagnosis(stored.principalDiagnosis);
        surgery.event = true;
        const codes::Service service{drg.surgeonService, "", drg.surgeonDollars, "P1D", '2', "21"};
        line(surgery, service, stored.procedures.front().second);
    }
    return stored;
}

std::optional<DemoClaimFactory::Discharge> DemoClaimFactory::admission(std::uint32_t beneficiary, int from,
                                                                         Admission kind,
                                                                         const CareProvider* hospital)
{
    const bool planned = kind == Admission::Planned;
    const codes::Drg& drg = pickWeighted(codes::drgs(), m_random,
                                         [&](const codes::Drg& d) { return !planned || d.elective; });
    const int length = m_random.between(drg.minimumDays, drg.maximumDays);
    static constexpr std::array<const char*, 5> statuses = {"01", "06", "03", "62", "07"};
    static constexpr std::array<double, 5> statusShares = {0.64, 0.15, 0.16, 0.03, 0.02};
    const char* status = statuses[m_random.weighted(statusShares)];
    const bool transfer = !planned && !drg.elective && m_random.chance(transferShare);

    PartAClaim claim;
    claim.from = from;
    if (!atHospital(claim, beneficiary, std::max(1, m_days - length), length, hospital))
        return std::nullopt;
    // A transfer: the first hospital discharges to another acute hospital the same day, whose
    // claim continues the stay.
    PartAClaim next;
    next.from = claim.thru;
    bool transferred = false;
    if (transfer && dayOf(claim.thru) < m_days) {
        const CareProvider* other = &m_network.hospital(m_random);
        for (int attempt = 0; attempt < 8 && other == claim.facility; ++attempt)
            other = &m_network.hospital(m_random);
        transferred = other != claim.facility && atHospital(next, beneficiary, m_days, m_random.between(1, 4), other);
    }
    const PartAClaim& first = stayClaim(std::move(claim), beneficiary, drg, transferred ? "02" : status);
    const CareProvider* lastHospital = first.facility;
    const int admitted = first.from;
    int discharged = first.thru;
    const char* principal = first.principalDiagnosis;
    if (transferred) {
        const codes::Drg& continued = pickWeighted(codes::drgs(), m_random, [&](const codes::Drg& d) {
            return std::strcmp(d.principalDiagnosis, drg.principalDiagnosis) == 0;
        });
        const PartAClaim& second = stayClaim(std::move(next), beneficiary, continued, status);
        lastHospital = second.facility;
        discharged = second.thru;
    }

    // Most who come in through the emergency department have the ED physician's bill apart.
    if (!drg.elective && m_random.chance(edPhysicianShare)) {
        PartBClaim& physician = professional(beneficiary, m_random.pick(m_network.emergencyPhysicians()), "23");
        physician.addDiagnosis(principal);
        physician.event = true;
        line(physician, codes::services(codes::ServiceGroup::Emergency)[static_cast<size_t>(m_random.between(1, 2))],
             admitted);
    }

    if (std::strcmp(status, "03") == 0)
        nursingFacility(beneficiary, discharged, principal, true);
    else if (std::strcmp(status, "06") == 0 && dayOf(discharged) < m_days)
        homeHealth(beneficiary, claimdates::addDays(discharged, 1), principal);
    return Discharge{discharged, status, lastHospital, drg.elective};
}

void DemoClaimFactory::emergencyVisit(std::uint32_t beneficiary)
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
    diagnoses(beneficiary, 2, claim.otherDiagnoses);
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

    PartBClaim& physician = professional(beneficiary, *stored.attending, "23");
    physician.addDiagnosis(stored.principalDiagnosis);
    physician.event = true;
    line(physician, codes::services(codes::ServiceGroup::Emergency)[level], stored.from);
}

void DemoClaimFactory::primaryCareVisit(std::uint32_t beneficiary, int date, const CareProvider& provider)
{
    PartBClaim& claim = professional(beneficiary, provider, "11");
    diagnoses(beneficiary, 4, claim);
    const auto visits = codes::services(codes::ServiceGroup::PrimaryCareVisit);
    const auto extras = codes::services(codes::ServiceGroup::InOffice);
    line(claim, visits[static_cast<size_t>(m_random.between(0, static_cast<int>(visits.size()) - 1))], date);
    // A few visits are by video; CMS marks them with the telehealth benefit enhancement.
    claim.lines.back().telehealth = m_random.chance(0.04);
    if (m_random.chance(0.25))
        line(claim, extras[0], date); // blood drawn for the laboratory
    if (m_random.chance(0.05))
        line(claim, extras[1], date); // ECG
    if (m_random.chance(0.02))
        line(claim, extras[2], date); // advance care planning
}

void DemoClaimFactory::wellnessVisit(std::uint32_t beneficiary, int date, bool initial)
{
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11");
    claim.addDiagnosis("Z0000");
    if (m_input.beneficiaries[beneficiary].profile.conditionCount() > 0)
        diagnoses(beneficiary, 3, claim);
    line(claim, codes::services(codes::ServiceGroup::Wellness)[initial ? 0 : 1], date);
    if (m_random.chance(0.3))
        line(claim, codes::services(codes::ServiceGroup::InOffice)[0], date);
}

void DemoClaimFactory::fluShot(std::uint32_t beneficiary, int date, bool atPharmacy)
{
    const CareProvider& giver = atPharmacy ? m_random.pick(m_network.pharmacies()) : primaryCare();
    PartBClaim& claim = professional(beneficiary, giver, atPharmacy ? "01" : "11");
    claim.addDiagnosis("Z23");
    const auto vaccines = codes::services(codes::ServiceGroup::Influenza);
    line(claim, vaccines[m_random.chance(0.7) ? 0 : 1], date);
    line(claim, vaccines[2], date);
}

void DemoClaimFactory::mammogram(std::uint32_t beneficiary, int date)
{
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.radiologists()), m_random.chance(0.6) ? "22" : "11");
    claim.addDiagnosis("Z1231");
    const auto studies = codes::services(codes::ServiceGroup::Mammography);
    line(claim, studies[0], date);
    if (m_random.chance(0.4))
        line(claim, studies[1], date);
}

void DemoClaimFactory::colonoscopy(std::uint32_t beneficiary, int date)
{
    // The gastroenterologist's bill and the surgery center's, for the same procedure.
    const auto procedures = codes::services(codes::ServiceGroup::Colonoscopy);
    static constexpr std::array<double, 3> shares = {0.6, 0.2, 0.2};
    const codes::Service& procedure = procedures[m_random.weighted(shares)];
    PartBClaim& physician = professional(beneficiary, m_network.gastroenterologist(m_random), "24");
    physician.addDiagnosis("Z1211");
    line(physician, procedure, date);
    PartBClaim& center = professional(beneficiary, m_random.pick(m_network.surgeryCenters()), "24");
    center.addDiagnosis("Z1211");
    line(center, procedure, date, 1.0);
    center.lines.back().nominal *= 2.4; // the facility's fee
}

void DemoClaimFactory::stoolTest(std::uint32_t beneficiary, int date, bool dna)
{
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.laboratories()), "81");
    claim.addDiagnosis("Z1211");
    line(claim, codes::services(codes::ServiceGroup::StoolTest)[dna ? 1 : 0], date);
}

void DemoClaimFactory::careAtDistance(std::uint32_t beneficiary, int date)
{
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11");
    diagnoses(beneficiary, 2, claim);
    const auto services = codes::services(codes::ServiceGroup::AtDistance);
    line(claim, services[m_random.chance(0.7) ? 0 : 1], date);
}

void DemoClaimFactory::followUpVisit(std::uint32_t beneficiary, int date, bool transitional)
{
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11");
    diagnoses(beneficiary, 3, claim);
    if (transitional)
        line(claim, codes::services(codes::ServiceGroup::TransitionalCare)[m_random.chance(0.6) ? 0 : 1], date);
    else
        line(claim, codes::services(codes::ServiceGroup::PrimaryCareVisit)[4], date); // 99214
}

void DemoClaimFactory::careManagement(std::uint32_t beneficiary)
{
    PartBClaim& claim = professional(beneficiary, primaryCare(), "11");
    diagnoses(beneficiary, 2, claim);
    line(claim, codes::services(codes::ServiceGroup::InOffice)[3], day(20, m_days));
}

void DemoClaimFactory::laboratory(std::uint32_t beneficiary)
{
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.laboratories()), "81");
    diagnoses(beneficiary, 2, claim);
    const auto tests = codes::services(codes::ServiceGroup::Laboratory);
    const int date = day(1, m_days);
    const int count = m_random.between(2, 4);
    const size_t start = static_cast<size_t>(m_random.between(0, static_cast<int>(tests.size()) - 1));
    for (int i = 0; i < count; ++i)
        line(claim, tests[(start + static_cast<size_t>(i)) % tests.size()], date);
}

void DemoClaimFactory::specialistVisit(std::uint32_t beneficiary)
{
    const CareProvider& specialist = m_network.specialist(m_random);
    const auto procedures = codes::specialtyProcedures(specialist.field);
    const bool procedure = !procedures.empty() && m_random.chance(0.45);
    const codes::Service* done = procedure ? &m_random.pick(procedures) : nullptr;
    const char* place = done && *done->placeOfService ? done->placeOfService : "11";
    PartBClaim& claim = professional(beneficiary, specialist, place);
    diagnoses(beneficiary, 3, claim);
    const int date = day(1, m_days);
    line(claim, m_random.pick(codes::services(codes::ServiceGroup::SpecialistVisit)), date);
    if (done)
        line(claim, *done, date);
}

void DemoClaimFactory::imaging(std::uint32_t beneficiary)
{
    const codes::Service& study = m_random.pick(codes::services(codes::ServiceGroup::Imaging));
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.radiologists()), study.placeOfService);
    diagnoses(beneficiary, 2, claim);
    line(claim, study, day(1, m_days));
}

void DemoClaimFactory::therapy(std::uint32_t beneficiary)
{
    PartBClaim& claim = professional(beneficiary, m_random.pick(m_network.therapists()), "11");
    claim.addDiagnosis("M6281");
    const auto services = codes::services(codes::ServiceGroup::Therapy);
    const int date = day(1, m_days);
    line(claim, services[0], date, m_random.between(2, 3));
    line(claim, services[static_cast<size_t>(m_random.between(1, 3))], date);
}

void DemoClaimFactory::partBDrug(std::uint32_t beneficiary)
{
    const auto drugs = codes::services(codes::ServiceGroup::PartBDrug);
    const size_t pair = static_cast<size_t>(m_random.between(0, static_cast<int>(drugs.size() / 2) - 1));
    PartBClaim& claim = professional(beneficiary, m_network.specialist(m_random), "11");
    diagnoses(beneficiary, 2, claim);
    const int date = day(1, m_days);
    line(claim, drugs[2 * pair], date);
    line(claim, drugs[2 * pair + 1], date);
}

void DemoClaimFactory::outpatient(std::uint32_t beneficiary, bool clinicVisits)
{
    // Hospital clinic visits count as office visits; a beneficiary who comes to no office has none.
    const codes::OutpatientKind& kind = pickWeighted(codes::outpatientKinds(), m_random, [&](const codes::OutpatientKind& k) {
        return clinicVisits || std::strcmp(k.name, "clinic") != 0;
    });
    PartAClaim claim;
    if (!atHospital(claim, beneficiary, m_days, 0))
        return;
    claim.beneficiary = beneficiary;
    claim.claimType = 40;
    claim.billType = "131";
    claim.attending = m_random.chance(0.5) ? &primaryCare() : &m_network.specialist(m_random);
    m_codes.clear();
    diagnoses(beneficiary, 3, m_codes);
    claim.principalDiagnosis = kind.diagnosis ? kind.diagnosis : m_codes.front();
    for (const char* code : m_codes)
        if (std::strcmp(code, claim.principalDiagnosis) != 0)
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

void DemoClaimFactory::nursingFacility(std::uint32_t beneficiary, int from, const char* diagnosis, bool afterStay)
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
    diagnoses(beneficiary, 4, claim.otherDiagnoses);
    claim.admissionType = "3";
    claim.admissionSource = afterStay ? "4" : "1";
    // Without a three-day hospital stay, the ACO's SNF waiver lets Medicare pay (CCLFA says so).
    claim.snfWaiver = !afterStay && m_month.year() >= 2025 && m_random.chance(0.6);
    static constexpr std::array<const char*, 4> groups = {"KAQD1", "NHNE1", "TCDC1", "LBFF1"};
    claim.nominal = perDiemNursing * days * m_random.lognormalMean(1.0, 0.15);
    claim.lines.push_back({"0022", "", m_random.pick(groups), claim.from, static_cast<double>(days), claim.nominal, 0});
    claim.lines.push_back({"0250", "", "", claim.from, 1.0, 0.0, 0});
    claim.lines.push_back({"0420", "", "", claim.from, static_cast<double>(days / 2), 0.0, 0});
    m_claims->partA.push_back(std::move(claim));
}

void DemoClaimFactory::homeHealth(std::uint32_t beneficiary, int from, const char* diagnosis)
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
    diagnoses(beneficiary, 3, claim.otherDiagnoses);
    static constexpr std::array<const char*, 4> groups = {"1HA21", "2FC11", "1DB31", "3GC21"};
    claim.nominal = homeHealthPeriod * days / 30.0 * m_random.lognormalMean(1.0, 0.15);
    const double visits = std::max(2, days / 4);
    claim.lines.push_back({"0023", "", m_random.pick(groups), claim.from, 1.0, claim.nominal, 0});
    claim.lines.push_back({"0551", "G0299", "", claim.from, visits, 0.0, 0});
    claim.lines.push_back({"0421", "G0151", "", claim.from, std::max(1.0, visits / 2), 0.0, 0});
    m_claims->partA.push_back(std::move(claim));
}

void DemoClaimFactory::equipment(std::uint32_t beneficiary)
{
    const codes::Equipment& item = m_random.pick(codes::equipment());
    DmeClaim& claim = m_claims->dme.emplace_back();
    claim.beneficiary = beneficiary;
    claim.supplier = &m_random.pick(m_network.suppliers());
    claim.ordering = &primaryCare();
    claim.history = m_history;
    const int date = day(1, m_days);
    const auto add = [&](const codes::Equipment& e) {
        PartBLine& l = claim.lines.emplace_back();
        l.hcpcs = e.hcpcs;
        l.date = date;
        l.typeOfService = e.hcpcs[0] == 'E' || e.hcpcs[0] == 'K' ? 'R' : 'P'; // rented or bought
        l.nominal = e.dollars * m_random.lognormalMean(1.0, 0.1);
    };
    add(item);
    if (std::strcmp(item.hcpcs, "E0601") == 0 && m_random.chance(0.3))
        add(codes::equipment()[1]); // a new mask with the CPAP
}

PartDFill DemoClaimFactory::drugFill(std::uint32_t beneficiary, DemoRandom& random) const
{
    const BeneficiaryProfile& profile = m_input.beneficiaries[beneficiary].profile;
    PartDFill fill;
    fill.beneficiary = beneficiary;
    std::array<const codes::Condition*, 16> treated{};
    size_t count = 0;
    const auto table = codes::conditions();
    for (size_t c = 0; c < table.size(); ++c)
        if (profile.has(c) && table[c].ndc)
            treated[count++] = &table[c];
    if (count > 0 && random.chance(0.9)) {
        const codes::Condition& condition = *treated[static_cast<size_t>(random.between(0, static_cast<int>(count) - 1))];
        fill.ndc = condition.ndc;
        fill.daysSupply = condition.daysSupply;
    } else {
        fill.ndc = random.pick(codes::commonNdcs());
        fill.daysSupply = 30;
    }
    fill.quantity = fill.daysSupply * (random.chance(0.3) ? 2 : 1);
    fill.fillDate = m_month.toInt() * 100 + random.between(1, m_days);
    fill.pharmacy = &m_network.pharmacies()[profile.pharmacy];
    fill.prescriber = random.chance(0.8) ? &primaryCare() : &m_network.specialist(random);
    fill.fillNumber = random.between(0, 11);
    fill.patientPayCents = random.chance(0.3) ? 0 : random.between(100, 4700);
    return fill;
}

} // namespace aco::demo
