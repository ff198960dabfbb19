#include "claimsmeasures/factextractor.h"

#include "claimsmeasures/claimdates.h"

#include <algorithm>
#include <tuple>

namespace aco {

FactExtractor::FactExtractor(const ClaimsCodes& codes, const std::vector<std::pair<std::string, std::int64_t>>& primaryCare)
    : m_codes(codes)
{
    // Ties of attribution go to the smaller NPI: each PCP's rank in NPI order.
    std::vector<std::pair<std::string, std::int64_t>> byNpi = primaryCare;
    std::sort(byNpi.begin(), byNpi.end());
    for (size_t i = 0; i < byNpi.size(); ++i)
        m_primaryCare[byNpi[i].first] = {byNpi[i].second, static_cast<int>(i)};
}

bool FactExtractor::isAcuteStay(const PartARecord& claim) const
{
    return claim.claimType == 60 && claim.billType.size() >= 2 && claim.billType.substr(0, 2) == "11" &&
           m_codes.isAcuteHospital(claim.ccn);
}

void FactExtractor::partA(BeneficiaryFacts& facts, const PartARecord& claim) const
{
    if (claim.action != 1)
        return;
    if (claim.claimType == 50)
        facts.hospice.emplace_back(claim.from, claim.thru);
    diagnosis(facts, claim.principalDx, claim.thru);
    if (!isAcuteStay(claim))
        return;
    BeneficiaryFacts::Stay stay;
    stay.claimId = claim.id;
    stay.from = claim.from;
    stay.thru = claim.thru;
    stay.ccn = std::string(claim.ccn);
    stay.frequency = claim.billType.size() >= 3 ? claim.billType[2] : '1';
    stay.discharge = m_codes.discharge(claim.dischargeStatus);
    stay.elective = claim.admissionType == "3";
    stay.alwaysPlanned = !claim.principalDx.empty() && m_codes.isAlwaysPlannedDiagnosis(claim.principalDx);
    stay.paidCents = claim.paidCents;
    facts.inpatient.push_back(std::move(stay));
}

void FactExtractor::partALine(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view revenueCenter,
                              std::string_view hcpcs, int date) const
{
    if (claim.action != 1)
        return;
    const int day = date != 0 ? date : claim.from;
    if (isOutpatient(claim) && m_codes.isEdRevenueCenter(revenueCenter))
        facts.edServices.push_back({day, claim.id, claim.paidCents});
    // Hospital clinic (13x), rural health clinic (71x) and FQHC (77x) visits follow up a
    // discharge; so do their encounter revenue centers.
    const std::string_view facility = claim.billType.substr(0, std::min<size_t>(2, claim.billType.size()));
    const bool clinic = facility == "13" || facility == "71" || facility == "77";
    const ClaimsCodes::Hcpcs* code = hcpcs.empty() ? nullptr : m_codes.hcpcs(hcpcs);
    if (clinic && ((code && code->followUp) || m_codes.isFollowUpRevenueCenter(revenueCenter)))
        facts.followUps.push_back(day);
    // Screenings, vaccines and wellness visits done in a hospital outpatient department.
    if (claim.claimType != 60 && code)
        service(facts, *code, day);
}

void FactExtractor::partADiagnosis(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code) const
{
    if (claim.action == 1)
        diagnosis(facts, code, claim.thru);
}

void FactExtractor::partAProcedure(BeneficiaryFacts& facts, const PartARecord& claim, std::string_view code,
                                   int date) const
{
    if (claim.action != 1)
        return;
    diagnosis(facts, code, date != 0 ? date : claim.thru);
    for (auto it = facts.inpatient.rbegin(); it != facts.inpatient.rend(); ++it) {
        if (it->claimId != claim.id)
            continue;
        it->alwaysPlanned = it->alwaysPlanned || m_codes.isAlwaysPlannedProcedure(code);
        it->potentiallyPlanned = it->potentiallyPlanned || m_codes.isPotentiallyPlannedProcedure(code);
        break;
    }
}

void FactExtractor::partB(BeneficiaryFacts& facts, const PartBRecord& line) const
{
    if (line.action != 1)
        return;
    if (const ClaimsCodes::Hcpcs* code = m_codes.hcpcs(line.hcpcs)) {
        if (code->primaryCareIn(line.date / 10000, line.placeOfService)) {
            const auto pcp = m_primaryCare.find(std::string(line.renderingNpi));
            if (pcp != m_primaryCare.end())
                facts.primaryCare.push_back({line.date, pcp->second.id, pcp->second.npiRank, line.allowedCents});
        }
        if (code->ed)
            facts.edServices.push_back({line.date, 0, line.paidCents});
        if (code->followUp)
            facts.followUps.push_back(line.date);
        service(facts, *code, line.date);
    } else if (m_codes.isEdPlaceOfService(line.placeOfService)) {
        facts.edServices.push_back({line.date, 0, line.paidCents});
    }
    diagnosis(facts, line.lineDx, line.date);
    for (size_t begin = 0; begin < line.diagnoses.size();) {
        size_t end = line.diagnoses.find(' ', begin);
        if (end == std::string_view::npos)
            end = line.diagnoses.size();
        diagnosis(facts, line.diagnoses.substr(begin, end - begin), line.date);
        begin = end + 1;
    }
}

void FactExtractor::spend(BeneficiaryFacts& facts, Spent spent)
{
    // Kept in month order: a few dozen months per beneficiary.
    const auto it = std::lower_bound(facts.spending.begin(), facts.spending.end(), spent.month,
                                     [](const auto& entry, int m) { return entry.first < m; });
    if (it != facts.spending.end() && it->first == spent.month)
        it->second += spent.cents;
    else
        facts.spending.emplace(it, spent.month, spent.cents);
}

void FactExtractor::service(BeneficiaryFacts& facts, const ClaimsCodes::Hcpcs& code, int date) const
{
    if (code.wellness)
        facts.wellness.push_back(date);
    if (code.flu)
        facts.flu.push_back(date);
    if (code.mammogram)
        facts.mammograms.push_back(date);
    if (code.colorectalMonths)
        facts.colorectal.push_back({date, code.colorectalMonths});
    if (code.exclusion != ClaimsCodes::Exclusion::None)
        facts.exclusions.push_back({date, code.exclusion});
}

void FactExtractor::diagnosis(BeneficiaryFacts& facts, std::string_view code, int date) const
{
    const ClaimsCodes::Exclusion why = m_codes.diagnosisExclusion(code);
    if (why != ClaimsCodes::Exclusion::None)
        facts.exclusions.push_back({date, why});
}

void BeneficiaryFacts::finish()
{
    // Orders are total, so that facts read in any order (every claim at once, or the claims of
    // each load added to those kept) come out the same. A date two claims give stays twice: the
    // facts of a claim that is no longer final action are taken away one by one.
    std::sort(memberMonths.begin(), memberMonths.end());
    memberMonths.erase(std::unique(memberMonths.begin(), memberMonths.end()), memberMonths.end());
    std::erase_if(spending, [](const auto& month) { return month.second == 0; });
    std::sort(edServices.begin(), edServices.end(), [](const EdService& a, const EdService& b) {
        return std::tie(a.date, a.claimId, a.paidCents) < std::tie(b.date, b.claimId, b.paidCents);
    });
    for (std::vector<int>* dates : {&followUps, &wellness, &flu, &mammograms})
        std::sort(dates->begin(), dates->end());
    std::sort(primaryCare.begin(), primaryCare.end(), [](const PrimaryCare& a, const PrimaryCare& b) {
        return std::tie(a.date, a.npiRank, a.providerId, a.allowedCents) <
               std::tie(b.date, b.npiRank, b.providerId, b.allowedCents);
    });
    std::sort(inpatient.begin(), inpatient.end(), [](const Stay& a, const Stay& b) {
        return std::tie(a.from, a.thru, a.claimId) < std::tie(b.from, b.thru, b.claimId);
    });
    std::sort(colorectal.begin(), colorectal.end(), [](const Colorectal& a, const Colorectal& b) {
        return std::tie(a.date, a.lookbackMonths) < std::tie(b.date, b.lookbackMonths);
    });
    std::sort(exclusions.begin(), exclusions.end(),
              [](const Excluded& a, const Excluded& b) { return std::tie(a.date, a.why) < std::tie(b.date, b.why); });
    std::sort(hospice.begin(), hospice.end());
}

namespace {

// Calls `each` with every list of facts claims give, of `a` and of `b` alike.
template <typename A, typename B, typename Each> bool forEachClaimList(A& a, B& b, Each each)
{
    return each(a.primaryCare, b.primaryCare) && each(a.inpatient, b.inpatient) &&
           each(a.edServices, b.edServices) && each(a.followUps, b.followUps) && each(a.wellness, b.wellness) &&
           each(a.flu, b.flu) && each(a.mammograms, b.mammograms) && each(a.colorectal, b.colorectal) &&
           each(a.exclusions, b.exclusions) && each(a.hospice, b.hospice);
}

} // namespace

void BeneficiaryFacts::add(const BeneficiaryFacts& claim)
{
    forEachClaimList(*this, claim, [](auto& to, const auto& from) {
        to.insert(to.end(), from.begin(), from.end());
        return true;
    });
}

bool BeneficiaryFacts::remove(const BeneficiaryFacts& claim)
{
    return forEachClaimList(*this, claim, [](auto& from, const auto& items) {
        for (const auto& item : items) {
            const auto it = std::find(from.begin(), from.end(), item);
            if (it == from.end())
                return false;
            from.erase(it);
        }
        return true;
    });
}

} // namespace aco
